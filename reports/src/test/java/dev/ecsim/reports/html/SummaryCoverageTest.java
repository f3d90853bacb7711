package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.Summary;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every numeric figure of the summary is either in the report's tables or knowingly left out of
 * them. The report once declared a "Memory utilization" row from a field the summary did not have,
 * and the row never appeared; now a figure the report reads is a record component (or the code does
 * not compile), and this test catches the other way round: a figure added to the summary and
 * forgotten by the report.
 */
class SummaryCoverageTest {

  /** Figures shown elsewhere than the tables, or not at all, and why. */
  private static final Set<String> NOT_IN_TABLES = Set.of(
      "schemaVersion", // the file format's version, not a result
      "seed", "replications", "horizonSeconds", "events", // the line under the title says these
      "jobs.*.lostTaskSeconds"); // RUNNING time lost to interruptions: in summary.json, a later table

  @Test
  void everyNumericFigureIsShownOrKnowinglyLeftOut() {
    Set<String> figures = new TreeSet<>();
    collect(Summary.class, "", figures);
    Set<String> shown = SummaryTables.shownPaths();

    assertThat(shown).as("every row reads a figure the summary has").isSubsetOf(figures);
    Set<String> missing = new TreeSet<>(figures);
    missing.removeAll(shown);
    missing.removeAll(NOT_IN_TABLES);
    assertThat(missing).as("figures neither shown nor listed as left out").isEmpty();
  }

  /** The dotted paths of the numeric components of a record, maps' keys as {@code *}. */
  private static void collect(Class<?> record, String prefix, Set<String> out) {
    for (RecordComponent c : record.getRecordComponents()) {
      collect(c.getGenericType(), prefix + c.getName(), out);
    }
  }

  private static void collect(Type type, String path, Set<String> out) {
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      collect(p.getActualTypeArguments()[1], path + ".*", out);
    } else if (type instanceof Class<?> c && c.isRecord()) {
      collect(c, path + ".", out);
    } else if (type == double.class || type == long.class || type == int.class || type == Double.class
        || type == Long.class) {
      out.add(path);
    }
  }
}

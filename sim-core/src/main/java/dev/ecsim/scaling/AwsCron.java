package dev.ecsim.scaling;

import com.cronutils.model.Cron;
import com.cronutils.model.definition.CronConstraintsFactory;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Application Auto Scaling's cron syntax (AAS: scheduled-scaling-using-cron-expressions): six
 * fields, Minutes Hours Day-of-month Month Day-of-week Year, with {@code , - * /} everywhere,
 * {@code ? L W} in Day-of-month, {@code ? L #} in Day-of-week, month names JAN–DEC, day names
 * SUN–SAT with SUN = 1, years 1970–2199, and {@code ?} in exactly one of the two day fields.
 *
 * <p>ecsim choice: a cron-utils definition of exactly these six fields rather than cron-utils'
 * QUARTZ definition with a seconds field prepended. The semantics are Quartz's (AWS took its
 * syntax from Quartz), but QUARTZ also takes five-field expressions without a year, stops years at
 * 2099 and has a seconds field that could only be 0 here; the definition below refuses what AWS
 * refuses.
 */
final class AwsCron {
  static final List<String> FIELD_NAMES = List.of("Minutes", "Hours", "Day-of-month", "Month", "Day-of-week", "Year");
  private static final int DAY_OF_MONTH = 2;
  private static final int DAY_OF_WEEK = 4;

  static final CronDefinition DEFINITION = CronDefinitionBuilder.defineCron()
      .withMinutes().withValidRange(0, 59).withStrictRange().and()
      .withHours().withValidRange(0, 23).withStrictRange().and()
      .withDayOfMonth().withValidRange(1, 31).supportsL().supportsW().supportsLW().supportsQuestionMark()
      .withStrictRange().and()
      .withMonth().withValidRange(1, 12).withStrictRange().and()
      .withDayOfWeek().withValidRange(1, 7).withMondayDoWValue(2).supportsHash().supportsL().supportsQuestionMark()
      .withStrictRange().and()
      .withYear().withValidRange(1970, 2199).withStrictRange().and()
      .withCronValidation(CronConstraintsFactory.ensureEitherDayOfWeekOrDayOfMonth())
      .instance();

  private static final CronParser PARSER = new CronParser(DEFINITION);
  /** Values that are valid in each field, to try one field at a time. */
  private static final List<String> NEUTRAL = List.of("0", "0", "1", "*", "?", "*");

  private AwsCron() {}

  /** Parses the text inside {@code cron(...)}; {@code offset} is where that text starts, for errors. */
  static Cron parse(String text, int offset) {
    List<int[]> spans = fieldSpans(text);
    if (spans.size() != FIELD_NAMES.size()) {
      throw new ScheduleSyntaxException("cron takes six fields, " + String.join(" ", FIELD_NAMES) + ", found "
          + spans.size() + " in '" + text + "'", offset);
    }
    List<String> fields = spans.stream().map(s -> text.substring(s[0], s[1])).toList();
    for (int i = 0; i < fields.size(); i++) {
      String problem = fieldProblem(fields, i);
      if (!problem.isEmpty()) {
        throw new ScheduleSyntaxException("bad " + FIELD_NAMES.get(i) + " field '" + fields.get(i) + "': "
            + problem, offset + spans.get(i)[0]);
      }
    }
    boolean domAny = fields.get(DAY_OF_MONTH).equals("?");
    boolean dowAny = fields.get(DAY_OF_WEEK).equals("?");
    if (domAny == dowAny) {
      throw new ScheduleSyntaxException("give '?' in exactly one of Day-of-month and Day-of-week, found '"
          + fields.get(DAY_OF_MONTH) + "' and '" + fields.get(DAY_OF_WEEK) + "' (e.g. cron(0 8 ? * MON-FRI *))",
          offset + spans.get(DAY_OF_MONTH)[0]);
    }
    try {
      return PARSER.parse(String.join(" ", fields)).validate();
    } catch (RuntimeException e) {
      throw new ScheduleSyntaxException("bad cron expression '" + text + "': " + reason(e), offset);
    }
  }

  /** Empty when field {@code i} parses on its own, among neutral values for the others. */
  private static String fieldProblem(List<String> fields, int i) {
    List<String> probe = new ArrayList<>(NEUTRAL);
    probe.set(i, fields.get(i));
    if (i == DAY_OF_MONTH && fields.get(i).equals("?")) {
      probe.set(DAY_OF_WEEK, "*");
    } else if (i == DAY_OF_WEEK) {
      probe.set(DAY_OF_MONTH, fields.get(i).equals("?") ? "1" : "?");
    }
    try {
      PARSER.parse(String.join(" ", probe)).validate();
      return "";
    } catch (RuntimeException e) {
      return reason(e);
    }
  }

  private static String reason(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace("Failed to parse cron expression. ", "").replace("Failed to parse cron expression", "").trim();
  }

  /** Start and end of each whitespace-separated field. */
  private static List<int[]> fieldSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        spans.add(new int[] {start, i});
      }
    }
    return spans;
  }
}

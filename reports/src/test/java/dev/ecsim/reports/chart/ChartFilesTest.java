package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

  @Test
  void shortNamesAreKeptAsTheyAre() {
    assertThat(ChartFiles.stem("service-web")).isEqualTo("service-web");
    String atTheLimit = "s".repeat(ChartFiles.MAX_STEM);
    assertThat(ChartFiles.stem(atTheLimit)).isEqualTo(atTheLimit);
  }

  @Test
  void aServiceWithTheLongestNameEcsAllowsStillGetsAFile(@TempDir Path dir) throws Exception {
    // ECS service names may be 255 characters; "service-" + 255 + ".png" is 267, past the 255-byte
    // limit of ext4, APFS and NTFS.
    String a = "service-" + "a".repeat(254) + "1";
    String b = "service-" + "a".repeat(254) + "2";
    assertThat(ChartFiles.stem(a)).hasSize(ChartFiles.MAX_STEM).startsWith("service-aaa");
    assertThat(ChartFiles.stem(a)).isNotEqualTo(ChartFiles.stem(b));
    assertThat(ChartFiles.stem(a)).isEqualTo(ChartFiles.stem(a));

    XYSeries series = new XYSeries("x");
    series.add(0, 1);
    series.add(1, 2);
    JFreeChart chart = ChartFactory.createXYLineChart("t", "x", "y", new XYSeriesCollection(series));
    ChartFiles.write(chart, ChartStyle.standard(), dir, a);

    assertThat(dir.resolve(ChartFiles.stem(a) + ".png")).isNotEmptyFile();
    try (var files = Files.list(dir)) {
      assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString().length()).isLessThan(255));
    }
  }
}

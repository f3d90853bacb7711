package dev.ecsim.reports.html;

/**
 * A rendered chart to embed in the page: its file name (an anchor id), a caption, the part of the
 * page it belongs to and the PNG bytes.
 */
public record ChartImage(String name, String title, Section section, byte[] png) {

  /** Where the page shows a chart. */
  public enum Section {
    /** Under "Charts": the cluster, its cost and its jobs. */
    RUN,
    /** Under "Charts", in a "Services" part of its own. */
    SERVICES
  }

  /** A chart of the RUN section. */
  public ChartImage(String name, String title, byte[] png) {
    this(name, title, Section.RUN, png);
  }
}

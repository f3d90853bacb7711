package dev.ecsim.reports.chart;

/**
 * Charts render off-screen. The property must be set before AWT first looks for a display; a value
 * the user or launcher chose (say, -Djava.awt.headless=false for a debugging window) is respected.
 */
final class Headless {
  private Headless() {}

  static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}

package dev.ecsim.reports.html;

/**
 * A rendered chart to embed in the page: its file name (an anchor id), a caption and the PNG bytes.
 */
public record ChartImage(String name, String title, byte[] png) {}

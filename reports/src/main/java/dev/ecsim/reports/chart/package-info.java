/**
 * Every chart of a run, comparison and sweep, drawn with JFreeChart and written as PNG and SVG.
 * {@link dev.ecsim.reports.chart.Charts} lists a run report's chart families in the order the page
 * shows them; adding a chart is a class and a constant there.
 *
 * <p>May depend on: dev.ecsim.metrics of sim-core; the compare, summary and sweep packages of
 * reports for the comparison and sweep charts; JFreeChart, JFreeSVG and Commons Math.
 */
package dev.ecsim.reports.chart;

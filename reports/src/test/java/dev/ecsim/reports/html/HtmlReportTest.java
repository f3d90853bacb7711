package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.RunFacts;
import dev.ecsim.metrics.Replicated;
import java.util.Map;
import dev.ecsim.reports.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final byte[] TINY_PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3
  };

  private static String render(RunResult run, Replicated<Summary> summaries) {
    return HtmlReport.render(run, summaries, RunFacts.of("test", summaries, 56),
        List.of(new ChartImage("instances", "Instances <per> provider", TINY_PNG)));
  }

  @Test
  void titledWithTheScenarioAndShowsHeadlineFigures() {
    String html = render(Fixtures.run("Nightly ETL on on-demand and spot"), Fixtures.summaries());

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>etl-on-ec2 – ecsim report</title>")
        .contains("<h1>etl-on-ec2</h1>")
        .contains("Nightly ETL on on-demand and spot")
        .contains("<th scope=\"row\">Total cost</th><td>$1,234.50</td>")
        .contains("<th scope=\"row\">spot</th><td>$234.25</td>")
        .contains("<th scope=\"row\">idle</th><td>$34.50</td>")
        .contains("<th scope=\"row\">CPU reservation (average)</th><td>55.5%</td>")
        .contains("<th scope=\"row\">Instance-hours</th><td>0.2</td>")
        .contains("<th scope=\"row\">Tasks that waited for capacity</th><td>2</td>");
  }

  @Test
  void headlineCountsPlacementFailuresByReasonAndNamesTheCommonest() {
    // The fixture's run: 3 failed attempts, 2 for RESOURCE:ENI and 1 for RESOURCE:CPU.
    String html = render(Fixtures.run(""), Fixtures.summaries());
    assertThat(html)
        .contains("<p class=\"finding\">Most placement failures (2 of 3) were for lack of ENIs: each awsvpc task")
        .contains("<tr class=\"group\"><th colspan=\"2\">Placement failures (attempts)</th></tr>\n"
            + "<tr><th scope=\"row\">Failed attempts</th><td>3</td></tr>\n"
            + "<tr><th scope=\"row\">RESOURCE:ENI</th><td>2</td></tr>\n"
            + "<tr><th scope=\"row\">RESOURCE:CPU</th><td>1</td></tr>\n")
        .doesNotContain("<th scope=\"row\">RESOURCE:MEMORY</th>");
  }

  @Test
  void noFindingWithoutPlacementFailures() {
    Summary s = Fixtures.summary();
    Summary none = new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(),
        s.events(), s.cost(), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency(),
        Fixtures.placementFailures(0, 0));
    String html = render(Fixtures.run(""), Replicated.of(List.of(none)));
    assertThat(html).doesNotContain("class=\"finding\"")
        .contains("<tr><th scope=\"row\">Failed attempts</th><td>0</td></tr>\n<tr class=\"group\">");
  }

  @Test
  void aSingleReasonIsCalledAll() {
    Summary s = Fixtures.summary();
    Summary eni = new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(),
        s.events(), s.cost(), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency(),
        Fixtures.placementFailures(1300, 0));
    assertThat(render(Fixtures.run(""), Replicated.of(List.of(eni))))
        .contains("<p class=\"finding\">All placement failures (1,300) were for lack of ENIs: ");
  }

  @Test
  void aTieBetweenReasonsIsNotCalledMost() {
    Summary s = Fixtures.summary();
    Summary tie = new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(),
        s.events(), s.cost(), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency(),
        Fixtures.placementFailures(2, 2));
    // Equal counts: the reason ECS checks first (CPU) is named, and it is not "most".
    assertThat(render(Fixtures.run(""), Replicated.of(List.of(tie))))
        .contains("The commonest placement failure (2 of 4) was for lack of CPU units");
  }

  @Test
  void costBreakdownsRankTheLargestFirstAndIdleLast() {
    // The summary holds od $950.25, spot $234.25, FARGATE $50.00 (by name: FARGATE, od, spot).
    String html = render(Fixtures.run(""), Fixtures.summaries());
    int od = html.indexOf("<th scope=\"row\">od</th>");
    int spot = html.indexOf("<th scope=\"row\">spot</th><td>$234.25");
    int fargate = html.indexOf("<th scope=\"row\">FARGATE</th>");
    assertThat(od).isPositive().isLessThan(spot);
    assertThat(spot).isLessThan(fargate);
    // By service: etl $1,200.00, then idle, which is not a service, last.
    assertThat(html.indexOf("<th scope=\"row\">etl</th><td>$1,200.00"))
        .isPositive().isLessThan(html.indexOf("<th scope=\"row\">idle</th>"));
  }

  @Test
  void jobsTableHasWaitPercentilesAndTurnaround() {
    String html = render(Fixtures.run(""), Fixtures.summaries());

    assertThat(html)
        .contains("<h2>Jobs</h2>")
        .contains(
            "<th scope=\"col\">Wait mean (s)</th><th scope=\"col\">Wait p50 (s)</th>"
                + "<th scope=\"col\">Wait p95 (s)</th><th scope=\"col\">Wait p99 (min)</th>"
                + "<th scope=\"col\">Turnaround mean (min)</th>")
        .contains(
            "<tr><th scope=\"row\">etl</th><td>10</td><td>8</td><td>1</td><td>12.5</td><td>10.0</td>"
                + "<td>95.0</td><td>2.2</td><td>10.7</td><td>1</td><td>1</td></tr>");
  }

  @Test
  void servicesTableShowsScalingUtilizationAndUnservedRequests() {
    String html = render(Fixtures.run(""), Fixtures.summaries());

    assertThat(html)
        .contains("<h2>Services</h2>")
        .contains(
            "<tr><th scope=\"col\">Service</th><th scope=\"col\">Running tasks (avg)</th>"
                + "<th scope=\"col\">Desired (min&ndash;max)</th><th scope=\"col\">Scale-outs</th>"
                + "<th scope=\"col\">Scale-ins</th><th scope=\"col\">CPU utilization (avg)</th>"
                + "<th scope=\"col\">Requests offered</th><th scope=\"col\">Unserved requests</th>"
                + "<th scope=\"col\">Time below desired (min)</th></tr>")
        // Fixtures: ServiceFigures(2.0, 2, 4, 1, 1, 83.3, 0.087, 120, 36000)
        .contains(
            "<tr><th scope=\"row\">web</th><td>2.0</td><td>2&ndash;4</td><td>1</td><td>1</td>"
                + "<td>83.3%</td><td>36,000</td><td>8.7%</td><td>2.0</td></tr>");
  }

  @Test
  void aDesiredCountThatNeverMovedIsOneNumberAndMissingFiguresAreDashes() {
    // A service without load has no CPU utilization (NaN) and offers no requests: its unserved
    // requests, 0 in summary.json as for a load fully served, are a dash, as its CPU is, not 0 %.
    var summary = Fixtures.withServices(Fixtures.summary(), Map.of("web",
        new Summary.ServiceFigures(5.25, 3, 3, 0, 0, Double.NaN, 0, 7200, 0)));

    String html = render(Fixtures.run(""), Replicated.of(List.of(summary)));

    assertThat(html)
        .contains(
            "<tr><th scope=\"row\">web</th><td>5.3</td><td>3</td><td>0</td><td>0</td>"
                + "<td>&ndash;</td><td>0</td><td>&ndash;</td><td>2.0</td></tr>")
        .contains("<th scope=\"col\">Time below desired (h)</th>");
  }

  @Test
  void replicatedDesiredRangeShowsBothHalfWidths() {
    // desiredMin 1, 2, 3 and desiredMax 3, 4, 5: means 2 and 4, s = 1, t(0.975, 2) = 4.302653 (t
    // table), half-width 4.302653 / sqrt(3) = 2.484138 for both.
    List<Summary> runs = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      runs.add(Fixtures.withServices(Fixtures.summary(), Map.of("web",
          new Summary.ServiceFigures(2.0, i, i + 2, 1, 1, 83.3, 0.087, 120, 36000))));
    }

    assertThat(render(Fixtures.run(""), Replicated.of(runs)))
        .contains("<td>2.0 &plusmn; 2.5 &ndash; 4.0 &plusmn; 2.5</td>");
  }

  @Test
  void aRunWithoutServicesHasNoServicesTable() {
    var summary = Fixtures.withServices(Fixtures.summary(), Map.of());

    assertThat(render(Fixtures.run(""), Replicated.of(List.of(summary)))).doesNotContain("<h2>Services</h2>");
  }

  @Test
  void serviceChartsFollowTheRunsChartsUnderTheirOwnHeading() {
    List<ChartImage> charts =
        List.of(
            new ChartImage("service-web", "Service web", ChartImage.Section.SERVICES, TINY_PNG),
            new ChartImage("instances", "Instances", TINY_PNG));

    String html = HtmlReport.render(Fixtures.run(""), Fixtures.summaries(), Fixtures.facts(), charts);

    int heading = html.indexOf("<h2>Charts</h2>");
    int instances = html.indexOf("<figure id=\"chart-instances\">");
    int services = html.indexOf("<h3 id=\"service-charts\">Services</h3>");
    int web = html.indexOf("<figure id=\"chart-service-web\">");
    assertThat(heading).isPositive().isLessThan(instances);
    assertThat(instances).isLessThan(services);
    assertThat(services).isLessThan(web);
    assertThat(render(Fixtures.run(""), Fixtures.summaries())).doesNotContain("<h3");
  }

  @Test
  void replicatedFiguresShowTheirConfidenceHalfWidth() {
    String html = render(Fixtures.run(""), Fixtures.fiveReplications());

    assertThat(html)
        // escapeHtml4 writes ± as its named entity; the half-width is worked in fiveReplications
        .contains("<td>$1,234.50 &plusmn; $1.96</td>")
        .contains("5 replications")
        .contains("95% confidence");
  }

  @Test
  void escapesScenarioTextAndEventMessages() {
    RunResult run =
        new RunResult(
            "a<b",
            "<script>alert('x')</script> & more",
            Fixtures.summary(),
            Fixtures.series(),
            Fixtures.noTasks(),
            List.of(
                new dev.ecsim.metrics.EventRecord(
                    0, EventType.PLACEMENT_FAILURE, "svc<1>", "\"quoted\" <img src=x>")),
            List.of());

    String html = render(run, Fixtures.summaries());

    assertThat(html)
        .doesNotContain("<script")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more")
        .contains("<h1>a&lt;b</h1>")
        .contains("svc&lt;1&gt;")
        .contains("&quot;quoted&quot; &lt;img src=x&gt;")
        .contains("alt=\"Instances &lt;per&gt; provider\"");
  }

  @Test
  void selfContainedWithChartsAsDataUris() {
    String html = render(Fixtures.run("d"), Fixtures.summaries());

    assertThat(html)
        .contains("src=\"data:image/png;base64,iVBORw0KGgoBAgM=\"")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("<link")
        .doesNotContain("<script");
  }

  @Test
  void showsAtMostFiftyEventsAndSaysHowManyAreLeftOut() {
    RunResult run =
        new RunResult(
            "busy",
            "",
            Fixtures.summary(),
            Fixtures.series(),
            Fixtures.noTasks(),
            Fixtures.events(1234),
            List.of());

    String html = HtmlReport.render(run, Fixtures.summaries(), Fixtures.facts(), List.of());

    assertThat(html)
        .contains("<h2>Events worth reading</h2>")
        .contains("events.csv holds 1,234 events: 1,234 INSTANCES_LAUNCHED.")
        .contains("the first 50 of 1,234; 1,184 more are in events.csv");
    String firstTable = html.substring(0, html.indexOf("<h3>Day by day</h3>"));
    assertThat(firstTable.split("<td>launched instance ", -1)).hasSize(51);
    assertThat(firstTable).contains("launched instance 49<").doesNotContain("launched instance 50<");
    assertThat(html).doesNotContain("<h2>Charts</h2>");
  }

  @Test
  void eventsTheListLeavesOutAreThereDayByDayUpToTheRowCap() {
    // 1,234 launches one second apart, all in the first day: the day lists the first 1,000.
    RunResult run = new RunResult("busy", "", Fixtures.summary(), Fixtures.series(), Fixtures.noTasks(),
        Fixtures.events(1234), List.of());

    String html = HtmlReport.render(run, Fixtures.summaries(), Fixtures.facts(), List.of());
    String days = html.substring(html.indexOf("<h3>Day by day</h3>"));

    assertThat(days)
        .contains("The first 1,000 of the 1,234 events worth reading, by day")
        .contains("<details><summary>Day 1: 1,234 events (1,234 INSTANCES_LAUNCHED)</summary>")
        .contains("The first 1,000 here; the rest are in events.csv.")
        .contains("launched instance 999<").doesNotContain("launched instance 1000<");
  }

  @Test
  void listsScalingEventsDeploymentsAndPlacementFailuresAndCountsEveryType() {
    String html = render(Fixtures.run(""), Fixtures.summaries());

    assertThat(html)
        .contains(
            "events.csv holds 10 events: 1 ALARM &middot; 1 DEPLOYMENT_COMPLETED"
                + " &middot; 1 DEPLOYMENT_STARTED &middot; 1 INSTANCES_LAUNCHED"
                + " &middot; 1 INSTANCE_REGISTERED &middot; 1 INSTANCE_TERMINATED"
                + " &middot; 1 PLACEMENT_FAILURE &middot; 2 SCALING_ACTIVITY"
                + " &middot; 1 SCALING_EXCLUDED.")
        .contains(
            "<tr><td>00:02:00</td><td>SCALING_ACTIVITY</td><td>web</td><td>policy cpu60: alarm"
                + " cpu60-AlarmHigh in ALARM (CPUUtilization Average &gt; 60 for 3 of 3 periods"
                + " of 60 s): CPUUtilization 100, ceil(2 &times; 100 / 60) = 4; desired count 2"
                + " &rarr; 4</td></tr>")
        .contains("<td>00:02:30</td><td>DEPLOYMENT_STARTED</td><td>web</td>")
        .contains("<td>00:03:30</td><td>DEPLOYMENT_COMPLETED</td><td>web</td>")
        .contains("<td>00:04:00</td><td>SCALING_ACTIVITY</td><td>web</td>")
        .doesNotContain("<td>ALARM</td>")
        .contains(
            "<tr><td>00:01:00</td><td>INSTANCES_LAUNCHED</td><td>od</td>"
                + "<td>launching 1 instance: CapacityProviderReservation 150 &gt; target 100"
                + "</td></tr>")
        .contains("<td>00:04:00</td><td>INSTANCE_TERMINATED</td>")
        .contains("<td>SCALING_EXCLUDED</td><td>spot</td>")
        .contains("<td>00:00:30</td><td>PLACEMENT_FAILURE</td><td>etl</td>")
        .doesNotContain("<td>INSTANCE_REGISTERED</td>")
        .doesNotContain("more are in events.csv");
  }

  @Test
  void aRunWithOnlyRoutineEventsSaysSo() {
    RunResult run =
        new RunResult(
            "quiet",
            "",
            Fixtures.summary(),
            Fixtures.series(),
            Fixtures.noTasks(),
            List.of(new dev.ecsim.metrics.EventRecord(0, EventType.INSTANCE_REGISTERED, "od", "i-0001")),
            List.of());

    assertThat(HtmlReport.render(run, Fixtures.summaries(), Fixtures.facts(), List.of()))
        .contains("events.csv holds 1 event: 1 INSTANCE_REGISTERED.")
        .contains("No scaling decisions, deployments, stopped tasks or placement failures.");
  }

  @Test
  void startLatencyTableHasOneRowPerProvider() {
    String html = render(Fixtures.run(""), Fixtures.summaries());

    assertThat(html)
        .contains("<h2>Task start latency</h2>")
        .contains(
            "<tr><th scope=\"col\">Capacity provider</th><th scope=\"col\">Tasks started</th>"
                + "<th scope=\"col\">Mean (s)</th><th scope=\"col\">p50 (s)</th><th scope=\"col\">p95 (s)</th>"
                + "<th scope=\"col\">p99 (s)</th><th scope=\"col\">Max (s)</th></tr>")
        .contains(
            "<tr><th scope=\"row\">FARGATE</th><td>3</td><td>65.5</td><td>65.0</td>"
                + "<td>80.0</td><td>81.0</td><td>81.5</td></tr>")
        .contains(
            "<tr><th scope=\"row\">od</th><td>10</td><td>42.5</td><td>40.0</td>"
                + "<td>60.0</td><td>70.0</td><td>75.0</td></tr>");
  }

  @Test
  void costTablesBreakTheBillDownFargateIncluded() {
    String html = render(Fixtures.run(""), Fixtures.summaries());

    assertThat(html)
        .contains("Cost by capacity provider")
        .contains("<th scope=\"row\">FARGATE</th><td>$50.00</td>")
        .contains("<th scope=\"row\">od</th><td>$950.25</td>")
        .contains("Cost by purchase option")
        .contains("<th scope=\"row\">on-demand</th><td>$1,000.25</td>")
        .contains("Cost by service")
        .contains("<th scope=\"row\">etl</th><td>$1,200.00</td>");
  }

  @Test
  void aFigureThatIsNotDefinedReadsNotApplicableRatherThanZero() {
    Summary.Cluster c = Fixtures.summary().cluster();
    var summary = Fixtures.withCluster(Fixtures.summary(), new Summary.Cluster(c.cpuReservationAvgPct(),
        c.memoryReservationAvgPct(), c.cpuUtilizationAvgPct(), c.memoryUtilizationAvgPct(), c.instancesLaunched(),
        c.instancesPeak(), Double.NaN));

    String html = render(Fixtures.run(""), Replicated.of(List.of(summary)));

    assertThat(html).contains("<th scope=\"row\">Instance-hours</th><td>n/a</td>")
        .contains("<th scope=\"row\">Instances at peak</th><td>3</td>");
  }

  @Test
  void everyClusterFigureIsShownIncludingMemoryUtilization() {
    // The memory utilization row was declared from a field the summary never had, and never shown.
    String html = render(Fixtures.run(""), Fixtures.summaries());

    assertThat(html).contains("<th scope=\"row\">CPU reservation (average)</th><td>55.5%</td>")
        .contains("<th scope=\"row\">Memory reservation (average)</th><td>44.3%</td>")
        .contains("<th scope=\"row\">CPU utilization (average)</th><td>33.3%</td>")
        .contains("<th scope=\"row\">Memory utilization (average)</th><td>22.2%</td>")
        .contains("<th scope=\"row\">Instances launched</th><td>4</td>")
        .contains("<th scope=\"row\">Instances at peak</th><td>3</td>");
  }

  private static Summary withStartLatency(Summary s, Map<String, Summary.StartLatency> latency) {
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        s.cost(), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), new java.util.TreeMap<>(latency));
  }

  @Test
  void aColumnOfStartLatenciesHasOneUnitTheOneOfItsLargestValue() {
    // The row read "116.7 s" beside "2.2 min". The largest p50 here, 132 s, is over two
    // minutes, so the whole column is in minutes: 116.7 s = 1.945 min, 132 s = 2.2 min. The mean
    // column's largest, 118 s, is under two minutes: seconds.
    var summary = withStartLatency(Fixtures.summary(), Map.of(
        "FARGATE", new Summary.StartLatency(3, 118, 116.7, 130, 131, 132),
        "od", new Summary.StartLatency(10, 42.5, 132, 150, 160, 170)));

    String html = render(Fixtures.run(""), Replicated.of(List.of(summary)));

    assertThat(html)
        .contains("<th scope=\"col\">Mean (s)</th><th scope=\"col\">p50 (min)</th>"
            + "<th scope=\"col\">p95 (min)</th><th scope=\"col\">p99 (min)</th><th scope=\"col\">Max (min)</th>")
        .contains("<tr><th scope=\"row\">FARGATE</th><td>3</td><td>118.0</td><td>1.9</td>"
            + "<td>2.2</td><td>2.2</td><td>2.2</td></tr>")
        .contains("<tr><th scope=\"row\">od</th><td>10</td><td>42.5</td><td>2.2</td>"
            + "<td>2.5</td><td>2.7</td><td>2.8</td></tr>");
  }

  @Test
  void withoutInstancesTheInstanceFiguresReadNotApplicable() {
    // Fargate only: no instance registered, so reservation and utilization (shares of registered
    // instances), instance counts and hours do not apply. A cost of nothing is still a cost.
    var summary = Fixtures.withCluster(Fixtures.summary(), new Summary.Cluster(0, 0, 0, 0, 0, 0, 0));

    String html = render(Fixtures.run(""), Replicated.of(List.of(summary)));

    for (String label : List.of("CPU reservation (average)", "Memory reservation (average)",
        "CPU utilization (average)", "Memory utilization (average)", "Instances launched", "Instances at peak",
        "Instance-hours")) {
      assertThat(html).contains("<th scope=\"row\">" + label + "</th><td>n/a</td>");
    }
    assertThat(html).contains("<th scope=\"row\">Total cost</th><td>$1,234.50</td>")
        .contains("<th scope=\"row\">idle</th><td>$34.50</td>")
        .contains("<th scope=\"row\">Tasks that waited for capacity</th><td>2</td>");
  }

  @Test
  void aSmallShareOfRequestsUnservedKeepsItsDigits() {
    // The 8.2e-05 read "0.0%": it is 0.0082 %.
    var summary = Fixtures.withServices(Fixtures.summary(), Map.of("web",
        new Summary.ServiceFigures(2.0, 2, 4, 1, 1, 83.3, 8.2e-05, 0, 36000)));

    assertThat(render(Fixtures.run(""), Replicated.of(List.of(summary))))
        .contains("<td>83.3%</td><td>36,000</td><td>0.0082%</td><td>0</td></tr>");
  }
}

package org.driftgraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.driftgraph.cli.CliContext;
import org.driftgraph.cli.Main;
import org.driftgraph.testing.HeadlessChromium;
import org.driftgraph.testing.HeadlessChromium.PageVisit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus's HTML report as a reader's browser opens it, offline: headless Chromium finds
 * nothing to complain about and nothing to fetch, and a click on a node of the explorable network
 * shows that entity's facts with their evidence. The screenshots, target/screenshots/report.png and
 * report-network.png, are for people to look at. Skips, saying why, where no Chromium is installed
 * (.ci/install-chromium).
 */
class ReportInChromiumIT {
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");

  private static final Path CLICKED = Path.of("target", "screenshots", "report-network.png");

  /**
   * Finds TamTam in the explorer's data, scrolls the network into view and gives the point of the
   * viewport where its node is drawn.
   */
  private static final String LOCATE_NODE =
      """
      (() => {
        const element = document.getElementById('network-chart');
        element.scrollIntoView({block: 'center'});
        const chart = echarts.getInstanceByDom(element);
        const data = JSON.parse(document.getElementById('network-data').textContent);
        const node = data.views.facts.nodes.find(n => n.id === 'tamtam');
        const [x, y] = chart.convertToPixel({seriesIndex: 0}, [node.x, node.y]);
        const box = element.getBoundingClientRect();
        return (box.left + x) + ' ' + (box.top + y);
      })()
      """;

  @TempDir static Path temp;
  private static Path html;
  private static Optional<Path> executable;

  @BeforeAll
  static void writeTheSampleReport() throws IOException {
    executable = HeadlessChromium.find();
    if (executable.isEmpty()) {
      System.out.println(
          "ReportInChromiumIT skipped: no chromium on PATH (.ci/install-chromium installs Debian's)");
      return;
    }
    Path store = temp.resolve("store");
    Path out = temp.resolve("reports");
    cli(
        "import",
        "import/articles",
        "--store",
        store.toString(),
        "--reports",
        temp.resolve("import-reports").toString());
    cli("report", "--store", store.toString(), "--out", out.toString());
    html = reportHtml(out);
  }

  @Test
  void clickingANodeOfTheNetworkShowsItsFactsWithTheirEvidence() throws IOException {
    assumeTrue(
        executable.isPresent(), "no chromium on PATH (.ci/install-chromium installs Debian's)");
    Files.deleteIfExists(CLICKED);

    HeadlessChromium.Interaction clicked;
    try (HeadlessChromium chromium = HeadlessChromium.start(executable.get())) {
      clicked =
          chromium.visit(
              html,
              CLICKED,
              page -> {
                String before = page.evaluate("document.getElementById('network-panel').innerText");
                String[] at = page.evaluate(LOCATE_NODE).split(" ");
                page.click(Double.parseDouble(at[0]), Double.parseDouble(at[1]));
                String after = page.evaluate("document.getElementById('network-panel').innerText");
                assertThat(before).doesNotContain("TamTam (Platform)");
                return after;
              });
    }

    assertThat(clicked.visit().consoleErrors()).as("console errors of %s", html).isEmpty();
    assertThat(clicked.visit().externalRequests()).isEmpty();
    assertThat(clicked.result())
        .as("the panel after a click on TamTam")
        .contains("TamTam (Platform)", "facts drawn here", "OWNED_BY", "claims", "“");
    assertThat(Files.size(CLICKED)).isPositive();
  }

  @Test
  void theSampleReportOpensWithoutConsoleErrorsOrRequestsAndIsPhotographed() throws IOException {
    assumeTrue(
        executable.isPresent(), "no chromium on PATH (.ci/install-chromium installs Debian's)");
    Files.deleteIfExists(SCREENSHOT);

    PageVisit visit;
    try (HeadlessChromium chromium = HeadlessChromium.start(executable.get())) {
      visit = chromium.visit(html, SCREENSHOT);
    }

    assertThat(visit.consoleErrors()).as("console errors and warnings of %s", html).isEmpty();
    assertThat(visit.externalRequests()).as("requests %s makes beyond itself", html).isEmpty();
    assertThat(Files.size(SCREENSHOT)).isPositive();
    assertThat(visit.width()).isPositive();
    assertThat(visit.height()).isPositive();
  }

  /**
   * The report.html of the one report written (the dated folder sorts before its copy in latest/).
   */
  private static Path reportHtml(Path out) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages =
          files
              .filter(file -> file.getFileName().toString().equals("report.html"))
              .sorted()
              .toList();
    }
    assertThat(pages).as("report.html under %s", out).isNotEmpty();
    return pages.get(0);
  }

  private static void cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(CliContext.HOME_VARIABLE, Path.of("").toAbsolutePath().toString()),
            Path.of(""));
    assertThat(code)
        .as("driftgraph %s:%n%s", String.join(" ", args), err.toString(StandardCharsets.UTF_8))
        .isZero();
  }
}

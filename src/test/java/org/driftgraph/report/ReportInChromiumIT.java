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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus's HTML report as a reader's browser opens it, offline: headless Chromium finds
 * nothing to complain about and nothing to fetch. The screenshot, target/screenshots/report.png, is
 * for people to look at. Skips, saying why, where no Chromium is installed (.ci/install-chromium).
 */
class ReportInChromiumIT {
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");

  @TempDir Path temp;

  @Test
  void theSampleReportOpensWithoutConsoleErrorsOrRequestsAndIsPhotographed() throws IOException {
    Optional<Path> executable = HeadlessChromium.find();
    if (executable.isEmpty()) {
      System.out.println(
          "ReportInChromiumIT skipped: no chromium on PATH (.ci/install-chromium installs Debian's)");
    }
    assumeTrue(
        executable.isPresent(), "no chromium on PATH (.ci/install-chromium installs Debian's)");
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
    Path html = reportHtml(out);
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

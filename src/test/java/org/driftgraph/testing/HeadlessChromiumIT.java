package org.driftgraph.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.driftgraph.testing.HeadlessChromium.PageVisit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headless Chromium harness on small pages whose faults are known. Skips, saying why, where no
 * Chromium is installed (.ci/install-chromium installs Debian's).
 */
class HeadlessChromiumIT {
  static final Path FIXTURES = Path.of("src", "test", "resources", "chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static HeadlessChromium chromium;

  @BeforeAll
  static void startChromium() throws IOException {
    Optional<Path> executable = HeadlessChromium.find();
    if (executable.isEmpty()) {
      System.out.println(
          "HeadlessChromiumIT skipped: no chromium on PATH (.ci/install-chromium installs Debian's)");
    }
    assumeTrue(
        executable.isPresent(), "no chromium on PATH (.ci/install-chromium installs Debian's)");
    chromium = HeadlessChromium.start(executable.get());
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aStandalonePageWithInlineSvgLoadsCleanlyAndIsPhotographedWhole() throws IOException {
    Path screenshot = SCREENSHOTS.resolve("chromium-clean.png");
    Files.deleteIfExists(screenshot);

    PageVisit visit = chromium.visit(FIXTURES.resolve("clean.html"), screenshot);

    assertThat(visit.consoleErrors()).isEmpty();
    assertThat(visit.externalRequests()).isEmpty();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    assertThat(visit.screenshot()).isEqualTo(screenshot);
    // The page is taller than the 900-pixel window: the screenshot covers all of it.
    assertThat(visit.height()).isGreaterThan(1400);
    assertThat(visit.width()).isPositive();
  }

  @Test
  void aConsoleErrorIsReported() throws IOException {
    PageVisit visit =
        chromium.visit(
            FIXTURES.resolve("console-error.html"),
            SCREENSHOTS.resolve("chromium-console-error.png"));

    assertThat(visit.consoleErrors())
        .singleElement()
        .asString()
        .startsWith("console.error: x (")
        .contains("console-error.html:7");
    assertThat(visit.externalRequests()).isEmpty();
  }

  @Test
  void anImageFromTheNetworkIsReportedAsARequestEvenWhenItCannotLoad() throws IOException {
    PageVisit visit =
        chromium.visit(
            FIXTURES.resolve("external-image.html"),
            SCREENSHOTS.resolve("chromium-external-image.png"));

    assertThat(visit.externalRequests())
        .containsExactly("GET http://example.invalid/a.png (Image)");
  }

  @Test
  void anUncaughtExceptionIsReported() throws IOException {
    PageVisit visit =
        chromium.visit(
            FIXTURES.resolve("exception.html"), SCREENSHOTS.resolve("chromium-exception.png"));

    assertThat(visit.consoleErrors())
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith("uncaught exception: Error: the chart data is missing")
                    .contains("exception.html:7"));
    assertThat(visit.externalRequests()).isEmpty();
  }

  @Test
  void aBrowserThatQuitsAtOnceIsAClearError() {
    Path quitsAtOnce = Path.of("/bin/false");
    assumeTrue(Files.isExecutable(quitsAtOnce), "no /bin/false to stand in for a broken browser");

    assertThatThrownBy(() -> HeadlessChromium.start(quitsAtOnce))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not print its DevTools address")
        .hasMessageContaining("exit code 1");
  }

  @Test
  void aMissingFileIsAClearError() {
    Path missing = FIXTURES.resolve("no-such-page.html");

    assertThatThrownBy(() -> chromium.visit(missing, SCREENSHOTS.resolve("never.png")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no-such-page.html");
  }
}

package org.driftgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools protocol with the JDK's WebSocket:
 * it opens a local HTML file, records what a reader's browser would complain about (console errors
 * and warnings, uncaught exceptions) and every request the page makes beyond itself, and saves a
 * full-page screenshot. One browser serves many visits; each visit gets a fresh tab.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start(HeadlessChromium.find().orElseThrow())) {
 *   PageVisit visit = chromium.visit(Path.of("report.html"), Path.of("target/screenshots/report.png"));
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
  /**
   * What a visit saw: console errors and warnings (with uncaught exceptions and browser log
   * entries), the requests the page made for anything but itself and inline data, and the
   * screenshot with its size in pixels.
   */
  public record PageVisit(
      List<String> consoleErrors,
      List<String> externalRequests,
      Path screenshot,
      int width,
      int height) {
    public PageVisit {
      consoleErrors = List.copyOf(consoleErrors);
      externalRequests = List.copyOf(externalRequests);
      if (width <= 0 || height <= 0) {
        throw new IllegalArgumentException(
            "a screenshot of " + width + "x" + height + " pixels: " + screenshot);
      }
    }
  }

  /** Names the Debian and Ubuntu packages give the browser. */
  private static final List<String> EXECUTABLES = List.of("chromium", "chromium-browser");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** After the load event: how long nothing may happen before the page counts as settled... */
  private static final Duration QUIET = Duration.ofMillis(500);

  /**
   * ...and the longest the harness waits for that (requests still loading are reported all the
   * same).
   */
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(5);

  /** Chromium cannot draw a taller surface in one piece; longer pages are cut there. */
  private static final int MAX_SCREENSHOT_HEIGHT = 16_384;

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final int STDERR_LINES_KEPT = 40;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final Process process;
  private final Path profile;
  private final Deque<String> stderrTail;
  private final HeadlessChromiumConnection connection;

  private HeadlessChromium(
      Process process,
      Path profile,
      Deque<String> stderrTail,
      HeadlessChromiumConnection connection) {
    this.process = process;
    this.profile = profile;
    this.stderrTail = stderrTail;
    this.connection = connection;
  }

  /** The first {@code chromium} or {@code chromium-browser} on PATH, if any. */
  public static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    return EXECUTABLES.stream()
        .flatMap(
            name ->
                Stream.of(path.split(File.pathSeparator))
                    .filter(dir -> !dir.isEmpty())
                    .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Starts the browser with a throwaway profile; close it to stop the browser and delete the
   * profile.
   */
  public static HeadlessChromium start(Path executable) throws IOException {
    Path profile = Files.createTempDirectory("driftgraph-chromium-");
    Deque<String> stderrTail = new ArrayDeque<>();
    Process process = null;
    try {
      process =
          new ProcessBuilder(
                  executable.toString(),
                  "--headless=new",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--remote-debugging-port=0",
                  "--user-data-dir=" + profile,
                  // Nothing of the browser's own (updates, sync, first-run pages) should touch the
                  // network.
                  "--no-first-run",
                  "--no-default-browser-check",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-extensions",
                  "--disable-sync",
                  "--hide-scrollbars",
                  "--window-size=1280,900",
                  "about:blank")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      URI endpoint =
          await(
              devToolsEndpoint(process, stderrTail),
              "Chromium did not print its DevTools address",
              process,
              stderrTail);
      HeadlessChromiumConnection connection =
          HeadlessChromiumConnection.open(HttpClient.newHttpClient(), endpoint, TIMEOUT);
      return new HeadlessChromium(process, profile, stderrTail, connection);
    } catch (IOException | RuntimeException e) {
      if (process != null) {
        stop(process);
      }
      deleteProfile(profile);
      throw e;
    }
  }

  /**
   * Opens {@code html} in a new tab, waits for the load event and a quiet moment after it, and
   * writes a full-page PNG screenshot to {@code screenshot} (creating its folder).
   */
  public PageVisit visit(Path html, Path screenshot) throws IOException {
    return visit(html, screenshot, page -> "").visit();
  }

  /** What a test can do on a loaded page: run script and click, as a reader would. */
  public interface Page {
    /** Evaluates a JavaScript expression in the page; its value as text. */
    String evaluate(String expression);

    /** Clicks the left button at a point of the viewport, in CSS pixels. */
    void click(double x, double y);
  }

  /** A visit with what the test's steps on the page returned. */
  public record Interaction(PageVisit visit, String result) {}

  /**
   * Opens {@code html} as {@link #visit(Path, Path)} does, runs {@code steps} on the loaded page,
   * then takes the screenshot (so that it shows what the steps did).
   */
  public Interaction visit(Path html, Path screenshot, Function<Page, String> steps)
      throws IOException {
    if (!Files.isRegularFile(html)) {
      throw new IOException("no HTML file to open at " + html.toAbsolutePath());
    }
    String url = html.toAbsolutePath().normalize().toUri().toString();
    String targetId =
        connection
            .send(
                "Target.createTarget",
                HeadlessChromiumConnection.params().put("url", "about:blank"))
            .path("targetId")
            .asText();
    Exception failure = null;
    try {
      String sessionId =
          connection
              .send(
                  "Target.attachToTarget",
                  HeadlessChromiumConnection.params()
                      .put("targetId", targetId)
                      .put("flatten", true))
              .path("sessionId")
              .asText();
      HeadlessChromiumPage page = new HeadlessChromiumPage(sessionId, url);
      connection.addListener(page);
      try {
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
          connection.send(domain + ".enable", null, sessionId);
        }
        load(page, sessionId, url);
        String result = steps.apply(actions(sessionId));
        Dimensions size = saveScreenshot(sessionId, screenshot);
        return new Interaction(
            new PageVisit(
                page.consoleMessages(),
                page.externalRequests(),
                screenshot,
                size.width(),
                size.height()),
            result);
      } finally {
        connection.removeListener(page);
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      closeTab(targetId, failure);
    }
  }

  /** Closes a visit's tab; when the visit failed, a failure to close is attached to that one. */
  private void closeTab(String targetId, Exception visitFailure) {
    if (!connection.isOpen()) {
      return;
    }
    try {
      connection.send(
          "Target.closeTarget", HeadlessChromiumConnection.params().put("targetId", targetId));
    } catch (RuntimeException e) {
      if (visitFailure == null) {
        throw e;
      }
      visitFailure.addSuppressed(e);
    }
  }

  private void load(HeadlessChromiumPage page, String sessionId, String url) {
    JsonNode navigation =
        connection.send(
            "Page.navigate", HeadlessChromiumConnection.params().put("url", url), sessionId);
    if (navigation.hasNonNull("errorText")) {
      throw new IllegalStateException(
          "Chromium could not open " + url + ": " + navigation.get("errorText").asText());
    }
    await(page.loaded(), "no load event for " + url, process, stderrTail);
    String state = evaluate(sessionId, "document.readyState + ' ' + location.href");
    if (!state.equals("complete " + url)) {
      throw new IllegalStateException(
          "after the load event Chromium shows " + state + " instead of the loaded " + url);
    }
    long settleBy = System.nanoTime() + SETTLE_LIMIT.toNanos();
    while (!page.quietFor(QUIET.toNanos()) && System.nanoTime() < settleBy) {
      sleep(Duration.ofMillis(50));
    }
  }

  private Page actions(String sessionId) {
    return new Page() {
      @Override
      public String evaluate(String expression) {
        return HeadlessChromium.this.evaluate(sessionId, expression);
      }

      @Override
      public void click(double x, double y) {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
          ObjectNode params =
              HeadlessChromiumConnection.params().put("type", type).put("x", x).put("y", y);
          if (!type.equals("mouseMoved")) {
            params.put("button", "left").put("clickCount", 1);
          }
          connection.send("Input.dispatchMouseEvent", params, sessionId);
        }
      }
    };
  }

  private String evaluate(String sessionId, String expression) {
    JsonNode result =
        connection.send(
            "Runtime.evaluate",
            HeadlessChromiumConnection.params()
                .put("expression", expression)
                .put("returnByValue", true),
            sessionId);
    return result.path("result").path("value").asText();
  }

  private record Dimensions(int width, int height) {}

  private Dimensions saveScreenshot(String sessionId, Path screenshot) throws IOException {
    JsonNode content =
        connection.send("Page.getLayoutMetrics", null, sessionId).path("cssContentSize");
    int width = Math.max(1, (int) Math.ceil(content.path("width").asDouble()));
    int height =
        Math.max(
            1, Math.min(MAX_SCREENSHOT_HEIGHT, (int) Math.ceil(content.path("height").asDouble())));
    ObjectNode params =
        HeadlessChromiumConnection.params().put("format", "png").put("captureBeyondViewport", true);
    params
        .putObject("clip")
        .put("x", 0)
        .put("y", 0)
        .put("width", width)
        .put("height", height)
        .put("scale", 1);
    byte[] png =
        Base64.getDecoder()
            .decode(
                connection.send("Page.captureScreenshot", params, sessionId).path("data").asText());
    if (png.length < 24
        || !ByteBuffer.wrap(png, 0, PNG_SIGNATURE.length).equals(ByteBuffer.wrap(PNG_SIGNATURE))) {
      throw new IllegalStateException(
          "Chromium's screenshot is not a PNG (" + png.length + " bytes)");
    }
    Path folder = screenshot.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Files.write(screenshot, png);
    // The IHDR chunk follows the signature: length, "IHDR", then width and height as big-endian
    // ints.
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    return new Dimensions(header.getInt(), header.getInt());
  }

  /**
   * Asks the browser to quit, kills it if it does not within the timeout, and deletes the profile.
   */
  @Override
  public void close() {
    try {
      if (connection.isOpen()) {
        try {
          connection.send("Browser.close", null);
        } catch (IllegalStateException e) {
          // The browser may drop the socket before it answers; the wait below tells whether it
          // quit.
        }
      }
      connection.close();
      if (!waitFor(process, TIMEOUT)) {
        stop(process);
      }
    } finally {
      deleteProfile(profile);
    }
  }

  /** Reads stderr to its end on a daemon thread, keeping the last lines for error messages. */
  private static CompletableFuture<URI> devToolsEndpoint(Process process, Deque<String> tail) {
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  Matcher listening = LISTENING.matcher(line);
                  if (listening.find()) {
                    endpoint.complete(URI.create(listening.group(1)));
                  }
                  synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > STDERR_LINES_KEPT) {
                      tail.removeFirst();
                    }
                  }
                }
              } catch (IOException e) {
                endpoint.completeExceptionally(e);
              }
              endpoint.completeExceptionally(
                  new IllegalStateException(
                      "Chromium closed its error output (exit code "
                          + (waitFor(process, Duration.ofSeconds(5))
                              ? process.exitValue()
                              : "unknown")
                          + ")"));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    return endpoint;
  }

  private static <T> T await(
      CompletableFuture<T> future, String failure, Process process, Deque<String> stderrTail) {
    try {
      return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          failure + " within " + TIMEOUT.toSeconds() + " s" + stderrOf(process, stderrTail), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          failure + ": " + e.getCause().getMessage() + stderrOf(process, stderrTail), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(failure + ": interrupted", e);
    }
  }

  private static String stderrOf(Process process, Deque<String> tail) {
    synchronized (tail) {
      return (process.isAlive() ? "" : "; Chromium exited")
          + "; its last error output:\n"
          + String.join("\n", tail);
    }
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Kills the browser and the renderer, GPU and zygote processes it started. */
  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    waitFor(process, Duration.ofSeconds(10));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the page settled", e);
    }
  }

  /**
   * Chromium's helpers may still write into the profile as they exit, so this tries a few times.
   */
  private static void deleteProfile(Path profile) {
    for (int attempt = 1; Files.exists(profile); attempt++) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        if (attempt == 5) {
          throw new UncheckedIOException(
              "cannot delete Chromium's temporary profile " + profile, e);
        }
        sleep(Duration.ofMillis(200));
      }
    }
  }
}

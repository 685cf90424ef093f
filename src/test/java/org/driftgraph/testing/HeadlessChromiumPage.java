package org.driftgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.driftgraph.testing.HeadlessChromiumConnection.Event;

/**
 * What one page session reports while it loads: console errors and warnings, uncaught exceptions,
 * browser log entries, and every request the page makes for something other than itself.
 */
final class HeadlessChromiumPage implements Consumer<Event> {
  private static final Set<String> CONSOLE_LEVELS = Set.of("error", "warning", "assert");
  private static final Set<String> LOG_LEVELS = Set.of("error", "warning");

  /** Parts of the page itself, not requests for something else. */
  private static final List<String> INLINE_SCHEMES = List.of("data:", "blob:", "about:");

  private final String sessionId;
  private final String pageUrl;
  private final List<String> console = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();
  private volatile long lastEventNanos = System.nanoTime();

  HeadlessChromiumPage(String sessionId, String pageUrl) {
    this.sessionId = sessionId;
    this.pageUrl = withoutFragment(pageUrl);
  }

  @Override
  public void accept(Event event) {
    if (!sessionId.equals(event.sessionId())) {
      return;
    }
    JsonNode params = event.params();
    switch (event.method()) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.consoleAPICalled" -> consoleCall(params);
      case "Runtime.exceptionThrown" -> exception(params.path("exceptionDetails"));
      case "Log.entryAdded" -> logEntry(params.path("entry"));
      case "Network.requestWillBeSent" -> request(params);
      case "Network.loadingFinished", "Network.loadingFailed" ->
          inFlight.remove(params.path("requestId").asText());
      default -> {
        return;
      }
    }
    lastEventNanos = System.nanoTime();
  }

  CompletableFuture<Void> loaded() {
    return loaded;
  }

  /** True once nothing is loading and no event came for {@code quietNanos}. */
  boolean quietFor(long quietNanos) {
    return inFlight.isEmpty() && System.nanoTime() - lastEventNanos >= quietNanos;
  }

  synchronized List<String> consoleMessages() {
    return List.copyOf(console);
  }

  synchronized List<String> externalRequests() {
    return List.copyOf(requests);
  }

  private void consoleCall(JsonNode params) {
    String type = params.path("type").asText();
    if (!CONSOLE_LEVELS.contains(type)) {
      return;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode argument : params.path("args")) {
      values.add(
          argument.has("value")
              ? argument.get("value").asText()
              : argument.path("description").asText(argument.path("type").asText()));
    }
    JsonNode frame = params.path("stackTrace").path("callFrames").path(0);
    add(
        console,
        "console."
            + type
            + ": "
            + String.join(" ", values)
            + at(frame.path("url").asText(), frame.path("lineNumber")));
  }

  private void exception(JsonNode details) {
    String description =
        details.path("exception").path("description").asText(details.path("text").asText());
    String firstLine = description.lines().findFirst().orElse(description);
    add(
        console,
        "uncaught exception: "
            + firstLine
            + at(details.path("url").asText(), details.path("lineNumber")));
  }

  private void logEntry(JsonNode entry) {
    String level = entry.path("level").asText();
    if (LOG_LEVELS.contains(level)) {
      add(
          console,
          "log "
              + entry.path("source").asText()
              + " "
              + level
              + ": "
              + entry.path("text").asText()
              + at(entry.path("url").asText(), entry.path("lineNumber")));
    }
  }

  private void request(JsonNode params) {
    JsonNode request = params.path("request");
    String url = request.path("url").asText();
    if (withoutFragment(url).equals(pageUrl) || INLINE_SCHEMES.stream().anyMatch(url::startsWith)) {
      return;
    }
    inFlight.add(params.path("requestId").asText());
    add(
        requests,
        request.path("method").asText()
            + " "
            + url
            + " ("
            + params.path("type").asText("Other")
            + ")");
  }

  private synchronized void add(List<String> list, String message) {
    list.add(message);
  }

  /** " (url:line)" with the 1-based line, or nothing when the protocol gave no place. */
  private static String at(String url, JsonNode zeroBasedLine) {
    if (url.isEmpty()) {
      return "";
    }
    return " (" + url + (zeroBasedLine.isInt() ? ":" + (zeroBasedLine.asInt() + 1) : "") + ")";
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}

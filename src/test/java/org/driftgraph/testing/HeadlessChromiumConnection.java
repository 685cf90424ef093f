package org.driftgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One WebSocket to the browser endpoint of the Chrome DevTools protocol. Pages are reached through
 * flattened target sessions on this same socket: a command carries the session id, and so does
 * every event the page sends back.
 */
final class HeadlessChromiumConnection implements AutoCloseable {
  /** A protocol event: its method (e.g. {@code Network.requestWillBeSent}), session and params. */
  record Event(String method, String sessionId, JsonNode params) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration timeout;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final CopyOnWriteArrayList<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
  private final CompletableFuture<String> closed = new CompletableFuture<>();

  private HeadlessChromiumConnection(Duration timeout, WebSocket.Builder builder, URI endpoint) {
    this.timeout = timeout;
    this.socket =
        await(
            builder.connectTimeout(timeout).buildAsync(endpoint, new Receiver()),
            "connect to " + endpoint);
  }

  static HeadlessChromiumConnection open(HttpClient http, URI endpoint, Duration timeout) {
    return new HeadlessChromiumConnection(timeout, http.newWebSocketBuilder(), endpoint);
  }

  void addListener(Consumer<Event> listener) {
    listeners.add(listener);
  }

  void removeListener(Consumer<Event> listener) {
    listeners.remove(listener);
  }

  /** Sends a browser-level command and waits for its result. */
  JsonNode send(String method, ObjectNode params) {
    return send(method, params, null);
  }

  /**
   * Sends a command (to a page session when {@code sessionId} is given) and waits for its result.
   */
  JsonNode send(String method, ObjectNode params, String sessionId) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    if (closed.isDone()) {
      throw new IllegalStateException(
          "cannot send " + method + ": the DevTools connection closed: " + closed.join());
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      synchronized (socket) {
        // The JDK WebSocket allows one outstanding send at a time.
        await(socket.sendText(message.toString(), true), "send " + method);
      }
      JsonNode answer = await(reply, method);
      if (answer.has("error")) {
        throw new IllegalStateException("Chromium refused " + method + ": " + answer.get("error"));
      }
      return answer.path("result");
    } finally {
      pending.remove(id);
    }
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Marks the connection closed and fails every command still waiting for an answer. */
  private void markClosed(String why) {
    closed.complete(why);
    IllegalStateException failure =
        new IllegalStateException("the DevTools connection closed: " + closed.join());
    pending.values().forEach(reply -> reply.completeExceptionally(failure));
  }

  @SuppressWarnings("unchecked")
  private <T> T await(CompletableFuture<?> future, String what) {
    try {
      return (T) future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Chromium did not answer within " + timeout.toSeconds() + " s: " + what, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "DevTools " + what + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    }
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("Chromium sent a message that is not JSON", e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    Event event =
        new Event(
            message.path("method").asText(),
            message.path("sessionId").asText(null),
            message.path("params"));
    listeners.forEach(listener -> listener.accept(event));
  }

  boolean isOpen() {
    return !closed.isDone();
  }

  @Override
  public void close() {
    if (!closed.isDone()) {
      socket.abort();
      markClosed("closed by the test");
    }
  }

  /** Gathers the fragments of each text message, then hands it to {@link #dispatch}. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        try {
          dispatch(text);
        } catch (RuntimeException e) {
          // A failure here would otherwise vanish on the socket's thread; waiting commands see it
          // instead.
          markClosed("cannot handle a DevTools message: " + e);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      markClosed("status " + statusCode + (reason.isEmpty() ? "" : " " + reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      markClosed(String.valueOf(error));
    }
  }
}

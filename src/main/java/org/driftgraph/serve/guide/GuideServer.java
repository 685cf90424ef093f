package org.driftgraph.serve.guide;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Serves the Browser guide next to the served DBMS. Browser fetches a guide from the page's
 * JavaScript, so the answer allows any origin; the guide holds only the saved queries, no data.
 */
public final class GuideServer implements AutoCloseable {
  public static final String PATH = "/driftgraph-guide.html";

  private final HttpServer server;
  private final URI uri;

  private GuideServer(HttpServer server, URI uri) {
    this.server = server;
    this.uri = uri;
  }

  /**
   * Listens on {@code host:port} (0 picks a free port) and answers {@code GET PATH} with the guide.
   * {@code reachableHost} is the host name the printed URL uses.
   */
  public static GuideServer start(String host, int port, String reachableHost, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot serve the Browser guide on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    server.createContext(PATH, exchange -> answer(exchange, body));
    server.start();
    URI uri = URI.create("http://" + reachableHost + ":" + server.getAddress().getPort() + PATH);
    return new GuideServer(server, uri);
  }

  /** The guide's address, for {@code :guide URI} in Browser. */
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
      exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "pragma, cache-control");
      String method = exchange.getRequestMethod();
      if (method.equals("OPTIONS")) {
        exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        exchange.sendResponseHeaders(204, -1);
      } else if (!PATH.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
      } else if (method.equals("GET") || method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
        if (method.equals("GET")) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      } else {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD, OPTIONS");
        exchange.sendResponseHeaders(405, -1);
      }
    }
  }
}

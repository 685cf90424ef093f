package org.driftgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A Gremlin Server serving a JanusGraph 1.1 in-memory graph as {@code g}, in a JVM of its own on a
 * free loopback port. Its classpath is {@code target/janusgraph-lib} (copied by the build from
 * {@code src/it-servers/janusgraph/pom.xml}), never ours: JanusGraph's Guava, HPPC, Netty and
 * TinkerPop differ from Neo4j's. The YAML and the graph's properties are written to a folder of the
 * test's; the server runs {@code gremlin/janusgraph-schema.groovy} at start-up, as a user's would.
 */
public final class JanusGraphServerProcess implements AutoCloseable {
  private static final Path LIBRARY = Path.of("target", "janusgraph-lib");
  private static final Path SCHEMA = Path.of("gremlin", "janusgraph-schema.groovy");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path log;
  private final URI uri;
  private final Thread killOnExit;

  private JanusGraphServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.uri = URI.create("ws://127.0.0.1:" + port + "/gremlin");
    this.killOnExit = ServerJvm.killOnExit(process, "the JanusGraph server");
  }

  /** Starts the server with its files in {@code folder} and waits until it accepts connections. */
  public static JanusGraphServerProcess start(Path folder) {
    if (!Files.isDirectory(LIBRARY)) {
      throw new IllegalStateException(
          LIBRARY.toAbsolutePath()
              + " is missing: the build copies JanusGraph's server there in pre-integration-test"
              + " (maven-invoker-plugin on src/it-servers/janusgraph); run ./mvnw verify, or"
              + " ./mvnw invoker:run@janusgraph-lib");
    }
    try {
      int port = ServerJvm.freeLoopbackPort();
      Path yaml = writeConfiguration(folder, port);
      Path log = folder.resolve("janusgraph-server.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process process =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx" + System.getProperty("driftgraph.janusgraph.heap", "1g"),
                      "-cp",
                      LIBRARY.toAbsolutePath() + "/*",
                      "org.apache.tinkerpop.gremlin.server.GremlinServer",
                      yaml.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      JanusGraphServerProcess server = new JanusGraphServerProcess(process, log, port);
      try {
        server.awaitPort(port);
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the JanusGraph server", e);
    }
  }

  public URI uri() {
    return uri;
  }

  /** Kills the server JVM and waits for it to end. */
  @Override
  public void close() {
    ServerJvm.stop(process, killOnExit);
  }

  private void awaitPort(int port) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the JanusGraph server exited with " + process.exitValue() + ":\n" + logTail());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    throw new IllegalStateException(
        "the JanusGraph server did not listen on 127.0.0.1:"
            + port
            + " within "
            + START_TIMEOUT.toSeconds()
            + " s:\n"
            + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static Path writeConfiguration(Path folder, int port) throws IOException {
    Files.createDirectories(folder);
    Path properties = folder.resolve("janusgraph-inmemory.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "gremlin.graph=org.janusgraph.core.JanusGraphFactory",
            // Not storage.batch-loading=true: it turns automatic schema creation off, and the
            // schema script declares only the vertexKey index (docs/scale-out.md).
            "storage.backend=inmemory",
            ""),
        StandardCharsets.UTF_8);
    Path bind = folder.resolve("bind-traversal-source.groovy");
    // A start-up script that returns a map binds its entries as globals: here the source g.
    Files.writeString(
        bind, "def globals = [:]\nglobals << [g : graph.traversal()]\n", StandardCharsets.UTF_8);
    Path yaml = folder.resolve("gremlin-server.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "host: 127.0.0.1",
            "port: " + port,
            "evaluationTimeout: 300000",
            "graphs: {graph: '" + properties.toAbsolutePath() + "'}",
            "scriptEngines:",
            "  gremlin-groovy:",
            "    plugins:",
            "      org.janusgraph.graphdb.tinkerpop.plugin.JanusGraphGremlinPlugin: {}",
            "      org.apache.tinkerpop.gremlin.server.jsr223.GremlinServerGremlinPlugin: {}",
            "      org.apache.tinkerpop.gremlin.jsr223.ScriptFileGremlinPlugin: {files: ['"
                + SCHEMA.toAbsolutePath()
                + "', '"
                + bind.toAbsolutePath()
                + "']}",
            "serializers:",
            "  - className: org.apache.tinkerpop.gremlin.util.ser.GraphBinaryMessageSerializerV1",
            "    config: {ioRegistries: [org.janusgraph.graphdb.tinkerpop.JanusGraphIoRegistry]}",
            ""),
        StandardCharsets.UTF_8);
    return yaml;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the JanusGraph server", e);
    }
  }
}

package org.driftgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
  private final URI uri;
  private final Thread killOnExit;

  private JanusGraphServerProcess(Process process, int port) {
    this.process = process;
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
      JanusGraphServerProcess server = new JanusGraphServerProcess(process, port);
      try {
        ServerJvm.awaitLogLine(
            process,
            log,
            "Channel started at port " + port,
            "the JanusGraph server",
            START_TIMEOUT);
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
}

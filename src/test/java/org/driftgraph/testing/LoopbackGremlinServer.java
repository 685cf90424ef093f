package org.driftgraph.testing;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import org.apache.tinkerpop.gremlin.server.GremlinServer;
import org.apache.tinkerpop.gremlin.server.Settings;
import org.apache.tinkerpop.gremlin.server.util.ServerGremlinExecutor;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.apache.tinkerpop.gremlin.util.ser.GraphBinaryMessageSerializerV1;

/**
 * A Gremlin Server on a free loopback port serving one empty TinkerGraph as {@code g}, in this JVM.
 * GraphBinary and bytecode only, with no script engine: the gremlin-lang grammar must not meet
 * Neo4j's ANTLR (see stack-notes).
 */
public final class LoopbackGremlinServer implements AutoCloseable {
  private final GremlinServer server;
  private final URI uri;

  private LoopbackGremlinServer(GremlinServer server, int port) {
    this.server = server;
    this.uri = URI.create("ws://127.0.0.1:" + port + "/gremlin");
  }

  public static LoopbackGremlinServer start() {
    int port = ServerJvm.freeLoopbackPort();
    GremlinServer server = new GremlinServer(bytecodeOnly(port));
    ServerGremlinExecutor executor;
    try {
      executor = server.start().join();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start a Gremlin Server on 127.0.0.1:" + port, e);
    }
    TinkerGraph served = TinkerGraph.open();
    executor.getGraphManager().putGraph("graph", served);
    executor.getGraphManager().putTraversalSource("g", served.traversal());
    return new LoopbackGremlinServer(server, port);
  }

  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    server.stop().join();
  }

  private static Settings bytecodeOnly(int port) {
    Settings settings = new Settings();
    settings.host = "127.0.0.1";
    settings.port = port;
    settings.graphs = new HashMap<>();
    settings.scriptEngines = new HashMap<>();
    Settings.SerializerSettings graphBinary = new Settings.SerializerSettings();
    graphBinary.className = GraphBinaryMessageSerializerV1.class.getName();
    graphBinary.config = new HashMap<>();
    settings.serializers = List.of(graphBinary);
    return settings;
  }
}

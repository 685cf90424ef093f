package org.driftgraph.analyze.gremlin;

import java.net.URI;
import java.util.Objects;
import org.apache.tinkerpop.gremlin.driver.Cluster;
import org.apache.tinkerpop.gremlin.driver.remote.DriverRemoteConnection;
import org.apache.tinkerpop.gremlin.process.traversal.AnonymousTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.util.ser.GraphBinaryMessageSerializerV1;

/**
 * A connection to a Gremlin Server (or JanusGraph, Neptune) that runs bytecode traversals sent in
 * GraphBinary. Bytecode only: scripts would be parsed by the server's gremlin-lang grammar, which
 * is not ours to rely on (and clashes with Neo4j's ANTLR when such a server runs in our JVM).
 */
public final class RemoteGremlin implements AutoCloseable {
  private static final String DEFAULT_PATH = "/gremlin";

  private final Cluster cluster;
  private final DriverRemoteConnection connection;
  private final GraphTraversalSource g;
  private final String describe;

  private RemoteGremlin(Cluster cluster, DriverRemoteConnection connection, String describe) {
    this.cluster = cluster;
    this.connection = connection;
    this.g = AnonymousTraversalSource.traversal().withRemote(connection);
    this.describe = describe;
  }

  /**
   * Connects to {@code ws://host:port[/path]} ({@code wss} for TLS; the path defaults to {@code
   * /gremlin}) and binds the server's traversal source {@code traversalSourceName}. The connection
   * is opened lazily: the first traversal fails if the server is not there.
   */
  public static RemoteGremlin connect(URI uri, String traversalSourceName) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(traversalSourceName, "traversalSourceName");
    String scheme = uri.getScheme();
    if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException(
          "a Gremlin Server address is ws://HOST:PORT[/gremlin] or wss://..., not " + uri);
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "a Gremlin Server address needs a host and a port (ws://HOST:PORT), not " + uri);
    }
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? DEFAULT_PATH : uri.getPath();
    Cluster cluster =
        Cluster.build(uri.getHost())
            .port(uri.getPort())
            .path(path)
            .enableSsl("wss".equalsIgnoreCase(scheme))
            .serializer(new GraphBinaryMessageSerializerV1())
            .create();
    try {
      DriverRemoteConnection connection =
          DriverRemoteConnection.using(cluster, traversalSourceName);
      return new RemoteGremlin(
          cluster, connection, "Gremlin Server " + uri + " (" + traversalSourceName + ")");
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  public GraphTraversalSource traversal() {
    return g;
  }

  /** Where it connects, e.g. {@code Gremlin Server ws://127.0.0.1:8182/gremlin (g)}. */
  public String describe() {
    return describe;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot close the connection to " + describe + ": " + e.getMessage(), e);
    } finally {
      cluster.close();
    }
  }
}

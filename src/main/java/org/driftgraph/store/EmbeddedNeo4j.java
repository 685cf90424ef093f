package org.driftgraph.store;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/**
 * A Neo4j DBMS in this JVM, with GDS and APOC, reached like any other server: through the driver
 * over loopback Bolt. Auth is off because Bolt listens on 127.0.0.1 only.
 */
public final class EmbeddedNeo4j implements GraphConnection {
  private static final String LOOPBACK = "127.0.0.1";

  private final Path storeDir;
  private final EmbeddedDbms dbms;
  private final Driver driver;
  private final String boltUri;
  private final StartTimes startTimes;

  /** How long the parts of a start took, in milliseconds. */
  public record StartTimes(
      long dbmsMillis, long scanMillis, long registerMillis, long driverMillis) {
    public long totalMillis() {
      return dbmsMillis + scanMillis + registerMillis + driverMillis;
    }
  }

  private EmbeddedNeo4j(
      Path storeDir, EmbeddedDbms dbms, Driver driver, String boltUri, StartTimes startTimes) {
    this.storeDir = storeDir;
    this.dbms = dbms;
    this.driver = driver;
    this.boltUri = boltUri;
    this.startTimes = startTimes;
  }

  /**
   * Starts a DBMS whose files live in {@code storeDir} (created on first use). LOAD CSV reads from
   * {@code importDir}. Fails with a clear message if another process has the store open.
   */
  public static EmbeddedNeo4j start(Path storeDir, Path importDir) {
    EmbeddedDbms dbms =
        EmbeddedDbms.start(
            storeDir,
            importDir,
            builder ->
                builder
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, 0))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false));
    long connecting = System.nanoTime();
    String uri = "bolt://" + LOOPBACK + ":" + dbms.port(ConnectorType.BOLT);
    Driver driver = dbms.connect(uri, AuthTokens.none());
    StartTimes times =
        new StartTimes(
            dbms.dbmsMillis(),
            dbms.scanMillis(),
            dbms.registerMillis(),
            EmbeddedDbms.millis(connecting, System.nanoTime()));
    return new EmbeddedNeo4j(storeDir, dbms, driver, uri, times);
  }

  @Override
  public Driver driver() {
    return driver;
  }

  @Override
  public String describe() {
    return "embedded Neo4j in " + storeDir + " (" + boltUri + ")";
  }

  /** The Bolt address the DBMS listens on, for other clients such as cypher-shell. */
  public String boltUri() {
    return boltUri;
  }

  public StartTimes startTimes() {
    return startTimes;
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      dbms.shutdown();
    }
  }
}

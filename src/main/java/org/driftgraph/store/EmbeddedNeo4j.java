package org.driftgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j DBMS in this JVM, with GDS and APOC, reached like any other server: through the driver
 * over loopback Bolt. Auth is off because Bolt listens on 127.0.0.1 only.
 */
public final class EmbeddedNeo4j implements GraphConnection {
  private static final String LOOPBACK = "127.0.0.1";

  private final Path storeDir;
  private final DatabaseManagementService dbms;
  private final Driver driver;
  private final String boltUri;
  private final StartTimes startTimes;

  /** How long the parts of a start took, in milliseconds. */
  public record StartTimes(long dbmsMillis, long scanMillis, long registerMillis, long driverMillis) {
    public long totalMillis() {
      return dbmsMillis + scanMillis + registerMillis + driverMillis;
    }
  }

  private EmbeddedNeo4j(
      Path storeDir, DatabaseManagementService dbms, Driver driver, String boltUri, StartTimes startTimes) {
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
    Path home = storeDir.toAbsolutePath().normalize();
    Path imports = importDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + storeDir + ": " + e.getMessage(), e);
    }
    long t0 = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, 0))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
          .setConfig(GraphDatabaseSettings.allow_file_urls, true)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, ProcedureCatalog.UNRESTRICTED)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
          .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (RuntimeException e) {
      if (causedByLock(e)) {
        throw new StoreException("store " + storeDir + " is in use by another process", e);
      }
      throw new StoreException("cannot start Neo4j in " + storeDir + ": " + rootMessage(e), e);
    }
    long t1 = System.nanoTime();
    try {
      ProcedureCatalog catalog = ProcedureCatalog.discover();
      long t2 = System.nanoTime();
      GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      catalog.registerInto(system.getDependencyResolver().resolveDependency(GlobalProcedures.class));
      long t3 = System.nanoTime();
      HostnamePort bolt = system.getDependencyResolver()
          .resolveDependency(ConnectorPortRegister.class)
          .getLocalAddress(ConnectorType.BOLT);
      String uri = "bolt://" + LOOPBACK + ":" + bolt.getPort();
      Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), Config.builder()
          .withLogging(Logging.none())
          .withoutEncryption()
          .build());
      driver.verifyConnectivity();
      long t4 = System.nanoTime();
      StartTimes times = new StartTimes(millis(t0, t1), millis(t1, t2), millis(t2, t3), millis(t3, t4));
      return new EmbeddedNeo4j(storeDir, dbms, driver, uri, times);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
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

  private static boolean causedByLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileLockException
          || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  private static long millis(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }
}

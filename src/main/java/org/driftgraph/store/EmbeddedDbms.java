package org.driftgraph.store;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
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
 * The DBMS in this JVM that both {@link EmbeddedNeo4j} and {@link ServedNeo4j} run: the same store
 * layout, LOAD CSV root, page cache, logs and GDS/APOC registration; only the connectors and
 * authentication differ, and those the caller adds.
 */
final class EmbeddedDbms {
  private final DatabaseManagementService dbms;
  private final GraphDatabaseAPI system;
  private final long dbmsMillis;
  private final long scanMillis;
  private final long registerMillis;

  private EmbeddedDbms(
      DatabaseManagementService dbms,
      GraphDatabaseAPI system,
      long dbmsMillis,
      long scanMillis,
      long registerMillis) {
    this.dbms = dbms;
    this.system = system;
    this.dbmsMillis = dbmsMillis;
    this.scanMillis = scanMillis;
    this.registerMillis = registerMillis;
  }

  /**
   * Starts the DBMS in {@code storeDir} (created on first use) with Bolt enabled and unencrypted;
   * {@code connectors} sets listen addresses, HTTP and authentication. Fails with a clear message
   * when another process has the store open or a port is taken.
   */
  static EmbeddedDbms start(
      Path storeDir, Path importDir, UnaryOperator<DatabaseManagementServiceBuilder> connectors) {
    Path home = storeDir.toAbsolutePath().normalize();
    Path imports = importDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create store directory " + storeDir + ": " + e.getMessage(), e);
    }
    long t0 = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
              .setConfig(GraphDatabaseSettings.allow_file_urls, true)
              .setConfig(
                  GraphDatabaseSettings.procedure_unrestricted, ProcedureCatalog.UNRESTRICTED)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
              .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
              // An analytic store rebuilt from its articles needs no transaction history for
              // backups or clusters: keep only the newest log, rotate (and so prune, at each
              // checkpoint) every 16 MiB instead of 256 MiB, which is also what a log is
              // preallocated to.
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
              .setConfig(
                  GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
              // Netty waits two seconds for stragglers by default: closing should be quick.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
      dbms = connectors.apply(builder).build();
    } catch (RuntimeException e) {
      if (cause(e, FileLockException.class) != null
          || cause(e, org.neo4j.io.pagecache.impl.FileLockException.class) != null) {
        throw new StoreInUseException("store " + storeDir + " is in use by another process", e);
      }
      Throwable bind = cause(e, BindException.class);
      if (bind != null) {
        throw new StoreException(
            "cannot start Neo4j in "
                + storeDir
                + ": "
                + bind.getMessage()
                + " (is another Neo4j or 'driftgraph serve' using the port?)",
            e);
      }
      throw new StoreException("cannot start Neo4j in " + storeDir + ": " + rootMessage(e), e);
    }
    long t1 = System.nanoTime();
    try {
      ProcedureCatalog catalog = ProcedureCatalog.discover();
      long t2 = System.nanoTime();
      GraphDatabaseAPI system =
          (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      catalog.registerInto(
          system.getDependencyResolver().resolveDependency(GlobalProcedures.class));
      long t3 = System.nanoTime();
      return new EmbeddedDbms(dbms, system, millis(t0, t1), millis(t1, t2), millis(t2, t3));
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
  }

  /** The port a connector actually listens on (the one picked when 0 was asked for). */
  int port(ConnectorType connector) {
    HostnamePort address =
        system
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(connector);
    if (address == null) {
      throw new StoreException("Neo4j started without a " + connector + " connector");
    }
    return address.getPort();
  }

  /** The system database, where users and passwords live. */
  GraphDatabaseAPI system() {
    return system;
  }

  long dbmsMillis() {
    return dbmsMillis;
  }

  long scanMillis() {
    return scanMillis;
  }

  long registerMillis() {
    return registerMillis;
  }

  /** A driver for this DBMS, checked to answer; on failure the DBMS is shut down. */
  Driver connect(String boltUri, AuthToken auth) {
    try {
      Driver driver =
          GraphDatabase.driver(
              boltUri,
              auth,
              Config.builder().withLogging(Logging.none()).withoutEncryption().build());
      try {
        driver.verifyConnectivity();
      } catch (RuntimeException e) {
        driver.close();
        throw e;
      }
      return driver;
    } catch (RuntimeException e) {
      shutdown();
      throw e;
    }
  }

  void shutdown() {
    dbms.shutdown();
  }

  private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  static long millis(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }
}

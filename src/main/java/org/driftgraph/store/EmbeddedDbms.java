package org.driftgraph.store;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.impl.transaction.log.files.LogFiles;
import org.neo4j.kernel.impl.transaction.log.rotation.LogRotateEvent;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.StoreIdProvider;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The DBMS in this JVM that both {@link EmbeddedNeo4j} and {@link ServedNeo4j} run: the same store
 * layout, LOAD CSV root, page cache, logs and GDS/APOC registration, and always authentication:
 * user {@code neo4j} with the password the caller gives, set before any connector opens (see {@link
 * AuthMaintenance}). Only the connectors differ, and those the caller adds.
 */
final class EmbeddedDbms {
  /** The one user of the DBMS. */
  static final String USER = "neo4j";

  private final DatabaseManagementService dbms;
  private final GraphDatabaseAPI system;
  private final Driver driver;
  private final String boltUri;
  private final List<String> removedUsers;
  private final StartTimes times;
  private boolean proceduresRegistered;
  private RegisterTimes registeredOnDemand = RegisterTimes.NONE;

  private EmbeddedDbms(
      DatabaseManagementService dbms,
      GraphDatabaseAPI system,
      Driver driver,
      String boltUri,
      List<String> removedUsers,
      StartTimes times,
      boolean proceduresRegistered) {
    this.dbms = dbms;
    this.system = system;
    this.driver = driver;
    this.boltUri = boltUri;
    this.removedUsers = removedUsers;
    this.times = times;
    this.proceduresRegistered = proceduresRegistered;
  }

  /**
   * Registers GDS and APOC unless the start already did. Bytecode for ~320 procedure classes costs
   * seconds of CPU, which a command that only writes or counts need not pay.
   */
  synchronized void registerProcedures() {
    if (!proceduresRegistered) {
      registeredOnDemand = register(system);
      proceduresRegistered = true;
    }
  }

  /**
   * The database's identity and its last committed transaction, read from the kernel: no query, no
   * plan, no transaction of its own.
   */
  StoreState storeState() {
    GraphDatabaseAPI database =
        (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var resolver = database.getDependencyResolver();
    return new StoreState(
        resolver.resolveDependency(StoreIdProvider.class).getExternalStoreId().id().toString(),
        resolver.resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId());
  }

  /**
   * Starts a new transaction log file for the database, so that the next checkpoint prunes the
   * current one (only the newest log is kept). The import tool leaves a new store whose first log
   * is preallocated to 256 MiB whatever the configuration says, which would otherwise stay until 16
   * MiB of transactions had rotated it.
   */
  void startNewTransactionLog() {
    GraphDatabaseAPI database =
        (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    LogFiles logFiles = database.getDependencyResolver().resolveDependency(LogFiles.class);
    try {
      logFiles.getLogFile().getLogRotation().rotateLogFile(() -> LogRotateEvent.NULL);
    } catch (IOException e) {
      throw new StoreException("cannot start a new transaction log: " + e.getMessage(), e);
    }
  }

  /** Scans the classpath (once per JVM) and registers. */
  private static RegisterTimes register(GraphDatabaseAPI system) {
    long t0 = System.nanoTime();
    ProcedureCatalog catalog = ProcedureCatalog.discover();
    long t1 = System.nanoTime();
    catalog.registerInto(system.getDependencyResolver().resolveDependency(GlobalProcedures.class));
    return new RegisterTimes(millis(t0, t1), millis(t1, System.nanoTime()));
  }

  /** Milliseconds spent finding GDS and APOC and registering them; zero when not done. */
  private record RegisterTimes(long scanMillis, long registerMillis) {
    static final RegisterTimes NONE = new RegisterTimes(0, 0);
  }

  /**
   * Starts the DBMS in {@code storeDir} (created on first use) with Bolt enabled and unencrypted,
   * {@code password} for user {@code neo4j}; {@code connectors} sets listen addresses and HTTP, and
   * {@code boltUri} gives the address a client uses for a Bolt port. Returns with a driver that has
   * logged in. Fails with a clear message when another process has the store open or a port is
   * taken.
   */
  static EmbeddedDbms start(
      Path storeDir,
      Path importDir,
      String password,
      UnaryOperator<DatabaseManagementServiceBuilder> connectors,
      IntFunction<String> boltUri,
      boolean procedures) {
    Path home = storeDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create store directory " + storeDir + ": " + e.getMessage(), e);
    }
    PasswordRecord record = PasswordRecord.of(home);
    List<String> removed = new ArrayList<>();
    boolean passwordSet = !record.matches(password);
    // When the record matches, setting the password takes no time: t0 == t1.
    long t0 = System.nanoTime();
    if (passwordSet) {
      removed.addAll(AuthMaintenance.setPassword(storeDir, home, password));
      record.remember(password);
    }
    long t1 = passwordSet ? System.nanoTime() : t0;
    try {
      return open(
          storeDir, home, importDir, password, connectors, boltUri, procedures, removed, t0, t1);
    } catch (AuthenticationException e) {
      if (passwordSet) {
        throw new StoreException("Neo4j refused the password driftgraph has just set", e);
      }
      // The password changed behind the record's back (ALTER USER in a served session): set it
      // again with every connector off, then start for real.
      record.forget();
      t0 = System.nanoTime();
      removed.addAll(AuthMaintenance.setPassword(storeDir, home, password));
      record.remember(password);
      t1 = System.nanoTime();
      return open(
          storeDir, home, importDir, password, connectors, boltUri, procedures, removed, t0, t1);
    }
  }

  private static EmbeddedDbms open(
      Path storeDir,
      Path home,
      Path importDir,
      String password,
      UnaryOperator<DatabaseManagementServiceBuilder> connectors,
      IntFunction<String> boltUri,
      boolean procedures,
      List<String> removed,
      long t0,
      long t1) {
    DatabaseManagementService dbms =
        build(
            storeDir,
            connectors.apply(
                baseConfig(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(
                        GraphDatabaseSettings.load_csv_file_url_root,
                        importDir.toAbsolutePath().normalize())
                    .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                    .setConfig(
                        GraphDatabaseSettings.procedure_unrestricted,
                        ProcedureCatalog.UNRESTRICTED)));
    long t2 = System.nanoTime();
    try {
      GraphDatabaseAPI system =
          (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      // Users appear only through a session that knew the password; driftgraph keeps its own.
      removed.addAll(AuthMaintenance.removeOtherUsers(system));
      long users = System.nanoTime();
      RegisterTimes registered = procedures ? register(system) : RegisterTimes.NONE;
      long t3 = System.nanoTime();
      String uri = boltUri.apply(port(system, ConnectorType.BOLT));
      Driver driver = connect(uri, password);
      long t4 = System.nanoTime();
      StartTimes times =
          new StartTimes(
              millis(t0, t1),
              millis(t1, t2),
              registered.scanMillis(),
              registered.registerMillis(),
              millis(t3, t4),
              millis(t2, users));
      return new EmbeddedDbms(dbms, system, driver, uri, List.copyOf(removed), times, procedures);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
  }

  /**
   * What every start shares: the store layout, logs, page cache, quick shutdown, and authentication
   * on with no lock-out. Neo4j locks a user for a few seconds after three wrong passwords in a row;
   * anyone who can reach a port could then keep driftgraph's own user locked out, and with a long
   * random password (or the user's own) there is nothing to rate-limit.
   */
  static DatabaseManagementServiceBuilder baseConfig(Path home) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
        // Server-side routing would open one more port (7688); a single DBMS needs none.
        .setConfig(GraphDatabaseSettings.routing_enabled, false)
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
        .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
        // An analytic store rebuilt from its articles needs no transaction history for
        // backups or clusters: keep only the newest log, rotate (and so prune, at each
        // checkpoint) every 16 MiB instead of 256 MiB. Logs and store files grow as written
        // instead of being preallocated: each database's idle log would otherwise take its
        // full 16 MiB on disk for good.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
        // Netty waits two seconds for stragglers by default: closing should be quick.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
  }

  /** Builds (starts) the DBMS, turning a held store or a taken port into a clear message. */
  static DatabaseManagementService build(Path storeDir, DatabaseManagementServiceBuilder builder) {
    try {
      return builder.build();
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
  }

  /** The port a connector actually listens on (the one picked when 0 was asked for). */
  int port(ConnectorType connector) {
    return port(system, connector);
  }

  private static int port(GraphDatabaseAPI system, ConnectorType connector) {
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

  /** A driver logged in as {@code neo4j}. */
  Driver driver() {
    return driver;
  }

  /** The default database's own transactions, the one the driver's sessions use. */
  CypherTransactions transactions() {
    return new EmbeddedTransactions(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
  }

  String boltUri() {
    return boltUri;
  }

  /** Users other than {@code neo4j} that this start found and dropped. */
  List<String> removedUsers() {
    return removedUsers;
  }

  /** The start's times, with a registration on demand counted once it has happened. */
  synchronized StartTimes startTimes() {
    return registeredOnDemand == RegisterTimes.NONE
        ? times
        : new StartTimes(
            times.passwordMillis(),
            times.dbmsMillis(),
            registeredOnDemand.scanMillis(),
            registeredOnDemand.registerMillis(),
            times.driverMillis(),
            times.usersMillis());
  }

  void shutdown() {
    try {
      driver.close();
    } finally {
      dbms.shutdown();
    }
  }

  private static Driver connect(String boltUri, String password) {
    Driver driver =
        GraphDatabase.driver(
            boltUri,
            AuthTokens.basic(USER, password),
            Config.builder().withLogging(Logging.none()).withoutEncryption().build());
    try {
      driver.verifyConnectivity();
      return driver;
    } catch (RuntimeException e) {
      driver.close();
      throw e;
    }
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

  private static long millis(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }
}

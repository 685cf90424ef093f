package org.driftgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.Driver;

/**
 * A Neo4j DBMS in this JVM, with GDS and APOC, reached like any other server: through the driver
 * over Bolt on a free loopback port. Authentication is on, with the store's own random password
 * ({@link StoreSecret}), set before the port opens: another user of the machine who finds the port
 * cannot log in.
 */
public final class EmbeddedNeo4j implements GraphConnection {
  private static final String LOOPBACK = "127.0.0.1";

  private final Path storeDir;
  private final EmbeddedDbms dbms;
  private final String password;

  private EmbeddedNeo4j(Path storeDir, EmbeddedDbms dbms, String password) {
    this.storeDir = storeDir;
    this.dbms = dbms;
    this.password = password;
  }

  /**
   * Starts a DBMS whose files live in {@code storeDir} (created on first use). LOAD CSV reads from
   * {@code importDir}. Fails with a clear message if another process has the store open.
   */
  public static EmbeddedNeo4j start(Path storeDir, Path importDir) {
    return start(storeDir, importDir, true);
  }

  /**
   * Like {@link #start(Path, Path)}, but with GDS and APOC registered only when {@link
   * #loadProcedures()} asks: what the commands use, since most of them never call a procedure.
   */
  public static EmbeddedNeo4j startWithProceduresOnDemand(Path storeDir, Path importDir) {
    return start(storeDir, importDir, false);
  }

  private static EmbeddedNeo4j start(Path storeDir, Path importDir, boolean procedures) {
    String password = StoreSecret.of(storeDir);
    EmbeddedDbms dbms =
        EmbeddedDbms.start(
            storeDir,
            importDir,
            password,
            builder ->
                builder.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, 0)),
            port -> "bolt://" + LOOPBACK + ":" + port,
            procedures);
    return new EmbeddedNeo4j(storeDir, dbms, password);
  }

  @Override
  public Driver driver() {
    return dbms.driver();
  }

  @Override
  public CypherTransactions transactions() {
    return dbms.transactions();
  }

  @Override
  public void loadProcedures() {
    dbms.registerProcedures();
  }

  @Override
  public String describe() {
    return "embedded Neo4j in " + storeDir + " (" + dbms.boltUri() + ")";
  }

  /** The Bolt address the DBMS listens on, for other clients such as cypher-shell. */
  public String boltUri() {
    return dbms.boltUri();
  }

  /** The user other clients log in as. */
  public String user() {
    return EmbeddedDbms.USER;
  }

  /**
   * The store's password, for a client this process starts on the owner's behalf (cypher-shell);
   * never to be printed.
   */
  public String password() {
    return password;
  }

  /** Users other than {@code neo4j} that the start found in the store and removed. */
  public List<String> removedUsers() {
    return dbms.removedUsers();
  }

  @Override
  public Optional<StoreState> storeState() {
    return Optional.of(dbms.storeState());
  }

  @Override
  public StartTimes startTimes() {
    return dbms.startTimes();
  }

  /** See {@link EmbeddedDbms#startNewTransactionLog()}. */
  public void startNewTransactionLog() {
    dbms.startNewTransactionLog();
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}

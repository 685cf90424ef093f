package org.driftgraph.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.driftgraph.schedule.RunLock;
import org.driftgraph.store.CypherTransactions;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.StartTimes;
import org.driftgraph.store.StoreState;
import org.neo4j.driver.Driver;

/**
 * Keeps two imports into one store from running at once, whether they open the store or go through
 * the serve that holds it: a lock file beside the store ({@code data/neo4j.import.lock}), held
 * until the connection closes. A server given with {@code --uri} has no such file.
 */
final class ImportLock implements GraphConnection {
  private final GraphConnection connection;
  private final RunLock lock;

  private ImportLock(GraphConnection connection, RunLock lock) {
    this.connection = connection;
    this.lock = lock;
  }

  /** Opens the store for an import, or fails with one line when another import holds it. */
  static GraphConnection open(CliContext context, StoreOptions store) {
    Path storeDir = store.storeDir(context);
    if (storeDir == null) {
      return store.open(context);
    }
    RunLock lock = acquire(context, storeDir);
    try {
      return new ImportLock(store.open(context), lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Takes the lock of the embedded store in {@code storeDir}, or fails with one line. */
  static RunLock acquire(CliContext context, Path storeDir) {
    Path file = fileFor(storeDir);
    return RunLock.tryAcquire(file, Instant.now())
        .orElseThrow(
            () ->
                new CliFailure(
                    "another import into "
                        + context.display(storeDir)
                        + " is running ("
                        + RunLock.holder(file)
                        + "): one at a time"));
  }

  /** A connection opened under {@code lock}, which closing the connection releases. */
  static GraphConnection holding(GraphConnection connection, RunLock lock) {
    return new ImportLock(connection, lock);
  }

  static Path fileFor(Path storeDir) {
    Path absolute = storeDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".import.lock");
  }

  @Override
  public Driver driver() {
    return connection.driver();
  }

  @Override
  public CypherTransactions transactions() {
    return connection.transactions();
  }

  @Override
  public void loadProcedures() {
    connection.loadProcedures();
  }

  @Override
  public Optional<StoreState> storeState() {
    return connection.storeState();
  }

  @Override
  public StartTimes startTimes() {
    return connection.startTimes();
  }

  @Override
  public String describe() {
    return connection.describe();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } finally {
      lock.close();
    }
  }
}

package org.driftgraph.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.driftgraph.schedule.RunLock;
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
    Path file = fileFor(storeDir);
    RunLock lock =
        RunLock.tryAcquire(file, Instant.now())
            .orElseThrow(
                () ->
                    new CliFailure(
                        "another import into "
                            + context.display(storeDir)
                            + " is running ("
                            + RunLock.holder(file)
                            + "): one at a time"));
    try {
      return new ImportLock(store.open(context), lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
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

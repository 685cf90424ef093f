package org.driftgraph.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Driver;

/**
 * Transactions of the store's database for the write path ({@link GraphWriter}): over the driver
 * for a server ({@link DriverTransactions}), or the DBMS's own transactions when it runs in this
 * JVM ({@link EmbeddedTransactions}), which skips packing every row into Bolt messages and
 * unpacking it again in the same process. The statements are the same either way. A unit of work
 * may run more than once: a transaction that fails with a transient error (a deadlock, a leader
 * switch) is retried, so the work must not keep state between attempts.
 */
public interface CypherTransactions {
  /** Runs {@code work} in a write transaction, committed when it returns. */
  <T> T write(Function<CypherTransaction, T> work);

  /** Runs {@code work} in a read transaction. */
  <T> T read(Function<CypherTransaction, T> work);

  /** Like {@link #write(Function)}, for work without a result. */
  default void writeWithoutResult(Consumer<CypherTransaction> work) {
    write(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /** Transactions over the driver's sessions, for any server. */
  static CypherTransactions over(Driver driver) {
    return new DriverTransactions(driver);
  }
}

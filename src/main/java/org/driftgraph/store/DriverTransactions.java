package org.driftgraph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * {@link CypherTransactions} over the driver: each unit of work is a managed transaction of a new
 * session, which the driver retries on transient errors. Failures are the driver's own exceptions.
 */
final class DriverTransactions implements CypherTransactions {
  private final Driver driver;

  DriverTransactions(Driver driver) {
    this.driver = driver;
  }

  @Override
  public <T> T write(Function<CypherTransaction, T> work) {
    try (Session session = driver.session()) {
      return session.executeWrite(tx -> work.apply(of(tx)));
    }
  }

  @Override
  public <T> T read(Function<CypherTransaction, T> work) {
    try (Session session = driver.session()) {
      return session.executeRead(tx -> work.apply(of(tx)));
    }
  }

  /** A driver transaction seen as a {@link CypherTransaction}. */
  static CypherTransaction of(TransactionContext tx) {
    return new CypherTransaction() {
      @Override
      public List<Map<String, Object>> rows(String statement, Map<String, Object> parameters) {
        return tx.run(statement, parameters).list(r -> r.asMap());
      }

      @Override
      public void run(String statement, Map<String, Object> parameters) {
        tx.run(statement, parameters).consume();
      }
    };
  }
}

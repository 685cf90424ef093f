package org.driftgraph.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * {@link CypherTransactions} of a DBMS in this JVM: the database's own transactions, so rows go
 * from the statement to the caller as Java values instead of through Bolt messages packed and
 * unpacked in the same process. Parameters and rows are given the types Bolt would give them (it
 * has only 64-bit integers and floats, and lists where the store has arrays), so that a property is
 * stored as the same value either way and a row compares equal to the driver's. A transaction that
 * fails with a transient error is retried, as the driver retries a managed one; a statement that
 * fails is a {@link StatementException}.
 */
final class EmbeddedTransactions implements CypherTransactions {
  /** Attempts of a unit of work that keeps failing with transient errors. */
  private static final int ATTEMPTS = 10;

  private final GraphDatabaseService database;

  EmbeddedTransactions(GraphDatabaseService database) {
    this.database = database;
  }

  @Override
  public <T> T write(Function<CypherTransaction, T> work) {
    return inTransaction(work);
  }

  @Override
  public <T> T read(Function<CypherTransaction, T> work) {
    // The same transaction: the DBMS knows a reading one from what it does.
    return inTransaction(work);
  }

  private <T> T inTransaction(Function<CypherTransaction, T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Transaction tx = database.beginTx()) {
        T result = work.apply(new Statements(tx));
        commit(tx);
        return result;
      } catch (StatementException e) {
        if (!isTransient(e) || attempt == ATTEMPTS) {
          throw e;
        }
        backOff(attempt);
      }
    }
  }

  private static void commit(Transaction tx) {
    try {
      tx.commit();
    } catch (RuntimeException e) {
      throw new StatementException("the transaction could not commit: " + e.getMessage(), e);
    }
  }

  private static boolean isTransient(StatementException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof Status.HasStatus status
          && status.status().code().classification() == Status.Classification.TransientError) {
        return true;
      }
    }
    return false;
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(1_000L, 10L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while retrying a transaction", e);
    }
  }

  /** The statements of one embedded transaction. */
  private record Statements(Transaction tx) implements CypherTransaction {
    @Override
    public List<Map<String, Object>> rows(String statement, Map<String, Object> parameters) {
      try (Result result = tx.execute(statement, boltTyped(parameters))) {
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEachRemaining(row -> rows.add(boltTyped(row)));
        return rows;
      } catch (RuntimeException e) {
        throw new StatementException(e.getMessage(), e);
      }
    }

    @Override
    public void run(String statement, Map<String, Object> parameters) {
      try (Result result = tx.execute(statement, boltTyped(parameters))) {
        // To its end: a lazy result closed early would leave the rest of the statement undone.
        result.accept(row -> true);
      } catch (RuntimeException e) {
        throw new StatementException(e.getMessage(), e);
      }
    }
  }

  /**
   * Parameters or a row with the types Bolt gives them: every integer a long, every float a double,
   * every array a list, recursively through lists and maps. An {@code int} stored through the
   * driver is a long property; stored here as given it would be an int.
   */
  static Map<String, Object> boltTyped(Map<String, Object> parameters) {
    Map<String, Object> typed = new LinkedHashMap<>();
    parameters.forEach((key, value) -> typed.put(key, boltTyped(value)));
    return typed;
  }

  @SuppressWarnings("unchecked")
  private static Object boltTyped(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Map<?, ?> map) {
      return boltTyped((Map<String, Object>) map);
    }
    if (value instanceof Collection<?> list) {
      List<Object> typed = new ArrayList<>(list.size());
      list.forEach(v -> typed.add(boltTyped(v)));
      return typed;
    }
    if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
      List<Object> typed = new ArrayList<>(Array.getLength(value));
      for (int i = 0; i < Array.getLength(value); i++) {
        typed.add(boltTyped(Array.get(value, i)));
      }
      return typed;
    }
    return value;
  }
}

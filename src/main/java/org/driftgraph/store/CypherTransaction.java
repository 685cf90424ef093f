package org.driftgraph.store;

import java.util.List;
import java.util.Map;

/**
 * One open transaction of {@link CypherTransactions}: runs statements with parameters and gives
 * their rows as plain Java values (strings, longs, doubles, booleans, lists, maps, null), whether
 * the statement went over the driver or ran in this JVM's DBMS.
 */
public interface CypherTransaction {
  /** Runs a statement and returns its rows, each a map from column to value. */
  List<Map<String, Object>> rows(String statement, Map<String, Object> parameters);

  /** Runs a statement to its end, for what it writes. */
  void run(String statement, Map<String, Object> parameters);

  /** Runs a statement without parameters to its end. */
  default void run(String statement) {
    run(statement, Map.of());
  }
}

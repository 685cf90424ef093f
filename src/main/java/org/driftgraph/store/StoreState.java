package org.driftgraph.store;

import java.util.Objects;

/**
 * Which store, in which state: any committed write (an import, a merge, a statement from Neo4j
 * Browser under {@code serve}) raises the last committed transaction id, and a store made anew has
 * a new id. Two equal states hold the same graph.
 *
 * @param storeId the store's random id, fixed when it was created
 * @param lastTransaction the id of the last committed transaction of database {@code neo4j}
 */
public record StoreState(String storeId, long lastTransaction) {
  public StoreState {
    Objects.requireNonNull(storeId, "storeId");
    if (storeId.isBlank()) {
      throw new IllegalArgumentException("a store id cannot be blank");
    }
    if (lastTransaction < 0) {
      throw new IllegalArgumentException("a transaction id is never negative: " + lastTransaction);
    }
  }
}

package org.driftgraph.store;

/**
 * A statement or the commit of a transaction of {@link EmbeddedTransactions} failed (a constraint,
 * a type error, a deadlock): what a driver's {@code Neo4jException} is to a server's transaction.
 */
public final class StatementException extends RuntimeException {
  StatementException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.driftgraph.store;

/** Another process (another command, or a running {@code serve}) has the store open. */
public final class StoreInUseException extends StoreException {
  private static final long serialVersionUID = 1L;

  StoreInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}

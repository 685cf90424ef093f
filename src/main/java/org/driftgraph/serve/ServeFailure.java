package org.driftgraph.serve;

/** Serving cannot go on for a reason the user can act on: the message says which. */
public final class ServeFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServeFailure(String message) {
    super(message);
  }

  public ServeFailure(String message, Throwable cause) {
    super(message, cause);
  }
}

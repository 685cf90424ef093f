package org.driftgraph.cli;

/** A failure the user can act on: its message is printed as the one line on stderr. */
public final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliFailure(String message) {
    super(message);
  }

  public CliFailure(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.driftgraph.cli;

/** A usage error found after parsing, e.g. a combination of options that cannot work: exit 2. */
public final class UsageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageFailure(String message) {
    super(message);
  }
}

package org.driftgraph.cli;

/** Exit codes of every driftgraph command. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The command failed: one line on stderr says why. */
  public static final int FAILURE = 1;

  /** The command line was wrong: unknown option, missing argument, bad value. */
  public static final int USAGE = 2;

  /** The command completed, but some input was rejected (listed on stderr and in the manifest). */
  public static final int REJECTED_INPUT = 3;

  private ExitCodes() {}
}

package org.driftgraph.schedule;

/** The work of one scheduled run, such as "import, then report". */
@FunctionalInterface
public interface ScheduledJob {
  /** Runs once and returns the exit code of the run (0 ok; see the CLI's exit codes). */
  int run() throws Exception;
}

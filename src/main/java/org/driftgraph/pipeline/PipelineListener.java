package org.driftgraph.pipeline;

/**
 * How a caller follows a pipeline while it works: the pipeline itself never prints. Every method
 * does nothing by default, so a listener takes only what it shows.
 */
public interface PipelineListener {
  /** Follows nothing. */
  PipelineListener NONE = new PipelineListener() {};

  /**
   * Whether the import should count the files first, for the time left: counting walks the corpus a
   * second time, so only a listener that shows the total asks for it.
   */
  default boolean wantsTotal() {
    return false;
  }

  /** A task over {@code totalFiles} files starts (0 when they were not counted). */
  default void start(String task, int totalFiles) {}

  /** One article was read from {@code file}. */
  default void article(String file) {}

  /** Something from {@code file} was rejected. */
  default void rejected(String file) {}

  /** The task started last has ended. */
  default void finish() {}

  /**
   * A phase of the import after its articles (the import tool, the store's start, the facts) has
   * ended, named {@code phase}: for {@code import --timings}.
   */
  default void phaseDone(String phase) {}

  /**
   * The CPU milliseconds that the threads of one part of the phase now ending used, named {@code
   * part} (the extraction workers, the writer thread): for {@code import --timings}.
   */
  default void partCpu(String part, long cpuMillis) {}

  /** The import is done and its manifest written; whatever follows (the report) has not begun. */
  default void imported(ImportOutcome outcome) {}

  /** Step {@code done} of {@code total} of building a report, named {@code step}, is done. */
  default void stepDone(String step, int done, int total) {}
}

package org.driftgraph.cli;

import org.driftgraph.pipeline.ImportOutcome;
import org.driftgraph.pipeline.PipelineListener;

/**
 * What {@code import} shows while it works ({@link Progress}), with its phases marked in the
 * command's timings ({@code import --timings}); {@link RunProgress} adds the report's steps for
 * {@code run}.
 */
class TimedImport implements PipelineListener {
  private final PipelineListener progress;
  private final RunTimings timings;
  private final String prefix;

  /** Marks the phases as {@code prefix} followed by their names. */
  TimedImport(PipelineListener progress, RunTimings timings, String prefix) {
    this.progress = progress;
    this.timings = timings;
    this.prefix = prefix;
  }

  TimedImport(PipelineListener progress, RunTimings timings) {
    this(progress, timings, "");
  }

  @Override
  public boolean wantsTotal() {
    return progress.wantsTotal();
  }

  @Override
  public void start(String task, int totalFiles) {
    timings.mark(prefix + "store opened or counted; gazetteer, rules, entities");
    progress.start(task, totalFiles);
  }

  @Override
  public void article(String file) {
    progress.article(file);
  }

  @Override
  public void rejected(String file) {
    progress.rejected(file);
  }

  @Override
  public void finish() {
    progress.finish();
    timings.mark(prefix + "articles read, extracted, written");
  }

  @Override
  public void phaseDone(String phase) {
    timings.mark(prefix + phase);
  }

  @Override
  public void partCpu(String part, long cpuMillis) {
    timings.part(part, cpuMillis);
  }

  @Override
  public void imported(ImportOutcome outcome) {
    timings.mark(prefix + "checkpoint, manifest");
    progress.imported(outcome);
  }
}

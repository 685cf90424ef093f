package org.driftgraph.cli;

import org.driftgraph.pipeline.ImportOutcome;
import org.driftgraph.pipeline.PipelineListener;

/**
 * What {@code import} shows while it works ({@link Progress}), with its phases marked in the
 * command's timings ({@code import --timings}).
 */
final class TimedImport implements PipelineListener {
  private final PipelineListener progress;
  private final RunTimings timings;

  TimedImport(PipelineListener progress, RunTimings timings) {
    this.progress = progress;
    this.timings = timings;
  }

  @Override
  public boolean wantsTotal() {
    return progress.wantsTotal();
  }

  @Override
  public void start(String task, int totalFiles) {
    timings.mark("store opened or counted; gazetteer, rules, entities");
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
    timings.mark("articles read, extracted, written");
  }

  @Override
  public void phaseDone(String phase) {
    timings.mark(phase);
  }

  @Override
  public void partCpu(String part, long cpuMillis) {
    timings.part(part, cpuMillis);
  }

  @Override
  public void imported(ImportOutcome outcome) {
    timings.mark("checkpoint, manifest");
    progress.imported(outcome);
  }
}

package org.driftgraph.cli;

import org.driftgraph.pipeline.ImportOutcome;
import org.driftgraph.pipeline.PipelineListener;

/**
 * What {@code run} shows while it works: the import's progress line, its summary as soon as it is
 * done, then the report's steps (timed from the end of the import).
 */
final class RunProgress implements PipelineListener {
  private final CliContext context;
  private final Progress importing;
  private final RunTimings timings;
  private PipelineListener reporting = PipelineListener.NONE;

  RunProgress(CliContext context, RunTimings timings) {
    this.context = context;
    this.importing = Progress.of(context);
    this.timings = timings;
  }

  @Override
  public boolean wantsTotal() {
    return importing.wantsTotal();
  }

  @Override
  public void start(String task, int totalFiles) {
    timings.mark("import: gazetteer, rules, entities");
    importing.start(task, totalFiles);
  }

  @Override
  public void article(String file) {
    importing.article(file);
  }

  @Override
  public void rejected(String file) {
    importing.rejected(file);
  }

  @Override
  public void finish() {
    importing.finish();
    timings.mark("import: articles");
  }

  @Override
  public void phaseDone(String phase) {
    timings.mark("import: " + phase);
  }

  @Override
  public void partCpu(String part, long cpuMillis) {
    timings.part(part, cpuMillis);
  }

  @Override
  public void imported(ImportOutcome outcome) {
    timings.mark("import: checkpoint, manifest");
    ImportCommand.print(context, outcome);
    context.out().println();
    reporting = StepProgress.of("report", context);
  }

  @Override
  public void stepDone(String step, int done, int total) {
    reporting.stepDone(step, done, total);
    timings.mark("report: " + step);
  }
}

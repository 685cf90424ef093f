package org.driftgraph.cli;

import org.driftgraph.pipeline.ImportOutcome;
import org.driftgraph.pipeline.PipelineListener;

/**
 * What {@code run} shows while it works: the import's progress line and phases ({@link
 * TimedImport}), its summary as soon as it is done, then the report's steps (timed from the end of
 * the import).
 */
final class RunProgress extends TimedImport {
  private final CliContext context;
  private final RunTimings timings;
  private PipelineListener reporting = PipelineListener.NONE;

  RunProgress(CliContext context, RunTimings timings) {
    super(Progress.of(context), timings, "import: ");
    this.context = context;
    this.timings = timings;
  }

  @Override
  public void imported(ImportOutcome outcome) {
    super.imported(outcome);
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

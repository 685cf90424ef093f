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
  private PipelineListener reporting = PipelineListener.NONE;

  RunProgress(CliContext context) {
    this.context = context;
    this.importing = Progress.of(context);
  }

  @Override
  public boolean wantsTotal() {
    return importing.wantsTotal();
  }

  @Override
  public void start(String task, int totalFiles) {
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
  }

  @Override
  public void imported(ImportOutcome outcome) {
    ImportCommand.print(context, outcome);
    context.out().println();
    reporting = StepProgress.of("report", context);
  }

  @Override
  public void stepDone(String step, int done, int total) {
    reporting.stepDone(step, done, total);
  }
}

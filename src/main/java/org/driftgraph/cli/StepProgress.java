package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.driftgraph.pipeline.PipelineListener;

/**
 * Progress of a task made of a known number of steps (building a report) on a terminal: {@code
 * report: 5/14 steps (migration chains), 2.3 s, about 4 s left}, rewritten in place with {@code
 * \r}; nothing at all when the output is not a terminal ({@link Progress#onTerminal}).
 */
final class StepProgress implements PipelineListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final String task;
  private final long startNanos;
  private int shownWidth;

  StepProgress(String task, PrintWriter err, boolean terminal, LongSupplier nanoTime) {
    this.task = task;
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
  }

  static StepProgress of(String task, CliContext context) {
    return new StepProgress(task, context.err(), Progress.onTerminal(context), System::nanoTime);
  }

  @Override
  public void stepDone(String step, int done, int total) {
    if (!terminal) {
      return;
    }
    String line = line(step, done, total, nanoTime.getAsLong());
    // Pad over the end of a longer previous line: \r only moves the cursor back.
    String padded =
        line.length() < shownWidth ? line + " ".repeat(shownWidth - line.length()) : line;
    shownWidth = line.length();
    err.print("\r" + padded);
    if (done >= total) {
      err.println();
      shownWidth = 0;
    }
    err.flush();
  }

  String line(String step, int done, int total, long now) {
    double seconds = (now - startNanos) / 1e9;
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s: %d/%d steps (%s), %.1f s", task, done, total, step, seconds));
    if (done >= total) {
      line.append(", done");
    } else if (done > 0) {
      long left = Math.round(seconds / done * (total - done));
      line.append(left < 1 ? ", almost done" : ", about " + left + " s left");
    }
    return line.toString();
  }
}

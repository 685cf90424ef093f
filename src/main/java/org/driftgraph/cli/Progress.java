package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.driftgraph.pipeline.PipelineListener;

/**
 * Progress of a long import on a terminal: one stderr line rewritten in place (carriage return) at
 * most every 200 ms, with files done, articles per second and the time left. When stderr is not a
 * terminal (a pipe, a log file, cron) it prints nothing, so logs keep only the final summary.
 */
final class Progress implements PipelineListener {
  /** "always" or "never" overrides the terminal check (scripts that want a bar, tests). */
  static final String VARIABLE = "DRIFTGRAPH_PROGRESS";

  static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private String task = "";
  private int totalFiles;
  private int files;
  private int articles;
  private String currentFile;
  private long startNanos;
  private long shownNanos;
  private int shownWidth;
  private boolean finished;

  Progress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  /** Shown when the process has a console, unless $DRIFTGRAPH_PROGRESS says always or never. */
  static Progress of(CliContext context) {
    return new Progress(context.err(), onTerminal(context), System::nanoTime);
  }

  /** Whether progress is shown: on a console, unless $DRIFTGRAPH_PROGRESS says always or never. */
  static boolean onTerminal(CliContext context) {
    String setting = context.env().getOrDefault(VARIABLE, "").strip().toLowerCase(Locale.ROOT);
    return switch (setting) {
      case "always" -> true;
      case "never" -> false;
      default -> System.console() != null;
    };
  }

  /** Whether anything is printed (false when stderr is not a terminal), so a total is shown. */
  @Override
  public boolean wantsTotal() {
    return terminal;
  }

  /** Starts a task over {@code totalFiles} files (0 when unknown: no time left is shown). */
  @Override
  public void start(String task, int totalFiles) {
    this.task = task;
    this.totalFiles = totalFiles;
    this.files = 0;
    this.articles = 0;
    this.currentFile = null;
    this.startNanos = nanoTime.getAsLong();
    this.shownNanos = startNanos;
    this.finished = false;
  }

  /** One article read from {@code file}; a new file name counts one more file. */
  @Override
  public void article(String file) {
    articles++;
    file(file);
  }

  /** Something from {@code file} was rejected: the file still counts as worked on. */
  @Override
  public void rejected(String file) {
    file(file);
  }

  /**
   * Shows the final count (when a line was shown) and ends the line, so what follows starts on a
   * fresh one.
   */
  @Override
  public void finish() {
    finished = true;
    if (terminal && shownWidth > 0) {
      show(nanoTime.getAsLong());
      err.println();
      err.flush();
      shownWidth = 0;
    }
  }

  private void file(String file) {
    if (file != null && !file.equals(currentFile)) {
      currentFile = file;
      files++;
    }
    long now = nanoTime.getAsLong();
    if (terminal && now - shownNanos >= INTERVAL_NANOS) {
      show(now);
    }
  }

  private void show(long now) {
    shownNanos = now;
    String line = line(now);
    // Pad over the end of a longer previous line: \r only moves the cursor back.
    String padded =
        line.length() < shownWidth ? line + " ".repeat(shownWidth - line.length()) : line;
    shownWidth = line.length();
    err.print("\r" + padded);
    err.flush();
  }

  /**
   * "import: 3/8 files, 120 articles, 41.2 articles/s, about 6 s left" (at the end: "done in 9.1
   * s").
   */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    StringBuilder line = new StringBuilder(task).append(": ");
    line.append(totalFiles > 0 ? files + "/" + totalFiles : Integer.toString(files))
        .append(" files, ");
    line.append(articles).append(" articles, ");
    line.append(String.format(Locale.ROOT, "%.1f articles/s", articles / seconds));
    if (finished) {
      line.append(String.format(Locale.ROOT, ", done in %.1f s", seconds));
    } else if (totalFiles > 0 && files > 0) {
      // Files already begun count as half done: the current one is being read.
      double done = Math.max(0.5, files - 0.5);
      long left = Math.round(seconds / done * (totalFiles - done));
      line.append(left < 1 ? ", almost done" : ", about " + duration(left) + " left");
    }
    return line.toString();
  }

  private static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return (seconds / 60) + " min " + (seconds % 60) + " s";
    }
    return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
  }
}

package org.driftgraph.schedule;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** One line per event of the scheduler, appended to the log file and printed to the console. */
public final class RunLog {
  private final Path file;
  private final PrintWriter console;
  private final Clock clock;

  public RunLog(Path file, PrintWriter console, Clock clock) {
    this.file = file;
    this.console = console;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /**
   * Writes "<UTC time> <message>"; the file is opened per line so a crash loses nothing written.
   */
  public synchronized void log(String message) {
    String line = clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + message;
    console.println(line);
    console.flush();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot append to the schedule log " + file + ": " + e.getMessage(), e);
    }
  }
}

package org.driftgraph.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files into a report folder, atomically per file. */
public final class ReportFiles {
  private final Path folder;

  public ReportFiles(Path folder) {
    this.folder = folder;
  }

  /** Writes a text file (UTF-8) into the folder. */
  public Path writeText(String name, String text) {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file into the folder, atomically: a reader never sees half of it. */
  public Path write(String name, byte[] content) {
    Path target = folder.resolve(name);
    try {
      Files.createDirectories(folder);
      // Write beside the target and move: a reader never sees half a report.
      Path temp = Files.createTempFile(folder, "." + name, ".tmp");
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}

package org.driftgraph.report;

import java.io.IOException;
import java.io.OutputStream;
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
    return write(name, out -> out.write(content));
  }

  /** Copies a file into the folder under its own name, atomically. */
  public Path copy(Path source) {
    return write(source.getFileName().toString(), out -> Files.copy(source, out));
  }

  /** Writes what {@code content} writes, streamed, into a file of the folder, atomically. */
  public Path write(String name, Content content) {
    Path target = folder.resolve(name);
    try {
      Files.createDirectories(folder);
      // Write beside the target and move: a reader never sees half a report.
      Path temp = Files.createTempFile(folder, "." + name, ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          content.writeTo(out);
        }
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** What a file holds, written to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }
}

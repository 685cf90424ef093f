package org.driftgraph.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files and the import manifest into a report folder, atomically per file. */
public final class ReportFiles {
  public static final String MANIFEST = "import-manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path folder;

  public ReportFiles(Path folder) {
    this.folder = folder;
  }

  public Path writeManifest(ImportManifest manifest) {
    try {
      return write(MANIFEST, JSON.writeValueAsBytes(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the import manifest", e);
    }
  }

  /** Reads a manifest written earlier, e.g. by a test or a later report. */
  public static ImportManifest readManifest(Path file) {
    try {
      return JSON.readValue(file.toFile(), ImportManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read import manifest " + file, e);
    }
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

package org.driftgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.driftgraph.report.ReportFiles;

/** The import manifest as a JSON file in a report folder, written atomically. */
public final class ManifestFile {
  public static final String NAME = "import-manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestFile() {}

  /** Writes {@code manifest} into {@code folder} and returns the file. */
  public static Path write(Path folder, ImportManifest manifest) {
    try {
      return new ReportFiles(folder).write(NAME, JSON.writeValueAsBytes(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the import manifest", e);
    }
  }

  /** Copies the complete rejection list of the manifest in {@code from}, if any, to {@code to}. */
  static void copyRejections(Path from, Path to) {
    Path list = from.resolve(RejectionLog.NAME);
    try {
      if (Files.exists(list)) {
        Files.copy(list, to.resolve(RejectionLog.NAME), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the rejection list " + list + " to " + to, e);
    }
  }

  /** Reads a manifest written earlier, e.g. by a test or a later report. */
  public static ImportManifest read(Path file) {
    try {
      return JSON.readValue(file.toFile(), ImportManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read import manifest " + file, e);
    }
  }
}

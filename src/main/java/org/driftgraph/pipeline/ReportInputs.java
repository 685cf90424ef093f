package org.driftgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.driftgraph.report.ReportFiles;
import org.driftgraph.store.StoreState;

/**
 * Everything a report is made from besides the reports before it: the build that made it, the store
 * and its state, and the report's options. Kept beside the report as {@value #FILE_NAME}; a run
 * whose inputs equal the newest report's publishes that report again instead of re-running every
 * analysis (see docs/reports.md). Nothing in a report depends on the day it is made but its time
 * stamp, so the day is not an input.
 *
 * @param format the version of this file's layout
 * @param build {@link BuildIdentity}: the jar's digest
 * @param store which store, at which committed transaction
 * @param top how many entries each ranking lists
 * @param since the day a comparison was asked to go back to ({@code --since}), or null
 */
public record ReportInputs(String format, String build, StoreState store, int top, String since) {
  public static final String FILE_NAME = "report-inputs.json";
  static final String FORMAT = "driftgraph-report-inputs/1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ReportInputs {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(store, "store");
    if (top < 1) {
      throw new IllegalArgumentException("a ranking lists at least 1 entry, not " + top);
    }
  }

  /** The inputs of a report that {@code request} asks for, on a store in {@code state}. */
  static ReportInputs of(ReportRequest request, StoreState state) {
    return new ReportInputs(
        FORMAT,
        BuildIdentity.current(),
        state,
        request.top(),
        request.since().map(Object::toString).orElse(null));
  }

  /** Writes these inputs into a report's folder. */
  Path writeInto(Path folder) {
    try {
      return new ReportFiles(folder).write(FILE_NAME, JSON.writeValueAsBytes(this));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the report's inputs", e);
    }
  }

  /**
   * The inputs recorded in a report's folder; empty when there are none (a report made before they
   * were recorded, or through a server) or they cannot be read: such a report is never reused.
   */
  static Optional<ReportInputs> readFrom(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), ReportInputs.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

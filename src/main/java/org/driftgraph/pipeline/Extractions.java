package org.driftgraph.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.driftgraph.extract.Extraction;

/** Loads a gazetteer and rules for a pipeline, turning bad data files into one clear line. */
final class Extractions {
  private Extractions() {}

  /**
   * The gazetteer at {@code gazetteerFile} (merges beside it) and the rules in {@code rulesDir}.
   */
  static Extraction load(Path gazetteerFile, Path rulesDir) {
    try {
      return Extraction.load(gazetteerFile, rulesDir);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new PipelineFailure("cannot load gazetteer or rules: " + e.getMessage(), e);
    }
  }
}

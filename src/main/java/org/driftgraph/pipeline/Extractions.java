package org.driftgraph.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.Extractor;
import org.driftgraph.text.Gazetteer;

/** Loads a gazetteer and rules for a pipeline, turning bad data files into one clear line. */
final class Extractions {
  private Extractions() {}

  /**
   * The gazetteer at {@code gazetteerFile} (merges beside it) and the rules in {@code rulesDir}.
   */
  static Extraction load(Path gazetteerFile, Path rulesDir) {
    return loading(() -> Extraction.load(gazetteerFile, rulesDir));
  }

  /** The gazetteer at {@code gazetteerFile}, merges beside it. */
  static Gazetteer gazetteer(Path gazetteerFile) {
    return loading(() -> Extraction.gazetteer(gazetteerFile));
  }

  /** The extractor of {@code gazetteer} and the rules in {@code rulesDir}. */
  static Extractor extractor(Gazetteer gazetteer, Path rulesDir) {
    return loading(() -> Extraction.extractor(gazetteer, rulesDir));
  }

  /** The digest of what extraction depends on ({@link ExtractionSetup}). */
  static String setup(Path gazetteerFile, Path rulesDir) {
    return loading(() -> ExtractionSetup.digest(gazetteerFile, rulesDir));
  }

  private static <T> T loading(Supplier<T> load) {
    try {
      return load.get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new PipelineFailure("cannot load gazetteer or rules: " + e.getMessage(), e);
    }
  }
}

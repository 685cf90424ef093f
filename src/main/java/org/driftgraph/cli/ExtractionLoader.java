package org.driftgraph.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.driftgraph.extract.Extraction;

/**
 * Loads the project's gazetteer and rules for a command, turning bad data files into one clear
 * line.
 */
final class ExtractionLoader {
  private ExtractionLoader() {}

  /**
   * The gazetteer at {@code gazetteerFile} (merges beside it) and the rules in {@code
   * import/rules}.
   */
  static Extraction load(CliContext context, Path gazetteerFile) {
    try {
      return Extraction.load(
          gazetteerFile, context.projectPath("import").resolve(Extraction.RULES));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new CliFailure("cannot load gazetteer or rules: " + e.getMessage(), e);
    }
  }
}

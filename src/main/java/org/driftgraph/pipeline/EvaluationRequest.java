package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An extractor to score: the project's gazetteer and rules on a corpus annotated by a gold file.
 *
 * @param goldFile the gold annotations (graph-gold/1)
 * @param corpusDir the articles the gold annotates
 */
public record EvaluationRequest(Path goldFile, Path corpusDir, Path gazetteerFile, Path rulesDir) {
  public EvaluationRequest {
    Objects.requireNonNull(goldFile, "goldFile");
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(gazetteerFile, "gazetteerFile");
    Objects.requireNonNull(rulesDir, "rulesDir");
  }
}

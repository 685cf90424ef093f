package org.driftgraph.pipeline;

import org.driftgraph.eval.Evaluation;
import org.driftgraph.eval.Evaluator;
import org.driftgraph.eval.GoldFile;
import org.driftgraph.extract.Extraction;

/** Runs extraction over a corpus, as an import does but without a store, and scores it. */
public final class EvaluationPipeline {
  private EvaluationPipeline() {}

  public static Evaluation run(EvaluationRequest request) {
    GoldFile gold = GoldFile.load(request.goldFile());
    Extraction extraction = Extractions.load(request.gazetteerFile(), request.rulesDir());
    return new Evaluator(extraction.extractor(), extraction.gazetteer()::find)
        .evaluate(gold, request.corpusDir());
  }
}

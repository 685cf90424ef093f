package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.driftgraph.eval.Evaluation;
import org.driftgraph.eval.Evaluator;
import org.driftgraph.eval.GoldFile;
import org.junit.jupiter.api.Test;

/**
 * The figures the extractor reaches on the project's own sample corpus (import/articles, annotated
 * in import/gold/sample-gold.json independently of the rules), minus a small margin: relations F1
 * and precision, dates and from accuracy. The sample is not the seeds the rules were first written
 * on, so a drop here is a rule that stopped generalising.
 */
class SampleCorpusQualityTest {
  private static final Path IMPORT = Path.of("import");

  @Test
  void keepsTheFiguresReachedOnTheSampleCorpus() {
    Extraction extraction = Extraction.load(IMPORT);
    Evaluation evaluation =
        new Evaluator(extraction.extractor(), extraction.gazetteer()::find)
            .evaluate(
                GoldFile.load(IMPORT.resolve("gold/sample-gold.json")), IMPORT.resolve("articles"));
    String table = evaluation.toTable();
    System.out.println(table);

    assertThat(evaluation.relations().f1()).as(table).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluation.relations().precision()).as(table).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluation.mentions().f1()).as(table).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluation.dates().accuracy()).as(table).isGreaterThanOrEqualTo(0.90);
    assertThat(evaluation.from().accuracy()).as(table).isGreaterThanOrEqualTo(0.90);
    // An accuracy over nothing is 1: make sure dates and origins were actually scored.
    assertThat(evaluation.dates().n()).as(table).isGreaterThanOrEqualTo(25);
    assertThat(evaluation.from().n()).as(table).isGreaterThanOrEqualTo(7);
  }
}

package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.eval.Evaluation;
import org.driftgraph.eval.Evaluator;
import org.driftgraph.eval.GoldFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of issue 3 on the annotated seed articles of ../shared (another location can be
 * given with -Ddriftgraph.shared=...): relations F1 and precision at least 0.90, mentions F1 at
 * least 0.95, dates accuracy at least 0.75, from accuracy at least 0.80.
 */
class SeedQualityTest {
  private static final Path SHARED =
      Path.of(System.getProperty("driftgraph.shared", Path.of("..", "shared").toString()));
  private static final Path IMPORT = Path.of("import");

  @Test
  void meetsTheQualityBarOnTheSeeds() {
    Path goldFile = SHARED.resolve("eval/seeds-gold.json");
    Assumptions.assumeTrue(
        Files.isRegularFile(goldFile), "../shared not present: " + goldFile.toAbsolutePath());
    Extraction extraction = Extraction.load(IMPORT);
    Evaluation evaluation =
        new Evaluator(extraction.extractor(), extraction.gazetteer()::find)
            .evaluate(GoldFile.load(goldFile), SHARED.resolve("corpus/seeds"));
    String table = evaluation.toTable();
    System.out.println(table);

    assertThat(evaluation.relations().f1()).as(table).isGreaterThanOrEqualTo(0.90);
    assertThat(evaluation.relations().precision()).as(table).isGreaterThanOrEqualTo(0.90);
    assertThat(evaluation.mentions().f1()).as(table).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluation.dates().accuracy()).as(table).isGreaterThanOrEqualTo(0.75);
    assertThat(evaluation.from().accuracy()).as(table).isGreaterThanOrEqualTo(0.80);
    // An accuracy over nothing is 1: make sure dates and origins were actually scored.
    assertThat(evaluation.dates().n()).as(table).isPositive();
    assertThat(evaluation.from().n()).as(table).isPositive();
  }
}

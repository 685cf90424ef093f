package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.driftgraph.eval.Evaluation;
import org.driftgraph.eval.Evaluator;
import org.driftgraph.eval.GoldFile;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the held-out set: ten articles of the project's own on other groups, platforms
 * and years (Parler, Gab, 8chan, the Proud Boys, The Base, Hoop...), annotated in graph-gold/1 and
 * never used to write rules or gazetteer entries. It estimates how the rules do on unseen news; the
 * floors catch regressions and are raised when the extractor improves.
 */
class HeldOutQualityTest {
  private static final Path HELD_OUT = Path.of("src", "test", "resources", "heldout");

  @Test
  void staysAboveItsFloorsOnTheHeldOutSet() {
    Extraction extraction = Extraction.load(Path.of("import"));
    Evaluation evaluation =
        new Evaluator(extraction.extractor(), extraction.gazetteer()::find)
            .evaluate(
                GoldFile.load(HELD_OUT.resolve("heldout-gold.json")), HELD_OUT.resolve("articles"));
    String table = evaluation.toTable();
    System.out.println("Held-out set:\n" + table);

    assertThat(evaluation.problems()).as(table).isEmpty();
    assertThat(evaluation.mentions().precision()).as(table).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluation.mentions().f1()).as(table).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluation.relations().precision()).as(table).isGreaterThanOrEqualTo(0.90);
    assertThat(evaluation.relations().f1()).as(table).isGreaterThanOrEqualTo(0.90);
  }
}

package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.driftgraph.eval.Evaluation;
import org.driftgraph.eval.Evaluator;
import org.driftgraph.eval.GoldFile;
import org.junit.jupiter.api.Test;

/**
 * The extractor on development set 4: 24 articles of the project's own (12 Arabic, 12 English) on
 * militias, state-linked operations, far-right movements and persons across many platforms, written
 * and annotated by sessions that never saw the rules, and used to develop them. The floors keep
 * what the rules reached on it; quality on unseen news is measured on blind sets, not here.
 */
class DevSetFourQualityTest {
  private static final Path DEV4 = Path.of("src", "test", "resources", "dev4");

  @Test
  void staysAboveItsFloorsOnTheDevelopmentSet() {
    Extraction extraction = Extraction.load(Path.of("import"));
    Evaluation evaluation =
        new Evaluator(extraction.extractor(), extraction.gazetteer()::find)
            .evaluate(GoldFile.load(DEV4.resolve("dev4-gold.json")), DEV4.resolve("articles"));
    String table = evaluation.toTable();
    System.out.println("Development set 4:\n" + table);

    assertThat(evaluation.problems()).as(table).isEmpty();
    assertThat(evaluation.mentions().precision()).as(table).isGreaterThanOrEqualTo(0.98);
    assertThat(evaluation.mentions().f1()).as(table).isGreaterThanOrEqualTo(0.94);
    assertThat(evaluation.relations().precision()).as(table).isGreaterThanOrEqualTo(0.75);
    assertThat(evaluation.relations().f1()).as(table).isGreaterThanOrEqualTo(0.64);
  }
}

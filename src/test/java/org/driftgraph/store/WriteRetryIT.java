package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.driftgraph.model.Modality.ASSERTED;
import static org.driftgraph.model.RelationType.MIGRATED_TO;
import static org.driftgraph.model.RelationType.OWNED_BY;
import static org.driftgraph.store.StoreFixtures.article;
import static org.driftgraph.store.StoreFixtures.claim;

import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Every write of an import is a managed transaction that the driver retries after a transient
 * failure (a deadlock, a leader switch): with each write transaction failing once after doing its
 * work, the schema and the graph still end up written, once, and no write went through an
 * auto-commit statement that the driver would not have retried.
 */
@ExtendWith(Neo4jHarness.class)
class WriteRetryIT {
  private static final Article NEWS =
      article(
          "https://example.test/retry",
          "ISIS supporters moved from Telegram to TamTam, an app of Mail.Ru Group.");

  private final Driver driver;

  WriteRetryIT(Driver driver) {
    this.driver = driver;
  }

  @Test
  void writesAreRetriedAfterATransientFailureAndCommittedOnce() {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    FlakyDriver flaky = new FlakyDriver(driver);
    Driver failingOnce = flaky.driver();

    Schema.apply(failingOnce);
    GraphWriter writer = new GraphWriter(failingOnce);
    writer.upsertEntities(StoreFixtures.GAZETTEER);
    WriteResult result =
        writer.write(
            List.of(
                new ExtractedArticle(
                    NEWS,
                    List.of(),
                    List.of(new Mention("tamtam", 34, 40, "TamTam")),
                    List.of(
                        claim(
                            NEWS,
                            1,
                            MIGRATED_TO,
                            "isis",
                            "tamtam",
                            List.of("telegram"),
                            null,
                            ASSERTED,
                            0.8),
                        claim(
                            NEWS,
                            2,
                            OWNED_BY,
                            "tamtam",
                            "mail-ru-group",
                            List.of(),
                            null,
                            ASSERTED,
                            0.9)))));

    assertThat(flaky.autoCommitRuns()).as("auto-commit statements").isZero();
    // The schema statements, the entities, the batch and its facts: each failed once.
    assertThat(flaky.injected()).isGreaterThan(3);
    assertThat(result.written()).isEqualTo(1);
    GraphCounts counts = StoreStats.count(driver);
    assertThat(counts.nodes("Article")).isEqualTo(1);
    assertThat(counts.nodes("Claim")).isEqualTo(2);
    assertThat(counts.nodes("Entity")).isEqualTo(StoreFixtures.GAZETTEER.size());
    assertThat(counts.relationships("MIGRATED_TO")).isEqualTo(1);
    assertThat(counts.relationships("OWNED_BY")).isEqualTo(1);
    try (Session session = driver.session()) {
      long constraints =
          session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").single().get(0).asLong();
      assertThat(constraints).isPositive();
    }
  }
}

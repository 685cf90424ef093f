package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.testing.GeneratedCorpus;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Articles not stored yet are created ({@code cypher/write/new}), stored ones rewritten in place
 * ({@code articles.cypher}, {@code mentions.cypher}, {@code claims.cypher}, which wrote every
 * article before the new-article path): both give the same graph. A few hundred generated articles
 * are written once as new articles, once first without their extraction and then again with it, so
 * that every article, mention, claim and claim link goes through the statements of stored articles;
 * every node and relationship, with its labels and properties, must come out the same.
 */
@ExtendWith(Neo4jHarness.class)
class NewArticlePathIT {
  private static final int ARTICLES = 240;
  private static final int BATCH = 32;

  private static GeneratedCorpus corpus;
  private static List<ExtractedArticle> extracted;

  private final Driver driver;

  NewArticlePathIT(Driver driver) {
    this.driver = driver;
  }

  @BeforeAll
  static void extractGeneratedCorpus() throws IOException {
    corpus = GeneratedCorpus.extract(ARTICLES);
    extracted = corpus.articles();
  }

  @Test
  void newArticlesAreCreatedAsTheStatementsOfStoredArticlesWriteThem() {
    List<ExtractedArticle> withRepeat = new ArrayList<>(extracted);
    // An id twice in one batch: created from its first row, rewritten from the second.
    withRepeat.add(BATCH / 2, extracted.get(0));

    emptyGraphWithGazetteer();
    GraphWriter writer = new GraphWriter(driver);
    int written = writeInBatches(writer, withRepeat);
    writer.derivePendingFacts();
    List<String> created = GraphSnapshot.of(driver);
    GraphCounts counts = StoreStats.count(driver);

    emptyGraphWithGazetteer();
    assertThat(writeInBatches(writer, corpus.bare())).isEqualTo(extracted.size());
    assertThat(writeInBatches(writer, withRepeat)).as("all stored already").isZero();
    writer.derivePendingFacts();
    List<String> rewritten = GraphSnapshot.of(driver);

    assertThat(written).isEqualTo(extracted.size());
    assertThat(counts.nodes("Article")).isEqualTo(extracted.size());
    assertThat(counts.nodes("Claim")).as("claims").isGreaterThan(ARTICLES);
    assertThat(counts.relationships())
        .as("every kind of relationship the writer makes")
        .containsKeys("MENTIONS", "STATED_IN", "SUBJECT", "OBJECT", "FROM", "ABOUT", "MIGRATED_TO");
    assertThat(created).isEqualTo(rewritten);
  }

  /**
   * Planned on an empty store, as in the first batch of an import, each statement of {@code
   * cypher/write/new} finds its nodes by their unique id: never by a scan of a label or of all
   * nodes, which would make a growing store slower per row.
   */
  @Test
  void newArticleStatementsSeekEveryNodeByItsUniqueId() {
    emptyGraphWithGazetteer();
    Map<String, List<String>> operators = new TreeMap<>();
    try (Session session = driver.session()) {
      for (String name : List.of("articles", "mentions", "claims", "claim-from", "claim-about")) {
        String statement = CypherScripts.statement("write/new/" + name + ".cypher");
        Plan plan =
            session
                .run(
                    "EXPLAIN " + statement,
                    Map.of(
                        "articles",
                        List.of(),
                        "mentions",
                        List.of(),
                        "claims",
                        List.of(),
                        "links",
                        List.of()))
                .consume()
                .plan();
        operators.put(name, operatorsOf(plan, new ArrayList<>()));
      }
    }
    operators.forEach(
        (name, ops) ->
            assertThat(ops)
                .as("operators of write/new/%s.cypher", name)
                .noneMatch(op -> op.contains("LabelScan"))
                .noneMatch(op -> op.contains("AllNodesScan")));
    operators.entrySet().stream()
        .filter(e -> !e.getKey().equals("articles"))
        .forEach(
            e ->
                assertThat(e.getValue())
                    .as("operators of write/new/%s.cypher", e.getKey())
                    .anyMatch(op -> op.startsWith("NodeUniqueIndexSeek")));
  }

  private static List<String> operatorsOf(Plan plan, List<String> into) {
    into.add(plan.operatorType());
    plan.children().forEach(child -> operatorsOf(child, into));
    return into;
  }

  private static int writeInBatches(GraphWriter writer, List<ExtractedArticle> articles) {
    return WriteFixture.writeInBatches(writer, articles, BATCH);
  }

  private void emptyGraphWithGazetteer() {
    WriteFixture.emptyGraphWithGazetteer(driver, corpus.extraction());
  }
}

package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.extract.Extraction;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.testing.GeneratedCorpus;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The write path gives the same graph through the embedded DBMS's own transactions ({@link
 * EmbeddedTransactions}) as through the driver over Bolt ({@link DriverTransactions}): a few
 * hundred generated articles are written both ways, new and then rewritten as stored articles, the
 * facts derived, and every node and relationship compared, the Java type of every property included
 * (Bolt stores every integer as a long, and so must the embedded path); the gazetteer entities read
 * back compare equal to what would be written, so an unchanged gazetteer writes nothing either way.
 * A batch with an article that refers to an unknown entity leaves out that article alone, with the
 * same reason.
 */
@ExtendWith(Neo4jHarness.class)
class EmbeddedTransactionsIT {
  private static final int ARTICLES = 160;
  private static final int BATCH = 32;

  private static GeneratedCorpus corpus;
  private static Extraction extraction;
  private static List<ExtractedArticle> extracted;

  private final Driver driver;
  private final GraphDatabaseService database;

  EmbeddedTransactionsIT(Driver driver, GraphDatabaseService database) {
    this.driver = driver;
    this.database = database;
  }

  @BeforeAll
  static void extractGeneratedCorpus() throws IOException {
    corpus = GeneratedCorpus.extract(ARTICLES);
    extraction = corpus.extraction();
    extracted = corpus.articles();
  }

  @Test
  void embeddedTransactionsWriteTheGraphTheDriverWrites() {
    List<String> overBolt = writeAll(CypherTransactions.over(driver));
    List<String> typesOverBolt = propertyTypes();
    List<String> embedded = writeAll(new EmbeddedTransactions(database));
    List<String> typesEmbedded = propertyTypes();

    assertThat(overBolt).hasSizeGreaterThan(ARTICLES * 5);
    assertThat(embedded).isEqualTo(overBolt);
    assertThat(typesOverBolt).anyMatch(line -> line.contains("=java.lang.Long"));
    assertThat(typesEmbedded).isEqualTo(typesOverBolt);
  }

  @Test
  void anArticleWithAnUnknownEntityIsLeftOutAloneEitherWay() {
    ExtractedArticle good = extracted.get(1);
    ExtractedArticle bad =
        new ExtractedArticle(
            extracted.get(2).article(),
            List.of(),
            List.of(new Mention("no-such-entity", 0, 1, "x")),
            List.of());
    List<WriteResult> results = new ArrayList<>();
    List<List<String>> graphs = new ArrayList<>();
    for (CypherTransactions transactions :
        List.of(CypherTransactions.over(driver), new EmbeddedTransactions(database))) {
      emptyGraphWithGazetteer();
      results.add(new GraphWriter(transactions, null).write(List.of(good, bad)));
      graphs.add(GraphSnapshot.of(driver));
    }
    assertThat(results.get(0).failed()).hasSize(1);
    assertThat(results.get(0).failed().get(0).reason()).contains("no-such-entity");
    assertThat(results.get(1).failed()).isEqualTo(results.get(0).failed());
    assertThat(results.get(1).written()).isEqualTo(results.get(0).written()).isEqualTo(1);
    assertThat(graphs.get(1)).isEqualTo(graphs.get(0));
  }

  /** Writes every article as new, then again as stored ones re-extracted, then the facts. */
  private List<String> writeAll(CypherTransactions transactions) {
    emptyGraph();
    GraphWriter writer = new GraphWriter(transactions, "setup-digest");
    assertThat(writer.upsertEntities(extraction.gazetteer().entities())).isPositive();
    // Read back in the shape the writer compares with: an unchanged gazetteer writes nothing.
    assertThat(writer.upsertEntities(extraction.gazetteer().entities())).isZero();
    List<ExtractedArticle> bare = corpus.bare();
    List<ExtractedArticle> firstHalf = extracted.subList(0, extracted.size() / 2);
    writeInBatches(writer, firstHalf);
    writeInBatches(writer, bare.subList(extracted.size() / 2, bare.size()));
    writeInBatches(writer, extracted);
    writer.derivePendingFacts();
    return GraphSnapshot.of(driver);
  }

  private static void writeInBatches(GraphWriter writer, List<ExtractedArticle> articles) {
    WriteFixture.writeInBatches(writer, articles, BATCH);
  }

  /** Each property's key and Java type as the store holds it, per element, sorted. */
  private List<String> propertyTypes() {
    List<String> lines = new ArrayList<>();
    try (Transaction tx = database.beginTx()) {
      tx.getAllNodes().forEach(node -> lines.add(typesOf(node)));
      tx.getAllRelationships().forEach(r -> lines.add(r.getType().name() + typesOf(r)));
    }
    lines.sort(null);
    return lines;
  }

  private static String typesOf(Entity entity) {
    Map<String, String> types = new TreeMap<>();
    entity.getAllProperties().forEach((key, value) -> types.put(key, value.getClass().getName()));
    Object id = entity.getAllProperties().get("id");
    return id + " " + types;
  }

  private void emptyGraphWithGazetteer() {
    WriteFixture.emptyGraphWithGazetteer(driver, extraction);
  }

  private void emptyGraph() {
    WriteFixture.emptyGraph(driver);
  }
}

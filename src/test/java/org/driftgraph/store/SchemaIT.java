package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

@ExtendWith(Neo4jHarness.class)
class SchemaIT {
  @Test
  void applyingTwiceIsIdempotentAndCreatesEverything(Driver driver) {
    Schema.apply(driver);
    Schema.apply(driver);
    try (Session session = driver.session()) {
      List<String> constraints =
          session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
      assertThat(constraints).contains("entity_id", "article_id", "claim_id");
      Map<String, String> indexes =
          session.run("SHOW INDEXES YIELD name, state RETURN name, state").list(r -> r).stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      r -> r.get(0).asString(), r -> r.get(1).asString()));
      assertThat(indexes)
          .containsKeys(
              "article_source_key",
              "entity_name",
              "entity_type",
              "claim_type",
              "article_text",
              "entity_names");
      assertThat(indexes.values()).containsOnly("ONLINE");
      long ours =
          indexes.keySet().stream()
              .filter(
                  n ->
                      n.startsWith("article_") || n.startsWith("entity_") || n.startsWith("claim_"))
              .count();
      assertThat(ours).as("constraint indexes plus our own, each once").isEqualTo(9);
    }
  }

  @Test
  void aDroppedIndexOrConstraintIsCreatedAgainAtTheNextApply(Driver driver) {
    Schema.apply(driver);
    try (Session session = driver.session()) {
      session.run("DROP INDEX entity_type").consume();
      session.run("DROP CONSTRAINT claim_id").consume();
    }
    Schema.apply(driver);
    try (Session session = driver.session()) {
      assertThat(
              session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString()))
          .contains("claim_id");
      assertThat(
              session
                  .run("SHOW INDEXES YIELD name, state WHERE name = 'entity_type' RETURN state")
                  .single()
                  .get(0)
                  .asString())
          .isEqualTo("ONLINE");
    }
  }

  @Test
  void arabicFullTextFindsAWordBehindItsArticleAndConjunction(Driver driver) {
    Schema.apply(driver);
    try (Session session = driver.session()) {
      session
          .run(
              "CREATE (:Article {id: 'a1', title: 'x', text: 'انتقل أنصار التنظيم من والتيليجرام إلى تطبيق آخر'})")
          .consume();
      session
          .run("CREATE (:Article {id: 'a2', title: 'y', text: 'نص لا علاقة له بالموضوع'})")
          .consume();
      session.run("CALL db.awaitIndexes(60)").consume();
      List<String> found =
          session
              .run(
                  "CALL db.index.fulltext.queryNodes('article_text', $q) YIELD node RETURN node.id AS id",
                  Map.of("q", "تيليجرام"))
              .list(r -> r.get("id").asString());
      assertThat(found).containsExactly("a1");
    }
  }

  @Test
  void entityNamesIndexCoversEverySurfaceForm(Driver driver) {
    Schema.apply(driver);
    new GraphWriter(driver).upsertEntities(StoreFixtures.GAZETTEER);
    try (Session session = driver.session()) {
      session.run("CALL db.awaitIndexes(60)").consume();
      List<String> found =
          session
              .run(
                  "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
                  Map.of("q", "تلغرام"))
              .list(r -> r.get("id").asString());
      assertThat(found).containsExactly("telegram");
    }
  }
}

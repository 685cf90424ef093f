package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.driftgraph.store.StoreFixtures.GAZETTEER;
import static org.driftgraph.store.StoreFixtures.article;
import static org.driftgraph.store.StoreFixtures.claim;

import java.util.List;
import java.util.Map;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

@ExtendWith(Neo4jHarness.class)
class EntityMergerIT {
  private static final Entity TAM_APP =
      new Entity(
          "tam-app",
          EntityType.PLATFORM,
          null,
          "Tam App",
          List.of("Tam App", "تام أب"),
          null,
          true);
  private static final Entity ISIS_MEDIA =
      new Entity(
          "isis-media", EntityType.ACTOR, "group", "ISIS media", List.of("ISIS media"), null, true);

  @BeforeEach
  void storeTwoArticlesNamingDiscoveredEntities(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    GraphWriter writer = new GraphWriter(driver);
    writer.upsertEntities(GAZETTEER);
    Article first =
        article("merge-1", "ISIS media moved from Telegram to Tam App. Then TamTam again.");
    Article second =
        article("merge-2", "Nashir News Agency posted on Tam App, and on Tam App again.");
    writer.write(
        List.of(
            new ExtractedArticle(
                first,
                List.of(TAM_APP, ISIS_MEDIA),
                List.of(
                    new Mention("isis-media", 0, 10, "ISIS media"),
                    new Mention("tam-app", 34, 41, "Tam App"),
                    new Mention("tamtam", 48, 54, "TamTam")),
                List.of(
                    claim(
                        first,
                        1,
                        RelationType.MIGRATED_TO,
                        "isis-media",
                        "tam-app",
                        List.of("telegram"),
                        "2019-11",
                        Modality.ASSERTED,
                        0.8))),
            new ExtractedArticle(
                second,
                List.of(TAM_APP),
                List.of(
                    new Mention("tam-app", 29, 36, "Tam App"),
                    new Mention("tam-app", 45, 52, "Tam App")),
                List.of(
                    claim(
                        second,
                        1,
                        RelationType.ANNOUNCED_ON,
                        "nashir-news-agency",
                        "tam-app",
                        List.of(),
                        "2019-11-30",
                        Modality.ASSERTED,
                        0.9)))));
  }

  @Test
  void mentionsClaimsAndNamesMoveToTheTargetAndFactsFollow(Driver driver) {
    EntityMerger.MergeResult result = new EntityMerger(driver).merge("tam-app", "tamtam", false);

    assertThat(result.mentionLinks()).isEqualTo(2);
    assertThat(result.claimLinks()).isEqualTo(2);
    assertThat(result.movedNames()).containsExactly("Tam App", "تام أب");
    assertThat(result.into().names()).containsExactly("تام تام", "Tam App", "تام أب");
    assertThat(result.rederived())
        .containsExactlyInAnyOrder("isis-media", "nashir-news-agency", "tamtam");
    assertThat(
            single(driver, "MATCH (e:Entity {id: 'tam-app'}) RETURN count(e) AS n")
                .get("n")
                .asLong())
        .isZero();
    assertThat(
            single(
                    driver,
                    "MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: 'tamtam'}) RETURN sum(m.count) AS n")
                .get("n")
                .asLong())
        .isEqualTo(4);
    assertThat(
            single(
                    driver,
                    "MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: 'tamtam'}) RETURN count(m) AS n")
                .get("n")
                .asLong())
        .isEqualTo(2);
    Record migrated =
        single(
            driver,
            "MATCH (:Entity {id: 'isis-media'})-[f:MIGRATED_TO]->(p:Entity) RETURN p.id AS to, f.from AS from, f.evidence AS n");
    assertThat(migrated.get("to").asString()).isEqualTo("tamtam");
    assertThat(migrated.get("from").asList()).containsExactly("telegram");
    assertThat(
            single(
                    driver,
                    "MATCH (:Entity {id: 'nashir-news-agency'})-[f:ANNOUNCED_ON]->(p) RETURN p.id AS to")
                .get("to")
                .asString())
        .isEqualTo("tamtam");
    assertThat(
            single(
                    driver,
                    "MATCH (:Platform {id: 'telegram'})-[d:DISPLACED_TO]->(p) RETURN p.id AS to")
                .get("to")
                .asString())
        .isEqualTo("tamtam");
  }

  @Test
  void claimsThatWouldRelateTheTargetToItselfAreRemoved(Driver driver) {
    EntityMerger.MergeResult result =
        new EntityMerger(driver).merge("isis-media", "nashir-news-agency", false);
    assertThat(result.selfClaims()).isZero();

    EntityMerger.MergeResult again =
        new EntityMerger(driver).merge("tam-app", "nashir-news-agency", true);

    assertThat(again.selfClaims()).isEqualTo(2);
    assertThat(single(driver, "MATCH (c:Claim) RETURN count(c) AS n").get("n").asLong()).isZero();
    assertThat(
            single(
                    driver,
                    "MATCH (:Entity {id: 'nashir-news-agency'})-[f]->() RETURN count(f) AS n")
                .get("n")
                .asLong())
        .isZero();
  }

  @Test
  void anUnknownIdIsRefusedWithTheNearestIds(Driver driver) {
    assertThatThrownBy(() -> new EntityMerger(driver).merge("tam-app", "tamtm", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no entity 'tamtm' in the store; nearest ids: tamtam, riot, tam-app")
        .satisfies(
            e ->
                assertThat(
                        single(driver, "MATCH (e:Entity {id: 'tam-app'}) RETURN count(e) AS n")
                            .get("n")
                            .asLong())
                    .isEqualTo(1));
  }

  @Test
  void aGazetteerEntityIsMergedOnlyWhenForced(Driver driver) {
    EntityMerger merger = new EntityMerger(driver);
    assertThatThrownBy(() -> merger.merge("riot", "tamtam", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'riot' is not a discovered entity")
        .hasMessageContaining("--force");

    EntityMerger.MergeResult forced = merger.merge("riot", "tamtam", true);

    assertThat(forced.from().discovered()).isFalse();
    assertThat(forced.into().names()).contains("Riot");
  }

  private static Record single(Driver driver, String query) {
    try (Session session = driver.session()) {
      return session.run(query, Map.of()).single();
    }
  }
}

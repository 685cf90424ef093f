package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.driftgraph.model.Modality.ASSERTED;
import static org.driftgraph.model.Modality.HEDGED;
import static org.driftgraph.model.Modality.REPORTED;
import static org.driftgraph.model.RelationType.ACTIVE_ON;
import static org.driftgraph.model.RelationType.BANNED_BY;
import static org.driftgraph.model.RelationType.MIGRATED_TO;
import static org.driftgraph.model.RelationType.OWNED_BY;
import static org.driftgraph.store.StoreFixtures.announcement;
import static org.driftgraph.store.StoreFixtures.article;
import static org.driftgraph.store.StoreFixtures.claim;

import java.util.List;
import java.util.Map;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

@ExtendWith(Neo4jHarness.class)
class GraphWriterIT {
  private static final Article EUROPOL_NEWS =
      article(
          "https://example.test/europol",
          "ISIS supporters left Telegram for TamTam after the Europol action in November 2019.");
  private static final Article TAMTAM_NEWS =
      article(
          "https://example.test/tamtam",
          "The group is said to use TamTam, an app of Mail.Ru Group, and may keep a channel on Riot.");

  private final Driver driver;
  private final GraphWriter writer;

  GraphWriterIT(Driver driver) {
    this.driver = driver;
    this.writer = new GraphWriter(driver);
  }

  @BeforeEach
  void emptyGraphWithGazetteer() {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    Schema.apply(driver);
    writer.upsertEntities(StoreFixtures.GAZETTEER);
  }

  @Test
  void anUnchangedGazetteerIsNotWrittenAgainAndAChangedEntityIs() {
    assertThat(writer.upsertEntities(StoreFixtures.GAZETTEER)).isZero();
    Entity first = StoreFixtures.GAZETTEER.get(0);
    Entity renamed =
        new Entity(
            first.id(),
            first.type(),
            first.kind(),
            "Renamed " + first.name(),
            first.names(),
            first.date(),
            first.discovered());
    assertThat(writer.upsertEntities(List.of(renamed))).isEqualTo(1);
    try (Session session = driver.session()) {
      assertThat(
              session
                  .run("MATCH (n:Entity {id: $id}) RETURN n.name AS name", Map.of("id", first.id()))
                  .single()
                  .get("name")
                  .asString())
          .isEqualTo("Renamed " + first.name());
    }
  }

  private static ExtractedArticle europolArticle() {
    Article a = EUROPOL_NEWS;
    Entity discovered =
        new Entity("hoop", EntityType.PLATFORM, null, "Hoop", List.of("Hoop"), null, true);
    return new ExtractedArticle(
        a,
        List.of(discovered),
        List.of(
            new Mention("isis", 0, 4, "ISIS"),
            new Mention("telegram", 22, 30, "Telegram"),
            new Mention("tamtam", 35, 41, "TamTam"),
            new Mention("europol", 50, 57, "Europol"),
            new Mention("isis", 0, 4, "ISIS")),
        List.of(
            claim(
                a, 1, MIGRATED_TO, "isis", "tamtam", List.of("telegram"), "2019-11", ASSERTED, 0.8),
            claim(a, 2, BANNED_BY, "isis", "telegram", List.of(), "2019-11-22", REPORTED, 0.6),
            claim(
                a,
                3,
                MIGRATED_TO,
                "nashir-news-agency",
                "tamtam",
                List.of("telegram"),
                null,
                HEDGED,
                0.4)));
  }

  private static ExtractedArticle tamtamArticle() {
    Article a = TAMTAM_NEWS;
    return new ExtractedArticle(
        a,
        List.of(),
        List.of(new Mention("tamtam", 28, 34, "TamTam")),
        List.of(
            claim(a, 1, MIGRATED_TO, "isis", "tamtam", List.of("riot"), "2019-11-25", HEDGED, 0.5),
            claim(a, 2, MIGRATED_TO, "isis", "tamtam", List.of("telegram"), "2020", REPORTED, 0.5),
            claim(a, 3, BANNED_BY, "isis", "telegram", List.of(), null, HEDGED, 0.3),
            claim(a, 4, OWNED_BY, "tamtam", "mail-ru-group", List.of(), null, ASSERTED, 0.9)));
  }

  private Map<String, Object> fact(String subject, String type, String object) {
    try (Session session = driver.session()) {
      var rows =
          session
              .run(
                  """
              MATCH (s:Entity {id: $s})-[f]->(o:Entity {id: $o}) WHERE type(f) = $type
              RETURN properties(f) AS p""",
                  Map.of("s", subject, "o", object, "type", type))
              .list(r -> r.get("p").asMap());
      assertThat(rows)
          .as("at most one %s fact %s -> %s", type, subject, object)
          .hasSizeLessThanOrEqualTo(1);
      return rows.isEmpty() ? null : rows.get(0);
    }
  }

  private long count(String query) {
    try (Session session = driver.session()) {
      return session.run(query).single().get(0).asLong();
    }
  }

  @Test
  void writesTheModelAndDerivesFacts() {
    WriteResult result = writer.write(List.of(europolArticle(), tamtamArticle()));

    assertThat(result.written()).isEqualTo(2);
    assertThat(result.unchanged()).isZero();
    assertThat(result.replaced()).isZero();
    assertThat(result.failed()).isEmpty();
    assertThat(result.touchedSubjects()).containsExactly("isis", "nashir-news-agency", "tamtam");

    Map<String, Object> migrated = fact("isis", "MIGRATED_TO", "tamtam");
    assertThat(migrated)
        .containsEntry("evidence", 3L)
        .containsEntry("articles", 2L)
        .containsEntry("firstDate", "2019-11")
        .containsEntry("lastDate", "2020")
        .containsEntry("modality", "asserted")
        .containsEntry("from", List.of("riot", "telegram"));
    assertThat((double) migrated.get("confidence")).isCloseTo(1 - 0.2 * 0.5 * 0.5, within(1e-9));

    Map<String, Object> banned = fact("isis", "BANNED_BY", "telegram");
    assertThat(banned)
        .containsEntry("evidence", 2L)
        .containsEntry("modality", "reported")
        .containsEntry("firstDate", "2019-11-22")
        .containsEntry("lastDate", "2019-11-22")
        .doesNotContainKey("from");
    assertThat((double) banned.get("confidence")).isCloseTo(1 - 0.4 * 0.7, within(1e-9));

    Map<String, Object> hedgedOnly = fact("nashir-news-agency", "MIGRATED_TO", "tamtam");
    assertThat(hedgedOnly)
        .containsEntry("modality", "hedged")
        .containsEntry("evidence", 1L)
        .containsEntry("from", List.of("telegram"))
        .doesNotContainKeys("firstDate", "lastDate");

    assertThat(fact("tamtam", "OWNED_BY", "mail-ru-group")).containsEntry("modality", "asserted");

    try (Session session = driver.session()) {
      Map<String, Map<String, Object>> displaced = new java.util.TreeMap<>();
      session
          .run(
              "MATCH (a:Platform)-[d:DISPLACED_TO]->(b:Platform) RETURN a.id + '>' + b.id AS k, properties(d) AS p")
          .forEachRemaining(r -> displaced.put(r.get("k").asString(), r.get("p").asMap()));
      assertThat(displaced).containsOnlyKeys("riot>tamtam", "telegram>tamtam");
      assertThat(displaced.get("telegram>tamtam"))
          .containsEntry("actors", List.of("isis", "nashir-news-agency"))
          .containsEntry("evidence", 4L);
      assertThat(displaced.get("riot>tamtam"))
          .containsEntry("actors", List.of("isis"))
          .containsEntry("evidence", 3L);

      Value europolArticle =
          session
              .run(
                  "MATCH (a:Article {id: $id}) RETURN properties(a) AS p",
                  Map.of("id", EUROPOL_NEWS.id()))
              .single()
              .get("p");
      assertThat(europolArticle.asMap())
          .containsEntry("sourceKey", EUROPOL_NEWS.sourceKey())
          .containsEntry("sha256", EUROPOL_NEWS.sha256())
          .containsEntry("encoding", "UTF-8")
          .containsEntry("encodingEvidence", "valid UTF-8")
          .containsEntry("published", "2019-12-01")
          .containsEntry("text", EUROPOL_NEWS.text());
      assertThat(
              session
                  .run(
                      """
              MATCH (:Article {id: $id})-[m:MENTIONS]->(e) RETURN e.id AS e, m.count AS c ORDER BY e""",
                      Map.of("id", EUROPOL_NEWS.id()))
                  .list(r -> r.get("e").asString() + "=" + r.get("c").asLong()))
          .containsExactly("europol=1", "isis=2", "tamtam=1", "telegram=1");
      assertThat(
              session
                  .run(
                      "MATCH (c:Claim {id: $id}) RETURN properties(c) AS p",
                      Map.of("id", EUROPOL_NEWS.id() + "-1"))
                  .single()
                  .get("p")
                  .asMap())
          .containsEntry("type", "MIGRATED_TO")
          .containsEntry("datePrecision", "month")
          .containsEntry("modality", "asserted")
          .containsEntry("rule", "test-rule")
          .containsEntry("sentenceStart", 0L);
      assertThat(
              session
                  .run("MATCH (e:Entity {id: 'hoop'}) RETURN labels(e) AS l, e.discovered AS d")
                  .single()
                  .get("l")
                  .asList(v -> v.asString()))
          .containsExactlyInAnyOrder("Entity", "Platform");
    }

    GraphCounts counts = StoreStats.count(driver);
    assertThat(counts.nodes())
        .containsEntry("Article", 2L)
        .containsEntry("Claim", 7L)
        .containsEntry("Entity", 8L)
        .containsEntry("Platform", 4L)
        .containsEntry("Actor", 1L);
    assertThat(counts.relationships())
        .containsEntry("MIGRATED_TO", 2L)
        .containsEntry("BANNED_BY", 1L)
        .containsEntry("OWNED_BY", 1L)
        .containsEntry("DISPLACED_TO", 2L)
        .containsEntry("STATED_IN", 7L)
        .containsEntry("SUBJECT", 7L)
        .containsEntry("OBJECT", 7L)
        .containsEntry("FROM", 4L)
        .containsEntry("MENTIONS", 5L);
  }

  @Test
  void writingTheSameArticlesAgainChangesNothing() {
    writer.write(List.of(europolArticle(), tamtamArticle()));
    List<String> before = GraphSnapshot.of(driver);
    GraphCounts countsBefore = StoreStats.count(driver);

    WriteResult again = writer.write(List.of(europolArticle(), tamtamArticle()));
    assertThat(again.written()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    assertThat(StoreStats.count(driver)).isEqualTo(countsBefore);

    writer.deriveAllFacts();
    assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
  }

  @Test
  void factsDeferredToTheEndOfAnImportAreTheFactsOfImmediateWrites() {
    writer.write(List.of(europolArticle()));
    writer.write(List.of(tamtamArticle()));
    List<String> immediate = GraphSnapshot.of(driver);
    try (Session session = driver.session()) {
      session.run("MATCH (n) WHERE NOT n:Entity DETACH DELETE n").consume();
      session.run("MATCH (:Entity)-[r]->(:Entity) DELETE r").consume();
    }

    WriteResult first = writer.writeDeferringFacts(List.of(europolArticle()));
    writer.writeDeferringFacts(List.of(tamtamArticle()));
    assertThat(first.touchedSubjects()).isNotEmpty();
    assertThat(count("MATCH (:Entity)-[f:MIGRATED_TO]->(:Entity) RETURN count(f)"))
        .as("no fact before the end of the import")
        .isZero();
    assertThat(count("MATCH (s:FactsPending) RETURN count(s)")).isPositive();

    assertThat(writer.derivePendingFacts()).isEqualTo(3);
    assertThat(GraphSnapshot.of(driver)).isEqualTo(immediate);
    assertThat(count("MATCH (s:FactsPending) RETURN count(s)")).isZero();
    assertThat(writer.derivePendingFacts()).as("nothing left to derive").isZero();
  }

  @Test
  void aChangedTextReplacesItsOwnArticleClaimsAndMentionsOnly() {
    writer.write(List.of(europolArticle(), tamtamArticle()));
    long entities = count("MATCH (e:Entity) RETURN count(e)");

    Article edited =
        article(EUROPOL_NEWS.sourceKey(), "ISIS supporters were active on Riot in 2018.");
    ExtractedArticle replacement =
        new ExtractedArticle(
            edited,
            List.of(),
            List.of(new Mention("riot", 32, 36, "Riot")),
            List.of(claim(edited, 1, ACTIVE_ON, "isis", "riot", List.of(), "2018", ASSERTED, 0.7)));
    WriteResult result = writer.write(List.of(replacement));

    assertThat(result.replaced()).isEqualTo(1);
    assertThat(result.written()).isEqualTo(1);
    assertThat(result.touchedSubjects()).containsExactly("isis", "nashir-news-agency");
    assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
    assertThat(count("MATCH (a:Article {id: '" + EUROPOL_NEWS.id() + "'}) RETURN count(a)"))
        .isZero();
    assertThat(count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(5);
    assertThat(count("MATCH (e:Entity) RETURN count(e)")).as("entities stay").isEqualTo(entities);
    assertThat(count("MATCH (:Article)-[m:MENTIONS]->() RETURN count(m)")).isEqualTo(2);

    // Supported by the other article too: loses one piece of evidence and its 'from'.
    assertThat(fact("isis", "MIGRATED_TO", "tamtam"))
        .containsEntry("evidence", 2L)
        .containsEntry("articles", 1L)
        .containsEntry("modality", "reported")
        .containsEntry("firstDate", "2019-11-25")
        .containsEntry("from", List.of("riot", "telegram"));
    assertThat(fact("isis", "BANNED_BY", "telegram"))
        .containsEntry("evidence", 1L)
        .containsEntry("modality", "hedged");
    // Supported by the old version only: gone.
    assertThat(fact("nashir-news-agency", "MIGRATED_TO", "tamtam")).isNull();
    assertThat(fact("isis", "ACTIVE_ON", "riot"))
        .containsEntry("evidence", 1L)
        .containsEntry("firstDate", "2018");
    assertThat(fact("tamtam", "OWNED_BY", "mail-ru-group")).containsEntry("evidence", 1L);
    assertThat(
            count("MATCH ({id: 'telegram'})-[d:DISPLACED_TO]->({id: 'tamtam'}) RETURN d.evidence"))
        .isEqualTo(2);
  }

  private static final Article CLAIM_NEWS =
      article(
          "https://example.test/claim",
          "ISIS posted its claim for the London Bridge attack on TamTam at 17:55 GMT and on Telegram at 17:56 GMT.");

  private static ExtractedArticle claimArticle(List<String> tamtamEvents) {
    return new ExtractedArticle(
        CLAIM_NEWS,
        List.of(),
        List.of(),
        List.of(
            announcement(CLAIM_NEWS, 1, "isis", "tamtam", "2019-11-30T17:55Z", tamtamEvents),
            announcement(
                CLAIM_NEWS,
                2,
                "isis",
                "telegram",
                "2019-11-30T17:56Z",
                List.of("london-bridge-attack-2019")),
            claim(CLAIM_NEWS, 3, BANNED_BY, "isis", "telegram", List.of(), null, ASSERTED, 0.6)));
  }

  /** "platform>event" for every ABOUT link, sorted. */
  private List<String> aboutLinks() {
    try (Session session = driver.session()) {
      return session
          .run(
              """
              MATCH (p:Entity)<-[:OBJECT]-(c:Claim)-[:ABOUT]->(e:Entity)
              RETURN p.id + '>' + e.id AS link ORDER BY link""")
          .list(r -> r.get("link").asString());
    }
  }

  @Test
  void announcementsAreAboutTheirEventsAndTheirFactsListThemAll() {
    writer.upsertEntities(StoreFixtures.EVENTS);
    Article older =
        article(
            "https://example.test/manchester",
            "ISIS claimed the Manchester Arena bombing on TamTam.");
    writer.write(
        List.of(
            claimArticle(List.of("london-bridge-attack-2019")),
            new ExtractedArticle(
                older,
                List.of(),
                List.of(),
                List.of(
                    announcement(
                        older, 1, "isis", "tamtam", null, List.of("manchester-arena-bombing"))))));

    assertThat(aboutLinks())
        .containsExactly(
            "tamtam>london-bridge-attack-2019",
            "tamtam>manchester-arena-bombing",
            "telegram>london-bridge-attack-2019");
    assertThat(fact("isis", "ANNOUNCED_ON", "tamtam"))
        .containsEntry("events", List.of("london-bridge-attack-2019", "manchester-arena-bombing"))
        .containsEntry("firstDate", "2019-11-30T17:55Z")
        .containsEntry("evidence", 2L);
    assertThat(fact("isis", "ANNOUNCED_ON", "telegram"))
        .containsEntry("events", List.of("london-bridge-attack-2019"));
    assertThat(fact("isis", "BANNED_BY", "telegram")).doesNotContainKey("events");
    assertThat(StoreStats.count(driver).relationships()).containsEntry("ABOUT", 3L);
  }

  @Test
  void anAnnouncementWithoutEventsGivesItsFactAnEmptyList() {
    writer.upsertEntities(StoreFixtures.EVENTS);
    writer.write(List.of(claimArticle(List.of())));

    assertThat(fact("isis", "ANNOUNCED_ON", "tamtam")).containsEntry("events", List.of());
    assertThat(aboutLinks()).containsExactly("telegram>london-bridge-attack-2019");
  }

  @Test
  void rewritingAnArticleMovesTheAboutLinksOfItsClaims() {
    writer.upsertEntities(StoreFixtures.EVENTS);
    writer.write(List.of(claimArticle(List.of("london-bridge-attack-2019"))));

    // Same text (same claim ids), read again by rules that link the claim to another event.
    writer.write(List.of(claimArticle(List.of("manchester-arena-bombing"))));
    assertThat(aboutLinks())
        .containsExactly("tamtam>manchester-arena-bombing", "telegram>london-bridge-attack-2019");
    assertThat(fact("isis", "ANNOUNCED_ON", "tamtam"))
        .containsEntry("events", List.of("manchester-arena-bombing"));

    writer.write(List.of(claimArticle(List.of())));
    assertThat(aboutLinks()).containsExactly("telegram>london-bridge-attack-2019");
    assertThat(fact("isis", "ANNOUNCED_ON", "tamtam")).containsEntry("events", List.of());

    // A changed text: the old claims go with their links, the new ones bring their own.
    Article edited =
        article(
            CLAIM_NEWS.sourceKey(),
            "ISIS posted a claim for the Manchester Arena bombing on TamTam.");
    writer.write(
        List.of(
            new ExtractedArticle(
                edited,
                List.of(),
                List.of(),
                List.of(
                    announcement(
                        edited, 1, "isis", "tamtam", null, List.of("manchester-arena-bombing"))))));
    assertThat(aboutLinks()).containsExactly("tamtam>manchester-arena-bombing");
    assertThat(fact("isis", "ANNOUNCED_ON", "tamtam"))
        .containsEntry("events", List.of("manchester-arena-bombing"))
        .doesNotContainKey("firstDate");
    assertThat(fact("isis", "ANNOUNCED_ON", "telegram")).isNull();
  }

  @Test
  void anAnnouncementAboutAnEventNotInTheGraphIsReported() {
    WriteResult result = writer.write(List.of(claimArticle(List.of("london-bridge-attack-2019"))));

    assertThat(result.written()).isZero();
    assertThat(result.failed())
        .singleElement()
        .satisfies(
            rejection -> assertThat(rejection.reason()).contains("london-bridge-attack-2019"));
  }

  @Test
  void anArticleStoredAsItIsExtractedNowIsLeftAloneAndItsSubjectsAreNotTouched() {
    writer.write(List.of(europolArticle(), tamtamArticle()));
    try (Session session = driver.session()) {
      // A mark that only a rewrite would wipe out (SET claim = properties).
      session.run("MATCH (c:Claim) SET c.untouched = true").consume();
    }
    WriteResult again = writer.write(List.of(europolArticle(), tamtamArticle()));
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.touchedSubjects()).isEmpty();
    assertThat(count("MATCH (c:Claim) WHERE c.untouched RETURN count(c)"))
        .isEqualTo(count("MATCH (c:Claim) RETURN count(c)"))
        .isPositive();

    // The same text, extracted differently (as after a change of rules), is written again.
    ExtractedArticle fewer =
        new ExtractedArticle(
            TAMTAM_NEWS, List.of(), List.of(), List.of(tamtamArticle().claims().get(3)));
    WriteResult changed = writer.write(List.of(fewer));
    assertThat(changed.unchanged()).isEqualTo(1);
    assertThat(changed.touchedSubjects()).isNotEmpty();
    assertThat(
            count(
                "MATCH (c:Claim)-[:STATED_IN]->(:Article {id: '"
                    + TAMTAM_NEWS.id()
                    + "'}) WHERE c.untouched IS NULL RETURN count(c)"))
        .isEqualTo(1);
  }

  @Test
  void claimsDroppedFromAnArticleTakeTheirFactsAlong() {
    writer.write(List.of(europolArticle(), tamtamArticle()));
    ExtractedArticle fewer =
        new ExtractedArticle(
            TAMTAM_NEWS, List.of(), List.of(), List.of(tamtamArticle().claims().get(3)));
    writer.write(List.of(fewer));

    assertThat(fact("isis", "MIGRATED_TO", "tamtam"))
        .containsEntry("evidence", 1L)
        .containsEntry("from", List.of("telegram"));
    assertThat(count("MATCH (:Platform {id: 'riot'})-[d:DISPLACED_TO]->() RETURN count(d)"))
        .isZero();
    assertThat(
            count(
                "MATCH (:Article {id: '"
                    + TAMTAM_NEWS.id()
                    + "'})-[m:MENTIONS]->() RETURN count(m)"))
        .isZero();
  }

  @Test
  void aFailingArticleIsReportedAndTheRestOfItsBatchIsStored() {
    writer.write(List.of(tamtamArticle()));
    Article broken = article("https://example.test/broken", "Nobody knows this platform.");
    ExtractedArticle unknownEntity =
        new ExtractedArticle(
            broken, List.of(), List.of(new Mention("no-such-platform", 0, 6, "Nobody")), List.of());

    WriteResult result = writer.write(List.of(europolArticle(), unknownEntity));

    assertThat(result.written()).isEqualTo(1);
    assertThat(result.failed())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.file()).isEqualTo(broken.file());
              assertThat(rejection.reason()).contains(broken.id()).contains("no-such-platform");
            });
    assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
    assertThat(count("MATCH (a:Article {id: '" + broken.id() + "'}) RETURN count(a)")).isZero();
  }

  @Test
  void aDiscoveredEntityNeverOverwritesTheGazetteerAndAccumulatesItsNames() {
    writer.upsertEntities(
        List.of(
            new Entity(
                "telegram",
                EntityType.ORGANIZATION,
                "company",
                "Telegram FZ-LLC",
                List.of("Telegram FZ"),
                null,
                true),
            new Entity("hoop", EntityType.PLATFORM, null, "Hoop", List.of("Hoop"), null, true)));
    writer.upsertEntities(
        List.of(new Entity("hoop", EntityType.PLATFORM, null, "Hoop", List.of("هوب"), null, true)));
    writer.upsertEntities(
        List.of(
            new Entity(
                "riot", EntityType.ORGANIZATION, "company", "Riot", List.of("Riot"), null, false)));

    try (Session session = driver.session()) {
      var telegram =
          session
              .run("MATCH (e:Entity {id: 'telegram'}) RETURN labels(e) AS l, properties(e) AS p")
              .single();
      assertThat(telegram.get("l").asList(v -> v.asString()))
          .containsExactlyInAnyOrder("Entity", "Platform");
      assertThat(telegram.get("p").asMap())
          .containsEntry("name", "Telegram")
          .containsEntry("type", "Platform")
          .containsEntry("discovered", false)
          .containsEntry("names", List.of("تيليجرام", "تلغرام"));
      assertThat(
              session
                  .run("MATCH (e:Entity {id: 'hoop'}) RETURN e.names AS n")
                  .single()
                  .get("n")
                  .asList(v -> v.asString()))
          .containsExactly("Hoop", "هوب");
      var riot =
          session.run("MATCH (e:Entity {id: 'riot'}) RETURN labels(e) AS l, e.kind AS k").single();
      assertThat(riot.get("l").asList(v -> v.asString()))
          .containsExactlyInAnyOrder("Entity", "Organization");
      assertThat(riot.get("k").asString()).isEqualTo("company");
    }
  }
}

package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FollowTheMoney mapping, row by row as the export's Cypher returns them, checked against the
 * FtM schema definitions: every schema the model maps to, every property it writes.
 */
class FtmMappingTest {
  private static FtmSchemata schemata;

  @BeforeAll
  static void loadSchemata() throws Exception {
    schemata = FtmSchemata.load();
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static Map<String, Object> entity(String id, String label, String kind, String name) {
    return row(
        "id",
        id,
        "label",
        label,
        "kind",
        kind,
        "name",
        name,
        "names",
        List.of(name, name.toUpperCase(java.util.Locale.ROOT), "اسم"),
        "discovered",
        false);
  }

  private static final List<Map<String, Object>> ENTITIES =
      List.of(
          entity("isis", "Actor", "group", "Islamic State"),
          entity("abu-bakr", "Actor", "person", "Abu Bakr"),
          entity("nashir-news-agency", "Outlet", "propaganda", "Nashir News Agency"),
          entity("tamtam", "Platform", null, "TamTam"),
          entity("mail-ru-group", "Organization", "company", "Mail.Ru Group"),
          entity("europol", "Organization", "agency", "Europol"),
          row(
              "id",
              "london-bridge-attack-2019",
              "label",
              "Event",
              "name",
              "London Bridge attack",
              "names",
              List.of(),
              "date",
              "2019-11-29",
              "discovered",
              true));

  private static final List<Map<String, Object>> ARTICLES =
      List.of(
          row(
              "id",
              "a1",
              "title",
              "عنوان",
              "url",
              "https://example.org/ar/1",
              "published",
              "2019-11-30",
              "language",
              "ar",
              "publisher",
              "example.org",
              "file",
              "ar/1.html",
              "encoding",
              "UTF-8",
              "text",
              "نص المقال"),
          row(
              "id",
              "a2",
              "title",
              null,
              "url",
              null,
              "published",
              null,
              "language",
              "other",
              "file",
              "en/2.txt",
              "encoding",
              "windows-1252",
              "text",
              "Plain text."));

  private static Map<String, Object> fact(
      String subject,
      String subjectLabel,
      String subjectKind,
      String type,
      String object,
      String objectLabel,
      String objectKind) {
    return row(
        "subject",
        subject,
        "subjectName",
        subject,
        "subjectLabel",
        subjectLabel,
        "subjectKind",
        subjectKind,
        "type",
        type,
        "object",
        object,
        "objectName",
        object,
        "objectLabel",
        objectLabel,
        "objectKind",
        objectKind,
        "firstDate",
        "2019-11-29T17:55Z",
        "lastDate",
        "2019-12",
        "evidence",
        2L,
        "articles",
        1L,
        "modality",
        "asserted",
        "from",
        List.of("telegram"),
        "articleIds",
        List.of("a1", "a2"),
        "urls",
        List.of("https://example.org/ar/1"),
        "sentences",
        List.of("One.", "Two."));
  }

  private static final List<Map<String, Object>> FACTS =
      List.of(
          fact("tamtam", "Platform", null, "OWNED_BY", "mail-ru-group", "Organization", "company"),
          fact("isis", "Actor", "group", "MIGRATED_TO", "tamtam", "Platform", null),
          fact("isis", "Actor", "group", "BANNED_BY", "europol", "Organization", "agency"),
          fact("isis", "Actor", "group", "CLAIMED", "london-bridge-attack-2019", "Event", null));

  private static List<FtmEntity> export() {
    List<FtmEntity> entities = new ArrayList<>();
    ENTITIES.forEach(r -> entities.add(FtmMapping.entity(r)));
    ARTICLES.forEach(r -> entities.add(FtmMapping.article(r)));
    FACTS.forEach(r -> entities.add(FtmMapping.fact(r)));
    return entities;
  }

  @Test
  void everyMappedEntityIsValidAgainstTheFtmSchemata() {
    List<FtmEntity> entities = export();
    assertThat(schemata.problems(entities)).isEmpty();
    Map<String, String> schemaById = new TreeMap<>();
    entities.forEach(e -> schemaById.put(e.id(), e.schema()));
    assertThat(schemaById)
        .containsEntry("driftgraph-entity-isis", "Organization")
        .containsEntry("driftgraph-entity-abu-bakr", "Person")
        .containsEntry("driftgraph-entity-nashir-news-agency", "Organization")
        .containsEntry("driftgraph-entity-tamtam", "Company")
        .containsEntry("driftgraph-entity-mail-ru-group", "Company")
        .containsEntry("driftgraph-entity-europol", "Organization")
        .containsEntry("driftgraph-entity-london-bridge-attack-2019", "Event")
        .containsEntry("driftgraph-article-a1", "Article");
  }

  @Test
  void ownedByIsAnOwnershipFromOwnerToAssetAndOtherFactsUnknownLinksWithTheirRole() {
    List<FtmEntity> entities = export();
    FtmEntity ownership = byRecord(entities, "OWNED_BY tamtam mail-ru-group");
    assertThat(ownership.schema()).isEqualTo("Ownership");
    assertThat(ownership.properties())
        .containsEntry("owner", List.of("driftgraph-entity-mail-ru-group"))
        .containsEntry("asset", List.of("driftgraph-entity-tamtam"));
    FtmEntity migration = byRecord(entities, "MIGRATED_TO isis tamtam");
    assertThat(migration.schema()).isEqualTo("UnknownLink");
    assertThat(migration.properties())
        .containsEntry("subject", List.of("driftgraph-entity-isis"))
        .containsEntry("object", List.of("driftgraph-entity-tamtam"))
        .containsEntry("role", List.of("migrated to"))
        .containsEntry("startDate", List.of("2019-11-29T17:55"))
        .containsEntry("date", List.of("2019-11-29T17:55", "2019-12"))
        .containsEntry("sourceUrl", List.of("https://example.org/ar/1"))
        .containsEntry("proof", List.of("driftgraph-article-a1", "driftgraph-article-a2"));
    assertThat(migration.properties().get("summary").get(0))
        .isEqualTo("isis migrated to tamtam (from telegram; 2 claims in 1 articles, asserted)");
  }

  @Test
  void articlesCarryTitleDateLanguageAndSourceAndANameEvenWithoutTitle() {
    List<FtmEntity> entities = export();
    FtmEntity arabic = byId(entities, "driftgraph-article-a1");
    assertThat(arabic.properties())
        .containsEntry("name", List.of("عنوان"))
        .containsEntry("publishedAt", List.of("2019-11-30"))
        .containsEntry("language", List.of("ara"))
        .containsEntry("sourceUrl", List.of("https://example.org/ar/1"))
        .containsEntry("description", List.of("نص المقال"));
    FtmEntity untitled = byId(entities, "driftgraph-article-a2");
    assertThat(untitled.properties()).containsEntry("name", List.of("en/2.txt"));
    assertThat(untitled.properties()).doesNotContainKeys("language", "sourceUrl", "publishedAt");
  }

  @Test
  void idsAreStable() {
    assertThat(export()).isEqualTo(export());
    assertThat(FtmMapping.factId("isis", "MIGRATED_TO", "tamtam"))
        .isEqualTo(FtmMapping.factId("isis", "MIGRATED_TO", "tamtam"))
        .isNotEqualTo(FtmMapping.factId("tamtam", "MIGRATED_TO", "isis"))
        .matches("driftgraph-fact-[0-9a-f]{40}");
  }

  @Test
  void theSchemaCheckFindsUnknownPropertiesBadValuesMissingRequiredAndBadReferences() {
    FtmEntity person =
        new FtmEntity(
            "p",
            "Person",
            new TreeMap<>(Map.of("alias", List.of("P"), "birthDate", List.of("30 Nov 2019"))));
    FtmEntity link =
        new FtmEntity(
            "l",
            "Ownership",
            new TreeMap<>(
                Map.of(
                    "owner", List.of("p"),
                    "asset", List.of("p"),
                    "colour", List.of("red"),
                    "sourceUrl", List.of("example.org"))));
    FtmEntity thing = new FtmEntity("t", "Thing", new TreeMap<>(Map.of("name", List.of("T"))));
    assertThat(schemata.problems(List.of(person, link, thing)))
        .containsExactlyInAnyOrder(
            "p (Person): lacks the required property name",
            "p (Person): birthDate '30 Nov 2019' is not an ISO date prefix",
            "l (Ownership): asset 'p' points to a Person, not a Asset",
            "l (Ownership): Ownership has no property colour",
            "l (Ownership): sourceUrl 'example.org' is no http(s) URL",
            "t (Thing): the schema is abstract");
  }

  private static FtmEntity byRecord(List<FtmEntity> entities, String record) {
    return entities.stream()
        .filter(e -> List.of(record).equals(e.properties().get("recordId")))
        .findFirst()
        .orElseThrow();
  }

  private static FtmEntity byId(List<FtmEntity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}

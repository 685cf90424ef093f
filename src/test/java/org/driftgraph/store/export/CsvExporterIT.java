package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.testing.AdminImport;
import org.driftgraph.testing.ImportDirectory;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;

@ExtendWith(Neo4jHarness.class)
class CsvExporterIT {

  private final Driver driver;
  private final Path importDir;

  CsvExporterIT(Driver driver, ImportDirectory importDirectory) {
    this.driver = driver;
    this.importDir = importDirectory.path();
  }

  @BeforeEach
  void createFixture() {
    ExportFixture.wipe(driver);
    ExportFixture.create(driver);
  }

  @Test
  void writesOneFilePerGroupWithTheImportToolHeaders() throws IOException {
    Path dir = importDir.resolve("csv");
    ExportResult result = new CsvExporter(driver).export(dir);

    assertThat(result.target()).isEqualTo(dir);
    assertThat(result.counts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "entities.csv",
                7L,
                "articles.csv",
                2L,
                "claims.csv",
                4L,
                "mentions.csv",
                5L,
                "claim-links.csv",
                10L,
                "stated-in.csv",
                4L,
                "facts.csv",
                6L,
                "displaced.csv",
                2L));
    assertThat(headerOf(dir.resolve("entities.csv")))
        .isEqualTo("id:ID(Entity),:LABEL,name,names:string[],type,kind,date,discovered:boolean");
    assertThat(headerOf(dir.resolve("articles.csv")))
        .isEqualTo(
            "id:ID(Article),:LABEL,sourceKey,title,url,published,language,publisher,file,sha256,encoding,encodingEvidence,text");
    assertThat(headerOf(dir.resolve("claims.csv")))
        .isEqualTo(
            "id:ID(Claim),:LABEL,type,sentence,sentenceStart:int,start:int,end:int,date,datePrecision,"
                + "modality,confidence:double,rule");
    assertThat(headerOf(dir.resolve("mentions.csv")))
        .isEqualTo(":START_ID(Article),:TYPE,:END_ID(Entity),count:int");
    assertThat(headerOf(dir.resolve("claim-links.csv")))
        .isEqualTo(":START_ID(Claim),:TYPE,:END_ID(Entity)");
    assertThat(headerOf(dir.resolve("stated-in.csv")))
        .isEqualTo(":START_ID(Claim),:TYPE,:END_ID(Article)");
    assertThat(headerOf(dir.resolve("facts.csv")))
        .isEqualTo(
            ":START_ID(Entity),:TYPE,:END_ID(Entity),evidence:int,articles:int,firstDate,lastDate,"
                + "confidence:double,modality,from:string[],events:string[]");
    assertThat(headerOf(dir.resolve("displaced.csv")))
        .isEqualTo(":START_ID(Entity),:TYPE,:END_ID(Entity),actors:string[],evidence:int");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".partial"));
    }
  }

  @Test
  void writesTheEventsOfAnnouncementsAsAboutLinksAndAFactList() throws IOException {
    Path dir = importDir.resolve("csv");
    new CsvExporter(driver).export(dir);

    assertThat(Files.readAllLines(dir.resolve("claim-links.csv"), StandardCharsets.UTF_8))
        .contains("\"c-announced\",\"ABOUT\",\"london-bridge-attack-2019\"");
    assertThat(Files.readAllLines(dir.resolve("facts.csv"), StandardCharsets.UTF_8))
        .anyMatch(
            line ->
                line.startsWith("\"nashir-news-agency\",\"ANNOUNCED_ON\",\"tamtam\"")
                    && line.endsWith(",\"london-bridge-attack-2019\""))
        .anyMatch(
            line -> line.startsWith("\"isis\",\"BANNED_BY\",\"telegram\"") && line.endsWith(",,"));
  }

  @Test
  void quotesEveryValueAndDoublesInnerQuotesLeavingMissingPropertiesEmpty() throws IOException {
    Path dir = importDir.resolve("csv");
    new CsvExporter(driver).export(dir);

    String articles = Files.readString(dir.resolve("articles.csv"), StandardCharsets.UTF_8);
    assertThat(articles)
        .contains("\"" + ExportFixture.ARTICLE_TEXT.replace("\"", "\"\"") + "\"")
        .contains(
            "\"0f1e2d3c4b5a6978\",\"Article\",\"corpus/en/2.txt\",\"TamTam, Telegram and the \"\"exodus\"\"\",,,"
                + "\"en\",,\"corpus/en/2.txt\"");
    String entities = Files.readString(dir.resolve("entities.csv"), StandardCharsets.UTF_8);
    assertThat(entities)
        .contains(
            "\"tamtam\",\"Entity;Platform\",\"TamTam\",\"TamTam;تام تام;\"\"TamTam\"\", the app\","
                + "\"platform\",,,\"false\"\n")
        .contains(
            "\"rocket-chat\",\"Entity;Platform\",\"Rocket.Chat\",\"\",\"platform\",,,\"true\"\n");
  }

  @Test
  void loadCsvScriptRebuildsTheSameGraphAndIsIdempotent() throws IOException {
    SortedMap<String, Object> exported = ExportFixture.snapshot(driver);
    new CsvExporter(driver).export(importDir.resolve("csv"));
    ExportFixture.wipe(driver);
    try (Session session = driver.session()) {
      // As if the store's schema were applied already, under its own constraint name.
      session
          .run(
              "CREATE CONSTRAINT store_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE")
          .consume();
    }

    runLoadCsvScript();
    assertThat(ExportFixture.snapshot(driver)).isEqualTo(exported);
    runLoadCsvScript();
    assertThat(ExportFixture.snapshot(driver)).isEqualTo(exported);
  }

  @Test
  void loadCsvScriptHasSemicolonsOnlyWhereStatementsEnd() {
    assertThat(loadCsvScript().lines().filter(line -> line.contains(";")))
        .isNotEmpty()
        .allMatch(line -> line.indexOf(';') == line.length() - 1);
  }

  @Test
  void neo4jAdminImportBuildsTheSameGraph() throws IOException {
    SortedMap<String, Object> exported = ExportFixture.snapshot(driver);
    Path dir = importDir.resolve("admin-csv");
    new CsvExporter(driver).export(dir);
    Path home = importDir.resolve("admin-home");
    AdminImport.run(dir, home);

    // The import tool reads an empty array field as no value: empty lists come back as missing.
    exported.replaceAll((key, properties) -> withoutEmptyLists(properties));
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).build();
    try {
      assertThat(embeddedSnapshot(dbms.database("neo4j"))).isEqualTo(exported);
    } finally {
      dbms.shutdown();
    }
  }

  private static SortedMap<String, Object> embeddedSnapshot(GraphDatabaseService db) {
    SortedMap<String, Object> graph = new TreeMap<>();
    db.executeTransactionally(
        ExportFixture.nodesSnapshotQuery(),
        Map.of(),
        rows -> {
          rows.forEachRemaining(
              row -> {
                Map<String, Object> properties = embeddedValues(row.get("properties"));
                graph.put(
                    ExportFixture.nodeKey(strings(row.get("labels")), properties.get("id")),
                    properties);
              });
          return null;
        });
    db.executeTransactionally(
        ExportFixture.relationshipsSnapshotQuery(),
        Map.of(),
        rows -> {
          rows.forEachRemaining(
              row ->
                  graph.put(
                      ExportFixture.nodeKey(strings(row.get("startLabels")), row.get("start"))
                          + " -"
                          + row.get("type")
                          + "-> "
                          + ExportFixture.nodeKey(strings(row.get("endLabels")), row.get("end")),
                      embeddedValues(row.get("properties"))));
          return null;
        });
    return graph;
  }

  /** Embedded Cypher returns list properties as arrays where the driver returns lists. */
  private static SortedMap<String, Object> embeddedValues(Object properties) {
    SortedMap<String, Object> values = new TreeMap<>();
    ((Map<?, ?>) properties)
        .forEach(
            (key, value) ->
                values.put(
                    (String) key, value instanceof Object[] array ? Arrays.asList(array) : value));
    return values;
  }

  private static Object withoutEmptyLists(Object properties) {
    SortedMap<String, Object> kept = new TreeMap<>();
    ((Map<?, ?>) properties)
        .forEach(
            (key, value) -> {
              if (!(value instanceof List<?> list && list.isEmpty())) {
                kept.put((String) key, value);
              }
            });
    return kept;
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).toList();
  }

  /** Runs the script as the docs say: each statement in its own auto-commit transaction. */
  private void runLoadCsvScript() {
    try (Session session = driver.session()) {
      for (String statement : CypherScripts.statements(loadCsvScript())) {
        session.run(statement).consume();
      }
    }
  }

  private static String loadCsvScript() {
    return CypherScripts.load("load-csv.cypher");
  }

  private static String headerOf(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElseThrow();
    }
  }
}

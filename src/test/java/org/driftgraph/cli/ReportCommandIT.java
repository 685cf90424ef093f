package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.store.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * {@code report} on the sample corpus, checked against counts the test runs on the store itself,
 * then again after one more article, whose additions the second report must list exactly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FACT_TYPES =
      "['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']";

  /** An article of our own: a platform no gazetteer lists, and a migration to it. */
  private static final String NEW_ARTICLE =
      """
      ---
      title: Supporters try Zorbly after TamTam removals
      url: https://example.org/en/2021/03/15/zorbly
      published: 2021-03-15
      language: en
      publisher: driftgraph test
      ---

      # Supporters try Zorbly after TamTam removals

      In March 2021, ISIS supporters moved from TamTam to Zorbly, a little-known messaging app.
      """;

  @TempDir static Path temp;
  private static Path store;
  private static Path reports;

  @BeforeAll
  static void importSampleCorpus() {
    store = temp.resolve("store");
    reports = temp.resolve("reports");
    CliRun imported =
        CliRun.of(
            "import",
            "import/articles",
            "--store",
            store.toString(),
            "--reports",
            temp.resolve("import").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
  }

  @Test
  @Order(1)
  void theFirstReportsNumbersAreTheStoresCounts() throws Exception {
    CliRun run = report();

    assertThat(run.out()).contains("Changes: first report", "Report: ");
    JsonNode json = latestJson();
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, temp.resolve("no-import"))) {
      Driver driver = neo4j.driver();
      assertThat(json.at("/holdings/articles").asLong())
          .isEqualTo(count(driver, "MATCH (a:Article) RETURN count(a)"))
          .isEqualTo(8);
      assertThat(json.at("/holdings/claims").asLong())
          .isEqualTo(count(driver, "MATCH (c:Claim) RETURN count(c)"));
      assertThat(json.at("/holdings/entities").asLong())
          .isEqualTo(count(driver, "MATCH (e:Entity) RETURN count(e)"));
      assertThat(json.at("/holdings/discovered").asLong())
          .isEqualTo(count(driver, "MATCH (e:Entity) WHERE e.discovered RETURN count(e)"))
          .isEqualTo(json.path("discovered").size());
      assertThat(longs(json.at("/holdings/entitiesByType")))
          .isEqualTo(grouped(driver, "MATCH (e:Entity) RETURN e.type AS key, count(*) AS n"));
      Map<String, Long> facts =
          grouped(
              driver,
              "MATCH (:Entity)-[f]->(:Entity) WHERE type(f) IN "
                  + FACT_TYPES
                  + " RETURN type(f) AS key, count(*) AS n");
      assertThat(longs(json.at("/holdings/factsByType")))
          .isEqualTo(facts)
          .containsKeys("MIGRATED_TO", "BANNED_BY", "OWNED_BY");
      assertThat(json.path("statements").size())
          .isEqualTo(facts.values().stream().mapToLong(Long::longValue).sum());
      assertThat(json.path("migrationChains").size())
          .isEqualTo(count(driver, "MATCH (a:Entity)-[:MIGRATED_TO]->() RETURN count(DISTINCT a)"));
      assertThat(json.path("ownershipChains").size())
          .isGreaterThanOrEqualTo(
              (int) count(driver, "MATCH (p:Platform)-[:OWNED_BY]->() RETURN count(DISTINCT p)"))
          .isPositive();
      assertThat(json.path("firstCarriers").size())
          .isEqualTo(
              count(
                  driver,
                  "MATCH (e:Event)<-[:ABOUT]-(:Claim {type: 'ANNOUNCED_ON'}) RETURN count(DISTINCT e)"));
      assertThat(json.path("timeline").size())
          .isEqualTo(
              count(
                  driver,
                  "MATCH (c:Claim) WHERE c.type IN ['BANNED_BY', 'MIGRATED_TO', 'ANNOUNCED_ON'] AND c.date IS NOT NULL RETURN count(c)"));
    }
    assertThat(texts(json.at("/rankings/pagerank/Platform"), "id")).contains("tamtam");
    assertThat(json.at("/rankings/betweenness/Actor/0/rank").asInt()).isEqualTo(1);
    assertThat(json.at("/changes/previous").isNull()).isTrue();
    JsonNode evidence = json.at("/statements/0/evidence/0");
    assertThat(evidence.path("title").asText()).isNotBlank();
    assertThat(evidence.path("sentence").asText()).isNotBlank();
  }

  @Test
  @Order(2)
  void theHtmlIsStandaloneWithPicturesAndTheMarkdownHasTheSections() throws Exception {
    Path latest = reports.resolve(ReportFolders.LATEST);
    String html = Files.readString(latest.resolve(ReportFolders.HTML_FILE));
    String markdown = Files.readString(latest.resolve(ReportFolders.MARKDOWN_FILE));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<style>",
            "<svg id='timeline'",
            "<svg id='platform-flow'",
            "<svg id='fact-graph'",
            "<ol class=\"notes\">");
    // The one script is the explorable network, inline: no script is loaded from elsewhere, and the
    // checks below read the page around the scripts (the library's own text names <img> for its
    // save-as-image tool, which the report does not use).
    assertThat(html)
        .contains("<div id=\"network-chart\">", "<script type=\"application/json\"")
        .doesNotContainPattern("(?i)<script[^>]*\\ssrc\\s*=");
    String page = html.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>");
    assertThat(page)
        .doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("url(http");
    Matcher references =
        Pattern.compile(
                "(?i)<([\\w:]+)[^>]*\\s(src|href|xlink:href|action|data|poster)\\s*=\\s*[\"']\\s*(https?:|//)")
            .matcher(page);
    List<String> loaded = new ArrayList<>();
    int links = 0;
    while (references.find()) {
      if (references.group(1).equalsIgnoreCase("a")
          && references.group(2).equalsIgnoreCase("href")) {
        links++;
      } else {
        loaded.add(references.group());
      }
    }
    assertThat(loaded).isEmpty();
    assertThat(links).as("article links").isPositive();
    for (String section :
        List.of(
            "What the graph holds",
            "What changed since the previous report",
            "Top entities",
            "Migration chains",
            "Ownership chains",
            "Who announced first",
            "Displacement after bans",
            "Timeline",
            "Network",
            "Statements and evidence")) {
      assertThat(markdown).contains("\n## " + section + "\n");
      assertThat(html).contains(">" + section + "</h2>");
    }
    assertThat(markdown).contains("| 8 |", "[1]", "“");
  }

  @Test
  @Order(3)
  void aSecondReportListsExactlyWhatOneMoreArticleAdded() throws Exception {
    Set<String> entitiesBefore;
    Set<String> factsBefore;
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, temp.resolve("no-import"))) {
      entitiesBefore = strings(neo4j.driver(), "MATCH (e:Entity) RETURN e.id AS s");
      factsBefore = strings(neo4j.driver(), factKeys());
    }
    Path article = Files.createDirectories(temp.resolve("more")).resolve("zorbly-en.md");
    Files.writeString(article, NEW_ARTICLE);
    CliRun imported =
        CliRun.of(
            "import",
            article.toString(),
            "--store",
            store.toString(),
            "--reports",
            temp.resolve("import").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    Set<String> addedEntities;
    Set<String> addedFacts;
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, temp.resolve("no-import"))) {
      addedEntities = new TreeSet<>(strings(neo4j.driver(), "MATCH (e:Entity) RETURN e.id AS s"));
      addedEntities.removeAll(entitiesBefore);
      addedFacts = new TreeSet<>(strings(neo4j.driver(), factKeys()));
      addedFacts.removeAll(factsBefore);
    }

    CliRun run = report();

    assertThat(addedEntities).contains("zorbly");
    assertThat(addedFacts).contains("MIGRATED_TO isis zorbly");
    JsonNode changes = latestJson().path("changes");
    assertThat(changes.path("previous").asText())
        .isEqualTo(new ReportFolders(reports).reports().get(0));
    assertThat(new TreeSet<>(texts(changes.path("newEntities"), "id"))).isEqualTo(addedEntities);
    List<String> newFacts = new ArrayList<>();
    changes
        .path("newFacts")
        .forEach(
            f ->
                newFacts.add(
                    f.path("type").asText()
                        + " "
                        + f.path("subject").asText()
                        + " "
                        + f.path("object").asText()));
    assertThat(new TreeSet<>(newFacts)).isEqualTo(addedFacts);
    assertThat(texts(changes.path("newMigrations"), "object")).contains("zorbly");
    assertThat(changes.path("newBans").size())
        .isEqualTo(addedFacts.stream().filter(f -> f.startsWith("BANNED_BY ")).count());
    assertThat(run.out())
        .contains(
            "Changes since "
                + changes.path("previous").asText()
                + ": "
                + addedEntities.size()
                + " new entities");
    assertThat(
            Files.readString(
                reports.resolve(ReportFolders.LATEST).resolve(ReportFolders.MARKDOWN_FILE)))
        .contains("### New migrations", "Zorbly");
  }

  @Test
  @Order(4)
  void sinceComparesWithTheNewestReportOnOrBeforeTheDateAndFailsWhenThereIsNone() throws Exception {
    List<String> before = new ReportFolders(reports).reports();

    CliRun since = report("--since", before.get(0).substring(0, 10));
    CliRun none =
        CliRun.of(
            "report",
            "--store",
            store.toString(),
            "--out",
            reports.toString(),
            "--since",
            "2000-01-01");
    CliRun bad =
        CliRun.of(
            "report",
            "--store",
            store.toString(),
            "--out",
            reports.toString(),
            "--since",
            "last week");

    assertThat(since.out()).contains("Changes since " + before.get(before.size() - 1));
    assertThat(new ReportFolders(reports).reports()).hasSize(before.size() + 1);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(none.err()).contains("no report in", "on or before 2000-01-01");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--since takes a date as yyyy-MM-dd, not 'last week'");
  }

  private static CliRun report(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("report", "--store", store.toString(), "--out", reports.toString()));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    return run;
  }

  private static JsonNode latestJson() throws Exception {
    return JSON.readTree(
        reports.resolve(ReportFolders.LATEST).resolve(ReportFolders.JSON_FILE).toFile());
  }

  private static String factKeys() {
    return "MATCH (s:Entity)-[f]->(o:Entity) WHERE type(f) IN "
        + FACT_TYPES
        + " RETURN type(f) + ' ' + s.id + ' ' + o.id AS s";
  }

  private static long count(Driver driver, String cypher) {
    return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
  }

  private static Map<String, Long> grouped(Driver driver, String cypher) {
    Map<String, Long> counts = new TreeMap<>();
    driver
        .executableQuery(cypher)
        .execute()
        .records()
        .forEach(r -> counts.put(r.get("key").asString(), r.get("n").asLong()));
    return counts;
  }

  private static Set<String> strings(Driver driver, String cypher) {
    Set<String> values = new TreeSet<>();
    driver
        .executableQuery(cypher)
        .execute()
        .records()
        .forEach(r -> values.add(r.get("s").asString()));
    return values;
  }

  private static Map<String, Long> longs(JsonNode object) {
    Map<String, Long> values = new TreeMap<>();
    object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asLong()));
    return values;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }
}

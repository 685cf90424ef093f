package org.driftgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.Schema;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * A report of a generated store well above every limit of {@link ReportLimits#DEFAULT}: 300 actors
 * each moving to and banned by several of 40 platforms (1,200 MIGRATED_TO facts, 600 BANNED_BY), 5
 * claims per migration, dated, so that the statements, the timeline, the chains and the network all
 * have more than a report spells out. Asserts the bounds by counts and sizes, not by time, and that
 * statements.jsonl holds what the report leaves out.
 */
@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBoundsIT {
  private static final int ACTORS = 300;
  private static final int PLATFORMS = 40;
  private static final int MOVES_PER_ACTOR = 4;
  private static final int CLAIMS_PER_MOVE = 5;
  private static final int BANS_PER_ACTOR = 2;
  private static final ReportLimits LIMITS = ReportLimits.DEFAULT;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Driver driver;
  private long claims;

  @TempDir Path temp;

  ReportBoundsIT(Driver driver) {
    this.driver = driver;
  }

  @BeforeAll
  void generateTheStore() {
    Schema.apply(driver);
    GraphWriter writer = new GraphWriter(driver);
    List<Entity> entities = new ArrayList<>();
    for (int a = 0; a < ACTORS; a++) {
      entities.add(
          new Entity(actor(a), EntityType.ACTOR, "group", "Actor " + a, List.of(), null, false));
    }
    for (int p = 0; p < PLATFORMS; p++) {
      entities.add(
          new Entity(
              platform(p), EntityType.PLATFORM, null, "Platform " + p, List.of(), null, false));
    }
    writer.upsertEntities(entities);
    List<ExtractedArticle> batch = new ArrayList<>();
    int article = 0;
    for (int a = 0; a < ACTORS; a++) {
      for (int copy = 0; copy < CLAIMS_PER_MOVE; copy++) {
        List<Claim> found = new ArrayList<>();
        String id = "article-" + article++;
        for (int m = 0; m < MOVES_PER_ACTOR; m++) {
          found.add(
              claim(id, found.size(), RelationType.MIGRATED_TO, a, (a + m) % PLATFORMS, copy));
        }
        if (copy == 0) {
          for (int b = 0; b < BANS_PER_ACTOR; b++) {
            found.add(
                claim(id, found.size(), RelationType.BANNED_BY, a, (a + 7 + b) % PLATFORMS, 0));
          }
        }
        claims += found.size();
        batch.add(new ExtractedArticle(article(id, found), List.of(), List.of(), found));
        if (batch.size() == 64) {
          writer.write(batch);
          batch.clear();
        }
      }
    }
    writer.write(batch);
  }

  @Test
  void everyListStopsAtItsLimitAndStatementsJsonlHoldsTheRest() throws IOException {
    ReportData data;
    try (Neo4jEngine engine = new Neo4jEngine(driver)) {
      data =
          new ReportBuilder(
                  driver,
                  engine,
                  "generated store",
                  Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC),
                  10,
                  LIMITS)
              .build();
    }
    ReportFolders folders = new ReportFolders(temp.resolve("reports"));
    ReportFolders.Published published =
        folders.publish(
            data, Optional.empty(), folder -> List.of(StatementsFile.writeInto(driver, folder)));

    assertThat(data.holdings().claims()).isEqualTo(claims).isGreaterThan(LIMITS.fullEvidenceUpTo());
    long migrations = data.holdings().factsByType().get("MIGRATED_TO");
    assertThat(migrations).isEqualTo((long) ACTORS * MOVES_PER_ACTOR);
    assertThat(data.facts()).hasSize((int) data.holdings().facts());

    // Statements: the facts with most claims, each with its strongest claims and its count.
    assertThat(data.statements())
        .filteredOn(s -> s.get("type").equals("MIGRATED_TO"))
        .hasSize(LIMITS.factsPerType());
    for (Map<String, Object> statement : data.statements()) {
      assertThat(Rows.list(statement, "evidence")).hasSizeLessThanOrEqualTo(LIMITS.claimsPerFact());
    }
    assertThat(data.statements())
        .anySatisfy(
            s -> assertThat(((Number) s.get("claims")).intValue()).isEqualTo(CLAIMS_PER_MOVE));
    // The timeline, chains and network are cut at their limits, with their totals.
    assertThat(data.timeline()).hasSize(LIMITS.rows());
    assertThat(data.totals().timeline()).isEqualTo(claims);
    assertThat(data.totals().migratingActors()).isEqualTo(ACTORS);
    assertThat(data.migrationChains().stream().map(c -> c.actor().id()).distinct())
        .hasSize(LIMITS.subjects());
    assertThat(data.network()).hasSizeLessThanOrEqualTo(LIMITS.networkLinks());
    assertThat(
            data.network().stream()
                .flatMap(f -> Stream.of(f.get("subject"), f.get("object")))
                .distinct())
        .hasSizeLessThanOrEqualTo(LIMITS.networkNodes());

    Path folder = published.folder();
    String html = Files.readString(folder.resolve(ReportFolders.HTML_FILE));
    String markdown = Files.readString(folder.resolve(ReportFolders.MARKDOWN_FILE));
    long notes = Pattern.compile("<li id=\"ev-").matcher(html).results().count();
    assertThat(notes)
        .as("evidence notes in report.html")
        .isPositive()
        .isLessThanOrEqualTo((long) LIMITS.factsPerType() * 2 * LIMITS.claimsPerFact());
    assertThat(markdown)
        .contains(
            "And " + (migrations - LIMITS.factsPerType()) + " more MIGRATED_TO facts",
            "And " + (claims - LIMITS.rows()) + " more later dated claims",
            "And " + (ACTORS - LIMITS.subjects()) + " more actors with migrations",
            CLAIMS_PER_MOVE + " claims in all, the " + LIMITS.claimsPerFact() + " strongest shown",
            "`./driftgraph explain actor-");
    Matcher drawn =
        Pattern.compile("The fact graph draws (\\d+) of the (\\d+) entities").matcher(html);
    assertThat(drawn.find()).as("the network's note in report.html").isTrue();
    assertThat(Integer.parseInt(drawn.group(1))).isBetween(2, LIMITS.networkNodes());
    assertThat(Integer.parseInt(drawn.group(2))).isEqualTo(ACTORS + PLATFORMS);
    // No table cell cites more than its share of claims.
    Matcher cell = Pattern.compile("<td>((?:(?!</td>).)*)</td>").matcher(html);
    while (cell.find()) {
      assertThat(Pattern.compile("href=\"#ev-").matcher(cell.group(1)).results().count())
          .isLessThanOrEqualTo(LIMITS.notesPerCell());
    }
    // report.json is as bounded as the pages.
    JsonNode json = JSON.readTree(folder.resolve(ReportFolders.JSON_FILE).toFile());
    assertThat(json.path("statements").size()).isLessThanOrEqualTo(2 * LIMITS.factsPerType());
    assertThat(json.path("timeline").size()).isEqualTo(LIMITS.rows());
    assertThat(json.has("facts")).as("report.json lists no unbounded fact list").isFalse();

    // statements.jsonl: every fact, every claim.
    List<String> lines =
        Files.readAllLines(folder.resolve(StatementsFile.NAME), StandardCharsets.UTF_8);
    assertThat(lines).hasSize((int) data.holdings().facts());
    long written = 0;
    for (String line : lines) {
      written += JSON.readTree(line).path("evidence").size();
    }
    assertThat(written).isEqualTo(claims);
    assertThat(folders.root().resolve(ReportFolders.LATEST).resolve(StatementsFile.NAME))
        .hasSameTextualContentAs(folder.resolve(StatementsFile.NAME));

    // A second report compares with the first through its statements.jsonl: nothing is new.
    ReportFolders.Published second =
        folders.publish(data, folders.newest(), f -> List.of(StatementsFile.writeInto(driver, f)));
    assertThat(second.data().changes().counts().facts()).isZero();
  }

  private static Claim claim(
      String articleId, int index, RelationType type, int actor, int platform, int copy) {
    String sentence =
        "Actor " + actor + " " + type.name().toLowerCase() + " Platform " + platform + ".";
    return new Claim(
        articleId + "-c" + index,
        type,
        articleId,
        actor(actor),
        platform(platform),
        List.of(),
        List.of(),
        sentence,
        0,
        0,
        sentence.length(),
        String.format("20%02d-%02d-%02d", 15 + actor % 8, 1 + copy, 1 + platform % 28),
        DatePrecision.DAY,
        copy % 2 == 0 ? Modality.ASSERTED : Modality.REPORTED,
        0.5 + copy / 10.0,
        "generated");
  }

  private static Article article(String id, List<Claim> claims) {
    String text = String.join(" ", claims.stream().map(Claim::sentence).toList());
    return new Article(
        id,
        id,
        "Generated " + id,
        "https://example.org/" + id,
        "2026-01-01",
        "en",
        "generator",
        id + ".md",
        HexFormat.of().formatHex(sha256(text + id)),
        "UTF-8",
        text);
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String actor(int a) {
    return "actor-" + a;
  }

  private static String platform(int p) {
    return "platform-" + p;
  }
}

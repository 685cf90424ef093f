package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on a store written from hand-made claims, run in process like the launcher runs
 * it.
 */
class ExplainCommandIT {
  private static final String EN_TEXT =
      "Security firms said on Monday. The Base moved to Gab after Twitter banned it. Nothing else.";
  private static final String AR_TEXT = "قال باحثون إن الجماعة انتقلت إلى منصة غاب في ربيع 2020.";

  @TempDir static Path temp;
  private static String store;

  @BeforeAll
  static void writeStore() throws Exception {
    Path storeDir = temp.resolve("store");
    store = storeDir.toString();
    Article english =
        article(
            "en-gab.md", "Test Wire: The Base on Gab", "https://example.org/gab", "en", EN_TEXT);
    Article arabic = article("ar-gab.txt", null, null, "ar", AR_TEXT);
    int enSentence = EN_TEXT.indexOf("The Base moved");
    int enSpan = EN_TEXT.indexOf("moved to Gab");
    int arSpan = AR_TEXT.indexOf("انتقلت إلى منصة غاب");
    List<ExtractedArticle> extracted =
        List.of(
            new ExtractedArticle(
                english,
                List.of(),
                List.of(new Mention("the-base", enSentence, enSentence + 8, "The Base")),
                List.of(
                    new Claim(
                        "claim-en",
                        RelationType.MIGRATED_TO,
                        english.id(),
                        "the-base",
                        "gab",
                        List.of("twitter"),
                        List.of(),
                        EN_TEXT.substring(enSentence, EN_TEXT.indexOf(" Nothing")),
                        enSentence,
                        enSpan,
                        enSpan + 12,
                        "2021-01",
                        DatePrecision.MONTH,
                        Modality.ASSERTED,
                        0.9,
                        "en-migrate-verb"),
                    new Claim(
                        "claim-announced",
                        RelationType.ANNOUNCED_ON,
                        english.id(),
                        "the-base",
                        "gab",
                        List.of(),
                        List.of("us-capitol-attack-2021"),
                        EN_TEXT.substring(enSentence, EN_TEXT.indexOf(" Nothing")),
                        enSentence,
                        enSpan,
                        enSpan + 12,
                        null,
                        null,
                        Modality.HEDGED,
                        0.5,
                        "en-announce-post"))),
            new ExtractedArticle(
                arabic,
                List.of(),
                List.of(),
                List.of(
                    new Claim(
                        "claim-ar",
                        RelationType.MIGRATED_TO,
                        arabic.id(),
                        "the-base",
                        "gab",
                        List.of(),
                        List.of(),
                        AR_TEXT,
                        0,
                        arSpan,
                        arSpan + "انتقلت إلى منصة غاب".length(),
                        null,
                        null,
                        Modality.REPORTED,
                        0.7,
                        "ar-migrate-verb"))));
    try (GraphConnection connection = EmbeddedNeo4j.start(storeDir, temp.resolve("import"))) {
      Schema.apply(connection.driver());
      GraphWriter writer = new GraphWriter(connection.driver());
      writer.upsertEntities(
          List.of(
              new Entity(
                  "the-base",
                  EntityType.ACTOR,
                  "group",
                  "The Base",
                  List.of("The Base"),
                  null,
                  false),
              new Entity(
                  "gab", EntityType.PLATFORM, null, "Gab", List.of("Gab", "غاب"), null, false),
              new Entity("gettr", EntityType.PLATFORM, null, "Gettr", List.of(), null, false),
              new Entity("twitter", EntityType.PLATFORM, null, "Twitter", List.of(), null, false),
              new Entity(
                  "us-capitol-attack-2021",
                  EntityType.EVENT,
                  null,
                  "Capitol attack",
                  List.of(),
                  "2021-01-06",
                  false)));
      assertThat(writer.write(extracted).failed()).isEmpty();
    }
  }

  @Test
  void printsEveryClaimWithItsArticleDateModalityAndMarkedSentence() {
    CliRun run = CliRun.of("explain", "the-base", "migrated_to", "gab", "--store", store);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("(the-base)-[MIGRATED_TO]->(gab): 2 claim(s) in 2 article(s)")
        .contains("1. Test Wire: The Base on Gab", "file: en-gab.md   url: https://example.org/gab")
        .contains(
            "date: 2021-01 (month)   modality: asserted   confidence: 0.90   rule: en-migrate-verb")
        .contains("from: twitter")
        .doesNotContain("about:")
        .contains("The Base [[moved to Gab]] after Twitter banned it.")
        .contains("2. (untitled)", "file: ar-gab.txt")
        .contains("date: none   modality: reported   confidence: 0.70   rule: ar-migrate-verb")
        .contains("قال باحثون إن الجماعة [[انتقلت إلى منصة غاب]] في ربيع 2020.");
    assertThat(run.out().indexOf("1. Test Wire")).isLessThan(run.out().indexOf("2. (untitled)"));
  }

  @Test
  void printsTheClaimsAsJson() throws Exception {
    CliRun run =
        CliRun.of(
            "explain", "the-base", "MIGRATED_TO", "gab", "--store", store, "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("type").asText()).isEqualTo("MIGRATED_TO");
    assertThat(json.path("claims")).hasSize(2);
    JsonNode first = json.path("claims").get(0);
    assertThat(first.path("id").asText()).isEqualTo("claim-en");
    assertThat(first.at("/article/file").asText()).isEqualTo("en-gab.md");
    assertThat(first.at("/article/url").asText()).isEqualTo("https://example.org/gab");
    assertThat(first.path("modality").asText()).isEqualTo("asserted");
    assertThat(first.path("fromIds").get(0).asText()).isEqualTo("twitter");
    assertThat(first.path("marked").asText())
        .isEqualTo("The Base [[moved to Gab]] after Twitter banned it.");
  }

  @Test
  void listsTheEventsAnAnnouncementIsAbout() throws Exception {
    CliRun text = CliRun.of("explain", "the-base", "ANNOUNCED_ON", "gab", "--store", store);
    CliRun json =
        CliRun.of(
            "explain", "the-base", "ANNOUNCED_ON", "gab", "--store", store, "--format", "json");

    assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.OK);
    assertThat(text.out()).contains("about: us-capitol-attack-2021").doesNotContain("from:");
    assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
    JsonNode claim = new ObjectMapper().readTree(json.out()).path("claims").get(0);
    assertThat(claim.path("eventIds").get(0).asText()).isEqualTo("us-capitol-attack-2021");
    assertThat(claim.path("fromIds")).isEmpty();
  }

  @Test
  void anUnknownEntitySuggestsTheNearestIds() {
    CliRun run = CliRun.of("explain", "the-base", "MIGRATED_TO", "gabb", "--store", store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly("driftgraph: no entity with id 'gabb'; nearest ids: gab, gettr, the-base");
  }

  @Test
  void anUnknownTypeIsAUsageErrorListingTheTypes() {
    CliRun run = CliRun.of("explain", "the-base", "MOVED", "gab", "--store", store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("unknown relation type 'MOVED'", "MIGRATED_TO", "BANNED_BY", "PARTNERED_WITH");
  }

  @Test
  void aFactWithoutClaimsIsAFailure() {
    CliRun run = CliRun.of("explain", "the-base", "BANNED_BY", "twitter", "--store", store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("driftgraph: no claim states (the-base)-[BANNED_BY]->(twitter) in ");
  }

  private static Article article(
      String file, String title, String url, String language, String text) throws Exception {
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    return new Article(
        sha256.substring(0, 16),
        url == null ? file : url,
        title,
        url,
        null,
        language,
        null,
        file,
        sha256,
        "UTF-8",
        text);
  }
}

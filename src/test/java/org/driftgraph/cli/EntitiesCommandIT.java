package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.driftgraph.extract.discover.GazetteerMerges;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.Schema;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Reviewing discovered entities and merging one, through the CLI against an embedded store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntitiesCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Entity TAMTAM =
      new Entity(
          "tamtam", EntityType.PLATFORM, null, "TamTam", List.of("TamTam", "تام تام"), null, false);
  private static final Entity ISIS =
      new Entity("isis", EntityType.ACTOR, "group", "Islamic State", List.of("ISIS"), null, false);
  private static final Entity TAM_APP =
      new Entity("tam-app", EntityType.PLATFORM, null, "Tam App", List.of("Tam App"), null, true);

  private Path store;
  private Path merges;

  @BeforeAll
  void storeAnArticleWithADiscoveredPlatform(@TempDir Path folder) throws Exception {
    store = folder.resolve("store");
    merges = folder.resolve("config/merges.json");
    String text = "ISIS moved to Tam App, the app Tam App, not TamTam.";
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    Article article =
        new Article(
            sha256.substring(0, 16),
            "test:1",
            "T",
            null,
            "2019-12-01",
            "en",
            null,
            "one.txt",
            sha256,
            "UTF-8",
            text);
    Claim claim =
        new Claim(
            article.id() + "-1",
            RelationType.MIGRATED_TO,
            article.id(),
            "isis",
            "tam-app",
            List.of(),
            List.of(),
            text,
            0,
            0,
            21,
            "2019-12",
            org.driftgraph.model.DatePrecision.MONTH,
            Modality.ASSERTED,
            0.8,
            "test");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, folder.resolve("import"))) {
      Schema.apply(neo4j.driver());
      GraphWriter writer = new GraphWriter(neo4j.driver());
      writer.upsertEntities(List.of(TAMTAM, ISIS));
      writer.write(
          List.of(
              new ExtractedArticle(
                  article,
                  List.of(TAM_APP),
                  List.of(
                      new Mention("isis", 0, 4, "ISIS"),
                      new Mention("tam-app", 14, 21, "Tam App"),
                      new Mention("tam-app", 31, 38, "Tam App"),
                      new Mention("tamtam", 44, 50, "TamTam")),
                  List.of(claim))));
    }
  }

  @Test
  @Order(1)
  void discoveredEntitiesAreListedWithTheirArticlesMentionsAndClaims() throws Exception {
    CliRun run =
        CliRun.of("entities", "--discovered", "--store", store.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode entities = JSON.readTree(run.out()).path("entities");
    assertThat(entities).hasSize(1);
    JsonNode entity = entities.get(0);
    assertThat(entity.path("id").asText()).isEqualTo("tam-app");
    assertThat(entity.path("type").asText()).isEqualTo("Platform");
    assertThat(entity.path("discovered").asBoolean()).isTrue();
    assertThat(entity.path("mentions").asLong()).isEqualTo(2);
    assertThat(entity.path("claims").asLong()).isEqualTo(1);
    assertThat(entity.path("articles").findValuesAsText("file")).containsExactly("one.txt");
  }

  @Test
  @Order(2)
  void allEntitiesOfATypeAreListedAsATable() {
    CliRun run = CliRun.of("entities", "--type", "platform", "--store", store.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("ARTICLES", "MENTIONS", "CLAIMS", "NAMES");
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("tam-app").contains("(discovered)"));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("tamtam").doesNotContain("(discovered)"));
    assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("isis"));
    assertThat(lines).last().isEqualTo("2 entities.");
  }

  @Test
  @Order(3)
  void anUnknownIdFailsWithOneLineThatSuggestsTheNearestIds() {
    CliRun run =
        CliRun.of(
            "merge",
            "tam-ap",
            "tamtam",
            "--store",
            store.toString(),
            "--merges",
            merges.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "driftgraph: no entity 'tam-ap' in the store; nearest ids: tam-app, tamtam, isis");
    assertThat(merges).doesNotExist();
  }

  @Test
  @Order(4)
  void aMergeMovesTheEntityAndIsRecordedSoTheNextGazetteerKnowsTheName() throws Exception {
    CliRun run =
        CliRun.of(
            "merge",
            "tam-app",
            "tamtam",
            "--store",
            store.toString(),
            "--merges",
            merges.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Merged tam-app into tamtam", "Recorded in");
    GazetteerMerges recorded = GazetteerMerges.load(merges);
    assertThat(recorded.merges())
        .singleElement()
        .satisfies(
            merge -> {
              assertThat(merge.into()).isEqualTo("tamtam");
              assertThat(merge.type()).isEqualTo(EntityType.PLATFORM);
              assertThat(merge.names()).containsExactly("Tam App");
            });
    assertThat(Files.readString(merges)).contains("\"format\" : \"driftgraph-merges/1\"");
    Gazetteer gazetteer = recorded.applyTo(Gazetteer.of(List.of(TAMTAM, ISIS)));
    assertThat(
            new EntityMatcher(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes())
                .find("They moved to Tam App."))
        .extracting(Mention::entityId)
        .containsExactly("tamtam");

    CliRun after =
        CliRun.of("entities", "--discovered", "--store", store.toString(), "--format", "json");
    assertThat(JSON.readTree(after.out()).path("entities")).isEmpty();
  }

  @Test
  @Order(5)
  void aGazetteerEntityIsNotMergedWithoutForce() {
    CliRun run = CliRun.of("merge", "isis", "tamtam", "--store", store.toString(), "--no-record");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("'isis' is not a discovered entity", "--force");
  }
}

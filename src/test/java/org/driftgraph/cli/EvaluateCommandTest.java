package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED =
      Path.of(System.getProperty("driftgraph.shared", Path.of("..", "shared").toString()));
  private static final String SAMPLE_GOLD = "src/test/resources/eval/sample-gold.json";
  private static final String SAMPLE_CORPUS = "src/test/resources/eval/sample-corpus";

  @TempDir Path temp;

  @Test
  void scoresTheTestCorpusAsOneJsonObject() throws Exception {
    CliRun run =
        CliRun.of("evaluate", "--gold", SAMPLE_GOLD, "--corpus", SAMPLE_CORPUS, "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("mentions", "relations", "from", "dates", "missed", "spurious");
    assertThat(json.at("/mentions/recall").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/relations/byType").fieldNames())
        .toIterable()
        .containsExactly("MIGRATED_TO", "BANNED_BY", "ANNOUNCED_ON", "OWNED_BY");
    // whatever the extractor finds, every one of the 4 gold relations is found or listed as missed
    long found = Math.round(json.at("/relations/recall").asDouble() * 4);
    assertThat(found + json.path("missed").size()).isEqualTo(4);
    for (JsonNode entry : json.path("missed")) {
      assertThat(entry.path("document").asText()).isIn("en-gab.md", "ar-tamtam.txt");
      assertThat(entry.path("relation").asText()).matches("\\(.+\\)-\\[[A-Z_]+\\]->\\(.+\\)");
      assertThat(entry.path("sentence").asText()).isNotBlank();
    }
  }

  @Test
  void printsATableForPeopleByDefault() {
    CliRun run = CliRun.of("evaluate", "--gold", SAMPLE_GOLD, "--corpus", SAMPLE_CORPUS);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .containsPattern("mentions +1\\.000 +1\\.000 +1\\.000 +8 +0 +0")
        .contains(
            "precision",
            "recall",
            "  MIGRATED_TO",
            "from ",
            "dates ",
            "Missed relations (",
            "Spurious relations (");
  }

  @Test
  void scoresTheSeeds() throws Exception {
    Path gold = SHARED.resolve("eval/seeds-gold.json");
    Path corpus = SHARED.resolve("corpus/seeds");
    Assumptions.assumeTrue(
        Files.isRegularFile(gold) && Files.isDirectory(corpus),
        "../shared not present: " + gold.toAbsolutePath());

    CliRun table = CliRun.of("evaluate", "--gold", gold.toString(), "--corpus", corpus.toString());
    CliRun json =
        CliRun.of(
            "evaluate",
            "--gold",
            gold.toString(),
            "--corpus",
            corpus.toString(),
            "--format",
            "json");

    System.out.println(
        table.out().lines().takeWhile(line -> !line.isBlank()).collect(Collectors.joining("\n")));
    assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCodes.OK);
    assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
    JsonNode scores = JSON.readTree(json.out());
    assertThat(scores.at("/mentions/f1").asDouble()).isGreaterThanOrEqualTo(0.95);
    Set<String> seedFiles =
        Set.of(
            "000_15eaa9dbf04ff99c.txt",
            "001_605b42293d9de8a0.txt",
            "002_7eadfab81505afe1.txt",
            "003_680fded8dddaa52f.txt",
            "004_3eac5ef47c93b693.txt");
    scores
        .path("missed")
        .forEach(entry -> assertThat(entry.path("document").asText()).isIn(seedFiles));
  }

  @Test
  void aMissingGoldFileFailsWithOneLineNamingIt() {
    CliRun run = CliRun.of("evaluate", "--gold", "no-such-gold.json", "--corpus", SAMPLE_CORPUS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly("driftgraph: no-such-gold.json: no such gold file");
  }

  @Test
  void aMalformedGoldFileFailsWithOneLineNamingTheFileAndTheEntry() throws Exception {
    Path gold = temp.resolve("bad-gold.json");
    Files.writeString(
        gold,
        """
        {"format": "graph-gold/1", "scored_types": ["Actor"], "relation_types": ["MIGRATED_TO"],
         "entities": [{"id": "isis", "type": "Actor"}],
         "documents": [{"file": "a.txt", "mentions": ["isis", "tamtam"]}]}
        """);

    CliRun run = CliRun.of("evaluate", "--gold", gold.toString(), "--corpus", SAMPLE_CORPUS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains(
            gold.toString(), "document #1 ('a.txt')", "'tamtam' is not one of the file's entities");
  }

  @Test
  void aMissingCorpusFolderFails() {
    CliRun run = CliRun.of("evaluate", "--gold", SAMPLE_GOLD, "--corpus", "no-such-folder");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines())
        .containsExactly("driftgraph: no-such-folder: no such corpus folder");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run =
        CliRun.of("evaluate", "--gold", SAMPLE_GOLD, "--corpus", SAMPLE_CORPUS, "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}

package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.model.Rejection;
import org.driftgraph.pipeline.ImportManifest;
import org.driftgraph.pipeline.ManifestFile;
import org.driftgraph.store.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import through the CLI: rejected input is reported and nothing already stored is lost. */
class ImportCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path store;
  private Path reports;

  @BeforeEach
  void paths() {
    store = temp.resolve("store");
    reports = temp.resolve("reports");
  }

  @Test
  void badLinesAndFilesAreReportedWithFileLineAndReasonWhileTheRestIsImported() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("good.md"),
        "---\ntitle: Move\nlanguage: en\n---\nSupporters of ISIS moved from Telegram to TamTam.\n");
    Files.writeString(
        corpus.resolve("batch.jsonl"),
        "{\"title\":\"One\",\"language\":\"en\",\"text\":\"Europol worked with Telegram.\"}\n"
            + "{not json\n"
            + "{\"title\":\"Three\",\"language\":\"ar\",\"text\":\"انتقل أنصار داعش إلى تام تام.\"}\n",
        StandardCharsets.UTF_8);

    CliRun first = importPaths(corpus.resolve("good.md").toString());
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    JsonNode before = stats();

    CliRun run = importPaths(corpus.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED_INPUT);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("driftgraph: rejected ")
        .contains("batch.jsonl:2: ");
    ImportManifest manifest = ManifestFile.read(reports.resolve(ManifestFile.NAME));
    assertThat(manifest.rejected()).extracting(Rejection::line).containsExactly(2);
    assertThat(manifest.rejected().get(0).file()).endsWith("batch.jsonl");
    assertThat(manifest.articles()).isEqualTo(3);
    JsonNode after = stats();
    assertThat(after.at("/nodes/Article").asLong())
        .isEqualTo(before.at("/nodes/Article").asLong() + 2);
  }

  @Test
  void aMissingPathIsRejectedAndTheExitCodeSaysSo() {
    CliRun run = importPaths(temp.resolve("no-such-folder").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED_INPUT);
    assertThat(run.err()).contains("no-such-folder");
  }

  @Test
  void aBrokenGazetteerIsAFailureThatNamesTheFile() throws Exception {
    Path gazetteer =
        Files.writeString(temp.resolve("gazetteer.json"), "{\"entities\": [ {\"id\": ");

    CliRun run =
        CliRun.of(
            "import",
            "--store",
            store.toString(),
            "--reports",
            reports.toString(),
            "--gazetteer",
            gazetteer.toString(),
            temp.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("cannot load gazetteer or rules", "gazetteer.json");
  }

  @Test
  void aStoreThatAnotherProcessHoldsIsAFailureWithOneLine() {
    try (EmbeddedNeo4j holder = EmbeddedNeo4j.start(store, temp.resolve("import"))) {
      CliRun run = CliRun.of("stats", "--store", store.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.err().lines().toList())
          .containsExactly("driftgraph: store " + store + " is in use by another process");
    }
  }

  @Test
  void manyRejectionsAreCountedOnTheTerminalAndListedInFullBesideTheManifest() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("bad"));
    StringBuilder lines =
        new StringBuilder("{\"language\":\"en\",\"text\":\"Europol met Telegram.\"}\n");
    for (int i = 0; i < 30; i++) {
      lines.append("{broken ").append(i).append('\n');
    }
    Files.writeString(corpus.resolve("dump.jsonl"), lines, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("a-evil\n\u001b[2Kdriftgraph: all good.txt"), "");

    CliRun run = importPaths(corpus.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED_INPUT);
    List<String> err = run.err().lines().toList();
    assertThat(err).hasSize(ImportCommand.REJECTIONS_SHOWN + 1);
    assertThat(err.get(0))
        .contains("evil\\n\\u001B[2Kdriftgraph: all good.txt")
        .doesNotContain("\u001b");
    assertThat(err.get(err.size() - 1))
        .isEqualTo(
            "driftgraph: ... and 11 more rejection(s), every one listed in "
                + reports.resolve("import-rejections.jsonl"));
    ImportManifest manifest = ManifestFile.read(reports.resolve(ManifestFile.NAME));
    assertThat(manifest.rejectedTotal()).isEqualTo(31);
    assertThat(manifest.rejected()).hasSize(31);
    assertThat(Files.readAllLines(reports.resolve(manifest.rejectionsFile()))).hasSize(31);
    assertThat(run.out()).contains("1 article(s)", "31 rejected");
  }

  @Test
  void theStoreKeepsNoPreallocatedTransactionLogAfterAnImport() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("small"));
    Files.writeString(
        corpus.resolve("move.md"),
        "---\ntitle: Move\nlanguage: en\n---\nSupporters of ISIS moved from Telegram to TamTam.\n");

    CliRun run = importPaths(corpus.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // A log preallocated to its rotation threshold would take 16 MiB per database.
    assertThat(transactionLogBytes()).isPositive().isLessThan(4L * 1024 * 1024);
  }

  private long transactionLogBytes() throws Exception {
    try (var files = Files.walk(store)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("neostore.transaction.db"))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }

  @Test
  void writerBatchBuildsANewStoreAndLaterImportsAreTransactional() throws Exception {
    String articles = Path.of("import/articles").toAbsolutePath().toString();
    CliRun batch = importPaths("--writer=batch", articles);
    assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCodes.OK);
    ImportManifest built = ManifestFile.read(reports.resolve(ManifestFile.NAME));
    assertThat(built.written()).isEqualTo(built.articles()).isPositive();
    JsonNode stats = stats();
    assertThat(stats.at("/nodes/Article").asLong()).isEqualTo(built.articles());
    // The import tool's first log is preallocated to 256 MiB; the batch path has it pruned.
    assertThat(transactionLogBytes()).isPositive().isLessThan(4L * 1024 * 1024);

    CliRun again = importPaths("--writer=batch", articles);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("already holds a database");

    CliRun later = importPaths(articles);
    assertThat(later.exitCode()).as(later.err()).isEqualTo(ExitCodes.OK);
    ImportManifest unchanged = ManifestFile.read(reports.resolve(ManifestFile.NAME));
    assertThat(unchanged.unchanged()).isEqualTo(built.articles());
    assertThat(stats()).isEqualTo(stats);
  }

  /** {@code import} into the test's store and reports folder, with {@code args} after them. */
  private CliRun importPaths(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("import", "--store", store.toString(), "--reports", reports.toString()));
    command.addAll(List.of(args));
    return CliRun.of(command.toArray(String[]::new));
  }

  private JsonNode stats() throws Exception {
    CliRun stats = CliRun.of("stats", "--store", store.toString(), "--format", "json");
    assertThat(stats.exitCode()).as(stats.err()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(stats.out());
  }
}

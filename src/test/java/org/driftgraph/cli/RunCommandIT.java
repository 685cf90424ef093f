package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.pipeline.ImportManifest;
import org.driftgraph.pipeline.ManifestFile;
import org.driftgraph.report.ReportFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end on the project's sample corpus, in an embedded store of its own. */
class RunCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void runImportsTheSampleCorpusPrintsWhatItStoredAndIsIdempotent() throws Exception {
    Path store = temp.resolve("store");
    Path reports = temp.resolve("reports");
    long sampleFiles;
    try (var files = Files.list(Path.of("import", "articles"))) {
      sampleFiles = files.filter(Files::isRegularFile).count();
    }

    CliRun first = CliRun.of("run", "--store", store.toString(), "--reports", reports.toString());

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.err()).isEmpty();
    assertThat(first.out())
        .contains("Imported " + sampleFiles + " article(s) from " + sampleFiles + " file(s)")
        .contains("Graph: " + sampleFiles + " articles", "Changes: first report", "Report: ");
    ReportFolders folders = new ReportFolders(reports);
    assertThat(folders.reports()).hasSize(1);
    Path report = reports.resolve(folders.reports().get(0));
    JsonNode json = JSON.readTree(report.resolve(ReportFolders.JSON_FILE).toFile());
    assertThat(json.at("/holdings/articles").asLong()).isEqualTo(sampleFiles);
    assertThat(json.at("/rankings/pagerank/Platform").toString())
        .contains("\"tamtam\"", "\"telegram\"");
    assertThat(
            Files.readString(
                reports.resolve(ReportFolders.LATEST).resolve(ReportFolders.HTML_FILE)))
        .isEqualTo(Files.readString(report.resolve(ReportFolders.HTML_FILE)))
        .contains("<svg");
    ImportManifest manifest = ManifestFile.read(report.resolve(ManifestFile.NAME));
    assertThat(manifest.articles()).isEqualTo((int) sampleFiles);
    assertThat(manifest.rejected()).isEmpty();
    JsonNode before = stats(store);

    CliRun second = CliRun.of("run", "--store", store.toString(), "--reports", reports.toString());

    assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
    assertThat(stats(store)).isEqualTo(before);
    // Nothing changed, not even through stats' start of the store: the report is published again.
    assertThat(second.err()).contains("published again");
    assertThat(second.out()).contains("Changes: first report", "Report: ");
    assertThat(folders.reports()).hasSize(1);

    CliRun rebuilt =
        CliRun.of("run", "--store", store.toString(), "--reports", reports.toString(), "--rebuild");

    assertThat(rebuilt.exitCode()).as(rebuilt.err()).isEqualTo(ExitCodes.OK);
    assertThat(rebuilt.out())
        .contains("Changes since " + folders.reports().get(0) + ": 0 new entities, 0 new facts");
    assertThat(folders.reports()).hasSize(2);
    assertThat(before.at("/nodes/Article").asLong()).isEqualTo(sampleFiles);
    assertThat(before.at("/nodes/Entity").asLong()).isGreaterThan(100);
    assertThat(before.at("/relationships/MENTIONS").asLong()).isGreaterThan(sampleFiles);
  }

  private static JsonNode stats(Path store) throws Exception {
    CliRun stats = CliRun.of("stats", "--store", store.toString(), "--format", "json");
    assertThat(stats.exitCode()).as(stats.err()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(stats.out());
  }
}

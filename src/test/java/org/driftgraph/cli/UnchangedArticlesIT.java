package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.driftgraph.pipeline.ImportManifest;
import org.driftgraph.pipeline.ManifestFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import extracts only the articles whose text, metadata, gazetteer, rules or build changed
 * since they were stored; the manifest's {@code extracted} counts the ones it extracted. The store
 * comes out the same either way.
 */
class UnchangedArticlesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path project;
  private Path articles;
  private Path store;
  private Path reports;

  @BeforeEach
  void copyOfTheProjectsImportFolder() throws IOException {
    project = temp.resolve("project");
    copy(Path.of("import"), project.resolve("import"));
    articles = project.resolve("import/articles");
    store = temp.resolve("store");
    reports = temp.resolve("reports");
  }

  @Test
  void onlyChangedArticlesOrAllAfterARuleChangeAreExtractedAgain() throws IOException {
    int sample;
    try (Stream<Path> files = Files.list(articles)) {
      sample = (int) files.filter(Files::isRegularFile).count();
    }
    ImportManifest first = importArticles();
    assertThat(first.extracted()).isEqualTo(sample);
    assertThat(first.written()).isEqualTo(sample);
    JsonNode stored = stats();

    ImportManifest again = importArticles();

    assertThat(again.extracted()).as("every article is stored as it would be extracted").isZero();
    assertThat(again.articles()).isEqualTo(sample);
    assertThat(again.unchanged()).isEqualTo(sample);
    assertThat(again.written()).isZero();
    assertThat(stats()).isEqualTo(stored);

    Path edited = firstArticle();
    Files.writeString(
        edited, Files.readString(edited) + "\nSupporters of ISIS moved from Telegram to TamTam.\n");

    ImportManifest afterEdit = importArticles();

    assertThat(afterEdit.extracted()).as("only the edited article").isEqualTo(1);
    assertThat(afterEdit.replaced()).isEqualTo(1);
    assertThat(afterEdit.unchanged()).isEqualTo(sample - 1);
    JsonNode edit = stats();

    // The same rules with one more line at the end: any edit of a rule file counts.
    Path triggers = project.resolve("import/rules/triggers.json");
    Files.writeString(triggers, Files.readString(triggers) + "\n");

    ImportManifest afterRules = importArticles();

    assertThat(afterRules.extracted())
        .as("every article, after a rule file changed")
        .isEqualTo(sample);
    assertThat(afterRules.written()).isZero();
    assertThat(stats()).isEqualTo(edit);
    assertThat(importArticles().extracted()).isZero();
  }

  private ImportManifest importArticles() {
    CliRun run =
        CliRun.withEnv(
            Map.of(CliContext.HOME_VARIABLE, project.toString()),
            "import",
            "--store",
            store.toString(),
            "--reports",
            reports.toString(),
            articles.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    return ManifestFile.read(reports.resolve(ManifestFile.NAME));
  }

  private JsonNode stats() throws IOException {
    CliRun stats = CliRun.of("stats", "--store", store.toString(), "--format", "json");
    assertThat(stats.exitCode()).as(stats.err()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(stats.out());
  }

  private Path firstArticle() throws IOException {
    try (Stream<Path> files = Files.list(articles)) {
      List<Path> sorted = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      assertThat(sorted).isNotEmpty();
      return sorted.get(0);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(
          source -> {
            Path target = to.resolve(from.relativize(source).toString());
            try {
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else {
                Files.copy(source, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}

package org.driftgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.bench.ScaleCorpus;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphSnapshot;
import org.driftgraph.store.StoreLocation;
import org.driftgraph.store.StoreStats;
import org.driftgraph.store.batch.NewStoreImport;
import org.driftgraph.store.export.CsvExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch path for a new store ({@link BatchImportPipeline}) and the transactional path ({@link
 * ImportPipeline}) give the same graph from the same corpus: the same stats, the same CSV export,
 * every node and relationship with the same labels and properties, the same manifest counts and
 * rejections. Once on the sample articles, once on a generated corpus with an article repeated, one
 * replaced by a new version (same url, other text) and a broken line, in small batches so that they
 * fall in other batches than their first versions.
 */
class BatchImportEquivalenceIT {
  private static final Path HOME = Path.of("").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void sampleArticlesGiveTheSameGraphOnBothPaths() throws IOException {
    compare(List.of(HOME.resolve("import/articles")), 64);
  }

  @Test
  void generatedCorpusWithRepeatsReplacementsAndRejectionsGivesTheSameGraph() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    ScaleCorpus.generate(300, corpus, HOME.resolve("import"));
    List<String> lines = new ArrayList<>(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    ObjectMapper json = new ObjectMapper();
    ObjectNode changed = (ObjectNode) json.readTree(lines.get(1));
    changed.put("text", changed.get("text").asText() + " A later correction of this article.");
    lines.add(lines.get(0));
    lines.add(json.writeValueAsString(changed));
    lines.add("{\"url\": \"https://example.org/broken\", \"text\": ");
    Files.write(corpus, lines, StandardCharsets.UTF_8);

    ImportManifest manifest = compare(List.of(corpus), 16);
    assertThat(manifest.unchanged()).as("the repeated article").isPositive();
    assertThat(manifest.replaced()).as("the new version").isPositive();
    assertThat(manifest.rejectedTotal()).as("the broken line").isPositive();
  }

  /** Imports the paths both ways into new stores and compares; returns the batch manifest. */
  private ImportManifest compare(List<Path> paths, int batch) throws IOException {
    Path transactionalStore = dir.resolve("transactional");
    Path batchStore = dir.resolve("batch");
    assertThat(NewStoreImport.isNew(batchStore)).isTrue();

    Snapshot transactional;
    try (GraphConnection connection = new StoreLocation.Embedded(transactionalStore, dir).open()) {
      ImportOutcome outcome =
          new ImportPipeline(connection)
              .run(request(paths, batch, "transactional"), PipelineListener.NONE);
      transactional = Snapshot.of(connection, outcome, dir.resolve("csv-transactional"));
    }
    Snapshot batched;
    BatchImportPipeline.Imported imported =
        new BatchImportPipeline(new StoreLocation.Embedded(batchStore, dir))
            .run(request(paths, batch, "batch"), PipelineListener.NONE);
    try (GraphConnection connection = imported.connection()) {
      batched = Snapshot.of(connection, imported.outcome(), dir.resolve("csv-batch"));
    }

    assertThat(NewStoreImport.isNew(batchStore)).isFalse();
    assertThat(transactional.graph()).isNotEmpty();
    assertThat(batched.stats()).isEqualTo(transactional.stats());
    assertThat(batched.csv()).isEqualTo(transactional.csv());
    assertThat(batched.graph()).containsExactlyElementsOf(transactional.graph());
    assertThat(batched.manifest()).isEqualTo(transactional.manifest());
    assertThat(batched.rejections()).isEqualTo(transactional.rejections());
    return imported.outcome().manifest();
  }

  private ImportRequest request(List<Path> paths, int batch, String reports) {
    return new ImportRequest(
        paths,
        HOME,
        paths.stream().map(Path::toString).toList(),
        HOME.resolve("import/gazetteer.json"),
        HOME.resolve("import/rules"),
        batch,
        dir.resolve(reports),
        false,
        ImportRequest.DEFAULT_MAX_ARTICLE_BYTES,
        2);
  }

  /** What is compared: stats, export files, every element, manifest counts, rejection list. */
  private record Snapshot(
      Object stats,
      Map<String, String> csv,
      List<String> graph,
      List<Object> manifest,
      String rejections) {
    static Snapshot of(GraphConnection connection, ImportOutcome outcome, Path csvDir)
        throws IOException {
      new CsvExporter(connection.driver()).export(csvDir);
      Map<String, String> csv = new TreeMap<>();
      try (var files = Files.list(csvDir)) {
        for (Path file : files.toList()) {
          csv.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      ImportManifest m = outcome.manifest();
      Path rejections =
          m.rejectionsFile() == null
              ? null
              : outcome.manifestFile().resolveSibling(m.rejectionsFile());
      return new Snapshot(
          StoreStats.count(connection.driver()),
          csv,
          GraphSnapshot.of(connection.driver()),
          List.of(
              m.files(),
              m.articles(),
              m.written(),
              m.unchanged(),
              m.replaced(),
              m.rejected(),
              m.rejectedTotal(),
              m.articlesWithCuts(),
              m.sentenceCuts()),
          rejections == null ? "" : Files.readString(rejections, StandardCharsets.UTF_8));
    }
  }
}

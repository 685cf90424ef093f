package org.driftgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.driftgraph.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRequestsTest {
  private static final Path HOME = Path.of("/project");

  @Test
  void anImportNeedsPathsAndAPositiveBatch() {
    assertThatThrownBy(() -> importOf(List.of(), 64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no paths");
    assertThatThrownBy(() -> importOf(List.of(HOME.resolve("a.md")), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batch size");
    assertThat(importOf(List.of(HOME.resolve("a.md")), 1).batchSize()).isEqualTo(1);
  }

  @Test
  void aReportListsAtLeastOneEntryPerRanking() {
    assertThatThrownBy(() -> new ReportRequest(HOME, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ReportRequest(HOME, Optional.empty(), 1).top()).isEqualTo(1);
  }

  @Test
  void anArticleSizeLimitBelowOneKilobyteIsRefused() {
    assertThatThrownBy(
            () ->
                new ImportRequest(
                    List.of(HOME),
                    HOME,
                    List.of("x"),
                    HOME.resolve("import/gazetteer.json"),
                    HOME.resolve("import/rules"),
                    1,
                    HOME,
                    false,
                    100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article size limit");
  }

  @Test
  void theManifestCountsSentenceCutsItDoesNotList() {
    assertThatThrownBy(
            () ->
                new ImportManifest(
                    "2026-01-05T07:00:00Z",
                    1,
                    List.of("a"),
                    1,
                    1,
                    1,
                    1,
                    0,
                    0,
                    List.of(),
                    0,
                    null,
                    List.of(new SentenceCuts("d.txt", "d.txt", 3)),
                    1,
                    2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theManifestReadsBackAsWritten(@TempDir Path folder) {
    ImportManifest manifest =
        new ImportManifest(
            "2026-01-05T07:00:00Z",
            1200,
            List.of("import/articles"),
            3,
            4,
            3,
            2,
            1,
            1,
            List.of(new Rejection("c.md", null, "empty")),
            1,
            RejectionLog.NAME,
            List.of(new SentenceCuts("d.jsonl", "d.jsonl#L2", 3)),
            1,
            3);
    Path file = ManifestFile.write(folder, manifest);
    assertThat(file).isEqualTo(folder.resolve(ManifestFile.NAME));
    assertThat(ManifestFile.read(file)).isEqualTo(manifest);
  }

  private static ImportRequest importOf(List<Path> paths, int batch) {
    return new ImportRequest(
        paths,
        HOME,
        paths.stream().map(Path::toString).toList(),
        HOME.resolve("import/gazetteer.json"),
        HOME.resolve("import/rules"),
        batch,
        HOME.resolve("reports/latest"),
        false,
        ImportRequest.DEFAULT_MAX_ARTICLE_BYTES);
  }
}

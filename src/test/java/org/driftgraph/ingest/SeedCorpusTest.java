package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Reads the real seed articles from ../shared at run time; their text is never copied into the
 * project.
 */
class SeedCorpusTest {
  private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
  private static final String EDITOR_IN_CHIEF = "رئيس التحرير";

  @Test
  void seedsDecodeAsArabicAndLoseTheirMasthead() throws IOException {
    assumeTrue(
        Files.isDirectory(SEEDS),
        "seed corpus not found at " + SEEDS.toAbsolutePath() + "; skipped");
    CollectingSink sink = new CollectingSink();

    ReadTally tally = new CorpusReader(SEEDS).read(List.of(SEEDS), sink);

    assertThat(sink.rejections).isEmpty();
    assertThat(tally.articles()).isEqualTo(tally.files()).isEqualTo(seedCount());
    assertThat(sink.articles)
        .allSatisfy(
            article -> {
              assertThat(article.language()).isEqualTo("ar");
              assertThat(article.encoding()).isEqualTo("UTF-8");
              assertThat(article.text()).doesNotContain("[ad_", "Source link");
            });
    Article first = sink.articles.get(0);
    assertThat(first.file()).startsWith("000_");
    assertThat(Files.readString(SEEDS.resolve(first.file()))).contains(EDITOR_IN_CHIEF);
    assertThat(first.text()).doesNotContain(EDITOR_IN_CHIEF).contains("TamTam");
    assertThat(first.title()).isNotBlank().doesNotContain(EDITOR_IN_CHIEF);
  }

  private static long seedCount() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files
          .filter(path -> path.getFileName().toString().endsWith(".txt"))
          .collect(Collectors.counting());
    }
  }
}

package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;
import org.driftgraph.text.WorkCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated files that a reader must get through with work linear in their size and memory that
 * does not grow with the number of bad inputs: deeply nested HTML, a million bad JSON Lines, a file
 * over the article size limit. bench/PathologicalInputBenchmark runs the 10-million-line case.
 */
class PathologicalFilesTest {
  private static final int NESTING = 10_000;
  private static final int BAD_LINES = 1_000_000;

  @TempDir Path base;

  @Test
  void tenThousandNestedArticleElementsAreReadInLinearWork() throws IOException {
    String words = "The platform banned the channels of the group after the attack. ";
    String html =
        "<html><body>"
            + "<article><div>".repeat(NESTING)
            + words.repeat(20)
            + "</div></article>".repeat(NESTING)
            + "</body></html>";
    Files.writeString(base.resolve("nested.html"), html);

    CollectingSink sink = new CollectingSink();
    long work = WorkCount.measure(() -> new CorpusReader(base).read(List.of(base), sink)).units();

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles)
        .singleElement()
        .extracting(Article::text)
        .asString()
        .contains("banned");
    // One pass to parse, one visit per node, one text length per candidate: a few per byte.
    assertThat(work).isPositive().isLessThanOrEqualTo(8L * html.length());
  }

  @Test
  void aMillionBadJsonLinesAreStreamedAndEachRejectedWithItsNumber() throws IOException {
    Path file = base.resolve("bad.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < BAD_LINES; i++) {
        out.write(i % 2 == 0 ? "{\"text\": \"x\"} junk\n" : "{\"text\": \"a\", \"text\": \"b\"}\n");
      }
    }
    CountingOnlySink sink = new CountingOnlySink();

    ReadTally tally = new CorpusReader(base).read(List.of(file), sink);

    assertThat(tally.rejected()).isEqualTo(BAD_LINES);
    assertThat(tally.articles()).isZero();
    assertThat(sink.count).isEqualTo(BAD_LINES);
    assertThat(sink.last.line()).isEqualTo(BAD_LINES);
    assertThat(sink.last.file()).isEqualTo("bad.jsonl");
  }

  @Test
  void aFileOverTheArticleSizeLimitIsRejectedNamingItsSizeAndTheLimit() throws IOException {
    Files.writeString(base.resolve("big.txt"), "word ".repeat(1000));
    CollectingSink sink = new CollectingSink();

    new CorpusReader(base, false, 4096).read(List.of(base), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo("big.txt");
              assertThat(r.reason())
                  .contains("5,000 bytes")
                  .contains("4,096")
                  .contains("--max-article-size");
            });
  }

  /** Keeps only a count and the last rejection, as the import's streamed log does. */
  private static final class CountingOnlySink implements ArticleSink {
    private long count;
    private Rejection last;

    @Override
    public void article(Article article) {
      count++;
    }

    @Override
    public void rejected(Rejection rejection) {
      count++;
      last = rejection;
    }
  }
}

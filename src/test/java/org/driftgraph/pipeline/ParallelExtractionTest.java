package org.driftgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.driftgraph.extract.Extractor;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.junit.jupiter.api.Test;

class ParallelExtractionTest {
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  private final ParallelExtraction.Downstream downstream =
      new ParallelExtraction.Downstream() {
        @Override
        public void extracted(ExtractedArticle article) {
          received.add(article.article().file());
          inFlight.decrementAndGet();
        }

        @Override
        public void leftAlone(Article article) {
          received.add("left alone " + article.file());
        }

        @Override
        public void rejected(Rejection rejection) {
          received.add("rejected " + rejection.file() + ": " + rejection.reason());
        }
      };

  /** Later articles finish first: the writer must still see reading order. */
  private final Extractor slowFirst =
      article -> {
        int n = Integer.parseInt(article.file().replaceAll("\\D", ""));
        sleep(n % 7 == 0 ? 20 : 0);
        if (article.file().contains("bad")) {
          throw new IllegalArgumentException("no text");
        }
        return empty(article);
      };

  @Test
  void theWriterReceivesArticlesAndRejectionsInReadingOrder() {
    List<String> expected = new ArrayList<>();
    try (ParallelExtraction pipeline = new ParallelExtraction(slowFirst, 4, 8, downstream)) {
      for (int i = 0; i < 200; i++) {
        if (i % 50 == 3) {
          pipeline.rejected(new Rejection("r" + i + ".md", null, "unreadable"));
          expected.add("rejected r" + i + ".md: unreadable");
        } else if (i % 9 == 2) {
          pipeline.leftAlone(article("s" + i + ".md"));
          expected.add("left alone s" + i + ".md");
        } else if (i % 60 == 5) {
          pipeline.article(article("bad" + i + ".md"));
          expected.add("rejected bad" + i + ".md: extraction failed: no text");
        } else {
          countIn();
          pipeline.article(article("a" + i + ".md"));
          expected.add("a" + i + ".md");
        }
      }
      pipeline.finish();
    }
    assertThat(received).containsExactlyElementsOf(expected);
  }

  @Test
  void articlesLeftAloneNeverLoadTheExtractor() {
    AtomicInteger loads = new AtomicInteger();
    try (ParallelExtraction pipeline =
        new ParallelExtraction(
            () -> {
              loads.incrementAndGet();
              return slowFirst;
            },
            2,
            4,
            downstream)) {
      for (int i = 0; i < 20; i++) {
        pipeline.leftAlone(article("s" + i + ".md"));
      }
      pipeline.finish();
    }
    assertThat(loads).hasValue(0);
    assertThat(received).hasSize(20).allMatch(line -> line.startsWith("left alone s"));
  }

  @Test
  void theReaderWaitsWhenTheWriterFallsBehind() {
    ParallelExtraction.Downstream slowWriter =
        new ParallelExtraction.Downstream() {
          @Override
          public void extracted(ExtractedArticle article) {
            sleep(2);
            downstream.extracted(article);
          }

          @Override
          public void leftAlone(Article article) {
            downstream.leftAlone(article);
          }

          @Override
          public void rejected(Rejection rejection) {
            downstream.rejected(rejection);
          }
        };
    try (ParallelExtraction pipeline =
        new ParallelExtraction(ParallelExtractionTest::empty, 2, 5, slowWriter)) {
      for (int i = 0; i < 100; i++) {
        countIn();
        pipeline.article(article("a" + i + ".md"));
      }
      pipeline.finish();
    }
    assertThat(received).hasSize(100);
    // The queue (5), the one the writer holds and the one being put.
    assertThat(mostInFlight.get()).isBetween(2, 7);
  }

  @Test
  void aFailingWriterStopsTheReader() {
    ParallelExtraction.Downstream failing =
        new ParallelExtraction.Downstream() {
          @Override
          public void extracted(ExtractedArticle article) {
            throw new IllegalStateException("store gone");
          }

          @Override
          public void leftAlone(Article article) {}

          @Override
          public void rejected(Rejection rejection) {}
        };
    ParallelExtraction pipeline =
        new ParallelExtraction(ParallelExtractionTest::empty, 2, 4, failing);
    try (pipeline) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 1_000; i++) {
                  pipeline.article(article("a" + i + ".md"));
                }
                pipeline.finish();
              })
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("store gone");
    }
  }

  private static Article article(String file) {
    String sha256 = "0".repeat(64);
    return new Article(
        file, "test:" + file, null, null, null, "en", null, file, sha256, "UTF-8", "Text.");
  }

  private static ExtractedArticle empty(Article article) {
    return new ExtractedArticle(article, List.of(), List.of(), List.of());
  }

  private void countIn() {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

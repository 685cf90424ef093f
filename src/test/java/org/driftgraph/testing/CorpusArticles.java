package org.driftgraph.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/** The articles of development corpora, read whole for tests and benchmarks. */
public final class CorpusArticles {
  private CorpusArticles() {}

  /**
   * Every article of {@code corpora}, in reading order. A rejected input is an error: these are the
   * project's own corpora, which must all read.
   */
  public static List<Article> read(List<Path> corpora) {
    List<Article> articles = new ArrayList<>();
    new CorpusReader(Path.of(""))
        .read(
            corpora,
            new ArticleSink() {
              @Override
              public void article(Article article) {
                articles.add(article);
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new IllegalStateException(rejection.describe());
              }
            });
    return articles;
  }
}

package org.driftgraph.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/** The articles of development corpora, read whole for tests and benchmarks. */
public final class CorpusArticles {
  private CorpusArticles() {}

  /**
   * The article folders of every annotated development set, relative to the project folder, and the
   * seeds beside it (absent on a machine without {@code ../shared}).
   */
  public static final List<Path> DEVELOPMENT_CORPORA =
      List.of(
          Path.of("import", "articles"),
          Path.of("src/test/resources/heldout/articles"),
          Path.of("src/test/resources/heldout2/articles"),
          Path.of("src/test/resources/dev4/articles"),
          Path.of("src/test/resources/blind3/articles"),
          Path.of("src/test/resources/blind4/articles"),
          Path.of("src/test/resources/blind5/articles"),
          Path.of("src/test/resources/blind6/articles"),
          Path.of("src/test/resources/blind7/articles"),
          Path.of("src/test/resources/blind8/articles"),
          Path.of("src/test/resources/blind9/articles"),
          Path.of("src/test/resources/blind10/articles"),
          Path.of("src/test/resources/blind11/articles"),
          Path.of("src/test/resources/blind12/articles"),
          Path.of("src/test/resources/blind13/articles"),
          Path.of("src/test/resources/blind14/articles"),
          Path.of("src/test/resources/blind15/articles"),
          Path.of("src/test/resources/blind16/articles"),
          Path.of("src/test/resources/blind17/articles"),
          Path.of("src/test/resources/blind18/articles"),
          Path.of("..", "shared", "corpus", "seeds"));

  /**
   * Every article of {@code corpora}, in reading order. A rejected input is an error: these are the
   * project's own corpora, which must all read.
   */
  public static List<Article> read(List<Path> corpora) {
    return read(
        Path.of(""),
        corpora,
        rejection -> {
          throw new IllegalStateException(rejection.describe());
        });
  }

  /**
   * Every article of {@code corpora} read from {@code root}, in reading order; each rejected input
   * goes to {@code rejected} and is left out, as an import would leave it out.
   */
  public static List<Article> read(Path root, List<Path> corpora, Consumer<Rejection> rejected) {
    List<Article> articles = new ArrayList<>();
    new CorpusReader(root)
        .read(
            corpora,
            new ArticleSink() {
              @Override
              public void article(Article article) {
                articles.add(article);
              }

              @Override
              public void rejected(Rejection rejection) {
                rejected.accept(rejection);
              }
            });
    return articles;
  }
}

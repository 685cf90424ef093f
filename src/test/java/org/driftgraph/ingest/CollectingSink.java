package org.driftgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/** Keeps what a reader hands over, in order, for assertions. */
final class CollectingSink implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void rejected(Rejection rejection) {
    rejections.add(rejection);
  }

  List<String> files() {
    return articles.stream().map(Article::file).toList();
  }
}

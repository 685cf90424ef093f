package org.driftgraph.ingest;

import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/** Receives what {@link CorpusReader} reads, one document at a time, in reading order. */
public interface ArticleSink {
  void article(Article article);

  void rejected(Rejection rejection);
}

package org.driftgraph.extract;

import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;

/** Reads one article and says what it mentions and states. */
public interface Extractor {
  ExtractedArticle extract(Article article);
}

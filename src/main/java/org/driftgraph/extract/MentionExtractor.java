package org.driftgraph.extract;

import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;

/**
 * Finds the gazetteer entities an article names. It states no claims and discovers no entities:
 * those come from the relation extractor, which builds on these mentions.
 */
public final class MentionExtractor implements Extractor {
  private final EntityMatcher matcher;

  public MentionExtractor(Gazetteer gazetteer, ArabicAffixes affixes) {
    this(new EntityMatcher(gazetteer, affixes));
  }

  /** Shares a matcher that is already built (building one compiles the automaton). */
  public MentionExtractor(EntityMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public ExtractedArticle extract(Article article) {
    return new ExtractedArticle(article, null, matcher.find(article.text()), null);
  }
}

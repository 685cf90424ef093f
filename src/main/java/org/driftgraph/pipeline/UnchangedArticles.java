package org.driftgraph.pipeline;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.driftgraph.model.Article;
import org.driftgraph.store.ArticleInputs;

/**
 * Decides on the reading thread, before extraction, which articles an import can leave alone: those
 * stored with the {@link ArticleInputs} they would now be extracted from. Their extraction would
 * come out as stored, and the writer would write nothing for them; skipping it changes no count and
 * no byte of the store. The stored inputs are read once, when the import starts, so an article is
 * left alone only while nothing earlier in the same import can have changed it: the first article
 * with its id and the first with its source key (a later one with the same source key replaces it,
 * an earlier one would have).
 */
final class UnchangedArticles {
  private final Map<String, String> stored;
  private final String setup;
  private final Set<String> seenIds = new HashSet<>();
  private final Set<String> seenSources = new HashSet<>();

  /**
   * @param stored article id to the inputs it is stored with ({@link ArticleInputs#stored})
   * @param setup the digest of the extraction set-up of this import ({@link ExtractionSetup})
   */
  UnchangedArticles(Map<String, String> stored, String setup) {
    this.stored = Map.copyOf(stored);
    this.setup = setup;
  }

  /** Whether {@code article}, the next one read, need not be extracted. */
  boolean leaveAlone(Article article) {
    if (stored.isEmpty()) {
      return false;
    }
    // Both sets learn of every article, so no short-circuit.
    boolean first = seenIds.add(article.id()) & seenSources.add(article.sourceKey());
    String inputs = stored.get(article.id());
    return first && inputs != null && inputs.equals(ArticleInputs.of(article, setup));
  }
}

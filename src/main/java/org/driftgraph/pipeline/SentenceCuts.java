package org.driftgraph.pipeline;

/**
 * An article some of whose sentences were longer than the bound and were cut at a safe point
 * ({@code SentenceSplitter.MAX_SENTENCE_CHARS}): the import says so, because a relation written
 * across a cut is not read.
 *
 * @param file the file the article came from
 * @param sourceKey the article's source key (for JSON Lines, the file and line)
 * @param cuts how many cuts were made
 */
public record SentenceCuts(String file, String sourceKey, int cuts) {
  public SentenceCuts {
    if (file == null || file.isBlank() || sourceKey == null || sourceKey.isBlank()) {
      throw new IllegalArgumentException("a sentence-cut note needs the file and the article");
    }
    if (cuts < 1) {
      throw new IllegalArgumentException("a sentence-cut note needs at least one cut, not " + cuts);
    }
  }
}

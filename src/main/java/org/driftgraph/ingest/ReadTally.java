package org.driftgraph.ingest;

/**
 * What one {@link CorpusReader#read} call did.
 *
 * @param files supported files that were opened (a JSON Lines file counts once)
 * @param articles articles handed to the sink
 * @param rejected rejections handed to the sink, including paths that could not be read at all
 */
public record ReadTally(int files, int articles, int rejected) {
  public ReadTally {
    if (files < 0 || articles < 0 || rejected < 0) {
      throw new IllegalArgumentException(
          "tally counts cannot be negative: " + files + ", " + articles + ", " + rejected);
    }
  }
}

package org.driftgraph.text;

/**
 * One sentence of a text.
 *
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param text the text between start and end, as written
 */
public record Sentence(int start, int end, String text) {
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("sentence has bad offsets [" + start + ", " + end + ")");
    }
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException(
          "sentence text does not span [" + start + ", " + end + ")");
    }
  }
}

package org.driftgraph.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text folded for matching, with the way back to the text as written.
 *
 * <p>Folding drops characters (diacritics, tatweel, doubled spaces) and may expand one (an Arabic
 * presentation-form ligature becomes two letters), so offsets differ between the two strings.
 * {@code toOriginal[i]} is the index in {@code original} of the character that produced {@code
 * normalized.charAt(i)}; it never decreases.
 *
 * @param original the text as written
 * @param normalized the folded text
 * @param toOriginal one original index per normalized character
 */
public record NormalizedText(String original, String normalized, int[] toOriginal) {

  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(toOriginal, "toOriginal");
    if (toOriginal.length != normalized.length()) {
      throw new IllegalArgumentException(
          "offset map has "
              + toOriginal.length
              + " entries for "
              + normalized.length()
              + " characters");
    }
    toOriginal = toOriginal.clone();
    for (int i = 0; i < toOriginal.length; i++) {
      int at = toOriginal[i];
      if (at < 0 || at >= original.length() || (i > 0 && at < toOriginal[i - 1])) {
        throw new IllegalArgumentException(
            "offset map entry " + i + " -> " + at + " is out of order or range");
      }
    }
  }

  @Override
  public int[] toOriginal() {
    return toOriginal.clone();
  }

  /** The first normalized index at or after the original offset, in logarithmic time. */
  public int normalizedIndex(int originalOffset) {
    int i = Arrays.binarySearch(toOriginal, originalOffset);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && toOriginal[i - 1] == originalOffset) {
      i--;
    }
    return i;
  }

  /** Original offset of the normalized character at {@code normalizedStart}. */
  public int originalStart(int normalizedStart) {
    return toOriginal[normalizedStart];
  }

  /**
   * Original offset just past a normalized span ending (exclusive) at {@code normalizedEnd}. The
   * diacritics and tatweel written after the span's last letter belong to that letter, so they are
   * inside the span; dropped spaces are not.
   */
  public int originalEnd(int normalizedEnd) {
    if (normalizedEnd <= 0 || normalizedEnd > toOriginal.length) {
      throw new IndexOutOfBoundsException(
          "normalized end " + normalizedEnd + " of " + toOriginal.length);
    }
    int end = toOriginal[normalizedEnd - 1] + 1;
    while (end < original.length()
        && ArabicNormalization.belongsToPreviousLetter(original.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The original text behind the normalized span [start, end). */
  public String originalText(int normalizedStart, int normalizedEnd) {
    return original.substring(originalStart(normalizedStart), originalEnd(normalizedEnd));
  }
}

package org.driftgraph.extract.discover;

/**
 * Quoted names: «X», “X”, ”X” (Arabic newsrooms often open with the closing mark), "X", 'X', (X).
 * Apostrophes are already folded to {@code '} by the normalization.
 */
final class Quotes {
  /** Longest quoted text read as a name; longer quotes are citations. */
  static final int MAX_NAME_CHARS = 40;

  private static final String OPENING = "«“”\"'(„‹";

  private Quotes() {}

  /** The offset of the last opening mark in {@code text[from, to)}, or -1. */
  static int lastOpening(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (OPENING.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The offset of the mark that closes the quote opened at {@code open}, or -1 when none follows
   * within {@link #MAX_NAME_CHARS} without a line break, a comma or sentence punctuation first.
   */
  static int closing(String text, int open) {
    char opening = text.charAt(open);
    String closers =
        switch (opening) {
          case '«' -> "»";
          case '(' -> ")";
          case '‹' -> "›";
          case '\'' -> "'";
          default -> "”“\"»";
        };
    int limit = Math.min(text.length(), open + 2 + MAX_NAME_CHARS);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (closers.indexOf(c) >= 0) {
        return i > open + 1 ? i : -1;
      }
      if ("\n،,؛;:!?؟«»()\"".indexOf(c) >= 0 || (c == '.' && !isInnerDot(text, i))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isInnerDot(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}

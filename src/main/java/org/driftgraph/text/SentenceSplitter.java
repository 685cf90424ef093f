package org.driftgraph.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences with ICU's sentence rules for the article's language.
 *
 * <p>A line break always ends a sentence: news text puts headlines, captions, list items and
 * bylines on lines of their own without a final full stop, and a relation must not be read across
 * them. Spans are trimmed of white space and keep their offsets into the text.
 */
public final class SentenceSplitter {

  /**
   * Sentences of {@code text}; {@code language} is "ar", "en" or anything else for ICU's root
   * rules.
   */
  public List<Sentence> split(String text, String language) {
    ULocale locale =
        switch (language == null ? "" : language) {
          case "ar" -> new ULocale("ar");
          case "en" -> ULocale.ENGLISH;
          default -> ULocale.ROOT;
        };
    BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = nextLineBreak(text, lineStart);
      splitLine(text, lineStart, lineEnd, breaks, sentences);
      lineStart = lineEnd + 1;
    }
    return sentences;
  }

  private static int nextLineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return text.length();
  }

  private static void splitLine(
      String text, int lineStart, int lineEnd, BreakIterator breaks, List<Sentence> out) {
    if (lineStart >= lineEnd) {
      return;
    }
    breaks.setText(text.substring(lineStart, lineEnd));
    int from = breaks.first();
    for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
      int start = lineStart + from;
      int end = lineStart + to;
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
      while (end > start && isBlank(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        out.add(new Sentence(start, end, text.substring(start, end)));
      }
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200F'
        || c == '\u200E'
        || c == '\uFEFF';
  }
}

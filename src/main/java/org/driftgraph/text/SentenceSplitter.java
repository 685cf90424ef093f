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
 *
 * <p>A sentence is at most {@link #MAX_SENTENCE_CHARS} long: text without sentence punctuation (a
 * scraped page, a list, a hostile input) would otherwise be one sentence, and reading arguments is
 * quadratic in a sentence's length. A longer one is cut at a safe point: the last clause mark (، ,
 * ; :) in its second half, else the last space, else anywhere.
 */
public final class SentenceSplitter {
  /**
   * Longer than any real news sentence: the longest in the sample and seed corpora are under 700.
   */
  public static final int MAX_SENTENCE_CHARS = 1500;

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
      addBounded(text, start, end, out);
    }
  }

  /** Adds [start, end) as sentences of at most {@link #MAX_SENTENCE_CHARS}, trimmed. */
  private static void addBounded(String text, int start, int end, List<Sentence> out) {
    while (start < end) {
      int cut = end - start <= MAX_SENTENCE_CHARS ? end : safeCut(text, start);
      int last = cut;
      while (last > start && isBlank(text.charAt(last - 1))) {
        last--;
      }
      if (start < last) {
        out.add(new Sentence(start, last, text.substring(start, last)));
      }
      start = cut;
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
    }
  }

  /** Where to end a piece of an over-long sentence that starts at {@code start}. */
  private static int safeCut(String text, int start) {
    int limit = start + MAX_SENTENCE_CHARS;
    int half = start + MAX_SENTENCE_CHARS / 2;
    for (int i = limit - 1; i > half; i--) {
      char c = text.charAt(i);
      if (c == '،' || c == ',' || c == ';' || c == '؛' || c == ':') {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > start; i--) {
      if (isBlank(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200F'
        || c == '\u200E'
        || c == '\uFEFF';
  }
}

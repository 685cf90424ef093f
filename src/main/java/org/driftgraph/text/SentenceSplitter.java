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
    List<Sentence> sentences = new ArrayList<>();
    splitInto(text, language, sentences);
    return sentences;
  }

  /**
   * How many times {@link #split} cuts a sentence of {@code text} at the length bound, for the
   * import's account of what it changed. Zero at the cost of one scan when no line is longer than
   * the bound, which is every real article.
   */
  public int cutsIn(String text, String language) {
    if (longestLine(text) <= MAX_SENTENCE_CHARS) {
      return 0;
    }
    return splitInto(text, language, new ArrayList<>());
  }

  /** Adds the sentences to {@code sentences}; returns the number of cuts at the length bound. */
  private static int splitInto(String text, String language, List<Sentence> sentences) {
    ULocale locale =
        switch (language == null ? "" : language) {
          case "ar" -> new ULocale("ar");
          case "en" -> ULocale.ENGLISH;
          default -> ULocale.ROOT;
        };
    BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
    WorkCount.add(text.length());
    int cuts = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = nextLineBreak(text, lineStart);
      cuts += splitLine(text, lineStart, lineEnd, breaks, sentences);
      lineStart = lineEnd + 1;
    }
    return cuts;
  }

  private static int longestLine(String text) {
    int longest = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = nextLineBreak(text, lineStart);
      longest = Math.max(longest, lineEnd - lineStart);
      lineStart = lineEnd + 1;
    }
    return longest;
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

  private static int splitLine(
      String text, int lineStart, int lineEnd, BreakIterator breaks, List<Sentence> out) {
    if (lineStart >= lineEnd) {
      return 0;
    }
    int cuts = 0;
    breaks.setText(text.substring(lineStart, lineEnd));
    int from = breaks.first();
    for (int to = breaks.next(); to != BreakIterator.DONE; to = breaks.next()) {
      if (insideDottedName(text, lineStart + to)) {
        continue;
      }
      int start = lineStart + from;
      int end = lineStart + to;
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
      while (end > start && isBlank(text.charAt(end - 1))) {
        end--;
      }
      cuts += addBounded(text, start, end, out);
      from = to;
    }
    return cuts;
  }

  /**
   * A break right after a dot with a letter on both sides and no space is inside a name written
   * with a dot (ميل.رو، Mail.Ru, archive.today, X.com): ICU breaks before an Arabic letter after a
   * full stop, because Arabic has no lower case to tell a sentence start from a word's rest.
   */
  private static boolean insideDottedName(String text, int breakAt) {
    return breakAt >= 2
        && breakAt < text.length()
        && text.charAt(breakAt - 1) == '.'
        && Character.isLetterOrDigit(text.charAt(breakAt))
        && Character.isLetter(text.charAt(breakAt - 2));
  }

  /**
   * Adds [start, end) as sentences of at most {@link #MAX_SENTENCE_CHARS}, trimmed; returns the
   * number of cuts.
   */
  private static int addBounded(String text, int start, int end, List<Sentence> out) {
    int cuts = 0;
    while (start < end) {
      int cut = end - start <= MAX_SENTENCE_CHARS ? end : safeCut(text, start);
      if (cut < end) {
        cuts++;
      }
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
    return cuts;
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

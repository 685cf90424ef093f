package org.driftgraph.text.dates;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.NormalizedText;

/**
 * A text prepared for date rules: the rules match the normalized text (digits, hamza, case and
 * hyphens folded) and look back at the original where folding lost something they need.
 */
final class Scan {
  private final NormalizedText text;
  private final String language;
  private final RuleLiterals.Starts starts;

  /** Where each trigger occurs (start, end pairs): several rules share one trigger. */
  private final Map<Pattern, int[]> triggersFound = new IdentityHashMap<>();

  /** How far before its trigger word a date may start: "يوم الجمعة الحادي والعشرين من". */
  private static final int LOOKBACK = 64;

  /** How far past its trigger word a date may end. */
  private static final int LOOKAHEAD = 96;

  Scan(String original, String language, RuleLiterals literals) {
    this.text = ArabicNormalization.normalize(original);
    this.language = language == null ? "" : language;
    this.starts = literals.starts(text.normalized());
  }

  String normalized() {
    return text.normalized();
  }

  String language() {
    return language;
  }

  NormalizedText mapping() {
    return text;
  }

  /**
   * Every match of {@code pattern} that starts at most {@link #LOOKBACK} characters before a match
   * of {@code trigger} (a digit, a month name) and ends at most {@link #LOOKAHEAD} after it,
   * including matches that begin inside an earlier one, so that a long match a rule rejects does
   * not hide a shorter one it would accept. Looking only around the triggers keeps the rules from
   * being tried at every word of an article; within that stretch, {@code find()} starts only at the
   * positions where the rule's own literals let a match start ({@link RuleLiterals}), which gives
   * the same matches since no match starts anywhere else.
   */
  void matches(Pattern pattern, Pattern trigger, Consumer<Matcher> rule) {
    String s = text.normalized();
    if (starts.next(pattern, 0) < 0) {
      return;
    }
    int[] found = triggersFound.computeIfAbsent(trigger, this::find);
    Matcher matcher = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int t = 0; t < found.length; t += 2) {
      int last = found[t];
      int from = Math.max(next, last - LOOKBACK);
      while (from <= last) {
        from = starts.next(pattern, from);
        if (from < 0 || from > last) {
          break;
        }
        matcher.region(from, Math.min(s.length(), found[t + 1] + LOOKAHEAD));
        if (!matcher.find() || matcher.start() > last) {
          break;
        }
        rule.accept(matcher);
        from = matcher.start() + 1;
      }
      next = Math.max(next, last + 1);
    }
  }

  /**
   * The start and end of each match of {@code trigger}, one after the other: the matches successive
   * {@code find()} calls give. A trigger placed by its literals is searched only from the positions
   * where a match can start; the positions skipped start none, so the next match is the same.
   */
  private int[] find(Pattern trigger) {
    String s = text.normalized();
    Matcher m = trigger.matcher(s);
    boolean placed = starts.placed(trigger);
    if (placed) {
      m.useTransparentBounds(true).useAnchoringBounds(false);
    }
    int[] out = new int[16];
    int n = 0;
    int from = 0;
    while (true) {
      if (placed) {
        from = starts.next(trigger, from);
        if (from < 0 || from > s.length()) {
          break;
        }
        m.region(from, s.length());
      }
      if (!m.find()) {
        break;
      }
      from = m.end() == m.start() ? m.end() + 1 : m.end();
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = m.start();
      out[n++] = m.end();
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * False for a Latin letter written in lower case: English month and weekday names are
   * capitalised.
   */
  boolean capitalisedIfLatin(int normalizedStart) {
    char written = text.original().charAt(text.originalStart(normalizedStart));
    boolean latin = Character.UnicodeScript.of(written) == Character.UnicodeScript.LATIN;
    return !latin || Character.isUpperCase(written);
  }

  static boolean isLatin(String phrase) {
    return !phrase.isEmpty()
        && Character.UnicodeScript.of(phrase.charAt(0)) == Character.UnicodeScript.LATIN;
  }

  /** The word just before {@code normalizedStart} (one space between), or "". */
  String wordBefore(int normalizedStart) {
    String s = text.normalized();
    int end = normalizedStart;
    if (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(start, end);
  }

  /** The word just after {@code normalizedEnd} (one space between), or "". */
  String wordAfter(int normalizedEnd) {
    String s = text.normalized();
    int start = normalizedEnd;
    if (start < s.length() && s.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  /**
   * True when the original of a span has no white space: its separators were dashes, not spaces.
   */
  boolean writtenWithoutSpaces(int normalizedStart, int normalizedEnd) {
    return text.originalText(normalizedStart, normalizedEnd)
        .codePoints()
        .noneMatch(Character::isWhitespace);
  }

  /**
   * True when the number at {@code normalizedStart} is hyphenated to a word, as in Covid-19 or
   * F-16.
   */
  boolean hyphenatedToWord(int normalizedStart) {
    int at = text.originalStart(normalizedStart);
    String original = text.original();
    return at >= 2
        && isDash(original.charAt(at - 1))
        && Character.isLetter(original.charAt(at - 2));
  }

  private static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }
}

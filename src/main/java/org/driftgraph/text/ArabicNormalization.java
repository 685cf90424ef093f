package org.driftgraph.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Folds text so that the spellings of one name written by different newsrooms compare equal, one
 * character at a time so that every folded character keeps its original offset.
 *
 * <p>What is folded, and why:
 *
 * <ul>
 *   <li>Lucene's {@link ArabicNormalizer}: أ إ آ to ا, ى to ي, ة to ه, tatweel and harakat removed.
 *       Arabic writers drop or add hamza and dots on final yeh freely (أودنوكلاسنيكي /
 *       اودنوكلاسنيكي), stretch words with tatweel (أحمــد) and add vowels to foreign names (رَيات،
 *       روكِت). It is run on a one-character buffer: length 0 means the character is dropped.
 *   <li>Every other non-spacing mark (superscript alef, Quranic marks, a combining hamza, Latin
 *       combining accents) is dropped for the same reason; ٱ becomes ا.
 *   <li>Persian and Urdu letters that Arabic text borrows for foreign sounds or that keyboards
 *       produce: ک and گ to ك, ی and ے to ي, ۀ and ە to ه, ڤ to ف (ڤايبر), پ to ب, چ to ج.
 *   <li>Presentation forms and full-width letters to their plain letters (NFKC of the character).
 *   <li>Latin: lowercase, and accented letters to their base letter, because names are written with
 *       and without capitals and accents (Mail.Ru / mail.ru).
 *   <li>Eastern Arabic and Persian digits to ASCII digits, so that names with digits (8kun, 4chan,
 *       فرانس 24) match however the digits are written.
 *   <li>Hyphens and dashes become a space and runs of spaces become one, so al-Qaeda, al Qaeda and
 *       al - Qaeda are one name; typographic apostrophes and transliteration marks (’ ʿ ʾ `) become
 *       {@code '} so that Kata’ib and Kata'ib agree; zero-width joiners and direction marks are
 *       dropped. Line breaks stay line breaks: a name does not run across paragraphs.
 * </ul>
 */
public final class ArabicNormalization {
  private static final ArabicNormalizer LUCENE = new ArabicNormalizer();
  private static final char TATWEEL = '\u0640';

  private ArabicNormalization() {}

  /**
   * Texts at least this long (an article, not a word) are remembered: the stages of extraction
   * (names, discovery, dates, claims) each fold the same article text.
   */
  private static final int REMEMBERED_LENGTH = 256;

  /** The last long texts folded on this thread and their results (immutable), newest first. */
  private static final ThreadLocal<NormalizedText[]> RECENT =
      ThreadLocal.withInitial(() -> new NormalizedText[4]);

  private static final ThreadLocal<NormalizedText[]> RECENT_KEEPING_CASE =
      ThreadLocal.withInitial(() -> new NormalizedText[2]);

  /** Folds {@code text} for matching, Latin letters lowercased. */
  public static NormalizedText normalize(String text) {
    return remembered(text, true, RECENT);
  }

  /** Folds {@code text} like {@link #normalize} but keeps the case of letters. */
  public static NormalizedText normalizeKeepingCase(String text) {
    return remembered(text, false, RECENT_KEEPING_CASE);
  }

  /**
   * Short texts (words and phrases: the lexicons look up every word of an article by its folded
   * key) folded on this thread, per case mode; a map that reaches {@link #SHORT_TEXTS_KEPT} entries
   * starts again empty, which bounds the memory whatever the corpus.
   */
  private static final ThreadLocal<Map<String, NormalizedText>> SHORT_TEXTS =
      ThreadLocal.withInitial(HashMap::new);

  private static final ThreadLocal<Map<String, NormalizedText>> SHORT_TEXTS_KEEPING_CASE =
      ThreadLocal.withInitial(HashMap::new);

  private static final int SHORT_TEXTS_KEPT = 50_000;

  private static NormalizedText remembered(
      String text, boolean lowercase, ThreadLocal<NormalizedText[]> memory) {
    if (text.length() < REMEMBERED_LENGTH) {
      Map<String, NormalizedText> known =
          (lowercase ? SHORT_TEXTS : SHORT_TEXTS_KEEPING_CASE).get();
      NormalizedText folded = known.get(text);
      if (folded == null) {
        if (known.size() >= SHORT_TEXTS_KEPT) {
          known.clear();
        }
        folded = fold(text, lowercase);
        known.put(text, folded);
      }
      return folded;
    }
    NormalizedText[] recent = memory.get();
    for (NormalizedText known : recent) {
      if (known != null && known.original().equals(text)) {
        return known;
      }
    }
    NormalizedText folded = fold(text, lowercase);
    System.arraycopy(recent, 0, recent, 1, recent.length - 1);
    recent[0] = folded;
    return folded;
  }

  /** True for characters that are written on the letter before them: marks and tatweel. */
  static boolean belongsToPreviousLetter(char c) {
    return c == TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static NormalizedText fold(String text, boolean lowercase) {
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length() + 8];
    int n = 0;
    char[] table = lowercase ? FOLDED_LOWERCASE : FOLDED_KEEPING_CASE;
    char[] buffer = new char[1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String expanded = expands(c) ? expand(c) : null;
      int count = expanded == null ? 1 : expanded.length();
      for (int j = 0; j < count; j++) {
        char folded = expanded == null ? table[c] : foldChar(expanded.charAt(j), lowercase, buffer);
        if (folded == 0 || (folded == ' ' && (n == 0 || out.charAt(n - 1) == ' '))) {
          continue;
        }
        if (n == map.length) {
          map = Arrays.copyOf(map, map.length * 2);
        }
        out.append(folded);
        map[n++] = i;
      }
    }
    return new NormalizedText(text, out.toString(), Arrays.copyOf(map, n));
  }

  /**
   * Presentation forms (ligatures, contextual shapes) and full-width letters: NFKC expands them.
   */
  private static boolean expands(char c) {
    boolean presentation = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    boolean fullWidth = c >= '\uFF01' && c <= '\uFF5E';
    return presentation || fullWidth;
  }

  /** Presentation forms (ligatures, contextual shapes) and full-width letters as plain letters. */
  private static String expand(char c) {
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
  }

  /**
   * {@link #foldChar} of every character that does not expand, computed once: folding is a function
   * of the character alone, and the per-character rules (Lucene's normalizer on a one-character
   * buffer, Unicode categories, NFD for accents) were most of the cost of folding an article.
   */
  private static final char[] FOLDED_LOWERCASE = foldTable(true);

  private static final char[] FOLDED_KEEPING_CASE = foldTable(false);

  private static char[] foldTable(boolean lowercase) {
    char[] table = new char[Character.MAX_VALUE + 1];
    char[] buffer = new char[1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = expands((char) c) ? 0 : foldChar((char) c, lowercase, buffer);
    }
    return table;
  }

  /** The folded character, 0 when it is dropped. */
  private static char foldChar(char c, boolean lowercase, char[] buffer) {
    switch (c) {
      case '\n', '\r', '\u2028', '\u2029':
        return '\n';
      case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u061C', '\u00AD':
        return 0;
      case '-',
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2015',
      '\u2212',
      '\uFE58',
      '\uFE63':
        return ' ';
      case '\u2018',
      '\u2019',
      '\u201B',
      '\u02BC',
      '\u02BB',
      '\u02BF',
      '\u02BE',
      '`',
      '\u00B4',
      '\u2032':
        return '\'';
      case '\u06A9', '\u06AF', '\u06AD':
        return '\u0643';
      case '\u06CC', '\u06D2':
        return '\u064A';
      case '\u06C0', '\u06D5':
        return '\u0647';
      case '\u06A4':
        return '\u0641';
      case '\u067E':
        return '\u0628';
      case '\u0686':
        return '\u062C';
      case '\u0671':
        return '\u0627';
      default:
        break;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    buffer[0] = c;
    if (LUCENE.normalize(buffer, 1) == 0) {
      return 0;
    }
    c = buffer[0];
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return 0;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= '\u00C0' && c <= '\u024F') {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      if (decomposed.length() > 1 && decomposed.charAt(0) < 0x80) {
        c = decomposed.charAt(0);
      }
    }
    return lowercase ? Character.toLowerCase(c) : c;
  }
}

package org.driftgraph.extract.discover;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;

/**
 * Runs of Latin words that {@link EnglishCues}, {@link SlotNames}, {@link TitledPersons} and {@link
 * InitialledNames} read: cue phrases in lower case, capitalised names and where they end, the items
 * of a list of names, the end of a company name written with an abbreviated suffix.
 */
final class LatinRuns {
  private static final Set<String> ABBREVIATED_SUFFIXES =
      Set.of("Inc", "Corp", "Ltd", "Co", "Zrt", "Kft", "Nyrt", "Pty");

  /** Legal forms written with a slash: Danish A/S, I/S, K/S, P/S; Brazilian S/A. */
  private static final Set<String> SLASHED_LEGAL_FORMS = Set.of("A/S", "I/S", "K/S", "P/S", "S/A");

  /** The most words a capitalised name may have. */
  static final int MAX_NAME_WORDS = 5;

  /** Punctuation that ends a sentence (or a clause, for ;). */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?;\n]");

  /** Lower-case particles inside names: Hay'at Tahrir al-Sham, Ansar al-Islam, Jund wal-Ansar. */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ad", "ar", "as", "ash", "at", "an", "wal", "bin", "ibn", "of", "de", "der",
          "van", "von");

  private LatinRuns() {}

  /**
   * Where a name ending at word k ends: after the full stop of an abbreviated company suffix
   * ("Minds Inc.", "Velmark Corp."), which is part of the name as companies write it.
   */
  static int abbreviationEnd(TokenizedText text, int k) {
    int end = text.word(k).end();
    boolean dotted = end < text.text().length() && text.text().charAt(end) == '.';
    return dotted && ABBREVIATED_SUFFIXES.contains(text.word(k).text()) ? end + 1 : end;
  }

  /** "Hoop, BCM and Chirpwire": the word where the next item starts, or past the end. */
  static int nextListItem(TokenizedText text, int j) {
    if (j >= text.size()) {
      return j;
    }
    String gap = text.gapBefore(j).strip();
    String word = text.word(j).lower();
    if (gap.equals(",") && (word.equals("and") || word.equals("or"))) {
      return j + 1;
    }
    if (gap.equals(",")) {
      return j;
    }
    if (gap.isEmpty() && (word.equals("and") || word.equals("or")) && text.spaceBefore(j)) {
      return j + 1;
    }
    return text.size();
  }

  /**
   * Words i..i+n-1 are lower-case Latin words, the first after a space, the rest joined by spaces.
   */
  static boolean isLowerLatinRun(TokenizedText text, int i, int n) {
    for (int k = i; k < i + n; k++) {
      Word word = text.word(k);
      if (word.script() != Script.LATIN
          || !word.text().equals(word.lower())
          || (k > i && !text.spaceBefore(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The largest n up to {@code most} for which {@link #isLowerLatinRun} holds (it holds for every
   * shorter run too), 0 when word i is no lower-case Latin word.
   */
  static int lowerLatinRun(TokenizedText text, int i, int most) {
    int n = 0;
    while (n < most && isLowerLatinRun(text, i + n, 1) && (n == 0 || text.spaceBefore(i + n))) {
      n++;
    }
    return n;
  }

  static String phrase(TokenizedText text, int i, int n) {
    StringBuilder words = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      words.append(k > i ? " " : "").append(text.word(k).text());
    }
    return words.toString();
  }

  /**
   * Where the capitalised name starting at word j ends (exclusive): capitalised words (or words
   * starting with a digit: 8kun) and lower-case particles between them, joined by single spaces. j
   * itself when no name starts there.
   */
  static int nameEnd(TokenizedText text, int j) {
    if (!startsName(text, j)) {
      return j;
    }
    int end = j + 1;
    while (end < text.size()
        && end - j < MAX_NAME_WORDS
        && !isPossessive(text.word(end - 1))
        && (text.spaceBefore(end) || text.gapBefore(end).equals(" & "))) {
      if (startsName(text, end)) {
        end++;
      } else if (!text.spaceBefore(end)) {
        break;
      } else if (PARTICLES.contains(text.word(end).text())
          && end + 1 < text.size()
          && text.spaceBefore(end + 1)
          && startsName(text, end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    // "Mdundo.com A/S": the slash of a legal form joins its two letters, which end the name
    if (end - j >= 2
        && end < text.size()
        && text.gapBefore(end).equals("/")
        && SLASHED_LEGAL_FORMS.contains(text.word(end - 1).text() + "/" + text.word(end).text())) {
      end++;
    }
    return end;
  }

  /** "Mdundo.com A/S": the name's only slash is that of its last word, a legal form. */
  static boolean endsInSlashedLegalForm(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0
        && name.indexOf('/') == name.length() - 2
        && SLASHED_LEGAL_FORMS.contains(name.substring(space + 1).toUpperCase(Locale.ROOT));
  }

  /**
   * "VRT's", "Sudan's": a possessive ends the name it is written on ("VRT's programmes" names VRT)
   * and the name after it is another ("Sudan's Rapid Support Forces").
   */
  static boolean isPossessive(Word word) {
    String text = word.text();
    return text.length() > 2 && (text.endsWith("'s") || text.endsWith("'S"));
  }

  static boolean startsName(TokenizedText text, int j) {
    Word word = text.word(j);
    return word.script() == Script.LATIN
        && (Character.isUpperCase(word.text().charAt(0))
            || (Character.isDigit(word.text().charAt(0))
                && word.text().chars().anyMatch(Character::isLetter)));
  }

  static boolean startsSentence(TokenizedText text, int k) {
    return k == 0 || SENTENCE_END.matcher(text.gapBefore(k)).find();
  }

  static boolean continuesName(TokenizedText text, int i) {
    return (text.spaceBefore(i) || text.gapBefore(i).equals(" & "))
        && startsName(text, i - 1)
        && !isPossessive(text.word(i - 1));
  }
}

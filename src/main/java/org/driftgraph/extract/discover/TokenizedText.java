package org.driftgraph.extract.discover;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.NormalizedText;

/**
 * An article's text folded for matching ({@link ArabicNormalization#normalizeKeepingCase}: Arabic
 * spellings folded, Latin case kept) and cut into words, each word one script: "وTamTam" is the
 * clitic و and the word TamTam. Dots, apostrophes and underscores inside a word belong to it
 * (Rocket.Chat, Kata'ib). What lies between two words (spaces, quotes, punctuation) is their gap.
 */
final class TokenizedText {
  enum Script {
    ARABIC,
    LATIN,
    OTHER
  }

  /**
   * One word: offsets into the folded text, its folded text and its spelling in the article (علي, a
   * name, and على, on, fold to one word; only the spelling tells them apart).
   */
  record Word(int start, int end, String text, Script script, String spelling, String lower) {
    /** A word of {@code text}, its lower case computed once: the cue readers ask for it often. */
    Word(int start, int end, String text, Script script, String spelling) {
      this(start, end, text, script, spelling, text.toLowerCase(Locale.ROOT));
    }

    boolean isCapitalised() {
      return script == Script.LATIN && Character.isUpperCase(text.charAt(0));
    }
  }

  private final NormalizedText folded;
  private final List<Word> words;

  /** Computed on first use: see {@link #wordsInsideSentences()}. */
  private Set<String> insideSentences;

  TokenizedText(String text) {
    this.folded = ArabicNormalization.normalizeKeepingCase(text);
    this.words = split(folded);
  }

  NormalizedText folded() {
    return folded;
  }

  String text() {
    return folded.normalized();
  }

  List<Word> words() {
    return words;
  }

  Word word(int index) {
    return words.get(index);
  }

  int size() {
    return words.size();
  }

  /**
   * The words written after a space inside a sentence, not at its start: whether a capitalised word
   * is capitalised only because it opens a sentence. Computed once per text, since it is asked for
   * every candidate that opens a sentence (once per candidate, it made discovery quadratic).
   */
  Set<String> wordsInsideSentences() {
    if (insideSentences == null) {
      Set<String> inside = new HashSet<>();
      for (int k = 1; k < words.size(); k++) {
        if (!LatinRuns.startsSentence(this, k) && spaceBefore(k)) {
          inside.add(words.get(k).text());
        }
      }
      insideSentences = inside;
    }
    return insideSentences;
  }

  /**
   * The characters before word {@code index}, after the previous word, without the asterisks of
   * Markdown emphasis: "on **Netlify**, the web host" is read as "on Netlify, the web host" (issue
   * 11, round 15: fact boxes and round-ups set names in bold).
   */
  String gapBefore(int index) {
    int from = index == 0 ? 0 : words.get(index - 1).end();
    String gap = text().substring(from, words.get(index).start());
    return gap.indexOf('*') < 0 ? gap : gap.replace("*", "");
  }

  /** True when only spaces separate word {@code index} from the one before it. */
  boolean spaceBefore(int index) {
    return index > 0 && gapBefore(index).isBlank() && !gapBefore(index).contains("\n");
  }

  /**
   * True when the original text joins word {@code index} to the word before it by a hyphen
   * ("neo-Nazi"): the folded text has a space there.
   */
  boolean hyphenBefore(int index) {
    if (index == 0) {
      return false;
    }
    int start = folded.originalStart(words.get(index).start());
    return start > 0
        && folded.original().charAt(start - 1) == '-'
        && folded.originalEnd(words.get(index - 1).end()) == start - 1;
  }

  /**
   * True when word {@code index} is written onto the word before it (a clitic before a Latin name).
   */
  boolean attachedToPrevious(int index) {
    return index > 0 && gapBefore(index).isEmpty();
  }

  private static List<Word> split(NormalizedText folded) {
    String text = folded.normalized();
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      Script script = null;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          Script own = scriptOf(c);
          if (script == null || own == null) {
            script = script == null ? own : script;
          } else if (own != script) {
            break;
          }
          i += Character.charCount(c);
        } else if (isInnerJoiner(text, i)) {
          i++;
        } else {
          break;
        }
      }
      words.add(
          new Word(
              start,
              i,
              text.substring(start, i),
              script == null ? Script.OTHER : script,
              folded.originalText(start, i)));
    }
    return words;
  }

  /** A dot, apostrophe or underscore between two letters or digits of one script: Rocket.Chat. */
  private static boolean isInnerJoiner(String text, int i) {
    char c = text.charAt(i);
    if ((c != '.' && c != '\'' && c != '_') || i == 0 || i + 1 >= text.length()) {
      return false;
    }
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + 1);
    return Character.isLetterOrDigit(before)
        && Character.isLetterOrDigit(after)
        && scriptOf(before) == scriptOf(after);
  }

  /** The script of a letter; null for digits, which join the word they are in. */
  private static Script scriptOf(int c) {
    if (Character.isDigit(c)) {
      return null;
    }
    UnicodeScript script = UnicodeScript.of(c);
    return script == UnicodeScript.ARABIC
        ? Script.ARABIC
        : script == UnicodeScript.LATIN ? Script.LATIN : Script.OTHER;
  }
}

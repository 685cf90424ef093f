package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;

/**
 * Latin-script names inside Arabic text (Hoop, BCM, Chirpwire) that no cue stands right before: a
 * run of Latin words whose first is capitalised. Arabic writers keep a foreign app or outlet in its
 * own script, but they do the same with people's names and gloss Arabic names in parentheses, so
 * the run's type must come from a cue word (any form: التطبيق، منصات، وكالة) at most {@link
 * #WINDOW} words away in the same sentence; without one the run is left alone. Runs glossing the
 * Arabic words before them in parentheses are not read.
 */
final class LatinNamesInArabic {
  static final int WINDOW = 4;
  private static final int MAX_NAME_WORDS = 4;
  private static final String SENTENCE_END = ".!?؟\n";

  private final ArabicCues cues;

  LatinNamesInArabic(ArabicCues cues) {
    this.cues = cues;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      Word word = text.word(i);
      if (word.script() != Script.LATIN
          || (i > 0 && text.spaceBefore(i) && text.word(i - 1).script() == Script.LATIN)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.size()
          && end - i < MAX_NAME_WORDS
          && text.spaceBefore(end)
          && text.word(end).script() == Script.LATIN) {
        end++;
      }
      if (word.isCapitalised() && !isGloss(text, i, end)) {
        ArabicCues.Found cue = nearestCue(text, i, end);
        if (cue != null) {
          found.add(Candidate.of(word.start(), text.word(end - 1).end(), cue.cue()));
        }
      }
      i = end;
    }
    return found;
  }

  /** "(Mitch Prothero)" after Arabic words: a transliteration of what precedes it. */
  private static boolean isGloss(TokenizedText text, int start, int end) {
    String before = text.gapBefore(start).strip();
    boolean afterArabic = start > 0 && text.word(start - 1).script() == Script.ARABIC;
    boolean closes = end >= text.size() || text.gapBefore(end).strip().startsWith(")");
    return afterArabic && before.endsWith("(") && closes;
  }

  /** The nearest cue word within the window, before the run first, in the same sentence. */
  private ArabicCues.Found nearestCue(TokenizedText text, int start, int end) {
    for (int distance = 1; distance <= WINDOW; distance++) {
      int before = start - distance;
      if (before >= 0 && sameSentence(text, before + 1, start)) {
        ArabicCues.Found cue = cues.cueOf(text.word(before));
        if (cue != null) {
          return cue;
        }
      }
      int after = end - 1 + distance;
      if (after < text.size() && sameSentence(text, end, after)) {
        ArabicCues.Found cue = cues.cueOf(text.word(after));
        if (cue != null) {
          return cue;
        }
      }
    }
    return null;
  }

  /** No sentence punctuation in the gaps before words from..to. */
  private static boolean sameSentence(TokenizedText text, int from, int to) {
    for (int k = from; k <= to; k++) {
      String gap = text.gapBefore(k);
      for (int c = 0; c < gap.length(); c++) {
        if (SENTENCE_END.indexOf(gap.charAt(c)) >= 0) {
          return false;
        }
      }
    }
    return true;
  }
}

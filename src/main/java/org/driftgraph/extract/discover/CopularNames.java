package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.driftgraph.extract.discover.TokenizedText.Script;

/**
 * "Brindle is a small video-sharing site", "Hollowmark was a payment processor" (issue 11, round
 * 13): a sentence that opens with a capitalised name and then says what it is types the name as the
 * cue of the predicate would ("the video-sharing site Brindle"). Reporting introduces a small
 * platform, company or group this way when it first explains it, usually after naming it in a
 * headline or a list, where no cue stands beside it.
 *
 * <p>The name opens its sentence or clause (after a full stop, a semicolon, a line break or a
 * closing quote), the copula is "is" or "was" with "a" or "an", and at most {@link #MAX_MODIFIERS}
 * lower-case modifiers (joined by "and", hyphens, or a comma) stand before the cue. A partitive
 * ("is a unit of", "is a subsidiary of") says what the name belongs to, and a person's role needs
 * the two to four words of a person's name; a plural or generic cue ("one of the platforms") types
 * nothing. The predicate must be the cue's head: "X is a site for sharing" is read, "X is a
 * site-blocking law" is not (a hyphen after the cue word continues the compound).
 */
final class CopularNames {
  private static final int MAX_MODIFIERS = 4;
  private static final int MIN_PERSON_WORDS = 2;
  private static final int MAX_PERSON_WORDS = 4;

  private static final Set<String> COPULAS = Set.of("is", "was");
  private static final Set<String> INDEFINITE = Set.of("a", "an");

  private final DiscoveryLexicon lexicon;

  CopularNames(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!LatinRuns.startsName(text, i) || !opensClause(text, i)) {
        continue;
      }
      int end = LatinRuns.nameEnd(text, i);
      int start = firstNameWord(text, i, end);
      if (end == start
          || end + 2 >= text.size()
          || LatinRuns.isPossessive(text.word(end - 1))
          || !text.gapBefore(end).equals(" ")
          || !COPULAS.contains(text.word(end).text())
          || !text.spaceBefore(end + 1)
          || !INDEFINITE.contains(text.word(end + 1).text())) {
        continue;
      }
      Cue cue = predicateCue(text, end + 2);
      if (cue != null && fits(cue, text, start, end)) {
        found.add(
            Candidate.of(text.word(start).start(), LatinRuns.abbreviationEnd(text, end - 1), cue));
      }
      i = end;
    }
    return found;
  }

  /**
   * A sentence or clause opens at word i: the text's first word, after a sentence's end, a
   * semicolon, a line break, or after a closing quote and a space (a quotation ends before the
   * sentence that explains its names).
   */
  private static boolean opensClause(TokenizedText text, int i) {
    if (LatinRuns.startsSentence(text, i)) {
      return true;
    }
    String gap = text.gapBefore(i).strip();
    return !gap.isEmpty() && "\"”’".indexOf(gap.charAt(gap.length() - 1)) >= 0;
  }

  /** "The Lantern Forum is a ...": the sentence's "The" is no word of the name. */
  private int firstNameWord(TokenizedText text, int i, int end) {
    int start = i;
    while (start < end - 1 && lexicon.isStopword("en", text.word(start).lower())) {
      start++;
    }
    if (end - start == 1 && lexicon.isNotName("en", text.word(start).lower())) {
      return end;
    }
    return start;
  }

  /** The cue the modifiers after the article lead to, or null when none heads the predicate. */
  private Cue predicateCue(TokenizedText text, int k) {
    for (int modifiers = 0; k < text.size() && modifiers <= MAX_MODIFIERS; modifiers++) {
      if (!text.spaceBefore(k) && !text.hyphenBefore(k) && !text.gapBefore(k).equals(", ")) {
        return null;
      }
      int cueLength = cueAt(text, k);
      if (cueLength > 0 && text.spaceBefore(k)) {
        int after = k + cueLength;
        Cue cue = lexicon.englishCue(LatinRuns.phrase(text, k, cueLength));
        boolean compound = after < text.size() && text.hyphenBefore(after);
        boolean partitive =
            after < text.size() && text.spaceBefore(after) && text.word(after).lower().equals("of");
        if (cue.reads() == Cue.Reads.LIST || compound || partitive) {
          return null;
        }
        return cue;
      }
      if (text.word(k).script() != Script.LATIN
          || text.word(k).isCapitalised() && !text.hyphenBefore(k)
          || lexicon.isStopword("en", text.word(k).text()) && !text.word(k).text().equals("and")) {
        return null;
      }
      k++;
    }
    return null;
  }

  private int cueAt(TokenizedText text, int k) {
    for (int n = Math.min(lexicon.longestEnglishCue(), text.size() - k); n >= 1; n--) {
      if (LatinRuns.isLowerLatinRun(text, k, n)
          && lexicon.englishCue(LatinRuns.phrase(text, k, n)) != null) {
        return n;
      }
    }
    return 0;
  }

  /** A person's name has two to four words and no company or group suffix. */
  private boolean fits(Cue cue, TokenizedText text, int start, int end) {
    if (!"person".equals(cue.kind())) {
      return true;
    }
    int words = end - start;
    return words >= MIN_PERSON_WORDS
        && words <= MAX_PERSON_WORDS
        && lexicon.nameSuffix(text.word(end - 1).text()) == null;
  }
}

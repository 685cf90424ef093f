package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English persons named without a role cue in lower case (issue 11, round 10): after a capitalised
 * title ("Deputy Commissioner Jane Roe said", naming.txt role title), and a name of two or three
 * capitalised words set off by a comma before "who" ("Jane Roe, who campaigns on ...") or between
 * commas before a verb of saying ("..., Jane Roe, said"). Such people are officials and
 * commentators far more often than the actors of a move or a ban, so the names are read under the
 * source cue "official": mentions, never a claim's argument.
 */
final class TitledPersons {
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 3;

  /** The verbs of saying after a name set off by commas. */
  private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "wrote");

  /**
   * Words that carry a title's field on ("Commissioner Counter Terrorism and Special
   * Investigations"): the capitalised words before them are no name.
   */
  private static final Set<String> JOINING = Set.of("and", "of", "for", "&");

  private final DiscoveryLexicon lexicon;
  private final Cue official;

  TitledPersons(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
    this.official = lexicon.englishCue("official");
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!LatinRuns.startsName(text, i)) {
        continue;
      }
      if (lexicon.isPersonTitle(text.word(i).text())) {
        readAfterTitle(text, i, found);
      } else if (i == 0 || !LatinRuns.continuesName(text, i)) {
        readSetOff(text, i, found);
      }
    }
    return found;
  }

  /** "Commissioner Jane Roe said": the name after the last title of a run of titles. */
  private void readAfterTitle(TokenizedText text, int i, List<Candidate> out) {
    int j = i + 1;
    if (j >= text.size()
        || !text.gapBefore(j).equals(" ")
        || !LatinRuns.startsName(text, j)
        || lexicon.isPersonTitle(text.word(j).text())) {
      return;
    }
    int end = LatinRuns.nameEnd(text, j);
    if (fits(text, j, end) && closed(text, end)) {
      out.add(Candidate.of(text.word(j).start(), text.word(end - 1).end(), official));
    }
  }

  /** "Jane Roe, who ..." and ", Jane Roe, said". */
  private void readSetOff(TokenizedText text, int i, List<Candidate> out) {
    int end = LatinRuns.nameEnd(text, i);
    // "neo-Nazi Jane Roe": a word joined by a hyphen to the one before is a modifier
    int start = text.hyphenBefore(i) ? i + 1 : i;
    if (!fits(text, start, end) || end + 1 >= text.size() || !text.gapBefore(end).equals(", ")) {
      return;
    }
    String next = text.word(end).text();
    boolean who = next.equals("who");
    boolean saying = SAYING.contains(next) && start > 0 && text.gapBefore(start).equals(", ");
    if ((who || saying) && !endsLongerName(text, start, end)) {
      out.add(Candidate.of(text.word(start).start(), text.word(end - 1).end(), official));
    }
  }

  /**
   * The words [start, end) end a longer capitalised name elsewhere in the article: they are a
   * surname ("Van Langenhove, who ..." after "Dries Van Langenhove"), which {@link Surnames} reads
   * as the person named in full.
   */
  private static boolean endsLongerName(TokenizedText text, int start, int end) {
    int length = end - start;
    for (int k = 1; k + length <= text.size(); k++) {
      if (k != start && text.spaceBefore(k) && LatinRuns.startsName(text, k - 1)) {
        boolean same = true;
        for (int w = 0; w < length && same; w++) {
          same = text.word(k + w).text().equals(text.word(start + w).text());
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Two or three capitalised words, none of them a title, a company or group suffix, or a word that
   * is never a name.
   */
  private boolean fits(TokenizedText text, int start, int end) {
    if (end - start < MIN_WORDS || end - start > MAX_WORDS) {
      return false;
    }
    return nameWords(lexicon, text, start, end, false);
  }

  /**
   * Every word of {@code [start, end)} starts a name and is no title, company or group suffix, word
   * that is never a name or possessive; with {@code noCueWords}, no cue word either.
   */
  static boolean nameWords(
      DiscoveryLexicon lexicon, TokenizedText text, int start, int end, boolean noCueWords) {
    for (int k = start; k < end; k++) {
      String word = text.word(k).text();
      String lower = text.word(k).lower();
      if (!LatinRuns.startsName(text, k)
          || lexicon.isPersonTitle(word)
          || lexicon.nameSuffix(word) != null
          || lexicon.isNotName("en", lower)
          || noCueWords && lexicon.isCueWord(lower)
          || LatinRuns.isPossessive(text.word(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name is followed, on its line, by punctuation or a lower-case word ("said", "told") that
   * does not join it to more of a title's field; a title-case headline ("Judge Orders Ban") ends
   * its line with capitalised words that are no name.
   */
  private static boolean closed(TokenizedText text, int end) {
    return end < text.size()
        && !text.gapBefore(end).contains("\n")
        && (!text.spaceBefore(end)
            || !LatinRuns.startsName(text, end)
                && !text.word(end).isCapitalised()
                && !JOINING.contains(text.word(end).text()));
  }
}

package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftgraph.model.EntityType;

/**
 * A person the article names in full once and then by the surname alone (issue 11, round 12): "Jo
 * Q. Bloggs ... Bloggs said ... Bloggs's channel". News refers to people, not to groups, places or
 * companies, by the last word of their name, so a name of two or three plain capitalised words
 * whose last word stands alone at least {@link #MIN_ALONE} times where a surname stands (see {@link
 * #aloneCount}) is a person, with no role cue.
 *
 * <p>The cue is weak ({@link NameDiscoverer}): a commentator's role elsewhere in the article keeps
 * the name a source.
 */
final class RecurringSurnames {
  static final Cue CUE =
      new Cue("en", "recurring surname", EntityType.ACTOR, "person", Cue.Reads.NAME);

  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 3;
  private static final int MIN_ALONE = 2;

  private static final Set<String> HONORIFICS = Set.of("Mr", "Ms", "Mrs", "Miss", "Dr", "Mx");

  /** First words of places ("West Africa", "New Zealand"), never of a person's name. */
  static final Set<String> PLACE_OPENERS =
      Set.of(
          "North",
          "South",
          "East",
          "West",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Central",
          "New",
          "Upper",
          "Lower",
          "Greater",
          "Saint",
          "San",
          "Santa",
          "Los",
          "Las",
          "El",
          "La");

  /** Verbs without -s or -ed that follow a subject, and "and" of a coordinated subject. */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "told", "said",
          "wrote", "made", "began", "left", "set", "put", "took", "went", "got", "sent", "kept",
          "and");

  private final DiscoveryLexicon lexicon;
  private final RoledPersons words;

  RecurringSurnames(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = new RoledPersons(lexicon);
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    // each candidate asks about other places of its words: indexed once per text, since scanning
    // the whole text per candidate made a long article quadratic
    Map<String, List<Integer>> places = new HashMap<>();
    for (int k = 0; k < text.size(); k++) {
      places.computeIfAbsent(text.word(k).text(), w -> new ArrayList<>()).add(k);
    }
    Map<String, Integer> aloneCounts = new HashMap<>();
    for (int i = 0; i < text.size(); i++) {
      if (!LatinRuns.startsName(text, i) || i > 0 && LatinRuns.continuesName(text, i)) {
        continue;
      }
      int end = LatinRuns.nameEnd(text, i);
      int start = i;
      while (start < end
          && (lexicon.isStopword("en", text.word(start).lower())
              || lexicon.isCueWord(text.word(start).lower())
              || lexicon.isPersonTitle(text.word(start).text())
              || LatinRuns.startsSentence(text, start)
                  && lexicon.isNotName("en", text.word(start).lower()))) {
        start++;
      }
      if (end - start >= MIN_WORDS
          && end - start <= MAX_WORDS
          && !text.hyphenBefore(start)
          && !quoted(text, i)
          && words.plainWords(text, start, end)
          && !PLACE_OPENERS.contains(text.word(start).text())
          // written in lower case elsewhere: a capitalised common word opening a sentence
          // ("Inside Russia, ...", "Speaking Hausa ..."), not a given name
          && !places.containsKey(text.word(start).lower())
          && text.word(end - 1).text().chars().allMatch(Character::isLetter)
          && aloneCounts.computeIfAbsent(
                  text.word(end - 1).text(), surname -> aloneCount(text, places, surname))
              >= MIN_ALONE) {
        found.add(Candidate.of(text.word(start).start(), text.word(end - 1).end(), CUE));
      }
      i = end - 1;
    }
    return found;
  }

  /**
   * How often {@code surname} stands alone where a person's surname does: as a possessive
   * ("Bloggs's channel"), after an honorific, or before a verb or a comma ("Bloggs said", "Bloggs
   * has", "Bloggs, for his part"); not inside a longer capitalised run, not after "the" or another
   * function word ("in Russia", "the Vanguard"), not before a hyphen ("Hausa-language").
   */
  private int aloneCount(TokenizedText text, Map<String, List<Integer>> places, String surname) {
    int count = 0;
    List<Integer> at = new ArrayList<>(places.getOrDefault(surname, List.of()));
    at.addAll(places.getOrDefault(surname + "'s", List.of()));
    for (int k : at) {
      boolean possessive = !text.word(k).text().equals(surname);
      boolean honorific =
          k > 0 && text.spaceBefore(k) && HONORIFICS.contains(text.word(k - 1).text());
      boolean inRun =
          k > 0
              && text.spaceBefore(k)
              && !honorific
              && (LatinRuns.startsName(text, k - 1)
                  || lexicon.isStopword("en", text.word(k - 1).lower()));
      if (!inRun && (possessive || honorific || beforeVerbOrComma(text, k))) {
        count++;
      }
    }
    return count;
  }

  /** Word k is followed by ", " or by a lower-case verb-like word ("said", "has", "opened"). */
  private static boolean beforeVerbOrComma(TokenizedText text, int k) {
    if (k + 1 >= text.size()) {
      return false;
    }
    String gap = text.gapBefore(k + 1);
    if (gap.equals(", ")) {
      return true;
    }
    if (!gap.equals(" ") || text.word(k + 1).isCapitalised() || text.hyphenBefore(k + 1)) {
      return false;
    }
    String next = text.word(k + 1).lower();
    return AUXILIARIES.contains(next) || next.endsWith("ed") || next.endsWith("s");
  }

  /** The name opens with a quotation mark: a title or a slogan ("They Can't Stop X"). */
  private static boolean quoted(TokenizedText text, int start) {
    String gap = text.gapBefore(start);
    return !gap.isEmpty() && Quotes.lastOpening(gap, 0, gap.length()) >= 0;
  }
}

package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.driftgraph.model.EntityType;

/**
 * English persons that no lower-case role cue introduces (issue 11, round 12):
 *
 * <ul>
 *   <li>a role written with a capital because it opens a sentence, a line or a list item ("Founder
 *       Jo Bloggs announces ...", "- **May 3:** Leader Jo Bloggs said"): the role of cues.txt (kind
 *       person) is the cue, as "founder Jo Bloggs" would be inside a sentence; the roles of people
 *       who only comment (source-cues.txt) are left to {@link TitledPersons};
 *   <li>a name of two or three capitalised words followed by a verb of saying and a personal
 *       pronoun ("Jo Bloggs says he will appeal", "Jo Bloggs said she had moved"): only a person
 *       says "he" or "she" of itself; "Acme Hosting said it" is no person.
 * </ul>
 */
final class RoledPersons {
  private static final int MIN_WORDS = 2;
  private static final int MAX_ROLE_NAME_WORDS = 4;
  private static final int MAX_SPEAKER_WORDS = 3;

  private static final Set<String> SAYING =
      Set.of("said", "says", "told", "wrote", "writes", "insisted", "insists", "added", "claimed");

  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "he's", "she's", "he'd", "she'd", "his", "her");

  /** The cue of a speaker: a person who may act, not a source. */
  static final Cue SPEAKER = new Cue("en", "says he", EntityType.ACTOR, "person", Cue.Reads.NAME);

  private final DiscoveryLexicon lexicon;

  RoledPersons(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!LatinRuns.startsName(text, i) || i > 0 && LatinRuns.continuesName(text, i)) {
        continue;
      }
      readCapitalisedRole(text, i, found);
      readSpeaker(text, i, found);
    }
    return found;
  }

  /** "Founder Jo Bloggs announces": a capitalised person role at a sentence's or a line's start. */
  private void readCapitalisedRole(TokenizedText text, int i, List<Candidate> out) {
    if (!opensStatement(text, i) || i + 1 >= text.size() || !text.gapBefore(i + 1).equals(" ")) {
      return;
    }
    String role = text.word(i).lower();
    Cue cue = lexicon.englishCue(role);
    if (cue == null || !"person".equals(cue.kind()) || lexicon.isSourceCue(role)) {
      return;
    }
    int end = LatinRuns.nameEnd(text, i + 1);
    if (end - (i + 1) >= MIN_WORDS
        && end - (i + 1) <= MAX_ROLE_NAME_WORDS
        && plainWords(text, i + 1, end)
        && closedByLowerCase(text, end)) {
      out.add(Candidate.of(text.word(i + 1).start(), text.word(end - 1).end(), cue));
    }
  }

  /** "Jo Bloggs says he ...": a name, a verb of saying, a personal pronoun. */
  private void readSpeaker(TokenizedText text, int i, List<Candidate> out) {
    int end = LatinRuns.nameEnd(text, i);
    int start = i;
    if (start < end && lexicon.isCueWord(text.word(start).lower())) {
      start++; // "Founder Jo Bloggs says he": the role is read above
    }
    if (end - start < MIN_WORDS
        || end - start > MAX_SPEAKER_WORDS
        || end + 1 >= text.size()
        || !plainWords(text, start, end)
        || !text.gapBefore(end).equals(" ")
        || !SAYING.contains(text.word(end).text())
        || !text.gapBefore(end + 1).equals(" ")
        || !PERSONAL_PRONOUNS.contains(text.word(end + 1).lower())) {
      return;
    }
    out.add(Candidate.of(text.word(start).start(), text.word(end - 1).end(), SPEAKER));
  }

  /**
   * Word i opens the text, a sentence, a line or a list item ("**Oct 10:** Founder ..."): only
   * there is an ordinary role written with a capital.
   */
  private static boolean opensStatement(TokenizedText text, int i) {
    if (LatinRuns.startsSentence(text, i)) {
      return true;
    }
    String gap = text.gapBefore(i).strip();
    return !gap.isEmpty() && gap.replaceAll("[*_]", "").endsWith(":");
  }

  /**
   * Capitalised words that are no title, suffix, cue, possessive or word that is never a name, the
   * first not a function word.
   */
  boolean plainWords(TokenizedText text, int start, int end) {
    if (lexicon.isStopword("en", text.word(start).lower())) {
      return false;
    }
    return TitledPersons.nameWords(lexicon, text, start, end, true);
  }

  /** A lower-case word or punctuation on the same line follows: the name ends there. */
  private static boolean closedByLowerCase(TokenizedText text, int end) {
    return end < text.size()
        && !text.gapBefore(end).contains("\n")
        && (!text.spaceBefore(end) || !text.word(end).isCapitalised());
  }
}

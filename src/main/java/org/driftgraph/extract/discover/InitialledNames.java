package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Capitalised names an English text defines initials for: "the National Socialist Network (NSN)",
 * "Patriotic Alternative (PA)", "the Israel National Cyber Directorate (INCD)". Writing out a name
 * and then its initials is how reporting introduces a proper name it will use again, so the name is
 * an entity even without a type cue; its head words type it (naming.txt, role initials: Network,
 * Movement, Front → a group; News, Media → an outlet; Ministry, Police → an agency; else a unit
 * noun after the bracket: "(DVE) team" → an agency), and {@link DefinedInitials} then reads the
 * initials as the same entity. The bracket must hold the name's initials in order, so "Telegram
 * (Monday)" or "Kick (Austria)" define nothing.
 */
final class InitialledNames {
  private static final Pattern INITIALS = Pattern.compile("[A-Z][A-Za-z]{0,2}(?:[A-Z][a-z]?){1,6}");
  private static final int MIN_WORDS = 2;

  private final DiscoveryLexicon lexicon;

  InitialledNames(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i + 1 < text.size(); i++) {
      if (!LatinRuns.startsName(text, i) || i > 0 && LatinRuns.continuesName(text, i)) {
        continue;
      }
      int end = LatinRuns.nameEnd(text, i);
      int start = i;
      while (start < end - 1
          && (lexicon.isStopword("en", text.word(start).lower())
              || LatinRuns.startsSentence(text, start)
                  && lexicon.isNotName("en", text.word(start).lower()))) {
        start++;
      }
      if (end - start >= MIN_WORDS && definesInitials(text, start, end)) {
        List<String> words = new ArrayList<>();
        for (int k = start; k < end; k++) {
          words.add(text.word(k).text());
        }
        Cue cue = lexicon.initialledName(words, wordAfterInitials(text, end));
        if (cue != null) {
          found.add(Candidate.of(text.word(start).start(), text.word(end - 1).end(), cue));
        }
      }
      i = end - 1;
    }
    return found;
  }

  /**
   * The word after the bracket that closes the initials at word {@code end}, in lower case, or
   * null: "the Department's Digital Violent Extremism (DVE) team" is a unit of an agency, not a
   * group, though none of its own words says so.
   */
  private static String wordAfterInitials(TokenizedText text, int end) {
    int after = end + 1;
    if (after >= text.size() || !text.gapBefore(after).equals(") ")) {
      return null;
    }
    String word = text.word(after).text();
    return Character.isLowerCase(word.charAt(0)) ? word : null;
  }

  /** Word {@code end} is the initials of words start..end-1, in brackets right after them. */
  private static boolean definesInitials(TokenizedText text, int start, int end) {
    if (end + 1 > text.size()
        || !text.gapBefore(end).equals(" (")
        || end + 1 < text.size() && !text.gapBefore(end + 1).startsWith(")")) {
      return false;
    }
    String initials = text.word(end).text();
    if (!INITIALS.matcher(initials).matches()) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (int k = start; k < end; k++) {
      words.add(text.word(k).text());
    }
    if (SyllabicInitials.abbreviate(words, initials)) {
      return true; // "Radio Nacional Patria Libre (RANPAL)"
    }
    String capitals = initials.replaceAll("[^A-Z]", "");
    int c = 0;
    for (int k = start; k < end; k++) {
      char first = text.word(k).text().charAt(0);
      if (c < capitals.length() && Character.toUpperCase(first) == capitals.charAt(c)) {
        c++;
      } else if (Character.isUpperCase(first)) {
        return false;
      }
    }
    return c == capitals.length() && c >= MIN_WORDS;
  }
}

package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * Persons introduced with their age, the way news writes people whatever their role: "Holloway, a
 * 38-year-old former electrician", "Caleb Ransdell, 27, of Nampa", "Lena Osterholt, 41, said". An
 * age in apposition belongs to a person, so no role cue is needed. The name is one to four
 * capitalised words; a lone surname becomes the full name the article writes elsewhere ("this
 * month's mole is Darren Holloway. ... Holloway, a 38-year-old ..."), so that one entity holds
 * both.
 *
 * <p>The age may also open the description, with the name set off after it (round 13): "a
 * 19-year-old German citizen, Jonas K.", "a 52-year-old former bus driver from Tromso, Arne Vik,
 * ...". Up to eight plain words without punctuation stand between the age and the comma; the name
 * has two or three words (a final initial counts), opens with no function word, nationality or
 * place opener ("a 30-year-old man from Leeds, West Yorkshire," is a place), and is closed by
 * punctuation or "who".
 */
final class AgedPersons {
  /** A capitalised word, or an initial with its full stop ("Caleb J. Ransdell"). */
  private static final String WORD = "\\p{Lu}(?:[\\p{L}'’-]+|\\.)";

  private static final Pattern AGED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.'’-])(?<name>"
              + WORD
              + "(?: "
              + WORD
              + "){0,3}), (?:(?:a|an) (?:[1-9]\\d)[- ]year[- ]old\\b|(?:[1-9]\\d), (?=(?:of|from|who"
              + "|a|an|was|is|said|says|told|pleaded|has|had|admitted|appeared|wrote|posted|"
              + "and)\\b))");

  private static final Pattern AGE_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:[Aa]|[Aa]n) [1-9]\\d[- ]year[- ]old(?: [\\p{L}'’-]+){1,8}?, (?<name>"
              + WORD
              + "(?: "
              + WORD
              + "){1,2})(?=[,;:)]|\\.(?:\\s|$)|(?<=\\.)(?:\\s|$)| who\\b)");

  private static final Cue PERSON =
      new Cue("en", "year-old", EntityType.ACTOR, "person", Cue.Reads.NAME);

  private final DiscoveryLexicon lexicon;

  AgedPersons(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    String folded = text.text();
    Matcher aged = AGED.matcher(folded);
    while (aged.find()) {
      int start = aged.start("name");
      int end = aged.end("name");
      String[] words = aged.group("name").split(" ");
      int skip = 0;
      while (skip < words.length && isNoName(words[skip])) {
        start += words[skip].length() + 1;
        skip++;
      }
      if (skip == words.length) {
        continue;
      }
      if (words.length - skip == 1) {
        int[] full = fullName(folded, words[skip]);
        if (full != null) {
          start = full[0];
          end = full[1];
        }
      }
      found.add(new Candidate(start, end, PERSON.type(), PERSON.kind(), PERSON.words(), false));
    }
    Matcher ageFirst = AGE_FIRST.matcher(folded);
    while (ageFirst.find()) {
      String first = ageFirst.group("name").split(" ")[0];
      // "Jonas K.": the full stop after a final initial ends the sentence, not the name
      int end = ageFirst.end("name") - (ageFirst.group("name").endsWith(".") ? 1 : 0);
      if (!isNoName(first) && !RecurringSurnames.PLACE_OPENERS.contains(first)) {
        found.add(
            new Candidate(
                ageFirst.start("name"), end, PERSON.type(), PERSON.kind(), PERSON.words(), false));
      }
    }
    return found;
  }

  private boolean isNoName(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lexicon.isNotName("en", lower); // function words included
  }

  /**
   * The first "Given Surname" (one or two capitalised words before the surname) in the text whose
   * first word may be a name, or null.
   */
  private int[] fullName(String folded, String surname) {
    Matcher full =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?<given>"
                    + WORD
                    + "(?: "
                    + WORD
                    + ")?) "
                    + Pattern.quote(surname)
                    + "(?![\\p{L}\\p{N}])")
            .matcher(folded);
    while (full.find()) {
      String given = full.group("given").split(" ")[0];
      if (!isNoName(given.replace(".", ""))) {
        return new int[] {full.start(), full.end()};
      }
    }
    return null;
  }
}

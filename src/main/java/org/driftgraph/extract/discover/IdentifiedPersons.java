package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * Persons whom reporting names only as far as they, the police or a court allowed: "a moderator,
 * who gave his name only as Tarek", "a driver identified only as Ruben", "a 27-year-old man
 * identified by the initials K.L.", "an organiser who asked to be identified as Mo". These phrases
 * are only ever said of people, and the person so introduced is usually the one the article then
 * follows (a detainee, a source inside a group), so the name is a person with no role cue. Such a
 * name is often a single given name or initials, which no other person cue accepts.
 *
 * <p>Precision: a bare "identified as" or "named as" is left out (a group or a weapon is
 * "identified as" something too); the phrase must say that the name is partial ("only", "by the
 * initials", "his first name") or that the person gave it. The name is one to three capitalised
 * words (hyphens allowed: "Jean-Marc") or two or three initials with full stops ("K.L.", "K. L."),
 * perhaps quoted, and must be followed by punctuation, the end of the text or a verb of saying or
 * "who".
 */
final class IdentifiedPersons {
  private static final Pattern PHRASE =
      Pattern.compile(
          "\\b(?:(?:gave|gives|giving|give) (?:his|her|their) (?:first |full )?name (?:only )?as"
              + "|(?:identified|named|known) only as"
              + "|identified (?:only )?by (?:the|his|her|their) initials"
              + "|known only by (?:the|his|her|their) initials"
              + "|asked to be identified (?:only )?(?:as|by (?:the|his|her|their)"
              + " (?:first name|initials))"
              + "|identified only by (?:his|her|their) first name"
              + ")(?:,)? [\"“'‘]?(?<name>"
              + "(?:\\p{Lu}\\. ?){1,2}\\p{Lu}\\.?"
              + "|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*(?: \\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?"
              + "[\\p{Ll}'’]+)*){0,2})"
              + "(?=[\"”'’]?(?:[,;:)]|\\.(?:\\s|$)|(?<=\\.)(?:\\s|$)|$"
              + "| (?:who|said|says|told|and|was|is|had|has|posted|wrote)\\b))");

  private static final Cue PERSON =
      new Cue("en", "identified only as", EntityType.ACTOR, "person", Cue.Reads.NAME);

  private final DiscoveryLexicon lexicon;

  IdentifiedPersons(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    Matcher phrase = PHRASE.matcher(text.text());
    while (phrase.find()) {
      String name = phrase.group("name");
      // initials keep their last full stop ("K.L."), as the article writes them again
      int end = phrase.end("name");
      String first = name.split("[ .]")[0].toLowerCase(Locale.ROOT);
      if (!lexicon.isNotName("en", first)) {
        found.add(
            new Candidate(
                phrase.start("name"), end, PERSON.type(), PERSON.kind(), PERSON.words(), false));
      }
    }
    return found;
  }
}

package org.driftgraph.extract.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * A definite noun that points back to an entity named before it (التطبيق، التنظيم، the app).
 *
 * @param types the entity types it can stand for
 * @param kinds when not empty, the kinds it can stand for (الشركة: a company, not an agency)
 * @param introducer when not null, words that present a name as what the anaphor is (تطبيق X، X, a
 *     messaging app): a name so presented within reach is preferred to a merely nearer one
 * @param sentences how many sentences back it may look
 * @param wholeParagraph whether it may also look anywhere earlier in its paragraph; place words
 *     (هناك، فيها، there) do not: they point at the sentence before at most
 * @param plural whether it stands for several names listed together (their accounts, both outlets,
 *     the two broadcasters): it resolves to every name of the latest such list within reach, and to
 *     nothing when none is
 * @param subject whether it is a subject pronoun ("It removed 1,200 videos", "which it also owns"):
 *     it stands for the first fitting name of the nearest sentence that names one (that sentence's
 *     subject), not for the last name before it, which is mostly an object or a description
 *     ("Vimeo, acquired by the Italian company X, published a report. It removed")
 * @param agreement whether it is an Arabic possessive clitic that agrees in gender with the class
 *     noun that presented its antecedent (قناته: a تنظيم or حزب; قناتها: a قناة، وكالة، حركة): it
 *     stands only for a name the text presented with its introducer, and only for words that no
 *     earlier anaphor of the list resolved (a person named within reach keeps قناته)
 * @param storyName whether, with no name its introducer presented within reach, it stands for the
 *     one name the story presented with its introducer however far back and however seldom named
 *     (موقع «بوابة X» in the lead, الموقع in a timeline line below), before a nearer name the text
 *     did not so present; for none when the story presented two
 */
public record Anaphor(
    Pattern pattern,
    Set<EntityType> types,
    Set<String> kinds,
    Pattern introducer,
    int sentences,
    boolean wholeParagraph,
    boolean plural,
    boolean subject,
    boolean agreement,
    boolean storyName) {
  public Anaphor {
    types = Set.copyOf(types);
    kinds = Set.copyOf(kinds);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("anaphor " + pattern + " names no entity type");
    }
    if (agreement && introducer == null) {
      throw new IllegalArgumentException("anaphor " + pattern + " agrees with no introducer");
    }
    if (storyName && introducer == null) {
      throw new IllegalArgumentException(
          "anaphor " + pattern + " has a story name but no introducer");
    }
    if (storyName && agreement) {
      // ArticleText lists a story name's presented names once per anaphor: that holds only when
      // whether a name fits does not depend on where the anaphor stands, as agreement makes it.
      throw new IllegalArgumentException(
          "anaphor " + pattern + " has a story name and agreement: choose one");
    }
  }
}

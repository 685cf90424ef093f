package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * An owner written as an adjective of the name it owns: hyphened to an ownership participle
 * ("Google-owned YouTube", "the Amazon-run Twitch") or a company's possessive before a platform
 * ("Meta's Instagram"). The ownership rules read the owner; for every other relation the owned name
 * is the argument ("moved to Google-owned YouTube" is a move to YouTube). The hyphened owner is
 * already no argument (the cue list compoundModifiers); this class frees the owned name from the
 * ownership trigger and keeps a possessive company out of the slot of the platform it owns.
 */
final class CompoundOwners {
  /** The hyphen before an ownership participle, in the original text. */
  private static final Pattern HYPHEN_PARTICIPLE =
      Pattern.compile("[-\u2010\u2011](?:owned|operated|run|controlled)\\b");

  /** A possessive between a company's name and a platform's: "Meta's Instagram". */
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("['\u2019]s\\s+");

  private CompoundOwners() {}

  /**
   * Whether {@code ownership} is the participle of a hyphened compound and {@code ref} the name
   * right after it: the ownership takes the owner and leaves the owned name to the sentence's verb.
   */
  static boolean leavesOwnedFree(ArticleText at, Hit ownership, Ref ref) {
    if (ownership.rule().type() != RelationType.OWNED_BY || ref.start() < ownership.end()) {
      return false;
    }
    String original = at.article.text();
    int start = at.originalStart(ownership.start());
    return start >= 2
        && Character.isLetterOrDigit(original.charAt(start - 2))
        && HYPHEN_PARTICIPLE.matcher(original).region(start - 1, original.length()).lookingAt()
        && at.wordsBetween(ownership.end(), ref.start()) == 0;
  }

  /**
   * {@code refs} without the hyphened owners of a name right after them: for the relations other
   * than ownership the owned name takes the place the compound holds ("moved to Google-owned
   * YouTube"), which the owner, right after the to word, would otherwise fill.
   */
  static List<Ref> withoutHyphenedOwners(ArticleText at, List<Ref> refs) {
    List<Ref> kept = null;
    for (int i = 0; i < refs.size(); i++) {
      Ref ref = refs.get(i);
      if (hyphenedOwner(at, ref, refs)) {
        if (kept == null) {
          kept = new ArrayList<>(refs.subList(0, i));
        }
      } else if (kept != null) {
        kept.add(ref);
      }
    }
    return kept == null ? refs : kept;
  }

  private static boolean hyphenedOwner(ArticleText at, Ref ref, List<Ref> refs) {
    if (ref.anaphor()) {
      return false;
    }
    String original = at.article.text();
    Matcher compound =
        HYPHEN_PARTICIPLE.matcher(original).region(at.originalEnd(ref.end()), original.length());
    if (!compound.lookingAt()) {
      return false;
    }
    int after = at.toNormalized(compound.end());
    return refs.stream()
        .anyMatch(
            r -> !r.anaphor() && r.start() >= after && at.wordsBetween(after, r.start()) == 0);
  }

  /** Whether {@code ref} is a company whose possessive stands right before a platform of refs. */
  static boolean companyBeforeItsPlatform(ArticleText at, Ref ref, List<Ref> refs) {
    return !ref.anaphor()
        && ref.entity().type() == EntityType.ORGANIZATION
        && "company".equals(ref.entity().kind())
        && refs.stream()
            .anyMatch(
                r ->
                    !r.anaphor()
                        && r.entity().type() == EntityType.PLATFORM
                        && r.start() >= ref.end()
                        && POSSESSIVE_GAP
                            .matcher(at.text.substring(ref.end(), r.start()))
                            .matches());
  }
}

package org.driftgraph.extract.claims;

import java.util.List;
import org.driftgraph.model.EntityType;

/**
 * A company coordinated by an and-word with a platform that does a ban bans too: "Apple and Google
 * removed the app", "حذفت آبل وغوغل التطبيق". Without this, a platform standing with the company
 * makes the company read as that platform's parent, which leaves the ban to the platform
 * ("Alphabet, the parent company of YouTube, removed"); an apposition or "أي" (that is) is no
 * coordination, so "منصات ميتا، أي فيسبوك وإنستغرام" still leaves the ban to the platforms.
 */
final class CoordinatedDoers {
  private final Trigger trigger;

  CoordinatedDoers(Trigger trigger) {
    this.trigger = trigger;
  }

  /**
   * True when the company stands next to a platform of the objects, on the same side of the
   * trigger, joined to it by nothing but an and-word (and quotes or brackets).
   */
  boolean coordinatedWithPlatform(Ref company, List<Ref> objects) {
    boolean before = company.end() <= trigger.start();
    return objects.stream()
        .filter(p -> p.entity().type() == EntityType.PLATFORM)
        .filter(p -> (p.end() <= trigger.start()) == before)
        .anyMatch(p -> joinedByAnd(company, p) || joinedByAnd(p, company));
  }

  private boolean joinedByAnd(Ref first, Ref second) {
    if (first.end() > second.start()) {
      return false;
    }
    boolean nameBetween =
        trigger.namesInSentence().stream()
            .anyMatch(r -> r.start() >= first.end() && r.end() <= second.start());
    if (nameBetween) {
      return false;
    }
    String glue =
        trigger.text().substring(first.end(), second.start()).replaceAll("[\\s«»\"“”'()]", "");
    return trigger.cues().andWords().contains(glue);
  }
}

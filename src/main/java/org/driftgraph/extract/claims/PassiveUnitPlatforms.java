package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.List;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * A platform written as the modifier of the units that a ban with its doer after "by" acted on, the
 * units standing before the trigger: "the group's Facebook pages were removed by Meta", "Facebook
 * pages run by the militia were taken down by Meta", "the removal of YouTube channels by Google".
 * The ban happened on that platform, as it does when the units follow an active verb ("Meta removed
 * Facebook pages run by X", {@code ObjectSearch.modifiesUnit}), so the platform is an object next
 * to the doer.
 */
final class PassiveUnitPlatforms {
  /** Characters after the platform searched for the unit it modifies. */
  private static final int UNIT_REACH = 40;

  private final Trigger trigger;

  PassiveUnitPlatforms(Trigger trigger) {
    this.trigger = trigger;
  }

  /**
   * The platforms before the trigger, with no comma or other clause mark between (so not one in a
   * relative clause: "X, who still runs Telegram channels, had its site removed by Y"), that modify
   * a unit, when the first name after the trigger is its doer (after "by"); else none.
   */
  List<Ref> before(List<Ref> candidates, Ref firstAfter, CueGrammar grammar) {
    String text = trigger.text();
    if (trigger.relation() != RelationType.BANNED_BY
        || !grammar
            .endsWithAgentMarker
            .matcher(text.substring(trigger.end(), firstAfter.start()))
            .find()) {
      return List.of();
    }
    return candidates.stream()
        .filter(
            r ->
                r.end() <= trigger.start()
                    && r.entity().type() == EntityType.PLATFORM
                    && !r.anaphor()
                    && !Trigger.CLAUSE_BREAK
                        .matcher(text.substring(r.end(), trigger.start()))
                        .find()
                    && modifiesUnit(trigger, r))
        .toList();
  }

  /**
   * The platform is written as the modifier of what was banned ("YouTube channels", "Facebook
   * pages"): a unit of {@code cues.json}'s platform units follows it after a space. Also read by
   * {@link ObjectSearch} for the units after an active ban.
   */
  static boolean modifiesUnit(Trigger trigger, Ref ref) {
    String text = trigger.text();
    int at = ref.end();
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at > ref.end()
        && region(
                trigger.cues().platformUnits(), text, at, Math.min(text.length(), at + UNIT_REACH))
            .lookingAt();
  }
}

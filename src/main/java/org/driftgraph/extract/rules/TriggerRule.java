package org.driftgraph.extract.rules;

import java.util.Objects;
import java.util.regex.Pattern;
import org.driftgraph.model.RelationType;

/**
 * One trigger of {@code triggers.json}: words that state a relation, and how to find its arguments.
 *
 * @param name the rule name recorded on every claim it produces
 * @param type the relation it states
 * @param confidence base confidence of its claims, lowered when an argument is inferred
 * @param pattern the trigger, over normalized text
 * @param requires when not null, must match within {@code requiresWithin} characters after the
 *     trigger (a campaign is a ban only when it is "against" or "on" someone)
 * @param agent which argument does the action (the platform that bans, the group that moves)
 * @param agentSlot where a verb's agent stands: right after it (Arabic VSO), right before it (English
 *     SVO), or nowhere (nouns, passives); a name of the wrong type in that slot cancels the claim
 * @param objects how objects are collected
 * @param ownerSide for OWNED_BY, the side of the trigger where the owner stands
 * @param leave for MIGRATED_TO, the trigger means leaving: the platform right after it is left
 * @param implicitSubject whether an absent subject may be taken from the context
 * @param placeObjects beyond the first name after the trigger, a platform counts only after a place
 *     word (على، on): an announcement names where it was made
 * @param blocks whether the trigger stops the argument search of other relations' triggers
 */
public record TriggerRule(
    String name,
    RelationType type,
    double confidence,
    Pattern pattern,
    Pattern requires,
    int requiresWithin,
    Role agent,
    Side agentSlot,
    ObjectScope objects,
    Side ownerSide,
    boolean leave,
    boolean implicitSubject,
    boolean blocks,
    boolean placeObjects) {

  public enum Role { SUBJECT, OBJECT }

  public enum Side { BEFORE, AFTER, NONE }

  /** ALL: the first admissible object after the trigger and those listed with it, else every one before it; AFTER: those after the trigger, else the nearest before; NEAREST: one. */
  public enum ObjectScope { ALL, AFTER, NEAREST }

  public TriggerRule {
    Objects.requireNonNull(name, "rule name");
    Objects.requireNonNull(type, "rule " + name + ": type");
    Objects.requireNonNull(pattern, "rule " + name + ": pattern");
    Objects.requireNonNull(agent, "rule " + name + ": agent");
    Objects.requireNonNull(agentSlot, "rule " + name + ": agentSlot");
    Objects.requireNonNull(objects, "rule " + name + ": objects");
    Objects.requireNonNull(ownerSide, "rule " + name + ": ownerSide");
    if (!(confidence > 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("rule " + name + ": confidence " + confidence + " is not in (0, 1]");
    }
  }
}

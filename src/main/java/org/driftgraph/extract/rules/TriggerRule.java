package org.driftgraph.extract.rules;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;
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
 * @param agentSlot where a verb's agent stands: right after it (Arabic VSO), right before it
 *     (English SVO), or nowhere (nouns, passives); a name of the wrong type in that slot cancels
 *     the claim
 * @param objects how objects are collected
 * @param ownerSide for OWNED_BY, the side of the trigger where the owner stands
 * @param leave for MIGRATED_TO, the trigger means leaving: the platform right after it is left
 * @param implicitSubject where an absent subject may come from: nowhere, the context (the nearest
 *     fitting name earlier in the paragraph, else the article's dominant group), or the dominant
 *     group alone; a DOMINANT rule takes its subject only from its agent slot ("بيان التنظيم"),
 *     else, when the sentence names no possible subject, the dominant group: a definite "the
 *     statement" is the group's, not that of whoever was named last
 * @param placeObjects beyond the first name after the trigger, a platform counts only after a place
 *     word (على، on): an announcement names where it was made
 * @param blocks whether the trigger stops the argument search of other relations' triggers
 * @param objectTypes when not empty, the object types the relation admits that this rule reads (an
 *     action day is a ban by the agency that leads it, not by the platforms taking part; a site
 *     "hosted by" a company moved to that company); else the relation's default object types
 * @param agentRequired the agent slot must hold a name that may do the action (نشره التنظيم: the
 *     pronoun is the statement, the name after it its author; نشرتها صحف: no author, no claim)
 * @param reach OWNED_BY, PARTNERED_WITH, AFFILIATED_WITH: how many words from the trigger both ends
 *     may stand (a possessive "Google's YouTube" joins adjacent names only)
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
    ImplicitSubject implicitSubject,
    boolean blocks,
    boolean placeObjects,
    Set<EntityType> objectTypes,
    boolean agentRequired,
    int reach) {

  public enum Role {
    SUBJECT,
    OBJECT
  }

  public enum Side {
    BEFORE,
    AFTER,
    NONE
  }

  /** Where an absent subject may come from. */
  public enum ImplicitSubject {
    NONE,
    CONTEXT,
    DOMINANT
  }

  /**
   * ALL: the first admissible object after the trigger and those listed with it, else every one
   * before it; AFTER: those after the trigger, else the nearest before; NEAREST: one.
   */
  public enum ObjectScope {
    ALL,
    AFTER,
    NEAREST
  }

  /** The object types this rule reads: its own, else the relation's default ones. */
  public Set<EntityType> admittedObjectTypes() {
    return objectTypes.isEmpty() ? type.defaultObjectTypes() : objectTypes;
  }

  /**
   * A move rule that names Organization among its object types takes a company as the destination
   * (a host, registrar or payment firm); elsewhere a company near a move verb is the one that
   * acted.
   */
  public boolean readsCompanyDestinations() {
    return type == RelationType.MIGRATED_TO && objectTypes.contains(EntityType.ORGANIZATION);
  }

  public TriggerRule {
    Objects.requireNonNull(name, "rule name");
    Objects.requireNonNull(type, "rule " + name + ": type");
    Objects.requireNonNull(pattern, "rule " + name + ": pattern");
    Objects.requireNonNull(agent, "rule " + name + ": agent");
    Objects.requireNonNull(agentSlot, "rule " + name + ": agentSlot");
    Objects.requireNonNull(objects, "rule " + name + ": objects");
    Objects.requireNonNull(ownerSide, "rule " + name + ": ownerSide");
    Objects.requireNonNull(implicitSubject, "rule " + name + ": implicitSubject");
    objectTypes = Set.copyOf(objectTypes);
    if (!type.objectTypes().containsAll(objectTypes)) {
      throw new IllegalArgumentException(
          "rule " + name + ": objectTypes " + objectTypes + " are not objects of " + type);
    }
    if (reach < 0) {
      throw new IllegalArgumentException("rule " + name + ": reach " + reach + " is negative");
    }
    if (!(confidence > 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "rule " + name + ": confidence " + confidence + " is not in (0, 1]");
    }
  }
}

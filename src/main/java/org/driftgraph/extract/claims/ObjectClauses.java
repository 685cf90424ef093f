package org.driftgraph.extract.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.RelationType;

/**
 * Which of the objects {@link ObjectSearch} found stand in the trigger's own clause (session 15,
 * issue 11: most false claims of the blind sets took an argument from another clause).
 *
 * <ul>
 *   <li>Past a semicolon another statement begins, with a verb of its own ("Police detain a teen; a
 *       studio deletes his camp"), on either side of the trigger.
 *   <li>After the trigger, past a comma and a contrast ("..., while the planning took place on X",
 *       "، بينما بقيت قنواتها على X"; {@link Trigger#sameClause}). Before it a relative clause may
 *       stand between the subject and its verb ("Twitter, which labels state media, has withheld"),
 *       so that side is left to the object search.
 *   <li>After the trigger of a ban or an announcement, inside an English relative clause that
 *       describes a noun of the trigger's clause ("disabled 800 accounts storing files whose links
 *       were shared on X", "removed the page, which had linked to X"): the platform there is where
 *       the noun's own verb happened. Migrations read their destinations with their own grammar
 *       ("moved to Gab, where ..., and to Telegram" lists both).
 * </ul>
 */
final class ObjectClauses {
  /** An English relative pronoun that opens a clause describing the noun before it. */
  private static final Pattern RELATIVE = Pattern.compile("\\bwhose\\b|, (?:which|where|who)\\b");

  /**
   * A contrast whose clause takes the statement back: "it" or "them" within a few words in English,
   * a verb with an object pronoun right after بينما، في حين، فيما in Arabic (رصده، نشرتها; a word
   * with the article is a noun).
   */
  private static final Pattern RESTATED =
      Pattern.compile(
          "\\b(?:while|whereas|although|but)\\b(?:\\s+\\S+){0,5}?\\s+(?:it|them)\\b"
              + "|(?:بينما|في حين|فيما)\\s+(?!ال)[^\\s،,.؛]+(?:ه|ها|هم)(?=[\\s،,.؛])");

  /** How many words after a comma show that a relative clause has ended and its clause goes on. */
  private static final int CLAUSE_WORDS = 3;

  private ObjectClauses() {}

  static List<Ref> inTriggerClause(Trigger trigger, List<Ref> objects) {
    return objects.stream()
        .filter(
            o ->
                trigger.sameStatement(o)
                    && (o.start() < trigger.end()
                        || (contrastHolds(trigger, o) && !inRelativeAfter(trigger, o))))
        .toList();
  }

  /**
   * A contrast after the trigger ends its clause, unless the contrast clause of an announcement
   * takes the announced statement back with a pronoun: then it tells the same statement's second
   * place ("the claim appeared on A at 17:55, while monitors first saw it on B at 17:56", بينما
   * رصده ...; the seeds' London Bridge claim, which the first-carrier analysis reads).
   */
  private static boolean contrastHolds(Trigger trigger, Ref object) {
    if (trigger.sameClause(object)) {
      return true;
    }
    if (trigger.relation() != RelationType.ANNOUNCED_ON) {
      return false;
    }
    Matcher restated = RESTATED.matcher(trigger.text());
    restated.region(trigger.end(), object.start());
    return restated.find();
  }

  private static boolean inRelativeAfter(Trigger trigger, Ref object) {
    if (!"en".equals(trigger.language()) || trigger.relation() == RelationType.MIGRATED_TO) {
      return false;
    }
    Matcher relative = RELATIVE.matcher(trigger.text());
    relative.region(trigger.end(), object.start());
    while (relative.find()) {
      // "whose Telegram channel": the platform is the noun's own, named with the trigger's actor.
      boolean possessed =
          relative.group().equals("whose")
              && trigger.wordsBetween(relative.end(), object.start()) == 0;
      if (!possessed && !closedBefore(trigger, relative.end(), object.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The relative clause ends before the object: a comma after it is followed by words of the
   * trigger's clause again (", which killed 140 people, through its agency on X"), not by the next
   * item of a list ("across X, Y").
   */
  private static boolean closedBefore(Trigger trigger, int from, int object) {
    int comma = trigger.text().lastIndexOf(',', object);
    return comma >= from && trigger.wordsBetween(comma + 1, object) >= CLAUSE_WORDS;
  }
}

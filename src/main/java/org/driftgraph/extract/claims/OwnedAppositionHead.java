package org.driftgraph.extract.claims;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owned name of an ownership whose trigger closes an English apposition: "hosted on Aternos, a
 * free hosting service for Minecraft servers operated by Exaroton" says who runs Aternos, the head
 * before the comma, not Minecraft, which only says what the service is for. A name inside the
 * description is a modifier of its noun phrase; the head is what the participle describes. Read
 * only when the owner follows the trigger (a passive's by) and the description opens as an
 * indefinite or definite noun phrase ("a free hosting service", "the video site").
 */
final class OwnedAppositionHead {
  /** The description opens as a noun phrase. */
  private static final Pattern NOUN_PHRASE = Pattern.compile("\\s*(?:a|an|the)\\s");

  /**
   * Words from the trigger back to the head: the description may be longer than an ownership's
   * ordinary reach, since its commas bound it.
   */
  static final int REACH_WORDS = 14;

  private OwnedAppositionHead() {}

  /**
   * The head of the apposition that holds the trigger, when a name that could be owned stands
   * inside the description between the comma and the trigger; else empty (the ordinary search is
   * right then). An anaphor inside ("the platform owned by") stands for the head already. The
   * description is singular ("a ... service"), so the head alone is owned, not a list it ends.
   */
  static Optional<Ref> head(Trigger trigger, Ref owner, Predicate<Ref> ownable) {
    if (!"en".equals(trigger.language()) || owner.start() < trigger.end()) {
      return Optional.empty();
    }
    String text = trigger.text();
    Matcher breaks =
        Trigger.CLAUSE_BREAK.matcher(text).region(trigger.sentenceStart(), trigger.start());
    int comma = -1;
    while (breaks.find()) {
      comma = breaks.start();
    }
    if (comma < 0
        || text.charAt(comma) != ','
        || !NOUN_PHRASE.matcher(text).region(comma + 1, trigger.start()).lookingAt()) {
      return Optional.empty();
    }
    int open = comma;
    boolean nameInside =
        trigger.namesInSentence().stream()
            .anyMatch(
                r ->
                    r.start() > open
                        && r.end() <= trigger.start()
                        && !r.anaphor()
                        && ownable.test(r));
    if (!nameInside) {
      return Optional.empty();
    }
    return trigger.namesInSentence().stream()
        .filter(
            r ->
                r.end() <= open
                    && ownable.test(r)
                    && ArgumentReader.QUOTES_AND_SPACE
                        .matcher(text.substring(r.end(), open))
                        .matches())
        .reduce((a, b) -> b);
  }
}

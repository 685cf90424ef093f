package org.driftgraph.extract.claims;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * The owned name of an ownership whose trigger closes an English apposition: "hosted on Aternos, a
 * free hosting service for Minecraft servers operated by Exaroton" says who runs Aternos, the head
 * before the comma, not Minecraft, which only says what the service is for. A name inside the
 * description is a modifier of its noun phrase; the head is what the participle describes. Read
 * only when the owner follows the trigger (a passive's by) and the description opens as an
 * indefinite or definite noun phrase ("a free hosting service", "the video site").
 */
final class OwnedAppositionHead {
  /** The description opens as a noun phrase ("one of" a class is one member of it). */
  private static final Pattern NOUN_PHRASE = Pattern.compile("\\s*(?:a|an|the|one of)\\s");

  /**
   * A relative that carries the passive after the description: "Yubo, the French app popular with
   * teenagers, which is operated by Twelve App" describes Yubo as the description does.
   */
  private static final Pattern RELATIVE_PASSIVE =
      Pattern.compile(
          "\\s*(?:which|that) (?:is|was|are|were|has been|have been|had been)(?: (?:also|now|still))? ");

  /** A relative pronoun alone between the apposition's closing comma and the trigger. */
  private static final Pattern ARABIC_RELATIVE = Pattern.compile("\\s*[وف]?(?:الذي|التي)\\s*");

  /**
   * An Arabic apposition opens as a noun phrase: a definite noun, a superlative or an ordinal
   * (أكبر، أحد، أول), or a class noun (تطبيق، منصة، خادم); a conjunction, preposition or verb opens
   * a clause instead (normalized text: ة is ه, أ إ آ are ا).
   */
  private static final Pattern ARABIC_NOUN_PHRASE =
      Pattern.compile(
          "\\s*(?:ال(?!ذي|تي|ذين|ى)\\S{2,}|(?:اكبر|احد|احدي|اول|اشهر|ابرز|اقدم|اوسع|اهم|ثاني|ثالث"
              + "|تطبيق|منصه|خدمه|موقع|شبكه|خادم|متجر|برنامج|لعبه|نسخه)(?!\\S))");

  /**
   * Words from the trigger back to the head: the description may be longer than an ownership's
   * ordinary reach, since its commas bound it.
   */
  static final int REACH_WORDS = 14;

  private OwnedAppositionHead() {}

  /**
   * The head of the apposition that holds the trigger, when the description reaches past an
   * ownership's ordinary reach or names another platform between the comma and the trigger; else
   * empty (the ordinary search is right then). An anaphor inside ("the platform owned by") stands
   * for the head already, and a plural one ("the apps owned by") for a list the head ends. The
   * description is singular ("a ... service"), so the head alone is owned, not a list it ends.
   */
  static Optional<Ref> head(Trigger trigger, Ref owner, Predicate<Ref> ownable) {
    if (owner.start() < trigger.end()) {
      return Optional.empty();
    }
    if ("ar".equals(trigger.language())) {
      return arabicHead(trigger, ownable);
    }
    if (!"en".equals(trigger.language())) {
      return Optional.empty();
    }
    String text = trigger.text();
    int comma = lastBreak(trigger, trigger.start());
    if (comma >= 0 && RELATIVE_PASSIVE.matcher(text).region(comma + 1, trigger.start()).matches()) {
      comma = lastBreak(trigger, comma);
    }
    if (comma < 0
        || text.charAt(comma) != ','
        || !NOUN_PHRASE.matcher(text).region(comma + 1, trigger.start()).lookingAt()) {
      return Optional.empty();
    }
    int open = comma;
    List<Ref> inside =
        trigger.namesInSentence().stream()
            .filter(r -> r.start() > open && r.end() <= trigger.start())
            .toList();
    boolean nameInside = inside.stream().anyMatch(r -> !r.anaphor() && ownable.test(r));
    if (!nameInside && !inside.isEmpty()) {
      return Optional.empty();
    }
    return headBefore(trigger, open, ownable);
  }

  /**
   * An Arabic relative right after a closed apposition describes the apposition's head: "خادم «X»،
   * أكبر خوادم شبكة «Y»، الذي تديره منظمة Z" says who runs X, not Y; "تطبيق «X»، تطبيق المراسلة
   * الشائع في ...، الذي تملكه شركة Z" reaches X past the ownership's ordinary reach. The apposition
   * opens as a noun phrase and names no company and no owner (a company inside, "تطبيق شركة «Y»،
   * التي تملكها", or an ownership, "تطبيق «X»، التابع لـ«Y»، التي تملكها", may be what the relative
   * describes).
   */
  private static Optional<Ref> arabicHead(Trigger trigger, Predicate<Ref> ownable) {
    String text = trigger.text();
    int close = lastBreak(trigger, trigger.start());
    if (close < 0 || !ARABIC_RELATIVE.matcher(text).region(close + 1, trigger.start()).matches()) {
      return Optional.empty();
    }
    int open = lastBreak(trigger, close);
    if (open < 0
        || text.charAt(open) != '،' && text.charAt(open) != ','
        || !ARABIC_NOUN_PHRASE.matcher(text).region(open + 1, close).lookingAt()) {
      return Optional.empty();
    }
    boolean companyInside =
        trigger.namesInSentence().stream()
            .anyMatch(
                r ->
                    r.start() > open
                        && r.end() <= close
                        && r.entity().type() == EntityType.ORGANIZATION);
    boolean triggerInside =
        trigger.triggersInSentence().stream().anyMatch(h -> h.start() > open && h.end() <= close);
    if (companyInside || triggerInside) {
      return Optional.empty();
    }
    return headBefore(trigger, open, ownable);
  }

  /**
   * The last ownable name that ends right before the apposition's comma at {@code open} (quotes and
   * spaces between): the apposition's head.
   */
  private static Optional<Ref> headBefore(Trigger trigger, int open, Predicate<Ref> ownable) {
    String text = trigger.text();
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

  /** The last clause break of the trigger's sentence before {@code before}, or -1. */
  private static int lastBreak(Trigger trigger, int before) {
    Matcher breaks =
        Trigger.CLAUSE_BREAK.matcher(trigger.text()).region(trigger.sentenceStart(), before);
    int found = -1;
    while (breaks.find()) {
      found = breaks.start();
    }
    return found;
  }
}

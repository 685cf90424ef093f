package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * The arguments of OWNED_BY, PARTNERED_WITH and AFFILIATED_WITH: both ends are named in the
 * sentence, within the rule's reach of the trigger, the owner found first (glued to the trigger, a
 * company within reach, else the name on the rule's owner side), then the owned name on the other
 * side. {@link ArgumentReader} hands these relations over; actors' relations stay there.
 */
final class ThingClaims {
  /** Makes a claim with the reader's confidence rules (anaphora, distance) and modality. */
  interface Drafts {
    Draft draft(Entity subject, Ref subjectRef, Ref object, List<String> from, double base);
  }

  private static final Pattern TRANSLITERATION = Pattern.compile("[\\s«»\"“”]*\\(\\s*");

  private final Trigger trigger;
  private final String text;
  private final Cues cues;
  private final EnglishAppositions appositions;
  private final Drafts drafts;

  ThingClaims(Trigger trigger, EnglishAppositions appositions, Drafts drafts) {
    this.trigger = trigger;
    this.text = trigger.text();
    this.cues = trigger.cues();
    this.appositions = appositions;
    this.drafts = drafts;
  }

  List<Draft> claims() {
    if (trigger.relation() == RelationType.OWNED_BY
        && trigger
            .grammar()
            .pronounOwner
            .matcher(text)
            .region(trigger.end(), trigger.sentenceEnd())
            .lookingAt()) {
      return ownedByPronoun();
    }
    Optional<Ref> owner =
        (trigger.relation() == RelationType.OWNED_BY
                ? owner()
                : trigger.nearestReachable(Side.AFTER, r -> trigger.admits(Role.OBJECT, r)))
            .filter(this::withinReach);
    if (owner.isEmpty()) {
      return List.of();
    }
    Side otherSide = owner.get().start() >= trigger.end() ? Side.BEFORE : Side.AFTER;
    Predicate<Ref> ownable =
        r ->
            trigger.admits(Role.SUBJECT, r)
                && !r.id().equals(owner.get().id())
                && !sameName(r, owner.get())
                && !appositions.apposedToStranger(r);
    Optional<Ref> appositionHead =
        OwnedAppositionHead.head(trigger, owner.get(), ownable)
            .filter(r -> trigger.wordsTo(r) <= OwnedAppositionHead.REACH_WORDS);
    Optional<Ref> owned =
        appositionHead.isPresent()
            ? appositionHead
            : trigger
                .nearestReachable(otherSide, ownable.and(this::sameSegment))
                .or(
                    () ->
                        trigger.nearestReachable(
                            Side.NONE, ownable.and(r -> !pastOwnerAcrossComma(r, owner.get()))))
                .filter(this::withinReach);
    if (owned.isEmpty()) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    // A possessive joins only the name right after it: "Apple's App Store and Google Play" says
    // nothing of who owns Google Play.
    // A singular description in apposition joins only the name it follows: "Gettr and Truth
    // Social, the platform owned by TMTG" says nothing of who owns Gettr.
    List<Ref> owneds =
        trigger.reachWords() == 0 || appositionHead.isPresent() || singularApposition(owned.get())
            ? List.of(owned.get())
            : trigger.chain(owned.get(), r -> trigger.admits(Role.SUBJECT, r));
    for (Ref subject : owneds) {
      if (!subject.id().equals(owner.get().id())) {
        out.add(
            drafts.draft(
                subject.entity(), subject, owner.get(), List.of(), trigger.baseConfidence()));
      }
    }
    return out;
  }

  /** An anaphor that stands for one name only ("the platform", not "their apps"). */
  private boolean singularApposition(Ref ref) {
    return ref.anaphor()
        && trigger.namesInSentence().stream()
            .noneMatch(
                r -> r != ref && r.start() == ref.start() && r.end() == ref.end() && r.anaphor());
  }

  /**
   * A name after an owner named after the trigger, across a comma, starts another statement:
   * "Joyent, the cloud host owned by Samsung, gave Gab notice" says nothing of who owns Gab: the
   * trigger is inside an apposition to the name before its comma. A trigger outside one ("Owned by
   * ByteDance, TikTok ...", "منصات ميتا، أي فيسبوك") does reach it.
   */
  private boolean pastOwnerAcrossComma(Ref ref, Ref owner) {
    if (owner.start() < trigger.end() || ref.start() < owner.end()) {
      return false;
    }
    Matcher breaks =
        Trigger.CLAUSE_BREAK.matcher(text).region(trigger.sentenceStart(), trigger.start());
    int open = -1;
    while (breaks.find()) {
      open = breaks.start();
    }
    int comma = open;
    boolean insideApposition =
        comma >= 0
            && trigger.namesInSentence().stream()
                .anyMatch(
                    r ->
                        r.end() <= comma
                            && ArgumentReader.QUOTES_AND_SPACE
                                .matcher(text.substring(r.end(), comma))
                                .matches());
    return (insideApposition || appositions.triggerDescribesStranger())
        && Trigger.CLAUSE_BREAK.matcher(text.substring(owner.end(), ref.start())).find();
  }

  /**
   * Both ends of an ownership or partnership stand close to its trigger, and no clause opener
   * stands between the trigger and a name after it ("the owner of the servers that hosted Parler"
   * is not Parler's owner; "X, which owns TamTam, also owns Y" keeps X).
   */
  private boolean withinReach(Ref ref) {
    boolean opensClause =
        ref.start() >= trigger.end()
            && region(cues.clauseOpeners(), text, trigger.end(), ref.start()).find();
    return trigger.wordsTo(ref) <= trigger.reachWords() && !opensClause;
  }

  /**
   * A name and its other script in brackets or quotes right after it («آيرون مارتش» (Iron March))
   * are one name.
   */
  private boolean sameName(Ref a, Ref b) {
    Ref first = a.start() <= b.start() ? a : b;
    Ref second = first == a ? b : a;
    return first.end() <= second.start()
        && TRANSLITERATION.matcher(text.substring(first.end(), second.start())).matches();
  }

  /**
   * No comma between the trigger and the name: "the Facebook-owned messenger, and the Amazon-owned
   * Twitch".
   */
  private boolean sameSegment(Ref ref) {
    int from = Math.min(ref.end(), trigger.end());
    int to = Math.max(ref.start(), trigger.start());
    return from >= to || !Trigger.CLAUSE_BREAK.matcher(text.substring(from, to)).find();
  }

  /**
   * The owner: the name glued to the trigger on the owner side ("Facebook-owned"), else a company
   * within reach wherever it stands, else the platform on the rule's owner side.
   */
  private Optional<Ref> owner() {
    // "run by Alphabet's Google": after a passive's by, a company named after the trigger, else
    // the name right after by (at most two words on), is the owner, before a company on the owned
    // side ("Google Domains, the registrar run by Google"); nothing across a comma ("maintained
    // by volunteers, and to Briar").
    boolean passiveBy = text.substring(trigger.start(), trigger.end()).endsWith(" by");
    if (passiveBy) {
      return trigger
          .nearestReachable(
              Side.AFTER,
              r ->
                  trigger.admits(Role.OBJECT, r)
                      && r.entity().type() == EntityType.ORGANIZATION
                      && withinReach(r)
                      && sameSegment(r))
          .or(
              () ->
                  trigger
                      .nearestReachable(Side.AFTER, r -> trigger.admits(Role.OBJECT, r))
                      .filter(r -> trigger.wordsTo(r) <= 2))
          .or(() -> companyInReach().filter(this::sameSegment))
          .or(
              () ->
                  trigger
                      .nearestReachable(Side.AFTER, r -> trigger.admits(Role.OBJECT, r))
                      .filter(this::sameSegment));
    }
    Optional<Ref> glued =
        trigger.ownerSide() != Side.BEFORE
            ? Optional.empty()
            : trigger
                .nearestReachable(Side.BEFORE, r -> trigger.admits(Role.OBJECT, r))
                .filter(r -> trigger.wordsTo(r) == 0 && !arabicAnaphor(r));
    if (glued.isPresent()) {
      return glued;
    }
    if (text.startsWith("'", trigger.start())) {
      // A possessive's owner is the name it is written on: in "VK, Russia's largest social
      // network" the possessor is no name, and VK is what is described, not its owner.
      return Optional.empty();
    }
    Optional<Ref> company = companyInReach();
    return company.isPresent()
        ? company
        : trigger.nearestReachable(trigger.ownerSide(), r -> trigger.admits(Role.OBJECT, r));
  }

  /**
   * An Arabic definite noun right before an owner participle is the participle's own head, not a
   * name glued to it: in "وهي الشركة المالكة أيضا لشبكة X" الشركة is the company the sentence named
   * before (a company in reach), which the anaphor may resolve to another name.
   */
  private boolean arabicAnaphor(Ref ref) {
    return ref.anaphor() && "ar".equals(trigger.language());
  }

  private Optional<Ref> companyInReach() {
    return trigger.nearestReachable(
        Side.NONE,
        r ->
            trigger.admits(Role.OBJECT, r)
                && r.entity().type() == EntityType.ORGANIZATION
                && withinReach(r));
  }

  /**
   * "وعلى إنستغرام المملوك لها", "YouTube, owned by it": the owned name stands right before the
   * trigger and the pronoun points back to the owner named before it in the sentence, a company
   * first ("أعلنت شركة ميتا أنها حذفت ... على واتساب المملوك لها").
   */
  private List<Draft> ownedByPronoun() {
    Optional<Ref> owned =
        trigger
            .nearestAcrossTriggers(Side.BEFORE, r -> trigger.admits(Role.SUBJECT, r))
            .filter(r -> trigger.wordsBetween(r.end(), trigger.start()) <= 1);
    if (owned.isEmpty()) {
      return List.of();
    }
    Predicate<Ref> owns =
        r ->
            trigger.admits(Role.OBJECT, r)
                && !r.id().equals(owned.get().id())
                && r.end() <= owned.get().start();
    return trigger.namesInSentence().stream()
        .filter(owns)
        .max(
            java.util.Comparator.comparing((Ref r) -> r.entity().type() == EntityType.ORGANIZATION)
                .thenComparingInt(Ref::end))
        .map(
            owner ->
                List.of(
                    drafts.draft(
                        owned.get().entity(),
                        owned.get(),
                        owner,
                        List.of(),
                        trigger.baseConfidence() * ArgumentReader.ANAPHOR)))
        .orElse(List.of());
  }
}

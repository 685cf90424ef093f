package org.driftgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule;
import org.driftgraph.extract.rules.TriggerRule.ObjectScope;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;

/**
 * Reads the claims of one sentence: finds the triggers of the rule set and, for each, the
 * arguments the relation admits.
 *
 * <p>How arguments are found (the rule files tune each step, docs/extraction.md explains them):
 *
 * <ul>
 *   <li>Only entities whose type (and kind) the relation admits are candidates, so one sentence
 *       with a group and a platform reads the same in both voices.
 *   <li>A verb's agent slot (the name right after an Arabic verb, right before an English one) must
 *       hold an entity that may do the action; "أعلن تطبيق تيليجرام" is not a group announcing.
 *   <li>An actor subject is the nearest admissible one before the trigger, else after it, groups and
 *       outlets before persons; absent, it is the nearest earlier in the paragraph, else the
 *       article's dominant group.
 *   <li>Platforms and organizations are not looked for across a trigger of another relation: in
 *       "ISIS, banned by Twitter, moved to Telegram" Twitter belongs to the ban.
 *   <li>Names joined by commas and و/and/or are one list: each yields its own claim.
 *   <li>Both ends of OWNED_BY, PARTNERED_WITH and AFFILIATED_WITH stand within eight words of the trigger.
 * </ul>
 */
final class ClaimFinder {
  private static final Pattern LIST_GLUE =
      Pattern.compile("[\\s،,؛;«»\"“”'()\\[\\]]*(?:(?:و|او|أو|and|or|&)(?![\\p{L}\\p{N}])\\s*)?[\\s«»\"“”'()\\[\\]]*");
  private static final double IMPLICIT_SUBJECT = 0.7;
  private static final double ANAPHOR = 0.9;
  private static final double FAR = 0.85;
  private static final int FAR_WORDS = 12;
  private static final int SOURCE_REACH = 16;
  private static final int THING_REACH_WORDS = 8;

  private record Hit(TriggerRule rule, int start, int end) {}

  private final RuleSet rules;
  private final Cues cues;

  ClaimFinder(RuleSet rules) {
    this.rules = rules;
    this.cues = rules.cues();
  }

  List<Draft> find(ArticleText at, ArticleText.Span span) {
    List<Hit> hits = new ArrayList<>();
    for (TriggerRule rule : rules.triggers()) {
      Matcher m = region(rule.pattern(), at.text, span.start(), span.end());
      while (m.find()) {
        Hit hit = new Hit(rule, m.start(), m.end());
        if (!negated(at.text, span, hit) && required(at.text, span, hit)) {
          hits.add(hit);
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    List<Ref> refs = at.refsIn(span);
    Modality modality = modality(at.text, span);
    List<Draft> drafts = new ArrayList<>();
    for (Hit hit : hits) {
      if (Boolean.getBoolean("driftgraph.debug")) {
        System.out.println("hit " + hit.rule().name() + " «" + at.text.substring(hit.start(), hit.end()) + "»");
      }
      drafts.addAll(new Reading(at, span, refs, hits, hit, modality).claims());
    }
    return drafts;
  }

  private Modality modality(String text, ArticleText.Span span) {
    if (region(cues.hedge(), text, span.start(), span.end()).find()) {
      return Modality.HEDGED;
    }
    if (region(cues.report(), text, span.start(), span.end()).find()) {
      return Modality.REPORTED;
    }
    return Modality.ASSERTED;
  }

  private boolean negated(String text, ArticleText.Span span, Hit hit) {
    Matcher m = region(cues.negation(), text, Math.max(span.start(), hit.start() - cues.negationWindow()), hit.start());
    return m.find();
  }

  private static boolean required(String text, ArticleText.Span span, Hit hit) {
    TriggerRule rule = hit.rule();
    return rule.requires() == null
        || region(rule.requires(), text, hit.end(), Math.min(span.end(), hit.end() + rule.requiresWithin())).find();
  }

  static Matcher region(Pattern pattern, String text, int start, int end) {
    Matcher m = pattern.matcher(text);
    m.region(start, Math.max(start, end));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  /** The arguments of one trigger in one sentence. */
  private final class Reading {
    private final ArticleText at;
    private final ArticleText.Span span;
    private final List<Ref> refs;
    private final List<Hit> hits;
    private final Hit hit;
    private final TriggerRule rule;
    private final RelationType type;
    private final Modality modality;

    Reading(ArticleText at, ArticleText.Span span, List<Ref> refs, List<Hit> hits, Hit hit, Modality modality) {
      this.at = at;
      this.span = span;
      this.refs = refs;
      this.hits = hits;
      this.hit = hit;
      this.rule = hit.rule();
      this.type = rule.type();
      this.modality = modality;
    }

    List<Draft> claims() {
      if (agentSlotHoldsStranger()) {
        return List.of();
      }
      return type.subjectTypes().contains(EntityType.ACTOR) ? actorClaims() : thingClaims();
    }

    /** Relations whose subject is a group or outlet: MIGRATED_TO, BANNED_BY, ANNOUNCED_ON, CLAIMED, ACTIVE_ON. */
    private List<Draft> actorClaims() {
      List<Ref> objects = objects();
      if (objects.isEmpty()) {
        return List.of();
      }
      List<Ref> subjects = subjects(objects);
      double confidence = rule.confidence();
      List<Entity> subjectEntities = new ArrayList<>();
      if (subjects.isEmpty()) {
        Optional<Entity> implicit = rule.implicitSubject() ? implicitSubject() : Optional.empty();
        if (implicit.isEmpty()) {
          return List.of();
        }
        subjectEntities.add(implicit.get());
        confidence *= IMPLICIT_SUBJECT;
      }
      List<Ref> left = new ArrayList<>();
      List<Ref> reached = new ArrayList<>();
      if (type == RelationType.MIGRATED_TO) {
        splitOrigins(objects, left, reached);
      } else {
        reached.addAll(objects);
      }
      List<String> from = left.stream().map(Ref::id).distinct().toList();
      List<Draft> out = new ArrayList<>();
      for (Ref object : reached) {
        if (subjects.isEmpty()) {
          out.add(draft(subjectEntities.get(0), null, object, from, confidence));
        }
        for (Ref subject : subjects) {
          if (!subject.id().equals(object.id())) {
            out.add(draft(subject.entity(), subject, object, from, confidence));
          }
        }
      }
      return out;
    }

    /** OWNED_BY, PARTNERED_WITH, AFFILIATED_WITH: both ends are named in the sentence. */
    private List<Draft> thingClaims() {
      Optional<Ref> owner = (type == RelationType.OWNED_BY ? owner() : nearest(r -> admits(Role.OBJECT, r), Side.AFTER))
          .filter(this::withinReach);
      if (owner.isEmpty()) {
        return List.of();
      }
      Side otherSide = owner.get().start() >= hit.end() ? Side.BEFORE : Side.AFTER;
      java.util.function.Predicate<Ref> ownable = r -> admits(Role.SUBJECT, r) && !r.id().equals(owner.get().id());
      Optional<Ref> owned = nearest(ownable, otherSide).or(() -> nearest(ownable, Side.NONE)).filter(this::withinReach);
      if (owned.isEmpty()) {
        return List.of();
      }
      List<Draft> out = new ArrayList<>();
      for (Ref subject : chain(owned.get(), r -> admits(Role.SUBJECT, r))) {
        if (!subject.id().equals(owner.get().id())) {
          out.add(draft(subject.entity(), subject, owner.get(), List.of(), rule.confidence()));
        }
      }
      return out;
    }

    /** Both ends of an ownership or partnership stand close to its trigger. */
    private boolean withinReach(Ref ref) {
      return wordsTo(hit, ref) <= THING_REACH_WORDS;
    }

    /** The owner: a company wherever it stands, else the platform on the rule's owner side. */
    private Optional<Ref> owner() {
      Optional<Ref> company = nearest(r -> admits(Role.OBJECT, r) && r.entity().type() == EntityType.ORGANIZATION, Side.NONE);
      return company.isPresent() ? company : nearest(r -> admits(Role.OBJECT, r), rule.ownerSide());
    }

    private List<Ref> objects() {
      List<Ref> candidates = refs.stream()
          .filter(r -> admits(Role.OBJECT, r) && reachable(r) && !denied(r) && !closerToAnotherTrigger(r))
          .toList();
      List<Ref> after = candidates.stream().filter(r -> r.start() >= hit.end()).toList();
      if (rule.objects() == ObjectScope.ALL) {
        return after.isEmpty() ? distinctEntities(candidates) : chain(after.get(0), x -> admits(Role.OBJECT, x));
      }
      if (rule.objects() == ObjectScope.AFTER && !after.isEmpty()) {
        List<Ref> first = chain(after.get(0), x -> admits(Role.OBJECT, x));
        return distinctEntities(after.stream()
            .filter(r -> !rule.placeObjects() || first.contains(r) || afterPlaceWord(r))
            .toList());
      }
      Side side = rule.objects() == ObjectScope.AFTER ? Side.BEFORE : Side.NONE;
      return nearest(r -> admits(Role.OBJECT, r) && (!rule.placeObjects() || afterPlaceWord(r)), side)
          .map(r -> chain(r, x -> admits(Role.OBJECT, x)))
          .orElse(List.of());
    }

    private List<Ref> subjects(List<Ref> objects) {
      Set<String> objectIds = new LinkedHashSet<>();
      objects.forEach(o -> objectIds.add(o.id()));
      java.util.function.Predicate<Ref> admitted = r -> admits(Role.SUBJECT, r) && !objectIds.contains(r.id());
      Optional<Ref> agent = rule.agent() == Role.SUBJECT ? agentSlot().filter(admitted) : Optional.empty();
      if (agent.isPresent()) {
        return chain(agent.get(), admitted);
      }
      for (boolean persons : new boolean[] {false, true}) {
        for (Side side : new Side[] {Side.BEFORE, Side.AFTER}) {
          for (boolean anaphora : new boolean[] {false, true}) {
            Optional<Ref> subject = nearestOn(side, admitted.and(r -> isPerson(r.entity()) == persons
                && r.anaphor() == anaphora && !(persons && isSource(r))));
            if (subject.isPresent()) {
              return chain(subject.get(), admitted);
            }
          }
        }
      }
      return List.of();
    }

    private Optional<Ref> nearestOn(Side side, java.util.function.Predicate<Ref> accepts) {
      return side == Side.BEFORE
          ? refs.stream().filter(r -> r.end() <= hit.start() && accepts.test(r)).max(Comparator.comparingInt(Ref::end))
          : refs.stream().filter(r -> r.start() >= hit.start() && accepts.test(r)).min(Comparator.comparingInt(Ref::start));
    }

    /** A person who speaks in the sentence ("said Mitch Prothero", "ويقول المحلل X") is its source, not an argument. */
    private boolean isSource(Ref ref) {
      int from = Math.max(span.start(), ref.start() - SOURCE_REACH);
      int to = Math.min(span.end(), ref.end() + SOURCE_REACH);
      return region(cues.report(), at.text, from, to).find();
    }

    private Optional<Entity> implicitSubject() {
      java.util.function.Predicate<Entity> fits = e -> admits(Role.SUBJECT, e) && !isPerson(e);
      Optional<Ref> earlier = at.antecedent(span.start(), fits, 0);
      if (earlier.isPresent()) {
        return Optional.of(earlier.get().entity());
      }
      return Optional.ofNullable(at.dominantGroup).filter(fits);
    }

    /** Sorts platforms after a migration trigger into those left and those moved to. */
    private void splitOrigins(List<Ref> objects, List<Ref> left, List<Ref> reached) {
      int previousEnd = hit.end();
      boolean first = true;
      for (Ref object : objects) {
        if (object.start() < hit.end()) {
          reached.add(object);
          continue;
        }
        String marker = lastMarker(previousEnd, object.start());
        boolean isOrigin = marker.equals("from") || (marker.isEmpty() && rule.leave() && first);
        (isOrigin ? left : reached).add(object);
        previousEnd = object.end();
        first = false;
      }
    }

    private String lastMarker(int from, int to) {
      int lastFrom = lastMatch(cues.fromMarkers(), from, to);
      int lastTo = lastMatch(cues.toMarkers(), from, to);
      if (lastFrom < 0 && lastTo < 0) {
        return "";
      }
      return lastFrom > lastTo ? "from" : "to";
    }

    private int lastMatch(Pattern pattern, int from, int to) {
      Matcher m = region(pattern, at.text, from, to);
      int last = -1;
      while (m.find()) {
        last = m.start();
      }
      return last;
    }

    /** Nearest admissible reference on {@code side} (NONE: either side), not across another relation's trigger. */
    private Optional<Ref> nearest(java.util.function.Predicate<Ref> accepts, Side side) {
      return refs.stream()
          .filter(accepts)
          .filter(this::reachable)
          .filter(r -> side == Side.NONE || (side == Side.AFTER ? r.start() >= hit.end() : r.end() <= hit.start()))
          .min(Comparator.comparingInt(this::distance));
    }

    /** The reference and the names listed with it ("Telegram, Google and Twitter", «فيسبوك، وتويتر»). */
    private List<Ref> chain(Ref seed, java.util.function.Predicate<Ref> accepts) {
      List<Ref> sorted = refs.stream().sorted(Comparator.comparingInt(Ref::start)).toList();
      int at0 = sorted.indexOf(seed);
      List<Ref> out = new ArrayList<>();
      out.add(seed);
      for (int i = at0 + 1; i < sorted.size() && glued(sorted.get(i - 1), sorted.get(i)) && accepts.test(sorted.get(i)); i++) {
        out.add(sorted.get(i));
      }
      for (int i = at0 - 1; i >= 0 && glued(sorted.get(i), sorted.get(i + 1)) && accepts.test(sorted.get(i)); i--) {
        out.add(0, sorted.get(i));
      }
      return distinctEntities(out);
    }

    private boolean glued(Ref a, Ref b) {
      return a.end() <= b.start() && LIST_GLUE.matcher(at.text.substring(a.end(), b.start())).matches();
    }

    /** A name nearer to the trigger of another relation that admits it is that trigger's argument. */
    private boolean closerToAnotherTrigger(Ref ref) {
      int mine = wordsTo(hit, ref);
      return hits.stream().anyMatch(other -> other.rule().blocks() && other.rule().type() != type
          && (other.end() <= hit.start() || other.start() >= hit.end())
          && other.rule().type().objectTypes().contains(ref.entity().type())
          && !(ref.end() <= other.start() && other.rule().objects() != ObjectScope.NEAREST && hasObjectAfter(other))
          && !(ref.end() <= other.start() && other.rule().placeObjects() && !afterPlaceWord(ref))
          && wordsTo(other, ref) < mine);
    }

    /** A trigger that looks after itself first leaves the names before it alone when it finds one there. */
    private boolean hasObjectAfter(Hit other) {
      return refs.stream().anyMatch(r -> r.start() >= other.end() && other.rule().type().objectTypes().contains(r.entity().type()));
    }

    private int wordsTo(Hit trigger, Ref ref) {
      return ref.start() >= trigger.end() ? at.wordsBetween(trigger.end(), ref.start()) : at.wordsBetween(ref.end(), trigger.start());
    }

    /** True when one of the two words before the name is a place word ("على تطبيق X", "on X"). */
    private boolean afterPlaceWord(Ref ref) {
      int from = ref.start();
      for (int words = 0; words < 2 && from > span.start(); words++) {
        from--;
        while (from > span.start() && !Character.isLetterOrDigit(at.text.charAt(from))) {
          from--;
        }
        while (from > span.start() && Character.isLetterOrDigit(at.text.charAt(from - 1))) {
          from--;
        }
      }
      return region(cues.placeMarkers(), at.text, from, ref.start()).find();
    }

    /** "وليس على التيليجرام", "not on Telegram": the name is excluded, not stated. */
    private boolean denied(Ref ref) {
      return region(cues.negation(), at.text, Math.max(span.start(), ref.start() - cues.negationWindow()), ref.start()).find();
    }

    private boolean reachable(Ref ref) {
      if (type.subjectTypes().contains(ref.entity().type()) && ref.entity().type() == EntityType.ACTOR) {
        return true;
      }
      int from = Math.min(ref.end(), hit.end());
      int to = Math.max(ref.start(), hit.start());
      return hits.stream().noneMatch(other -> other.rule().blocks() && other.rule().type() != type
          && other.start() >= from && other.end() <= to
          && (other.end() <= hit.start() || other.start() >= hit.end()));
    }

    /**
     * True when a name that may not do the action stands in the verb's agent slot, unless an agent
     * that may was already named right before the verb ("عناصر داعش يهجرون Telegram").
     */
    private boolean agentSlotHoldsStranger() {
      Optional<Ref> slot = agentSlot();
      if (slot.isEmpty() || admits(rule.agent(), slot.get())) {
        return false;
      }
      return rule.agentSlot() != Side.AFTER
          || nearestOn(Side.BEFORE, r -> admits(rule.agent(), r)).filter(r -> at.wordsBetween(r.end(), hit.start()) <= 2).isEmpty();
    }

    /** The name standing in the verb's agent slot, if any. */
    private Optional<Ref> agentSlot() {
      return switch (rule.agentSlot()) {
        case AFTER -> refs.stream().filter(r -> r.start() >= hit.end()).min(Comparator.comparingInt(Ref::start))
            .filter(r -> at.wordsBetween(hit.end(), r.start()) <= 1);
        case BEFORE -> refs.stream().filter(r -> r.end() <= hit.start()).max(Comparator.comparingInt(Ref::end))
            .filter(r -> at.wordsBetween(r.end(), hit.start()) <= 2);
        case NONE -> Optional.empty();
      };
    }

    private boolean admits(Role role, Ref ref) {
      return admits(role, ref.entity());
    }

    private boolean admits(Role role, Entity entity) {
      Set<EntityType> types = role == Role.SUBJECT ? type.subjectTypes() : type.objectTypes();
      return types.contains(entity.type()) && rules.admitsKind(type, entity.type(), entity.kind());
    }

    private int distance(Ref ref) {
      return ref.start() >= hit.end() ? ref.start() - hit.end() : Math.max(0, hit.start() - ref.end());
    }

    private Draft draft(Entity subject, Ref subjectRef, Ref object, List<String> from, double base) {
      double confidence = base;
      if ((subjectRef != null && subjectRef.anaphor()) || object.anaphor()) {
        confidence *= ANAPHOR;
      }
      int far = Math.max(distanceWords(object), subjectRef == null ? 0 : distanceWords(subjectRef));
      if (far > FAR_WORDS) {
        confidence *= FAR;
      }
      List<String> origins = from.stream().filter(f -> !f.equals(object.id())).toList();
      return new Draft(rule, span, hit.start(), hit.end(), subject, subjectRef, object.entity(), object,
          origins, "", modality, Math.round(confidence * 1000) / 1000.0);
    }

    private int distanceWords(Ref ref) {
      return ref.start() >= hit.end() ? at.wordsBetween(hit.end(), ref.start()) : at.wordsBetween(ref.end(), hit.start());
    }
  }

  private static boolean isPerson(Entity entity) {
    return entity.type() == EntityType.ACTOR && "person".equals(entity.kind());
  }

  private static List<Ref> distinctEntities(List<Ref> refs) {
    Set<String> seen = new LinkedHashSet<>();
    return refs.stream().filter(r -> seen.add(r.id())).toList();
  }
}

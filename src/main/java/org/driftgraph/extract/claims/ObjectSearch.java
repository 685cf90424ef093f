package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.TriggerRule.ObjectScope;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * The objects of one trigger: the platforms and organizations its relation admits that the sentence
 * states for it, and, for migrations, which of them were left and which moved to.
 */
final class ObjectSearch {
  /** Nothing but space (and an English "has", "had") between a name and an active verb. */
  /**
   * What may stand between a name and the active verb it does: nothing but space (and "has",
   * "then"), an apposition between commas ("Twitch, the live-streaming site, disabled"), or the
   * name saying it did it ("Gab said it had suspended", "قالت تويتر في بيان إنها حذفت").
   */
  private static final Pattern ADJACENT_ACTIVE =
      Pattern.compile(
          "\\s*(?:,[^,;:.]{1,80},\\s*)?(?:(?:has|have|had|then|also|quickly|later)\\s+)?"
              + "|\\s*(?:said|says|announced|confirmed|stated)(?:\\s+\\S+){0,3}?\\s+(?:that\\s+)?(?:it|they)\\s+(?:(?:has|had|have|would|will|was|were)\\s+)?"
              + "|\\s*(?:\\S+\\s+){0,4}?[اا]?ن(?:ها|ه|هم)\\s+(?:قد\\s+)?");

  private static final Pattern RELATIVE_PLACE = Pattern.compile("(?:^|\\s)(?:where|حيث)\\s");

  /** The "to" of a moved thing: "moved Telegram to Dubai" (not "there on November 29"). */
  private static final Pattern MOVED_TO = Pattern.compile("\\s+(?:to|الي|نحو)\\s");

  private static final Pattern BY = Pattern.compile("(?:^|\\s)(?:by|من قبل)\\s*$");

  private final Trigger t;

  ObjectSearch(Trigger trigger) {
    this.t = trigger;
  }

  /**
   * The objects stated for the trigger; a company that acts for a platform it owns ("Meta said it
   * deleted the accounts on Facebook", "Alphabet, the parent of YouTube, removed") leaves the ban
   * to that platform.
   */
  List<Ref> objects() {
    List<Ref> found = statedObjects();
    if (found.stream().anyMatch(r -> r.entity().type() == EntityType.PLATFORM)) {
      return found.stream().filter(r -> !company(r)).toList();
    }
    return found;
  }

  private List<Ref> statedObjects() {
    Predicate<Ref> stated =
        r ->
            t.admits(Role.OBJECT, r)
                && t.reachable(r)
                && !denied(r)
                && !compared(r)
                && (!company(r) || actingCompany(r))
                && (t.type != RelationType.MIGRATED_TO
                    || t.rule.objects() == ObjectScope.NEAREST
                    || destination(r));
    List<Ref> candidates =
        t.refs.stream()
            .filter(
                r -> stated.test(r) && !closerToAnotherTrigger(r) && !pastSameRelationTrigger(r))
            .toList();
    List<Ref> after = candidates.stream().filter(r -> r.start() >= t.hit.end()).toList();
    if (t.rule.objects() == ObjectScope.ALL) {
      Optional<Ref> agentBefore = activeAgentBefore(candidates);
      if (agentBefore.isPresent()) {
        List<Ref> out = new ArrayList<>(t.chain(agentBefore.get(), x -> t.admits(Role.OBJECT, x)));
        if (!after.isEmpty()
            && BY.matcher(t.at.text.substring(t.hit.end(), after.get(0).start())).find()) {
          out.addAll(t.chain(after.get(0), x -> t.admits(Role.OBJECT, x)));
        }
        out.addAll(markedAfter(after, out));
        return Trigger.distinctEntities(out);
      }
      List<Ref> inClause = candidates.stream().filter(r -> t.sameClause(t.hit, r)).toList();
      after = after.stream().filter(inClause::contains).toList();
      if (after.isEmpty()) {
        return Trigger.distinctEntities(inClause);
      }
      List<Ref> out = new ArrayList<>(t.chain(after.get(0), x -> t.admits(Role.OBJECT, x)));
      out.addAll(markedAfter(after, out));
      return Trigger.distinctEntities(out);
    }
    if (t.rule.objects() == ObjectScope.AFTER && !after.isEmpty()) {
      List<Ref> first = t.chain(after.get(0), x -> t.admits(Role.OBJECT, x));
      List<Ref> out = new ArrayList<>();
      for (Ref r : after) {
        if (!out.isEmpty() && newStatementBetween(out.get(out.size() - 1).end(), r.start())) {
          break;
        }
        if (!t.rule.placeObjects() || first.contains(r) || t.afterPlaceWord(r)) {
          out.add(r);
        }
      }
      return Trigger.distinctEntities(out);
    }
    Side side = t.rule.objects() == ObjectScope.AFTER ? Side.BEFORE : Side.NONE;
    return t.nearest(r -> stated.test(r) && (!t.rule.placeObjects() || t.afterPlaceWord(r)), side)
        .map(r -> t.chain(r, x -> t.admits(Role.OBJECT, x)))
        .orElse(List.of());
  }

  private static boolean company(Ref ref) {
    return ref.entity().type() == EntityType.ORGANIZATION && "company".equals(ref.entity().kind());
  }

  /**
   * A company (a registrar, host or payment firm) is an object only as the one doing the action:
   * the subject of the verb ("PayPal banned", "ألغت شركة «غودادي»") or its "by"; a company merely
   * named near a ban ("found by researchers at a company", "sued Amazon") did not ban.
   */
  private boolean actingCompany(Ref ref) {
    if (t.rule.agent() != Role.OBJECT) {
      return false;
    }
    if (ref.end() <= t.hit.start()) {
      return ADJACENT_ACTIVE.matcher(t.at.text.substring(ref.end(), t.hit.start())).matches();
    }
    return t.agentSlot().filter(ref::equals).isPresent()
        || arabicVerbFirst(ref)
        || BY.matcher(t.at.text.substring(t.hit.end(), ref.start())).find()
            && t.at.wordsBetween(t.hit.end(), ref.start()) <= 2;
  }

  /**
   * Arabic puts the doer right after the verb, at most a title word away ("ألغت شركة «غودادي»").
   */
  private boolean arabicVerbFirst(Ref ref) {
    return "ar".equals(t.at.article.language())
        && t.at.wordsBetween(t.hit.end(), ref.start()) <= 1
        && lastMarker(t.hit.end(), ref.start()).isEmpty()
        && t.refs.stream().noneMatch(r -> r.start() >= t.hit.end() && r.end() <= ref.start());
  }

  /**
   * The agent standing right before an active verb ("Telegram removed ... during an action
   * coordinated by Europol", "تيليجرام حذفت"): it does the action even when another name follows.
   */
  Optional<Ref> activeAgentBefore(List<Ref> candidates) {
    if (t.rule.agent() != Role.OBJECT) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(r -> r.end() <= t.hit.start())
        .max(Comparator.comparingInt(Ref::end))
        .filter(
            r -> ADJACENT_ACTIVE.matcher(t.at.text.substring(r.end(), t.hit.start())).matches());
  }

  /**
   * Where a migration goes or comes from is a platform the trigger governs: right after it ("هجروا
   * تيليجرام", "flocked to Gab"), after a to, from or place word, or before it only when adjacent
   * ("the Telegram exodus") or across a relative ("تيليجرام التي انتقل إليها", "Gab, where they
   * moved"). "ألغت غوغل تسجيل الموقع بعد انتقاله إليها" is no move to Google.
   */
  private boolean destination(Ref ref) {
    if (ref.start() >= t.hit.end() && ref.anaphor() && !ref.place()) {
      return t.at.wordsBetween(t.hit.end(), ref.start()) <= 1 || t.afterMarker(ref, 1);
    }
    if (ref.start() >= t.hit.end()) {
      if (movedThing(ref)) {
        return false;
      }
      return t.at.wordsBetween(t.hit.end(), ref.start()) <= 4
          || (t.afterMarker(ref, 3) && firstMarkedAfterAnchor(ref))
          || region(
                  t.cues.exampleMarkers(),
                  t.at.text,
                  Math.max(t.hit.end(), ref.start() - 20),
                  ref.start())
              .find();
    }
    return t.at.wordsBetween(ref.end(), t.hit.start()) <= 1
        || region(t.cues.clauseOpeners(), t.at.text, ref.end(), t.hit.start()).find()
        || RELATIVE_PLACE.matcher(t.at.text.substring(ref.end(), t.hit.start())).find();
  }

  /**
   * A platform right after a move verb and right before its "to" is what is moved, not where:
   * "moved Telegram to Dubai", "نقل تيليغرام إلى دبي"; after a trigger that holds its own to, it is
   * the destination ("turned to Telegram to spread").
   */
  private boolean movedThing(Ref ref) {
    if (t.rule.leave()
        || ref.anaphor()
        || lastMatch(t.cues.toMarkers(), t.hit.start(), ref.start()) >= 0
        || lastMatch(t.cues.fromMarkers(), t.hit.end(), ref.start()) >= 0) {
      return false;
    }
    Matcher next = MOVED_TO.matcher(t.at.text);
    next.region(ref.end(), t.at.text.length());
    return next.lookingAt();
  }

  /**
   * A platform further than four words from a migration trigger is governed only as the complement
   * of the first to or place word after the trigger or after a platform the trigger already governs
   * ("من نوفمبر" is a date, not an origin), or after a from word ("نشاطهم الذي كان على فيسبوك"): in
   * "moved to Idlib in 2017, where its office ran accounts on Telegram" and "left Mogadishu and
   * kept tweeting on Twitter" the move is to a place, not to the platform of another clause.
   */
  private boolean firstMarkedAfterAnchor(Ref ref) {
    int anchor =
        t.refs.stream()
            .filter(
                r ->
                    r.start() >= t.hit.end()
                        && r.end() <= ref.start()
                        && r.entity().type() == EntityType.PLATFORM
                        && t.at.wordsBetween(t.hit.end(), r.start()) <= 4)
            .mapToInt(Ref::end)
            .max()
            .orElse(t.hit.end());
    if (anchor == t.hit.end() && t.rule.leave()) {
      return false;
    }
    if (lastMarker(anchor, ref.start()).equals("from")) {
      return true;
    }
    int firstMarker = firstToMarker(anchor, ref.start());
    return firstMarker >= 0 && t.at.wordsBetween(firstMarker, ref.start()) <= 3;
  }

  private int firstToMarker(int from, int to) {
    int first = -1;
    for (Pattern marker : List.of(t.cues.toMarkers(), t.cues.placeMarkers())) {
      Matcher m = region(marker, t.at.text, from, to);
      if (m.find() && (first < 0 || m.end() < first)) {
        first = m.end();
      }
    }
    return first;
  }

  /**
   * Further platforms a ban names after a from or place word in its clause: "banned them from
   * Facebook and Instagram", "حذفت حساب المهاجم على تويتر وعلى يوتيوب".
   */
  private List<Ref> markedAfter(List<Ref> after, List<Ref> found) {
    List<Ref> out = new ArrayList<>();
    for (Ref r : after) {
      if (Trigger.CLAUSE_BREAK.matcher(t.at.text.substring(t.hit.end(), r.start())).find()) {
        break;
      }
      if (r.entity().type() == EntityType.PLATFORM
          && !found.contains(r)
          && !out.contains(r)
          && t.afterMarker(r, 3)) {
        out.addAll(t.chain(r, x -> t.admits(Role.OBJECT, x)));
      }
    }
    return out;
  }

  /**
   * A ban without a named subject whose verb has a patient that is itself a platform ("Google
   * suspended the app", "Cloudflare dropped the site"): the platform is what was banned, and no
   * group is to be invented as the subject.
   */
  boolean bansAPlatform(List<Ref> objects) {
    return t.refs.stream()
        .anyMatch(
            r ->
                r.entity().type() == EntityType.PLATFORM
                    && !objects.contains(r)
                    && r.start() >= t.hit.end()
                    && t.at.wordsBetween(t.hit.end(), r.start()) <= 3
                    && !t.afterMarker(r, 3)
                    && !BY.matcher(t.at.text.substring(t.hit.end(), r.start())).find());
  }

  /** Sorts platforms after a migration trigger into those left and those moved to. */
  void splitOrigins(List<Ref> objects, List<Ref> left, List<Ref> reached) {
    int previousEnd = t.hit.end();
    boolean first = true;
    for (Ref object : objects) {
      if (object.start() < t.hit.end()) {
        reached.add(object);
        continue;
      }
      String marker = lastMarker(previousEnd, object.start());
      boolean isOrigin = marker.equals("from") || (marker.isEmpty() && t.rule.leave() && first);
      (isOrigin ? left : reached).add(object);
      previousEnd = object.end();
      first = false;
    }
  }

  String lastMarker(int from, int to) {
    int lastFrom = lastMatch(t.cues.fromMarkers(), from, to);
    int lastTo = lastMatch(t.cues.toMarkers(), from, to);
    if (lastFrom < 0 && lastTo < 0) {
      return "";
    }
    return lastFrom >= lastTo ? "from" : "to";
  }

  int lastMatch(Pattern pattern, int from, int to) {
    Matcher m = region(pattern, t.at.text, from, to);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /**
   * A name nearer to the trigger of another relation that admits it is that trigger's argument,
   * unless it fills this migration's destination slot.
   */
  boolean closerToAnotherTrigger(Ref ref) {
    if (t.inDestinationSlot(ref)) {
      return false;
    }
    int mine = t.wordsTo(t.hit, ref);
    return t.hits.stream()
        .anyMatch(
            other ->
                t.consumes(other, ref)
                    && other.rule().type() != t.type
                    && (other.end() <= t.hit.start() || other.start() >= t.hit.end())
                    && other.rule().type().objectTypes().contains(ref.entity().type())
                    && !(ref.end() <= other.start()
                        && other.rule().objects() != ObjectScope.NEAREST
                        && hasObjectAfter(other))
                    && !(ref.end() <= other.start()
                        && other.rule().placeObjects()
                        && !t.afterPlaceWord(ref))
                    && t.sameClause(other, ref)
                    && t.wordsTo(other, ref) < mine);
  }

  /**
   * A trigger that looks after itself first leaves the names before it alone when it finds one
   * there.
   */
  boolean hasObjectAfter(Hit other) {
    return t.refs.stream()
        .anyMatch(
            r ->
                r.start() >= other.end()
                    && other.rule().type().objectTypes().contains(r.entity().type()));
  }

  /**
   * A name after the trigger that stands past another trigger of the same relation belongs to that
   * one ("نشرته أعماق على تام تام، ثم نشره التنظيم على تيليجرام"): each statement has its own
   * subject.
   */
  boolean pastSameRelationTrigger(Ref ref) {
    return ref.start() >= t.hit.end()
        && t.hits.stream()
            .anyMatch(
                other ->
                    other.rule().type() == t.type
                        && other.rule().blocks()
                        && other.start() >= t.hit.end()
                        && other.end() <= ref.start()
                        && separated(t.hit.end(), other.start()));
  }

  /**
   * A clause break followed by a name that may be this relation's subject: what comes after is that
   * name's statement ("نشرته أعماق على تام تام، ثم التنظيم على تيليجرام").
   */
  boolean newStatementBetween(int from, int to) {
    Matcher clause = Trigger.CLAUSE_BREAK.matcher(t.at.text);
    clause.region(from, to);
    if (!clause.find()) {
      return false;
    }
    int breakAt = clause.start();
    return t.refs.stream()
        .anyMatch(r -> r.start() > breakAt && r.end() <= to && t.admits(Role.SUBJECT, r));
  }

  /**
   * A name that may be the subject (not a possessive: "publishes the group's claims"), or a clause
   * break, between two triggers makes them two statements; "تضييق الخناق" is one, and so is "هجروا
   * فيسبوك وعادوا عبر واتساب".
   */
  boolean separated(int from, int to) {
    return t.refs.stream()
            .anyMatch(
                r ->
                    r.start() >= from
                        && r.end() <= to
                        && t.admits(Role.SUBJECT, r)
                        && !t.describesAnother(r)
                        && !t.at.text.startsWith("'s", r.end()))
        || Trigger.CLAUSE_BREAK.matcher(t.at.text.substring(from, to)).find();
  }

  /**
   * "كما كانت تفعل على تيليجرام", "as it did on Telegram": a comparison, not a statement about the
   * name.
   */
  boolean compared(Ref ref) {
    return region(
            t.cues.comparison(),
            t.at.text,
            Math.max(t.span.start(), ref.start() - t.cues.comparisonWindow()),
            ref.start())
        .find();
  }

  /** "وليس على التيليجرام", "not on Telegram": the name is excluded, not stated. */
  boolean denied(Ref ref) {
    return region(
            t.cues.negation(),
            t.at.text,
            Math.max(t.span.start(), ref.start() - t.cues.negationWindow()),
            ref.start())
        .find();
  }
}

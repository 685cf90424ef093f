package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.TriggerRule.ObjectScope;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.WorkCount;

/**
 * The objects of one trigger: the platforms and organizations its relation admits that the sentence
 * states for it, and, for migrations, which of them were left and which moved to.
 */
final class ObjectSearch {
  /** Characters before a name searched for the "to" that governs it. */
  private static final int TO_MARKER_REACH = 20;

  /** A relative whose verb is the ban: "moved its address to Google, which cancelled". */
  private static final Pattern RELATIVE_AGENT = Pattern.compile("[\\s,]*(?:which|that|who)\\s");

  /** Parent companies credited with their platforms' bans (credited-parents.txt). */
  private static final Set<String> CREDITED_PARENTS =
      EnglishAppositions.readWords("/extract/claims/credited-parents.txt");

  private final Trigger trigger;
  private final EnglishAppositions appositions;
  private final String text;
  private final Cues cues;
  private final CueGrammar grammar;

  /** {@link #destination} and {@link #governed} answers of this trigger, by name. */
  private final Map<Ref, Boolean> destinations = new HashMap<>();

  private final Map<Ref, Boolean> governed = new HashMap<>();

  ObjectSearch(Trigger trigger) {
    this.trigger = trigger;
    this.appositions = new EnglishAppositions(trigger);
    this.text = trigger.text();
    this.cues = trigger.cues();
    this.grammar = trigger.grammar();
  }

  /**
   * The objects stated for the trigger. A company that acts for a platform it owns leaves the ban
   * to that platform when the platform stands with the company ("منصات ميتا، أي فيسبوك وإنستغرام",
   * "Alphabet, the parent company of YouTube, removed"). In English a platform after the verb is
   * where the company acted or what it banned from, and the company stays an object next to it
   * ("Meta restricted RT's pages on Facebook", "removed by Apple, Facebook and YouTube"), as the
   * annotated sets write it.
   */
  List<Ref> objects() {
    List<Ref> stated = statedObjects();
    // A referrer joined to the doer by a list ("requests from X, and Y took down") stays out.
    List<Ref> found =
        trigger.relation() == RelationType.BANNED_BY
            ? stated.stream().filter(r -> !referrer(r)).toList()
            : stated;
    boolean english = "en".equals(trigger.language());
    if (found.stream()
        .anyMatch(
            r ->
                r.entity().type() == EntityType.PLATFORM
                    && (!english || r.start() < trigger.start())
                    && !(arabicActingCompany(found) && r.start() >= trigger.end()))) {
      CoordinatedDoers coordinated = new CoordinatedDoers(trigger);
      return found.stream()
          .filter(
              r ->
                  !company(r)
                      || CREDITED_PARENTS.contains(r.id())
                      || coordinated.coordinatedWithPlatform(r, found))
          .toList();
    }
    return found;
  }

  /**
   * An Arabic company that is the subject of the ban verb itself (حذفت شركة «ميتا» حسابات على
   * فيسبوك وإنستغرام) bans next to the platforms after the verb, as the annotated sets write it;
   * platforms standing with the company before the verb (منصات ميتا، أي فيسبوك وإنستغرام، حذفت)
   * still take the ban from it.
   */
  private boolean arabicActingCompany(List<Ref> found) {
    return "ar".equals(trigger.language())
        && found.stream()
            .anyMatch(
                r ->
                    company(r)
                        && r.start() >= trigger.end()
                        && trigger.wordsBetween(trigger.end(), r.start()) <= 1
                        && !trigger.markerBetween(trigger.end(), r.start())
                        && trigger.chain(r, x -> true).stream()
                            .noneMatch(x -> x.entity().type() == EntityType.PLATFORM));
  }

  private List<Ref> statedObjects() {
    QuotedContent quoted = new QuotedContent(trigger);
    ReportedClauses reported = new ReportedClauses(trigger);
    Predicate<Ref> stated =
        r ->
            trigger.admits(Role.OBJECT, r)
                && trigger.reachable(r)
                && !quoted.claimed(r)
                && !reported.claimed(r)
                && !UnknownSayer.standsFor(trigger, r)
                && !denied(r)
                && !compared(r)
                && (trigger.relation() != RelationType.BANNED_BY || !referrer(r))
                && !appositions.apposedToStranger(r)
                && (!company(r) || actingCompany(r) || trigger.rule().readsCompanyDestinations())
                && (trigger.relation() != RelationType.MIGRATED_TO
                    || trigger.objectScope() == ObjectScope.NEAREST
                    || destination(r));
    List<Ref> candidates =
        trigger.namesInSentence().stream()
            .filter(
                r ->
                    stated.test(r)
                        && !closerToAnotherTrigger(r)
                        && !pastSameRelationTrigger(r)
                        && !inLaterCoordinatedStatement(r))
            .toList();
    List<Ref> after = candidates.stream().filter(r -> r.start() >= trigger.end()).toList();
    if (trigger.objectScope() == ObjectScope.ALL) {
      Optional<Ref> agentBefore = activeAgentBefore(candidates);
      Optional<EnglishAppositions.Head> head =
          trigger.agentRole() != Role.OBJECT
              ? Optional.empty()
              : candidates.stream()
                  .filter(r -> r.end() <= trigger.start())
                  .max(Comparator.comparingInt(Ref::end))
                  .flatMap(appositions::headOf);
      if (head.isPresent() && !head.get().known()) {
        // "Douyin, ByteDance's Chinese version of TikTok, removed": the doer is the head, which
        // is no known name; the name in its description does not stand in for it.
        return List.of();
      }
      if (head.isPresent()
          && head.get().name().get().entity().type() == EntityType.PLATFORM
          && trigger.admits(Role.OBJECT, head.get().name().get())) {
        // "YouTube, part of Google, terminated": the platform acts, not its owner.
        agentBefore = head.get().name();
      }
      if (agentBefore.isPresent()) {
        List<Ref> out =
            new ArrayList<>(trigger.chain(agentBefore.get(), x -> trigger.admits(Role.OBJECT, x)));
        if (!after.isEmpty()
            && grammar
                .endsWithAgentMarker
                .matcher(text.substring(trigger.end(), after.get(0).start()))
                .find()) {
          out.addAll(trigger.chain(after.get(0), x -> trigger.admits(Role.OBJECT, x)));
        }
        out.addAll(markedAfter(after, out));
        return Trigger.distinctEntities(out);
      }
      List<Ref> inClause = candidates.stream().filter(r -> trigger.sameClause(r)).toList();
      after = after.stream().filter(inClause::contains).toList();
      if (after.isEmpty()) {
        return Trigger.distinctEntities(
            inClause.stream().filter(r -> !destinationOfAMove(r)).toList());
      }
      List<Ref> out =
          new ArrayList<>(trigger.chain(after.get(0), x -> trigger.admits(Role.OBJECT, x)));
      out.addAll(markedAfter(after, out));
      out.addAll(new PassiveUnitPlatforms(trigger).before(inClause, after.get(0), grammar));
      return Trigger.distinctEntities(out);
    }
    if (trigger.objectScope() == ObjectScope.AFTER && !after.isEmpty()) {
      List<Ref> first = trigger.chain(after.get(0), x -> trigger.admits(Role.OBJECT, x));
      List<Ref> out = new ArrayList<>();
      for (Ref r : after) {
        if (!out.isEmpty() && newStatementBetween(out.get(out.size() - 1).end(), r.start())) {
          break;
        }
        if (!trigger.placeObjectsOnly()
            || first.contains(r)
            || trigger.afterPlaceWord(r)
            || !out.isEmpty()
                && CoordinatedPlaces.joins(
                    text, trigger.language(), out.get(out.size() - 1).end(), r.start())) {
          out.add(r);
        }
      }
      return Trigger.distinctEntities(out);
    }
    Side side = trigger.objectScope() == ObjectScope.AFTER ? Side.BEFORE : Side.NONE;
    return trigger
        .nearestReachable(
            side, r -> stated.test(r) && (!trigger.placeObjectsOnly() || trigger.afterPlaceWord(r)))
        .map(r -> trigger.chain(r, x -> trigger.admits(Role.OBJECT, x)))
        .orElse(List.of());
  }

  /**
   * A name right after a move's "to" ("shifted its chats to Element after the Discord removal") is
   * where someone went, not what banned them, when the ban's names are looked for before it.
   */
  private boolean destinationOfAMove(Ref ref) {
    int from = Math.max(trigger.sentenceStart(), ref.start() - TO_MARKER_REACH);
    return grammar.endsWithToMarker.matcher(text.substring(from, ref.start())).find()
        && !RELATIVE_AGENT.matcher(text.substring(ref.end(), trigger.start())).lookingAt();
  }

  private static boolean company(Ref ref) {
    return ref.entity().type() == EntityType.ORGANIZATION && "company".equals(ref.entity().kind());
  }

  /**
   * A company (a registrar, host or payment firm) is an object only as the one doing the action:
   * the subject of the verb ("PayPal banned", "ألغت شركة «غودادي»") or its "by" (also after a
   * verbal noun's patient: {@link NominalAgent}); a company merely named near a ban ("found by
   * researchers at a company", "sued Amazon") did not ban.
   */
  private boolean actingCompany(Ref ref) {
    if (trigger.agentRole() != Role.OBJECT) {
      return false;
    }
    if (ref.end() <= trigger.start()) {
      return grammar.adjacentActive.matcher(text.substring(ref.end(), trigger.start())).matches();
    }
    return trigger.nameInAgentSlot().filter(ref::equals).isPresent()
        || arabicVerbFirst(ref)
        || grammar.endsWithAgentMarker.matcher(text.substring(trigger.end(), ref.start())).find()
            && trigger.wordsBetween(trigger.end(), ref.start()) <= 2
        || NominalAgent.namesDoerAfterPatient(trigger, ref.start());
  }

  /**
   * Arabic puts the doer right after the verb, at most a title word away ("ألغت شركة «غودادي»").
   */
  private boolean arabicVerbFirst(Ref ref) {
    return "ar".equals(trigger.language())
        && trigger.wordsBetween(trigger.end(), ref.start()) <= 1
        && lastMarker(trigger.end(), ref.start()).isEmpty()
        && trigger.namesInSentence().stream()
            .noneMatch(r -> r.start() >= trigger.end() && r.end() <= ref.start());
  }

  /**
   * The agent standing right before an active verb ("Telegram removed ... during an action
   * coordinated by Europol", "تيليجرام حذفت"): it does the action even when another name follows.
   */
  Optional<Ref> activeAgentBefore(List<Ref> candidates) {
    if (trigger.agentRole() != Role.OBJECT) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(r -> r.end() <= trigger.start())
        .max(Comparator.comparingInt(Ref::end))
        .filter(
            r ->
                grammar.adjacentActive.matcher(text.substring(r.end(), trigger.start())).matches());
  }

  /**
   * Where a migration goes or comes from is a platform the trigger governs: right after it ("هجروا
   * تيليجرام", "flocked to Gab"), after a to, from or place word, or before it only when adjacent
   * ("the Telegram exodus") or across a relative ("تيليجرام التي انتقل إليها", "Gab, where they
   * moved"). "ألغت غوغل تسجيل الموقع بعد انتقاله إليها" is no move to Google. A platform listed
   * after a governed one is governed with it ("to Rocket.Chat and Telegram").
   */
  private boolean destination(Ref ref) {
    // Memoized per trigger: each name asks it of every platform before it, and a listed name of
    // the one before it, so without the memo a sentence without punctuation cost names squared
    // times its length per trigger. Not computeIfAbsent: the answer recurses into this map.
    Boolean known = destinations.get(ref);
    if (known == null) {
      known = isDestination(ref);
      destinations.put(ref, known);
    }
    return known;
  }

  private boolean isDestination(Ref ref) {
    return governed(ref)
        || (ref.start() >= trigger.end()
            && trigger.namesInSentence().stream()
                .anyMatch(
                    r ->
                        r.start() >= trigger.end()
                            && r.end() <= ref.start()
                            && r.entity().type() == EntityType.PLATFORM
                            && governed(r)
                            && trigger
                                .chain(r, x -> trigger.admits(Role.OBJECT, x))
                                .contains(ref)));
  }

  /** Governed by the trigger itself, by its place in the sentence (see {@link #destination}). */
  private boolean governed(Ref ref) {
    Boolean known = governed.get(ref);
    if (known == null) {
      known = isGoverned(ref);
      governed.put(ref, known);
    }
    return known;
  }

  private boolean isGoverned(Ref ref) {
    if (ref.start() >= trigger.end() && ref.anaphor() && !ref.place()) {
      return trigger.wordsBetween(trigger.end(), ref.start()) <= 1 || trigger.afterMarker(ref, 1);
    }
    if (ref.start() >= trigger.end()) {
      if (movedThing(ref)
          || MoveCauses.inCause(text, trigger.end(), ref.start())
          || PlaceAfterDestination.placeOfTheTelling(trigger, ref, this::destination)) {
        return false;
      }
      return trigger.wordsBetween(trigger.end(), ref.start()) <= 4
          || ((trigger.afterMarker(ref, 3) || trigger.presentingWords(ref) > 0)
              && firstMarkedAfterAnchor(ref))
          || region(
                  cues.exampleMarkers(),
                  text,
                  Math.max(trigger.end(), ref.start() - 20),
                  ref.start())
              .find()
          || listedAfterDestination(ref);
    }
    return trigger.wordsBetween(ref.end(), trigger.start()) <= 1
        || region(cues.clauseOpeners(), text, ref.end(), trigger.start()).find()
        || grammar.relativePlace.matcher(text.substring(ref.end(), trigger.start())).find();
  }

  /**
   * A name listed after a destination is one too, however far from the trigger ("انتقلت إلى
   * تيليغرام، إلى جانب منصة روكت شات").
   */
  private boolean listedAfterDestination(Ref ref) {
    return trigger.namesInSentence().stream()
        .filter(r -> r.start() >= trigger.end() && r.end() <= ref.start())
        .max(Comparator.comparingInt(Ref::start))
        .filter(previous -> trigger.glued(previous, ref) && destination(previous))
        .isPresent();
  }

  /**
   * A platform right after a move verb and right before its "to" is what is moved, not where:
   * "moved Telegram to Dubai", "نقل تيليغرام إلى دبي"; after a trigger that holds its own to, it is
   * the destination ("turned to Telegram to spread").
   */
  private boolean movedThing(Ref ref) {
    if (trigger.meansLeaving()
        || ref.anaphor()
        || lastMatch(cues.toMarkers(), trigger.start(), ref.start()) >= 0
        || lastMatch(cues.fromMarkers(), trigger.end(), ref.start()) >= 0) {
      return false;
    }
    Matcher next = grammar.movedTo.matcher(text);
    next.region(ref.end(), text.length());
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
        trigger.namesInSentence().stream()
            .filter(
                r ->
                    r.start() >= trigger.end()
                        && r.end() <= ref.start()
                        && r.entity().type() == EntityType.PLATFORM
                        && trigger.wordsBetween(trigger.end(), r.start()) <= 4)
            .mapToInt(Ref::end)
            .max()
            .orElse(trigger.end());
    if (anchor == trigger.end() && trigger.meansLeaving()) {
      return subjectBeforeDestination(ref);
    }
    if (lastMarker(anchor, ref.start()).equals("from")) {
      return true;
    }
    int firstMarker = firstToMarker(anchor, ref.start());
    if (firstMarker < 0) {
      return false;
    }
    // A class noun that presents the name ("to the walkie-talkie app Zello") is the marker's
    // complement as the name is: its modifiers count, a hyphenated one once, the noun not at all.
    int presented = trigger.wordsBack(ref.start(), trigger.presentingWords(ref));
    return presented > firstMarker
        ? text.substring(firstMarker, presented).strip().split("\\s+").length <= 3
        : trigger.wordsBetween(firstMarker, ref.start()) <= 3;
  }

  /**
   * A leave verb whose agent follows it (Arabic verb-subject order) has its subject between it and
   * its destination: "هاجر أنصار التنظيم إلى تطبيق X" leaves nothing named and moves to X, so a
   * platform right after a to word that is no mere place word (إلى, not على: "غادر المدينة وواصل
   * التغريد على X" is activity elsewhere), with no from word before it, is the destination however
   * long the subject is. A leave verb with its agent before it ("left the country to ...") keeps
   * needing a platform it left near it.
   */
  private boolean subjectBeforeDestination(Ref ref) {
    if (trigger.agentSlotSide() != Side.AFTER) {
      return false;
    }
    int to = lastMatch(cues.toMarkers(), trigger.end(), ref.start());
    return to >= 0
        && lastMatch(cues.placeMarkers(), trigger.end(), ref.start()) < to
        && lastMatch(cues.fromMarkers(), trigger.end(), ref.start()) < 0
        && trigger.wordsBetween(to, ref.start()) <= 1;
  }

  private int firstToMarker(int from, int to) {
    int first = -1;
    for (Pattern marker : List.of(cues.toMarkers(), cues.placeMarkers())) {
      Matcher m = region(marker, text, from, to);
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
      WorkCount.add(r.start() - trigger.end());
      if (Trigger.CLAUSE_BREAK.matcher(text.substring(trigger.end(), r.start())).find()) {
        break;
      }
      if (!found.contains(r)
          && !out.contains(r)
          && (r.entity().type() == EntityType.PLATFORM
                  && (trigger.afterMarker(r, 3) || modifiesUnit(r))
              || r.entity().type() == EntityType.ORGANIZATION && afterAgentMarker(r))) {
        out.addAll(trigger.chain(r, x -> trigger.admits(Role.OBJECT, x)));
      }
    }
    return out;
  }

  /**
   * A platform written as the modifier of what was banned ("blocked YouTube channels connected to
   * RT", "took down 300 Facebook pages run by the group"): the ban happened there.
   */
  private boolean modifiesUnit(Ref ref) {
    return trigger.relation() == RelationType.BANNED_BY
        && PassiveUnitPlatforms.modifiesUnit(trigger, ref);
  }

  /**
   * An organization right after the word before a doer ("بطلب من يوروبول", "by Europol") is a doer
   * too, even after the platform the trigger acted on.
   */
  private boolean afterAgentMarker(Ref ref) {
    return grammar.endsWithAgentMarker.matcher(text.substring(trigger.end(), ref.start())).find();
  }

  /**
   * A ban without a named subject whose verb has a patient that is itself a platform ("Google
   * suspended the app", "Cloudflare dropped the site"): the platform is what was banned, and no
   * group is to be invented as the subject.
   */
  boolean bansAPlatform(List<Ref> objects) {
    return trigger.namesInSentence().stream()
        .anyMatch(
            r ->
                r.entity().type() == EntityType.PLATFORM
                    && !objects.contains(r)
                    && r.start() >= trigger.end()
                    && trigger.wordsBetween(trigger.end(), r.start()) <= 3
                    && !trigger.afterMarker(r, 3)
                    && !grammar
                        .endsWithAgentMarker
                        .matcher(text.substring(trigger.end(), r.start()))
                        .find());
  }

  /** Sorts platforms after a migration trigger into those left and those moved to. */
  void splitOrigins(List<Ref> objects, List<Ref> left, List<Ref> reached) {
    int previousEnd = trigger.end();
    boolean first = true;
    for (Ref object : objects) {
      if (object.start() < trigger.end()) {
        reached.add(object);
        continue;
      }
      String marker = lastMarker(previousEnd, object.start());
      boolean isOrigin =
          marker.equals("from") || (marker.isEmpty() && trigger.meansLeaving() && first);
      (isOrigin ? left : reached).add(object);
      previousEnd = object.end();
      first = false;
    }
  }

  String lastMarker(int from, int to) {
    int lastFrom = lastMatch(cues.fromMarkers(), from, to);
    int lastTo = lastMatch(cues.toMarkers(), from, to);
    if (lastFrom < 0 && lastTo < 0) {
      return "";
    }
    return lastFrom >= lastTo ? "from" : "to";
  }

  int lastMatch(Pattern pattern, int from, int to) {
    Matcher m = region(pattern, text, from, to);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /**
   * A name nearer to the trigger of another relation that admits it is that trigger's argument,
   * unless it fills this migration's destination slot or this announcement's place (the first
   * platform after it, right after a place word).
   */
  boolean closerToAnotherTrigger(Ref ref) {
    if (trigger.inDestinationSlot(ref) || listedWithDestination(ref)) {
      return false;
    }
    int mine = trigger.wordsTo(ref);
    return trigger.triggersInSentence().stream()
        .anyMatch(
            other ->
                trigger.consumes(other, ref)
                    && other.rule().type() != trigger.relation()
                    && (other.end() <= trigger.start() || other.start() >= trigger.end())
                    && other.rule().admittedObjectTypes().contains(ref.entity().type())
                    && !(ref.end() <= other.start()
                        && other.rule().objects() != ObjectScope.NEAREST
                        && hasObjectAfter(other))
                    && !(ref.end() <= other.start()
                        && other.rule().placeObjects()
                        && !trigger.afterPlaceWord(ref))
                    && trigger.sameClause(other, ref)
                    && trigger.wordsTo(other, ref) < mine);
  }

  /**
   * A name listed after the one in the destination slot fills the slot with it: in "steers viewers
   * to Odysee and Telegram as YouTube blocks it" Telegram is a destination, however near the ban.
   */
  private boolean listedWithDestination(Ref ref) {
    return trigger.namesInSentence().stream()
        .anyMatch(
            r ->
                r.end() <= ref.start()
                    && trigger.inDestinationSlot(r)
                    && trigger.chain(r, x -> trigger.admits(Role.OBJECT, x)).contains(ref));
  }

  /**
   * A trigger that looks after itself first leaves the names before it alone when it finds one
   * there.
   */
  boolean hasObjectAfter(Hit other) {
    return trigger.namesInSentence().stream()
        .anyMatch(
            r ->
                r.start() >= other.end()
                    && other.rule().admittedObjectTypes().contains(r.entity().type()));
  }

  /**
   * A name after the trigger that stands past another trigger of the same relation belongs to that
   * one ("نشرته أعماق على تام تام، ثم نشره التنظيم على تيليجرام"): each statement has its own
   * subject.
   */
  boolean pastSameRelationTrigger(Ref ref) {
    return ref.start() >= trigger.end()
        && trigger.triggersInSentence().stream()
            .anyMatch(
                other ->
                    other.rule().type() == trigger.relation()
                        && other.rule().blocks()
                        && other.start() >= trigger.end()
                        && other.end() <= ref.start()
                        && separated(trigger.end(), other.start()));
  }

  /** A comma and a conjunction that coordinates two clauses: ", and", ", but", ", while". */
  private static final Pattern COORDINATION =
      Pattern.compile("[,;]\\s*(?:and|but|while|whereas|then)\\s");

  /**
   * A name after the trigger in a coordinated clause that has a trigger of the same relation of its
   * own ("His account on WeChat was blocked the same day, and Douyin, ByteDance's version of
   * TikTok, removed his videos"): the names of that clause are its trigger's, not this one's.
   */
  private boolean inLaterCoordinatedStatement(Ref ref) {
    if (!"en".equals(trigger.language()) || ref.start() < trigger.end()) {
      return false;
    }
    Matcher joint = COORDINATION.matcher(text).region(trigger.end(), ref.start());
    int opens = -1;
    while (joint.find()) {
      opens = joint.end();
    }
    if (opens < 0) {
      return false;
    }
    int from = opens;
    return trigger.triggersInSentence().stream()
        .anyMatch(
            other ->
                other.rule().type() == trigger.relation()
                    && other.rule().blocks()
                    && other.start() >= ref.end()
                    && trigger.triggersInSentence().stream()
                        .noneMatch(
                            h ->
                                h != other
                                    && h.start() >= from
                                    && h.start() < other.start()
                                    && h.rule().type() != RelationType.OWNED_BY
                                    && h.rule().type() != RelationType.AFFILIATED_WITH));
  }

  /**
   * A clause break followed by a name that may be this relation's subject, or by a word that starts
   * another statement ({@code statementStarts}: "and it has"): what comes after is that statement
   * ("نشرته أعماق على تام تام، ثم التنظيم على تيليجرام"; "where it posts photos, and it has
   * uploaded videos to Odysee").
   */
  boolean newStatementBetween(int from, int to) {
    if (from >= to) {
      // The names a plural anaphor stands for share its words (على المنصتين): nothing between.
      return false;
    }
    Matcher clause = Trigger.CLAUSE_BREAK.matcher(text);
    clause.region(from, to);
    if (!clause.find()) {
      return false;
    }
    int breakAt = clause.start();
    Matcher opens = region(cues.statementStarts(), text, clause.end(), to);
    if (opens.find() && text.substring(clause.end(), opens.start()).isBlank()) {
      return true;
    }
    return trigger.namesInSentence().stream()
        .anyMatch(r -> r.start() > breakAt && r.end() <= to && trigger.admits(Role.SUBJECT, r));
  }

  /**
   * A name that may be the subject (not a possessive: "publishes the group's claims"), or a clause
   * break, between two triggers makes them two statements; "تضييق الخناق" is one, and so is "هجروا
   * فيسبوك وعادوا عبر واتساب".
   */
  boolean separated(int from, int to) {
    return trigger.namesInSentence().stream()
            .anyMatch(
                r ->
                    r.start() >= from
                        && r.end() <= to
                        && trigger.admits(Role.SUBJECT, r)
                        && !trigger.describesAnother(r)
                        && !text.startsWith("'s", r.end()))
        || Trigger.CLAUSE_BREAK.matcher(text.substring(from, to)).find();
  }

  /**
   * "كما كانت تفعل على تيليجرام", "as it did on Telegram": a comparison, not a statement about the
   * name.
   */
  boolean compared(Ref ref) {
    return region(
            cues.comparison(),
            text,
            Math.max(trigger.sentenceStart(), ref.start() - cues.comparisonWindow()),
            ref.start())
        .find();
  }

  /** "removed the accounts after being notified by X": X referred, it did not ban. */
  private boolean referrer(Ref ref) {
    return !ref.anaphor() && Referrers.referrer(text, trigger.sentenceStart(), ref.start());
  }

  /** "وليس على التيليجرام", "not on Telegram": the name is excluded, not stated. */
  boolean denied(Ref ref) {
    return trigger.negationIn(
        Math.max(trigger.sentenceStart(), ref.start() - cues.negationWindow()), ref.start());
  }
}

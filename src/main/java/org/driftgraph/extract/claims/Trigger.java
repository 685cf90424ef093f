package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule;
import org.driftgraph.extract.rules.TriggerRule.ImplicitSubject;
import org.driftgraph.extract.rules.TriggerRule.ObjectScope;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * One trigger in its sentence, with what every argument search needs: the names of the sentence,
 * the other triggers, and the checks they share (may an entity fill a role, which names form a
 * list, which stand across another relation's trigger, where the agent slot is).
 */
final class Trigger {
  /** Most definite words of description between a class noun and the name it presents. */
  private static final int MAX_PRESENTING_MODIFIERS = 3;

  /** A comma, semicolon or colon, not the comma that groups the digits of a number (7,704). */
  static final Pattern CLAUSE_BREAK = Pattern.compile("[،؛;:]|,(?!\\d)|(?<!\\d),");

  private final RuleSet rules;
  private final Cues cues;
  private final CueGrammar grammar;
  private final ArticleText at;
  private final ArticleText.Span span;
  private final List<Ref> refs;
  private final List<Hit> hits;
  private final Hit hit;
  private final TriggerRule rule;
  private final RelationType type;

  /** {@link #inDestinationSlot} answers, by name. */
  private final Map<Ref, Boolean> destinationSlots = new HashMap<>();

  Trigger(
      RuleSet rules,
      CueGrammar grammar,
      ArticleText at,
      ArticleText.Span span,
      List<Ref> refs,
      List<Hit> hits,
      Hit hit) {
    this.rules = rules;
    this.cues = rules.cues();
    this.grammar = grammar;
    this.at = at;
    this.span = span;
    this.refs = refs;
    this.hits = hits;
    this.hit = hit;
    this.rule = hit.rule();
    this.type = rule.type();
  }

  /** Where the trigger starts in the normalized text. */
  int start() {
    return hit.start();
  }

  /** Where the trigger ends in the normalized text. */
  int end() {
    return hit.end();
  }

  /** The article the trigger stands in, for the readers of names beyond its sentence. */
  ArticleText articleText() {
    return at;
  }

  /** True when a description before the trigger in its sentence stands for a name left open. */
  boolean openDescriptionBefore() {
    int open = at.openDescriptions.nextSetBit(span.start());
    return open >= 0 && open < hit.start();
  }

  /** The sentence the trigger stands in. */
  ArticleText.Span sentence() {
    return span;
  }

  int sentenceStart() {
    return span.start();
  }

  int sentenceEnd() {
    return span.end();
  }

  /** The names and anaphors of the article that overlap [start, end). */
  List<Ref> refsOverlapping(int start, int end) {
    return at.refsOverlapping(start, end);
  }

  /** The article's normalized text, which every offset indexes. */
  /**
   * True when a negation cue matches inside {@code [from, to)}: the matches of a search of that
   * region, found through the article's prefilter (RuleSet#prefilter).
   */
  boolean negationIn(int from, int to) {
    return !at.literals.matches(rules.negationPattern(), from, to).isEmpty();
  }

  String text() {
    return at.text;
  }

  /** The article's text as written (capitals kept), indexed by {@link #originalStart}. */
  String originalText() {
    return at.article.text();
  }

  /** The original offset of a normalized one. */
  int originalStart(int normalized) {
    return at.originalStart(normalized);
  }

  /** The original offset just past a normalized end. */
  int originalEnd(int normalizedEnd) {
    return at.originalEnd(normalizedEnd);
  }

  /** The article's language code (ar, en). */
  String language() {
    return at.article.language();
  }

  /** Number of words in the normalized text between two offsets. */
  int wordsBetween(int from, int to) {
    return at.wordsBetween(from, to);
  }

  /** The rule whose pattern matched, recorded on every claim it yields. */
  TriggerRule rule() {
    return rule;
  }

  /** The relation the trigger states. */
  RelationType relation() {
    return type;
  }

  Cues cues() {
    return cues;
  }

  /** The patterns around the cue words (list glue, "by", "where"). */
  CueGrammar grammar() {
    return grammar;
  }

  /** The names (and resolved anaphora) of the sentence, in text order. */
  List<Ref> namesInSentence() {
    return refs;
  }

  /** Every trigger that matched in the sentence, this one included. */
  List<Hit> triggersInSentence() {
    return hits;
  }

  /** Which argument does the action: the platform that bans, the group that moves. */
  Role agentRole() {
    return rule.agent();
  }

  /** Where the verb's agent stands: after it (Arabic), before it (English), nowhere. */
  Side agentSlotSide() {
    return rule.agentSlot();
  }

  /** The agent slot must hold a name that may do the action. */
  boolean agentRequired() {
    return rule.agentRequired();
  }

  /** The rule's confidence before inferred arguments lower it. */
  double baseConfidence() {
    return rule.confidence();
  }

  ObjectScope objectScope() {
    return rule.objects();
  }

  /** For an ownership, the side where the owner stands. */
  Side ownerSide() {
    return rule.ownerSide();
  }

  /** A migration trigger that means leaving: the platform right after it is the one left. */
  boolean meansLeaving() {
    return rule.leave();
  }

  ImplicitSubject implicitSubject() {
    return rule.implicitSubject();
  }

  /** Beyond the first name after the trigger, a platform counts only after a place word. */
  boolean placeObjectsOnly() {
    return rule.placeObjects();
  }

  /** How many words from the trigger both ends of an ownership or affiliation may stand. */
  int reachWords() {
    return rule.reach();
  }

  /** The story's person over {@code rival} (see {@link ArticleText#storyPersonOver}). */
  Optional<Entity> storyPersonOver(Entity rival, Predicate<Entity> accepts) {
    return at.storyPersonOver(rival, accepts);
  }

  /** The actor the trigger's paragraph is about (see {@link ArticleText#topicActor}). */
  Optional<Entity> topicActor(Predicate<Entity> fits) {
    return at.topicActor(span.start(), fits);
  }

  /**
   * The nearest name earlier in the trigger's paragraph that {@code fits}, past names that only
   * describe another (see {@link ElidedSubjects#antecedentInParagraph}).
   */
  Optional<Ref> antecedentInParagraph(Predicate<Entity> fits) {
    return new ElidedSubjects(this).antecedentInParagraph(fits);
  }

  /**
   * The group the article names most often, if any; a group named only once is the topic of its own
   * paragraph, not of the whole article.
   */
  Optional<Entity> dominantGroup() {
    if (at.dominantGroup == null
        || (at.dominantMentions < ArticleText.DOMINANT_MENTIONS
            && antecedentInParagraph(e -> e.equals(at.dominantGroup)).isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(at.dominantGroup);
  }

  /**
   * The name {@code accepts} nearest to the trigger on {@code side}, across other triggers: BEFORE,
   * the last one ending before the trigger; AFTER, the first one starting at or after the trigger's
   * start.
   */
  Optional<Ref> nearestAcrossTriggers(Side side, Predicate<Ref> accepts) {
    return side == Side.BEFORE
        ? refs.stream()
            .filter(r -> r.end() <= hit.start() && accepts.test(r))
            .max(Comparator.comparingInt(Ref::end))
        : refs.stream()
            .filter(r -> r.start() >= hit.start() && accepts.test(r))
            .min(Comparator.comparingInt(Ref::start));
  }

  /**
   * The name {@code accepts} nearest to the trigger on {@code side} (NONE: either side) that is
   * {@link #reachable}: not across another relation's trigger that would take it.
   */
  Optional<Ref> nearestReachable(Side side, Predicate<Ref> accepts) {
    return refs.stream()
        .filter(accepts)
        .filter(this::reachable)
        .filter(
            r ->
                side == Side.NONE
                    || (side == Side.AFTER ? r.start() >= hit.end() : r.end() <= hit.start()))
        .min(Comparator.comparingInt(this::distance));
  }

  /**
   * The reference and the names listed with it ("Telegram, Google and Twitter", «فيسبوك، وتويتر»),
   * and the other names a plural anaphor at the same words stands for ("their accounts": RT and
   * Sputnik).
   */
  List<Ref> chain(Ref seed, Predicate<Ref> accepts) {
    List<Ref> sorted = refs.stream().sorted(Comparator.comparingInt(Ref::start)).toList();
    int at0 = sorted.indexOf(seed);
    List<Ref> out = new ArrayList<>();
    out.add(seed);
    for (int i = at0 + 1;
        i < sorted.size() && glued(sorted.get(i - 1), sorted.get(i)) && accepts.test(sorted.get(i));
        i++) {
      out.add(sorted.get(i));
    }
    for (int i = at0 - 1;
        i >= 0 && glued(sorted.get(i), sorted.get(i + 1)) && accepts.test(sorted.get(i));
        i--) {
      out.add(0, sorted.get(i));
    }
    for (Ref same : sorted) {
      if (!out.contains(same)
          && accepts.test(same)
          && out.stream().anyMatch(r -> r.start() == same.start() && r.end() == same.end())) {
        out.add(same);
      }
    }
    out.sort(Comparator.comparingInt(Ref::start));
    return distinctEntities(out);
  }

  /**
   * Listed together; an anaphor right before a name is in apposition to it (زعيم التنظيم أبو بكر),
   * not listed with it.
   */
  boolean glued(Ref a, Ref b) {
    if (a.end() > b.start()) {
      return false;
    }
    String glue = at.text.substring(a.end(), b.start());
    Pattern glues =
        cues.listPhraseRelations().contains(type) ? grammar.phraseListGlue : grammar.listGlue;
    return glues.matcher(glue).matches()
        && !((a.anaphor() || b.anaphor()) && glue.isBlank())
        && !subjectOfNextClause(b);
  }

  /**
   * A name right before the verb of another relation is the subject of a new clause, not the next
   * item of a list: "«إكس» تعلق حساب فلان و«كتائب حزب الله» تنقل بياناته إلى تلغرام" bans Askari
   * alone, "Telegram banned ISIS and Hamas moved to Gab" bans ISIS alone. A verb of the same
   * relation (حظرت تلغرام قنوات داعش وحماس حظرا كاملا) or an ownership word (فيسبوك وإنستغرام
   * المملوكتين لميتا) keeps the list.
   */
  boolean subjectOfNextClause(Ref name) {
    for (Hit other : hits) {
      if (other == hit
          || other.start() < name.end()
          || other.rule().type() == type
          || !other.rule().type().subjectTypes().contains(EntityType.ACTOR)) {
        continue;
      }
      String between = at.text.substring(name.end(), other.start());
      if (between.chars().allMatch(c -> Character.isWhitespace(c) || "\"»«'”“".indexOf(c) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** Words between this trigger and the name. */
  int wordsTo(Ref ref) {
    return wordsTo(hit, ref);
  }

  /** Words between a trigger of the sentence and the name. */
  int wordsTo(Hit trigger, Ref ref) {
    return ref.start() >= trigger.end()
        ? at.wordsBetween(trigger.end(), ref.start())
        : at.wordsBetween(ref.end(), trigger.start());
  }

  /** True when one of the two words before the name is a place word ("على تطبيق X", "on X"). */
  boolean afterPlaceWord(Ref ref) {
    return region(cues.placeMarkers(), at.text, wordsBack(ref.start(), 2), ref.start()).find();
  }

  boolean reachable(Ref ref) {
    if (type.subjectTypes().contains(ref.entity().type()) && ref.entity().type() == EntityType.ACTOR
        || inDestinationSlot(ref)) {
      return true;
    }
    int from = Math.min(ref.end(), hit.end());
    int to = Math.max(ref.start(), hit.start());
    return hits.stream()
        .noneMatch(
            other ->
                consumes(other, ref)
                    && other.rule().type() != type
                    && other.rule().admittedObjectTypes().contains(ref.entity().type())
                    && other.start() >= from
                    && other.end() <= to
                    && (other.end() <= hit.start() || other.start() >= hit.end()));
  }

  /**
   * A name right after an affiliation ("وكالة أعماق التابعة لتنظيم داعش", "Amaq, the media arm of
   * ISIS") that follows another name describes that name: it is neither the subject of the
   * statement nor the start of another one. The name before must be one that can be affiliated (an
   * outlet): in "أغلقت تيليغرام قنوات تابعة لحركة حماس" the channels, not Telegram, are Hamas's. In
   * Arabic, a name after a definite participle of relation (الوكالة المقربة من حركة X) describes
   * the noun before it too, unless that noun is a unit (see {@link
   * ElidedSubjects#describesAnother}).
   */
  boolean describesAnother(Ref ref) {
    if ("ar".equals(language()) && new ElidedSubjects(this).describesAnother(ref)) {
      return true;
    }
    return hits.stream()
        .anyMatch(
            h ->
                h.rule().type() == RelationType.AFFILIATED_WITH
                    && h.end() <= ref.start()
                    && at.wordsBetween(h.end(), ref.start()) <= 1
                    && refs.stream()
                        .anyMatch(
                            r ->
                                r.end() <= h.start()
                                    && at.wordsBetween(r.end(), h.start()) <= 2
                                    && h.rule().type().subjectTypes().contains(r.entity().type())));
  }

  /**
   * A name is not a ban's argument when a new clause starts between it and the trigger after a
   * comma ("تنبيه الشرطة لها، وأنها تزيل", "the app ..., although ... were taken down", "طردوا من
   * الشبكات، وإن كانت هذه المنصة"), or when the name heads a relative clause whose own verb is not
   * the trigger ("«غاب»، التي تستقطب مستخدمين طردوا" is not Gab banning; "Telegram, which removed"
   * is).
   */
  boolean sameClause(Hit trigger, Ref ref) {
    int from = Math.min(ref.end(), trigger.end());
    int to = Math.max(ref.start(), trigger.start());
    Matcher comma = Trigger.CLAUSE_BREAK.matcher(at.text);
    comma.region(from, Math.max(from, to));
    while (comma.find()) {
      Matcher start = region(cues.clauseStarts(), at.text, comma.end(), to);
      if (start.find() && at.wordsBetween(comma.end(), start.start()) <= 1) {
        return false;
      }
      Matcher opener = region(cues.clauseOpeners(), at.text, comma.end(), to);
      if (ref.end() <= trigger.start()
          && opener.find()
          && at.wordsBetween(comma.end(), opener.start()) == 0
          && at.wordsBetween(opener.end(), trigger.start()) > 1) {
        return false;
      }
    }
    return true;
  }

  /** {@link #sameClause(Hit, Ref)} for this trigger. */
  boolean sameClause(Ref ref) {
    return sameClause(hit, ref);
  }

  /** No semicolon between the name and the trigger: past one, another statement begins. */
  boolean sameStatement(Ref ref) {
    int from = Math.min(ref.end(), hit.start());
    int to = Math.max(ref.start(), hit.end());
    return from >= to || at.text.substring(from, to).chars().noneMatch(c -> c == ';' || c == '؛');
  }

  /**
   * A platform right after the to or place word of a migration, in the migration's clause ("moved
   * its channels to Telegram after Facebook deleted", "بدأت الحركة تنشر بياناتها عبر تيليغرام",
   * "أطلقت المؤسسة التابعة للتنظيم قناة على تيليغرام"): the slot is the verb's, however near the
   * trigger of another relation stands, so syntax, not distance, settles the competition.
   */
  boolean inDestinationSlot(Ref ref) {
    // Memoized: every name of the sentence asks it of every name before it.
    return destinationSlots.computeIfAbsent(ref, this::fillsDestinationSlot);
  }

  /**
   * {@code word} (without spaces and quotes) is a noun that presents a platform (منصة، تطبيق, app):
   * the introducer of a platform anaphor in cues.json, the same word that presents a name there.
   */
  private boolean isClassNoun(String word) {
    return cues.anaphora().stream()
        .anyMatch(
            a ->
                a.introducer() != null
                    && a.types().contains(EntityType.PLATFORM)
                    && a.introducer().matcher(word).matches());
  }

  /**
   * How many words right before the platform present it: a class noun (منصة، تطبيق) and at most
   * {@link #MAX_PRESENTING_MODIFIERS} definite words that describe it after the noun (تطبيق
   * المراسلة الروسي «ماكس»، منصة البث الموسيقي «أنغامي»), so that the to or place word before the
   * noun governs the name as it governs «X» in إلى تطبيق «X»; 0 when no noun presents it.
   */
  int presentingWords(Ref ref) {
    for (int k = 1; k <= 1 + MAX_PRESENTING_MODIFIERS; k++) {
      String bare =
          at.text
              .substring(wordsBack(ref.start(), k), wordsBack(ref.start(), k - 1))
              .replaceAll("[\\s\"«»“”]", "");
      if (isClassNoun(bare)) {
        return k;
      }
      if (!rules.affixes().hasArticle(bare) || !bare.chars().allMatch(Character::isLetter)) {
        return 0;
      }
    }
    return 0;
  }

  private boolean fillsDestinationSlot(Ref ref) {
    boolean announcedPlace =
        type == RelationType.ANNOUNCED_ON && rule.placeObjects() && firstPlatformAfter(ref);
    if ((type != RelationType.MIGRATED_TO && !announcedPlace)
        || ref.start() < hit.end()
        || ref.entity().type() != EntityType.PLATFORM
        || !sameClause(hit, ref)
        || CLAUSE_BREAK.matcher(at.text.substring(hit.end(), ref.start())).find()) {
      return false;
    }
    // The marker may stand before a class noun that presents the name (على منصة «أوديسي»), and
    // its description (إلى تطبيق المراسلة الروسي «ماكس»).
    int wordBefore = wordsBack(ref.start(), 1 + presentingWords(ref));
    return (!announcedPlace && region(cues.toMarkers(), at.text, wordBefore, ref.start()).find())
        || region(cues.placeMarkers(), at.text, wordBefore, ref.start()).find();
  }

  /**
   * No other platform stands between the trigger and {@code ref}: an announcement's place ("أعلن X
   * عبر قناته على تلغرام أن صفحاته على فيسبوك أغلقت") is the first platform after it; later ones
   * belong to the clause they stand in.
   */
  private boolean firstPlatformAfter(Ref ref) {
    // The names between, from the article's index: a pass over all of its names was quadratic.
    return at.refsOverlapping(hit.end(), Math.max(hit.end(), ref.start())).stream()
        .noneMatch(
            r ->
                r != ref
                    && r.entity().type() == EntityType.PLATFORM
                    && r.start() >= hit.end()
                    && r.start() < ref.start());
  }

  /**
   * True when a to, from or place word stands within so many words before the name ("to Telegram",
   * "إلى استخدام تطبيق ثريما").
   */
  boolean afterMarker(Ref ref, int words) {
    int from = wordsBack(ref.start(), words + presentingWords(ref));
    return region(cues.toMarkers(), at.text, from, ref.start()).find()
        || region(cues.fromMarkers(), at.text, from, ref.start()).find()
        || region(cues.placeMarkers(), at.text, from, ref.start()).find();
  }

  /** Where the {@code words}-th word after {@code position} ends, within the sentence. */
  int wordsForward(int position, int words) {
    int to = position;
    int end = span.end();
    for (int w = 0; w < words && to < end; w++) {
      while (to < end && !Character.isLetterOrDigit(at.text.charAt(to))) {
        to++;
      }
      while (to < end && Character.isLetterOrDigit(at.text.charAt(to))) {
        to++;
      }
    }
    return to;
  }

  int wordsBack(int position, int words) {
    int from = position;
    for (int w = 0; w < words && from > span.start(); w++) {
      from--;
      while (from > span.start() && !Character.isLetterOrDigit(at.text.charAt(from))) {
        from--;
      }
      while (from > span.start() && Character.isLetterOrDigit(at.text.charAt(from - 1))) {
        from--;
      }
    }
    return from;
  }

  /**
   * Whether another trigger takes a name away from this one. An ownership takes its owner and what
   * follows an active verb ("Meta, which owns Facebook", "the Facebook-owned messenger"), but
   * leaves the owned name of a passive free for the sentence's main verb ("Twitch, the site owned
   * by Amazon, disabled his channel", "إنستغرام المملوك لها", "blocked from Facebook and Instagram,
   * which Facebook owns") and the name after a hyphenated compound ("moved to Google-owned
   * YouTube").
   */
  boolean consumes(Hit other, Ref ref) {
    if (!other.rule().blocks() || CompoundOwners.leavesOwnedFree(at, other, ref)) {
      return false;
    }
    if (other.rule().type().subjectTypes().contains(EntityType.ACTOR)) {
      return true;
    }
    return ref.start() >= other.end()
        || (other.rule().ownerSide() == Side.BEFORE
            && ref.end() <= other.start()
            && at.wordsBetween(ref.end(), other.start()) <= 1);
  }

  /** The name standing in the verb's agent slot, if any. */
  Optional<Ref> nameInAgentSlot() {
    return switch (rule.agentSlot()) {
      case AFTER ->
          refs.stream()
              .filter(r -> r.start() >= hit.end() && !r.place())
              .min(Comparator.comparingInt(Ref::start))
              .filter(
                  r ->
                      at.wordsBetween(hit.end(), r.start()) <= 1
                          && !markerBetween(hit.end(), r.start()));
      case BEFORE ->
          refs.stream()
              .filter(r -> r.end() <= hit.start() && !r.place() && !afterPlaceWord(r))
              .max(Comparator.comparingInt(Ref::end))
              .filter(r -> at.wordsBetween(r.end(), hit.start()) <= 2);
      case NONE -> Optional.empty();
    };
  }

  boolean admits(Role role, Ref ref) {
    return admits(role, ref.entity())
        && !possessorOfHead(role, ref)
        && !compoundModifier(ref)
        && (type == RelationType.OWNED_BY || ref.anaphor() || !at.affiliated.get(ref.start()))
        && (type == RelationType.OWNED_BY
            || !CompoundOwners.companyBeforeItsPlatform(at, ref, refs));
  }

  /**
   * A name hyphened to a participle ("the al-Qaeda-linked al-Shabaab", "Kremlin-backed outlets")
   * only describes the noun after it: it is no argument of a ban, move or announcement. An
   * ownership keeps it ("Kremlin-backed" may be read by an ownership rule on its own), and so does
   * a unit after it: "the Wagner-linked accounts" are Wagner's accounts, as the annotators read
   * them.
   */
  private boolean compoundModifier(Ref ref) {
    int end = ref.end();
    if (type == RelationType.OWNED_BY || ref.anaphor() || end + 1 >= at.text.length()) {
      return false;
    }
    // The folded text spaces hyphens out; the written text tells "ISIS-linked" from "ISIS linked".
    int written = at.originalEnd(end);
    String original = originalText();
    if (written >= original.length() || "-\u2010\u2011".indexOf(original.charAt(written)) < 0) {
      return false;
    }
    Matcher participle = cues.compoundModifiers().matcher(at.text);
    if (!participle.region(end + 1, at.text.length()).lookingAt()) {
      return false;
    }
    // Before a unit the name is the owner of the units: "the Wagner-linked accounts" are Wagner's.
    int next = participle.end();
    while (next < at.text.length() && at.text.charAt(next) == ' ') {
      next++;
    }
    return !cues.platformUnits().matcher(at.text).region(next, at.text.length()).lookingAt();
  }

  /**
   * A possessor right before the name that heads its phrase ("Elon Musk's X suspended the account",
   * "owned by Alphabet's Google"): the possessed name takes the slot, so the possessor is neither
   * the patient nor the banner of a ban, nor the owner named after an ownership word. A platform
   * that only modifies a unit ("ISIS's Telegram channel", "Google's YouTube") leaves its possessor
   * the argument it was.
   */
  private boolean possessorOfHead(Role role, Ref ref) {
    if (!at.text.startsWith("'s ", ref.end()) || ref.anaphor()) {
      return false;
    }
    Optional<Ref> head =
        refs.stream().filter(r -> r.start() == ref.end() + 3 && !r.anaphor()).findFirst();
    if (head.isEmpty()) {
      return false;
    }
    Entity possessed = head.get().entity();
    if (type == RelationType.OWNED_BY) {
      // After the trigger ("owned by Alphabet's Google") the possessed name is the owner; the
      // possessive that is itself the trigger ("Alphabet's Google") keeps its possessor.
      return role == Role.OBJECT && ref.start() >= hit.end();
    }
    if (type != RelationType.BANNED_BY || possessed.type() != EntityType.PLATFORM) {
      return false;
    }
    int next = head.get().end();
    while (next < span.end() && at.text.charAt(next) == ' ') {
      next++;
    }
    return !cues.platformUnits().matcher(at.text).region(next, span.end()).lookingAt();
  }

  /**
   * A to, from or place word between a verb and a name: "عادوا إلى تليغرام" names where, not who.
   */
  boolean markerBetween(int from, int to) {
    return region(cues.toMarkers(), at.text, from, to).find()
        || region(cues.fromMarkers(), at.text, from, to).find()
        || region(cues.placeMarkers(), at.text, from, to).find();
  }

  boolean admits(Role role, Entity entity) {
    Set<EntityType> types = role == Role.SUBJECT ? type.subjectTypes() : rule.admittedObjectTypes();
    return types.contains(entity.type()) && rules.admitsKind(type, entity.type(), entity.kind());
  }

  int distance(Ref ref) {
    return ref.start() >= hit.end()
        ? ref.start() - hit.end()
        : Math.max(0, hit.start() - ref.end());
  }

  static boolean isPerson(Entity entity) {
    return entity.type() == EntityType.ACTOR && "person".equals(entity.kind());
  }

  static List<Ref> distinctEntities(List<Ref> refs) {
    Set<String> seen = new LinkedHashSet<>();
    return refs.stream().filter(r -> seen.add(r.id())).toList();
  }
}

package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule.ImplicitSubject;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.WorkCount;

/**
 * The arguments of one trigger in one sentence. The rule files tune each step; docs/extraction.md
 * explains them:
 *
 * <ul>
 *   <li>Only entities whose type (and kind) the relation admits are candidates, so one sentence
 *       with a group and a platform reads the same in both voices.
 *   <li>A verb's agent slot (the name right after an Arabic verb, right before an English one, past
 *       no to/from/place word) must hold an entity that may do the action; "أعلن تطبيق تيليجرام" is
 *       not a group announcing.
 *   <li>An actor subject is the nearest admissible one before the trigger, else after it, groups
 *       and outlets before persons, names in an apposition skipped; absent, it is the nearest
 *       earlier in the paragraph, else the article's dominant group.
 *   <li>Platforms and organizations are not looked for across a trigger of another relation that
 *       would take them ("ISIS, banned by Twitter, moved to Telegram"), nor past another statement
 *       of the same relation; names after a comparison (as it did on X) or a negation are not
 *       arguments.
 *   <li>Names joined by commas and و/and/or are one list: each yields its own claim.
 *   <li>Both ends of OWNED_BY, PARTNERED_WITH and AFFILIATED_WITH stand within eight words of the
 *       trigger.
 * </ul>
 */
final class ArgumentReader {
  /** What may stand between a name and the comma of its apposition: «صابرين نيوز»، المعروفة ... */
  static final java.util.regex.Pattern QUOTES_AND_SPACE =
      java.util.regex.Pattern.compile("[\\s«»\"“”()]*");

  /** An English apposition and its relative: " the [...] force that ". */
  private static final java.util.regex.Pattern DESCRIBING_NOUN =
      java.util.regex.Pattern.compile(
          "\\s*(?:the|a|an)\\s+(?:[^\\s,;:.]+\\s+){1,6}?(?:that|which|who|whose)\\s");

  /** The pronoun at the end of an Arabic word: her/its, their, his/its. */
  private static final java.util.regex.Pattern ARABIC_CLITIC =
      java.util.regex.Pattern.compile("\\p{IsArabic}{2,}(ها|هما|هم|ه)$");

  private static final double IMPLICIT_SUBJECT = 0.7;
  static final double ANAPHOR = 0.9;
  private static final double FAR = 0.85;
  private static final int FAR_WORDS = 12;
  private static final int SOURCE_REACH = 16;

  /** How many words after a source phrase (بحسب تقرير لـ) the name it cites may stand. */
  private static final int SOURCE_WORDS = 4;

  /** How many modifiers may stand between the head of a relative clause and its comma. */
  private static final int HEAD_MODIFIERS = 4;

  /** How many words from a ban verb a pronoun may stand and still be its patient. */
  private static final int PATIENT_WORDS = 6;

  /** How many words a role noun that moves ("the cell's members") may span before the verb. */
  private static final int TOPIC_MOVER_WORDS = 4;

  private final Trigger trigger;
  private final String text;
  private final Cues cues;
  private final ObjectSearch search;
  private final EnglishAppositions appositions;
  private final Modality modality;

  ArgumentReader(
      RuleSet rules,
      CueGrammar grammar,
      ArticleText at,
      ArticleText.Span span,
      List<Ref> refs,
      List<Hit> hits,
      Hit hit,
      Modality modality) {
    this.trigger = new Trigger(rules, grammar, at, span, refs, hits, hit);
    this.text = trigger.text();
    this.cues = trigger.cues();
    this.search = new ObjectSearch(trigger);
    this.appositions = new EnglishAppositions(trigger);
    this.modality = modality;
  }

  List<Draft> claims() {
    if (agentSlotHoldsStranger()
        || new UnreadActors(trigger).holdVerbSlot()
        || (trigger.agentRequired()
            && trigger
                .nameInAgentSlot()
                .filter(r -> trigger.admits(trigger.agentRole(), r))
                .isEmpty())) {
      return List.of();
    }
    return trigger.relation().subjectTypes().contains(EntityType.ACTOR)
        ? actorClaims()
        : new ThingClaims(trigger, appositions, this::draft).claims();
  }

  /**
   * Relations whose subject is a group or outlet: MIGRATED_TO, BANNED_BY, ANNOUNCED_ON, CLAIMED,
   * ACTIVE_ON.
   */
  private List<Draft> actorClaims() {
    // Only the objects of the trigger's own clause (a semicolon, a contrast, a relative clause).
    List<Ref> objects = ObjectClauses.inTriggerClause(trigger, search.objects());
    if (objects.isEmpty()) {
      return List.of();
    }
    List<Ref> subjects = subjects(objects);
    MovedContent moved = new MovedContent(trigger, subjects);
    // An actor's own content or accounts moving (انتقل بثها، نسخ من المدونات، its videos) is the
    // actor's move; clips, footage and users spreading are no one's.
    boolean contentMover =
        trigger.relation() == RelationType.MIGRATED_TO && moved.standsAsMover(cues.movedThings());
    boolean ownedContent = contentMover && moved.standsAsMover(cues.ownedContent());
    if (contentMover && !ownedContent) {
      return List.of();
    }
    double confidence = trigger.baseConfidence();
    List<Entity> subjectEntities = new ArrayList<>();
    if (subjects.isEmpty()
        && trigger.relation() == RelationType.BANNED_BY
        && search.bansAPlatform(objects)) {
      return List.of();
    }
    if (subjects.isEmpty() && trigger.openDescriptionBefore()) {
      // "The club's leaders" after two clubs, or with none introduced: the subject is a body the
      // sentence describes but the extractor cannot name; the context must not supply another.
      return List.of();
    }
    ElidedSubjects elided = new ElidedSubjects(trigger);
    Optional<Entity> continued =
        subjects.isEmpty()
            ? elided.continuedSubject(e -> trigger.admits(Role.SUBJECT, e))
            : Optional.empty();
    if (elided.disagreeing()) {
      return List.of();
    }
    if (continued.isPresent()) {
      subjectEntities.add(continued.get());
      confidence *= ANAPHOR;
    } else if (subjects.isEmpty()) {
      // Owned content with no owner in the sentence belongs to the actor the paragraph is about,
      // never to a nearer name of another paragraph or to a commenting person.
      Optional<Entity> implicit = ownedContent ? topicActor() : implicitSubject();
      // The owner of an unnamed platform ("the app, operated by X, says it removed 900 accounts";
      // "X's video subsidiary disabled") bans as a platform does: the context gives its patient
      // only when the patient points back.
      boolean platformBan =
          trigger.relation() == RelationType.BANNED_BY
              && objects.stream()
                  .anyMatch(
                      o ->
                          o.entity().type() == EntityType.PLATFORM
                              || OwnerOnlyNames.ownerOfUnnamedPlatform(trigger, o.entity()));
      boolean timeline =
          implicit.isEmpty()
              && TimelineItems.holds(trigger)
              && (trigger.relation() == RelationType.MIGRATED_TO || patientRefersBack());
      if (platformBan
          && (implicit.isEmpty() || (!patientRefersBack() && !namedInSentence(implicit.get())))) {
        implicit = topicPatient() || timeline ? topicActor() : Optional.empty();
      } else if (implicit.isEmpty() && (topicMover() || timeline)) {
        implicit = topicActor();
      }
      if (implicit.isEmpty()) {
        return List.of();
      }
      subjectEntities.add(implicit.get());
      confidence *= IMPLICIT_SUBJECT;
    }
    List<Ref> left = new ArrayList<>();
    List<Ref> reached = new ArrayList<>();
    if (trigger.relation() == RelationType.MIGRATED_TO) {
      search.splitOrigins(objects, left, reached);
    } else {
      reached.addAll(objects);
    }
    List<String> from = left.stream().map(Ref::id).distinct().toList();
    List<Draft> out = new ArrayList<>();
    WorkCount.add((long) reached.size() * Math.max(1, subjects.size()));
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

  private List<Ref> subjects(List<Ref> objects) {
    Set<String> objectIds = new LinkedHashSet<>();
    objects.forEach(o -> objectIds.add(o.id()));
    PossessiveAgreement possessive = new PossessiveAgreement(trigger);
    Predicate<Ref> admitted =
        r ->
            trigger.admits(Role.SUBJECT, r)
                && possessive.agrees(r)
                && !UnknownSayer.standsFor(trigger, r)
                && !objectIds.contains(r.id())
                && trigger.sameStatement(r)
                && !trigger.describesAnother(r)
                && !inRelativeAfterPatient(r);
    Optional<Ref> agent =
        trigger.agentRole() == Role.SUBJECT
            ? trigger.nameInAgentSlot().filter(admitted)
            : Optional.empty();
    if (agent.isPresent()) {
      return trigger.chain(agent.get(), admitted);
    }
    if (trigger.implicitSubject() == ImplicitSubject.DOMINANT) {
      return List.of();
    }
    Optional<Ref> inside = insideTrigger(admitted);
    if (inside.isPresent()) {
      return trigger.chain(inside.get(), admitted);
    }
    Side[] sides =
        opensCoordinatedClause()
            ? new Side[] {Side.AFTER, Side.BEFORE}
            : new Side[] {Side.BEFORE, Side.AFTER};
    for (boolean persons : new boolean[] {false, true}) {
      for (Side side : sides) {
        for (boolean anaphora : new boolean[] {false, true}) {
          Optional<Ref> subject =
              trigger.nearestAcrossTriggers(
                  side,
                  admitted.and(
                      r ->
                          Trigger.isPerson(r.entity()) == persons
                              && r.anaphor() == anaphora
                              && !(persons && isSource(r))
                              && !citedAsSource(r)
                              && !inApposition(r)
                              && appositions.headOf(r).isEmpty()
                              && !appositions.apposedToStranger(r)
                              && !inEarlierEnglishClause(r)));
          if (subject.isPresent()) {
            Ref chosen = ownClauseAnaphor(subject.get(), admitted).orElse(subject.get());
            return coordinated(trigger.chain(chosen, admitted), admitted);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * A name before the trigger that stands in the clause before ("حذفت «ميتا» صفحات «المسيرة»، فيما
   * تعتمد الجماعة على تيليغرام لنشر بياناتها"): a definite noun in the trigger's own clause that
   * may be its subject is the subject, not the name across the clause start.
   */
  private Optional<Ref> ownClauseAnaphor(Ref found, Predicate<Ref> admitted) {
    if (found.anaphor() || found.end() > trigger.start() || trigger.sameClause(found)) {
      return Optional.empty();
    }
    return trigger.nearestAcrossTriggers(
        Side.BEFORE,
        admitted.and(
            r ->
                r.anaphor()
                    && r.start() > found.end()
                    && trigger.sameClause(r)
                    && !Trigger.isPerson(r.entity())));
  }

  /**
   * A trigger with no agent slot that reaches over its mover (دعت «آر تي» جمهورها إلى متابعتها على،
   * دفعت الحملة التنظيم إلى): the mover is the first name inside it, not a name before the verb
   * ("قامت غوغل بحجب قنوات «آر تي» و«سبوتنيك»، فيما دعت «آر تي» ..." moves RT alone).
   */
  private Optional<Ref> insideTrigger(Predicate<Ref> admitted) {
    if (trigger.agentSlotSide() != Side.NONE || trigger.agentRole() != Role.SUBJECT) {
      return Optional.empty();
    }
    return trigger.namesInSentence().stream()
        .filter(r -> r.start() > trigger.start() && r.end() <= trigger.end())
        .filter(admitted)
        .filter(r -> !(Trigger.isPerson(r.entity()) && isSource(r)))
        .min(java.util.Comparator.comparingInt(Ref::start));
  }

  /**
   * A name in a relative clause after the trigger whose head is a possible subject ("Facebook
   * banned Gavin McInnes, who founded the Proud Boys"; "حذفت يوتيوب قناة X، التي تروج لجماعة Y"):
   * the head is the patient, the name only describes it.
   */
  private boolean inRelativeAfterPatient(Ref ref) {
    if (ref.start() < trigger.end()) {
      return false;
    }
    Matcher comma = Trigger.CLAUSE_BREAK.matcher(text);
    comma.region(trigger.end(), ref.start());
    int lastComma = -1;
    int lastCommaEnd = -1;
    while (comma.find()) {
      lastComma = comma.start();
      lastCommaEnd = comma.end();
    }
    if (lastComma < 0) {
      return false;
    }
    if ("en".equals(trigger.language())
        && DESCRIBING_NOUN.matcher(text.substring(lastCommaEnd, ref.start())).lookingAt()) {
      // "accounts advertising for Africa Corps, the force that absorbed the Wagner Group's
      // fighters": a noun phrase and its relative clause describe the name before the comma,
      // recognised or not.
      return true;
    }
    Matcher opener = region(cues.clauseOpeners(), text, lastCommaEnd, ref.start());
    if (!opener.find() || trigger.wordsBetween(lastCommaEnd, opener.start()) != 0) {
      return false;
    }
    if (trigger.agentRole() == Role.SUBJECT) {
      // The doer of a move or an announcement is never inside a relative clause after the verb
      // ("انتقل الداعية X، الذي تتهمه أجهزة الأمن بالترويج لداعش، إلى"), whatever its head is.
      return true;
    }
    int commaAt = lastComma;
    return trigger.namesInSentence().stream()
        .anyMatch(
            head ->
                head.start() >= trigger.end()
                    && head.end() <= commaAt
                    && text.substring(head.end(), commaAt).isBlank()
                    && trigger.admits(Role.SUBJECT, head));
  }

  /**
   * An Arabic verb with an and-word written onto it right after a comma ("حذفت تويتر حسابات X،
   * وأغلقت تيليغرام قنوات Y") opens a clause of its own: its subject is looked for after it first,
   * and a name of the clause before is taken only when none follows ("..., وحذفتها الشركة").
   */
  private boolean opensCoordinatedClause() {
    int start = trigger.start();
    while (start > trigger.sentenceStart() && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int word = start;
    int before = start - 1;
    while (before > trigger.sentenceStart() && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before <= trigger.sentenceStart() || before == start - 1) {
      return false;
    }
    char comma = text.charAt(before);
    if (comma != '،' && comma != ',') {
      return false;
    }
    return cues.attachedAndWords().stream()
        .anyMatch(
            and ->
                text.startsWith(and, word)
                    && text.length() > word + and.length()
                    && Character.isLetter(text.charAt(word + and.length())));
  }

  /**
   * A name inside an apposition before the trigger ("مؤسسة الكتائب، الذراع الإعلامية لحركة الشباب،
   * قناة ... ونشرت"; "Amaq, the outlet of ISIS, posted"): it describes the name before the comma
   * that opens it, and that name is the subject. A stretch between commas with a trigger of its own
   * (other than an affiliation: "the media arm of") is a clause, not an apposition. The agent of a
   * participle in the apposition ("Gab, founded by Andrew Torba, was removed") describes the name
   * before it whatever that name is: the founder is not the patient of the ban.
   */
  private boolean inApposition(Ref ref) {
    if (ref.end() > trigger.start()) {
      return false;
    }
    int open = lastCommaInSentence(ref.start());
    if (open < 0) {
      return false;
    }
    Matcher comma = Trigger.CLAUSE_BREAK.matcher(text);
    comma.region(ref.end(), trigger.start());
    if (!comma.find()) {
      return false;
    }
    int close = comma.start();
    // An Arabic apposition that opens with a definite participle or adjective agreeing with its
    // head (قناة «س» المحلية، المقربة من حركة ص، أعلنت) describes the head past its modifiers, as a
    // relative clause does.
    boolean relative =
        opensRelative(open + 1, ref.start())
            || OwnerOnlyNames.opensArabicDescriptor(text, open + 1, ref.start());
    // A relative clause describes its head whatever verb it holds (وكالة «ناشر»، التي تتولى
    // إعادة توزيع بيانات «أعماق»، أعلنت: the relative's statements are not the main verb's).
    boolean describes =
        relative
            || trigger.triggersInSentence().stream()
                .noneMatch(
                    h ->
                        h.start() > open
                            && h.start() < close
                            && h.rule().type() != RelationType.AFFILIATED_WITH);
    boolean agentOfParticiple =
        trigger.grammar().endsWithAgentMarker.matcher(text.substring(open + 1, ref.start())).find();
    return describes
        && trigger.namesInSentence().stream()
            .anyMatch(
                r ->
                    r.end() <= open
                        && (QUOTES_AND_SPACE.matcher(text.substring(r.end(), open)).matches()
                            || (relative && modifiersOnly(r.end(), open)))
                        && (agentOfParticiple || trigger.admits(Role.SUBJECT, r)));
  }

  /**
   * The last comma (Arabic or Latin) of the trigger's sentence at or before {@code offset}, or -1:
   * searched back to the sentence start only, since a text without a comma would otherwise be
   * searched to its beginning for every name.
   */
  private int lastCommaInSentence(int offset) {
    for (int i = Math.min(offset, text.length() - 1); i >= trigger.sentenceStart(); i--) {
      char c = text.charAt(i);
      if (c == '،' || c == ',') {
        return i;
      }
    }
    return -1;
  }

  /** A relative pronoun (الذي، التي، which) opens the stretch right after the comma. */
  private boolean opensRelative(int from, int to) {
    Matcher opener = region(cues.clauseOpeners(), text, from, to);
    return opener.find() && trigger.wordsBetween(from, opener.start()) == 0;
  }

  /**
   * The head of a relative clause may carry a few modifiers before its comma (وكالة «ثبات»
   * الإخبارية، التي ...; «ناشر» الإخبارية الموالية للتنظيم، التي ...): no clause break and no other
   * name between.
   */
  private boolean modifiersOnly(int from, int to) {
    return !Trigger.CLAUSE_BREAK.matcher(text.substring(from, to)).find()
        && trigger.wordsBetween(from, to) <= HEAD_MODIFIERS
        && trigger.namesInSentence().stream()
            .noneMatch(r -> !r.anaphor() && r.start() >= from && r.end() <= to);
  }

  /**
   * A person who speaks in the sentence ("said Mitch Prothero", "ويقول المحلل X", "X ... said the
   * company would terminate it") is its source, not an argument; a name right after the report verb
   * that starts the reported clause is not ("said Mr Trump would be blocked").
   */
  private boolean isSource(Ref ref) {
    int from = Math.max(trigger.sentenceStart(), ref.start() - SOURCE_REACH);
    int to = Math.min(trigger.sentenceEnd(), ref.end() + SOURCE_REACH);
    boolean saysAfter = region(cues.report(), text, ref.end(), to).find();
    boolean saidBefore =
        region(cues.report(), text, from, ref.start()).find() && !startsClause(ref);
    return saysAfter
        || saidBefore
        || (ref.end() <= trigger.start()
            && region(cues.report(), text, ref.end(), trigger.start()).find());
  }

  /**
   * A name a few words after a phrase that cites a source, before the trigger ("وبحسب تقرير لمؤسسة
   * «مدار»، فقد خسرت الوكالة"; "تشير بيانات «مدار» إلى أن الوكالة ما زالت تعلن"): the research body
   * or the report is where the statement comes from, not who does what it states, unless it says it
   * did it ("قالت تويتر إنها حذفت").
   */
  private boolean citedAsSource(Ref ref) {
    if (ref.end() > trigger.start() || Trigger.isPerson(ref.entity())) {
      return false;
    }
    int from = Math.max(trigger.sentenceStart(), trigger.wordsBack(ref.start(), SOURCE_WORDS));
    Matcher source = region(cues.sourcePhrases(), text, from, ref.start());
    boolean cited = false;
    while (source.find()) {
      // "وبحسب تلك البيانات، كانت وكالة أعماق": past a comma the name is the clause's own.
      cited = !Trigger.CLAUSE_BREAK.matcher(text.substring(source.end(), ref.start())).find();
    }
    return cited && !region(cues.sayingPronouns(), text, ref.end(), trigger.start()).find();
  }

  /**
   * "said Mr Trump would be blocked": the name after the report verb is the subject of what is
   * reported.
   */
  private boolean startsClause(Ref ref) {
    return ref.end() <= trigger.start()
        && !Trigger.CLAUSE_BREAK.matcher(text.substring(ref.end(), trigger.start())).find()
        && trigger.wordsBetween(ref.end(), trigger.start()) <= 3;
  }

  /**
   * The names coordinated with a subject past its modifiers: "جماعة «براود بويز» اليمينية المتطرفة
   * ومؤسسها غافن ماكينز", "the Proud Boys and their founder Gavin McInnes".
   */
  private List<Ref> coordinated(List<Ref> subjects, Predicate<Ref> admitted) {
    List<Ref> out = new ArrayList<>(subjects);
    int lastEnd = subjects.get(subjects.size() - 1).end();
    for (Ref next :
        trigger.namesInSentence().stream()
            .filter(r -> r.start() >= lastEnd)
            .sorted(java.util.Comparator.comparingInt(Ref::start))
            .toList()) {
      Ref last = out.get(out.size() - 1);
      if (next.start() < last.end()) {
        continue;
      }
      if (next.end() > trigger.start() && last.end() <= trigger.start()
          || !admitted.test(next)
          || trigger.subjectOfNextClause(next)
          || !trigger
              .grammar()
              .coordinated
              .matcher(text.substring(last.end(), next.start()))
              .matches()) {
        break;
      }
      out.add(next);
    }
    return Trigger.distinctEntities(out);
  }

  /**
   * A platform's ban whose sentence names no one banned takes its subject from the context only
   * when its patient points back with a pronoun (an agency's action day is against the group the
   * story is about): "suspended their accounts", "its channels were removed", "حذفت قنواتها",
   * "those groups"; or when the sentence names it elsewhere. "Telegram said it had removed dozens
   * of channels" and "the app, whose listings were removed by Apple" ban no one of the article's
   * groups.
   */
  private boolean patientRefersBack() {
    int after = trigger.wordsForward(trigger.end(), PATIENT_WORDS);
    int before = trigger.wordsBack(trigger.start(), PATIENT_WORDS);
    return region(cues.patientAfter(), text, trigger.start(), after).find()
        || region(cues.patientBefore(), text, before, trigger.end()).find();
  }

  /**
   * A ban whose patient is a definite unit of someone not named ("Instagram removed the accounts",
   * "Discord banned the server", "the channels were closed", الحسابات المعنية): the unit is the
   * topic actor's (see {@link #topicActor}).
   */
  private boolean topicPatient() {
    if (trigger.implicitSubject() != ImplicitSubject.CONTEXT) {
      return false;
    }
    int after = trigger.wordsForward(trigger.end(), PATIENT_WORDS);
    int before = trigger.wordsBack(trigger.start(), PATIENT_WORDS);
    return region(cues.topicPatients(), text, trigger.end(), after).find()
        || region(cues.topicPatients(), text, before, trigger.start()).find();
  }

  /**
   * An English move whose mover is a role noun right before the verb ("members moved their planning
   * to Signal", "the cell moved to Zangi").
   */
  private boolean topicMover() {
    if (!"en".equals(trigger.language())
        || trigger.relation() != RelationType.MIGRATED_TO
        || trigger.implicitSubject() != ImplicitSubject.CONTEXT) {
      return false;
    }
    Matcher mover =
        region(
            cues.topicMovers(),
            text,
            trigger.wordsBack(trigger.start(), TOPIC_MOVER_WORDS),
            trigger.start());
    while (mover.find()) {
      if (text.substring(mover.end(), trigger.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor a unit or role noun stands for: the one actor of the nearest paragraph that names
   * any, never one of two, else the dominant group (a role noun is no person); but a group named
   * less often than the story's person gives way to that person (see {@link
   * ArticleText#storyPersonOver}).
   */
  private Optional<Entity> topicActor() {
    Optional<Entity> actor =
        trigger.topicActor(e -> trigger.admits(Role.SUBJECT, e) && !Trigger.isPerson(e));
    // Only a group gives way: where the context gives no actor at all, a list line or a comment
    // ("- 11: servers we found blocking his instance") is no step of the person's story.
    if (actor.isEmpty() || !"group".equals(actor.get().kind())) {
      return actor;
    }
    return trigger
        .storyPersonOver(actor.get(), e -> trigger.admits(Role.SUBJECT, e))
        .or(() -> actor);
  }

  /**
   * A timeline after a semicolon whose patient points back ("تعرضت «المسيرة» لسلسلة من الإجراءات؛
   * إذ أغلقت «ميتا» صفحاتها على فيسبوك"; "the outlet lost its pages; Meta removed its accounts"):
   * the pronoun is the name of the statement before the semicolon, not of an earlier sentence. A
   * definite noun standing for a name there is that name too ("لم تكن المرة الأولى التي تفقد فيها
   * الإذاعة منصة؛ فقد أغلقت «ميتا» صفحتها": the radio, not the movement it is close to).
   */
  private Optional<Ref> beforeSemicolon(Predicate<Entity> fits) {
    if (!patientRefersBack()) {
      return Optional.empty();
    }
    // A definite noun before the semicolon (تخسر فيها الإذاعة حساباتها؛ فقد أغلقت ميتا صفحتها) is
    // as good an antecedent as a name, when the pronoun on the patient agrees with it.
    ElidedSubjects agreement = new ElidedSubjects(trigger);
    Optional<String> clitic = patientClitic();
    return trigger.namesInSentence().stream()
        .filter(r -> r.end() <= trigger.start() && !r.place() && !trigger.sameStatement(r))
        .filter(
            r -> !r.anaphor() || clitic.filter(c -> agreement.agreesWithClitic(c, r)).isPresent())
        .filter(r -> fits.test(r.entity()))
        .max(java.util.Comparator.comparingInt(Ref::end));
  }

  /** The Arabic pronoun attached to the ban's patient after the verb (صفحتها: ها), if any. */
  private Optional<String> patientClitic() {
    Matcher m =
        region(
            cues.patientAfter(),
            text,
            trigger.start(),
            trigger.wordsForward(trigger.end(), PATIENT_WORDS));
    while (m.find()) {
      Matcher pronoun = ARABIC_CLITIC.matcher(m.group());
      if (pronoun.find()) {
        return Optional.of(pronoun.group(1));
      }
    }
    return Optional.empty();
  }

  /** The trigger's statement names the entity after the trigger. */
  private boolean passedOverAfter(Entity entity) {
    return trigger.namesInSentence().stream()
        .anyMatch(
            r ->
                r.id().equals(entity.id())
                    && r.start() >= trigger.end()
                    && trigger.sameStatement(r));
  }

  /** The sentence names the entity elsewhere than in a subject slot ("action day strips ISIS"). */
  private boolean namedInSentence(Entity entity) {
    // A name that only describes another ("Africa Corps, the force that absorbed the Wagner
    // Group's fighters") does not make the sentence about it.
    return trigger.namesInSentence().stream()
        .anyMatch(
            r ->
                r.id().equals(entity.id())
                    && !inEarlierEnglishClause(r)
                    && !inRelativeAfterPatient(r)
                    && !inApposition(r)
                    && !trigger.describesAnother(r));
  }

  /**
   * An English name before the trigger across a new clause ("Prosecutions of Oath Keepers leaders
   * weakened the groups, but smaller units recruit through Facebook groups, which Meta removes"):
   * the clause with the trigger has a subject of its own, named or not. A relative clause between
   * them ("Alex Jones, whose pages were removed") is no new clause. Arabic clause starts (أنها،
   * إنه) introduce what a name before them says, so they are not read here.
   */
  private boolean inEarlierEnglishClause(Ref ref) {
    if (!"en".equals(trigger.language()) || ref.end() > trigger.start()) {
      return false;
    }
    Matcher comma = Trigger.CLAUSE_BREAK.matcher(text);
    comma.region(ref.end(), trigger.start());
    while (comma.find()) {
      Matcher start = region(cues.clauseStarts(), text, comma.end(), trigger.start());
      if (start.find() && trigger.wordsBetween(comma.end(), start.start()) == 0) {
        return true;
      }
    }
    return false;
  }

  private Optional<Entity> implicitSubject() {
    Predicate<Entity> fits = e -> trigger.admits(Role.SUBJECT, e) && !Trigger.isPerson(e);
    if (trigger.implicitSubject() == ImplicitSubject.NONE
        || new UnreadActors(trigger).holdSubject()) {
      return Optional.empty();
    }
    if (trigger.implicitSubject() == ImplicitSubject.DOMINANT
        && trigger.namesInSentence().stream().anyMatch(r -> trigger.admits(Role.SUBJECT, r))) {
      return Optional.empty();
    }
    Optional<Ref> earlier =
        trigger.implicitSubject() == ImplicitSubject.CONTEXT
            ? beforeSemicolon(fits).or(() -> trigger.antecedentInParagraph(fits))
            : Optional.empty();
    Optional<Entity> found =
        earlier.map(Ref::entity).or(() -> trigger.dominantGroup().filter(fits));
    // A mover or announcer named after the verb that the subject search passed over (inside a
    // relative clause, an apposition) was passed over for a reason: the context does not give it
    // back.
    if (trigger.agentRole() == Role.SUBJECT && found.filter(this::passedOverAfter).isPresent()) {
      return Optional.empty();
    }
    return found;
  }

  /**
   * True when a name that may not do the action stands in the verb's agent slot, unless an agent
   * that may was already named right before the verb ("عناصر داعش يهجرون Telegram").
   */
  private boolean agentSlotHoldsStranger() {
    Optional<Ref> slot = trigger.nameInAgentSlot();
    if (slot.isEmpty() || trigger.admits(trigger.agentRole(), slot.get())) {
      return false;
    }
    return trigger.agentSlotSide() != Side.AFTER
        || trigger
            .nearestAcrossTriggers(Side.BEFORE, r -> trigger.admits(trigger.agentRole(), r))
            .filter(r -> trigger.wordsBetween(r.end(), trigger.start()) <= 2)
            .isEmpty();
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
    return new Draft(
        trigger.rule(),
        trigger.sentence(),
        trigger.start(),
        trigger.end(),
        subject,
        subjectRef,
        object.entity(),
        object,
        origins,
        "",
        modality,
        Math.round(confidence * 1000) / 1000.0);
  }

  private int distanceWords(Ref ref) {
    return ref.start() >= trigger.end()
        ? trigger.wordsBetween(trigger.end(), ref.start())
        : trigger.wordsBetween(ref.end(), trigger.start());
  }
}

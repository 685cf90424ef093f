package org.driftgraph.extract.claims;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;

/**
 * Subjects that Arabic leaves unwritten, and the context names that may stand for them.
 *
 * <p>An Arabic verb that continues a statement carries its subject in its agreement only: the
 * second verb of "نفت الوكالة ...، وقالت في بيان على قناتها" and the verb after a saying verb that
 * opens a sentence ("وأضافت أنها فتحت حسابا على ...") have the subject of the clause before them.
 * That subject is the first name of that clause (verb-subject order puts it right after the verb),
 * when it may do the action and agrees with the verb; a clause whose first name may not do it (a
 * platform that banned, then "وقالت") gives nothing, rather than a later name of the clause.
 *
 * <p>A name inside a definite Arabic descriptor of another name (قناة «س»، المقربة من حركة ص) only
 * describes it: it is no antecedent for a subject taken from the context either.
 */
final class ElidedSubjects {
  /**
   * What may stand between the start of a clause and a continuing trigger: nothing (the trigger is
   * the coordinated verb itself, وقالت), ثم, or a coordinated saying verb and the pronoun of its أن
   * clause (وأضافت أنها، وقال إنه، وأكدت في بيان أنها).
   */
  private static final Pattern CONTINUING_LEAD =
      Pattern.compile(
          "(?:ثم(?:\\s+[وف]?قد)?|[وف]\\S{2,}(?:\\s+(?:في|عبر)\\s+\\S+)?\\s+[وف]?[بل]?ا?ن(ها|ه|هم))?"
              + "(?:\\s+قد)?\\s*");

  /**
   * A fronted time or place phrase: a preposition or time noun and up to five words (normalized
   * text: ا for أ، ي for ى، ه for ة).
   */
  private static final Pattern FRONTED =
      Pattern.compile(
          "[وف]?(?:بعد|قبل|منذ|خلال|عقب|اثر|في|وفي|صباح|مساء|ليل|ظهر|فجر|يوم|لاحقا|حينها|وقتها)"
              + "(?:\\s+\\S+){0,5}");

  /** A time noun that a fronted phrase may hold: a definite noun or a span of time. */
  private static final String TIME_WORD =
      "(?:ال\\S+|ذلك|ساعات|ساعه|ساعتين|ايام|يوم|يومين|اسابيع|اسبوع|اسبوعين|اشهر|شهر|شهرين|سنوات"
          + "|عام|عامين|اعوام|دقائق|لحظات)";

  /**
   * What may stand before a verb that drops its subject at the opening of a sentence: nothing, قد
   * (فقد، وقد، ثم), or a fronted time phrase with no comma (وفي الأسبوع التالي، وبعد ذلك بأيام),
   * made of time words only: "وبعد أسابيع انتقل بثها" has a verb between the phrase and بثها.
   */
  private static final Pattern DROPPED_LEAD =
      Pattern.compile(
          "(?:(?:[وف]?قد|ثم)\\s+|[وف]?(?:بعد|قبل|منذ|خلال|عقب|اثر|في)\\s+"
              + TIME_WORD
              + "(?:\\s+(?:ال\\S+|ب\\S+|من\\s+\\S+|قليله|قليل|فقط))?\\s+)?");

  /**
   * What follows a verb whose subject is not written: a preposition, a demonstrative, أن، a comma.
   */
  private static final Pattern ELIDED_AFTER =
      Pattern.compile(
          "\\s*(?:[،,:]|(?:عبر|في|علي|من|عن|الي|مع|ذلك|هذا|هذه|امس|اليوم|ان|انه|انها|انهم|لاحقا|ايضا)"
              + "(?=\\s|$))");

  /** A trigger that is itself a coordinated verb: و or ف written onto it. */
  private static final Pattern COORDINATED_VERB = Pattern.compile("[وف](\\S{2,})");

  /**
   * A definite participle or adjective of relation before a name (المقربة من، التابعة لـ، الموالية
   * لـ): the name describes the one before it.
   */
  private static final Pattern DESCRIPTOR_BEFORE =
      Pattern.compile(
          "(?:^|\\s)"
              + OwnerOnlyNames.RELATION_PARTICIPLE
              + "\\s+(?:من|الي|علي|ل|ب|لل)?\\s*(?:ال\\S+\\s+)?$");

  /** Arabic nouns of units (accounts, channels, pages, blogs ...) and of members. */
  private static final String UNITS =
      "حساب|حسابات|قناه|قنوات|صفحه|صفحات|مجموعه|مجموعات|مواقع|مدونه|مدونات|خوادم|روابط|ملفات"
          + "|مواد|منشورات|مقاطع|عناصر|انصار";

  /** A unit noun right before the descriptor: the name after it owns the units. */
  private static final Pattern UNIT_BEFORE =
      Pattern.compile("(?:^|\\s)[وفبل]?(?:ال)?(?:" + UNITS + ")\\s*$");

  /** Head nouns of masculine Arabic names (تنظيم داعش، حزب الله، موقع X): they take a he-verb. */
  private static final Pattern MASCULINE_HEAD =
      Pattern.compile(
          "[وفبلك]?(?:ال|لل)?(?:تنظيم|حزب|موقع|مركز|جيش|لواء|فصيل|اتحاد|مكتب|تيار|مجلس|منتدي)");

  /** A definite noun (not إلى، الذي، التي) or a quote: a subject written after its verb. */
  private static final Pattern WRITTEN_SUBJECT =
      Pattern.compile("[«\"“]|ال(?!ي(?:\\s|$)|ذي(?:\\s|$)|تي(?:\\s|$))\\S");

  /** How many characters before a name its descriptor may begin. */
  private static final int DESCRIPTOR_REACH = 40;

  private enum Gender {
    FEMININE,
    MASCULINE,
    PLURAL,
    UNKNOWN
  }

  private final Trigger trigger;
  private final ArticleText at;
  private final String text;
  private boolean disagreeing;

  ElidedSubjects(Trigger trigger) {
    this.trigger = trigger;
    this.at = trigger.articleText();
    this.text = trigger.text();
  }

  /**
   * The unwritten subject of an Arabic verb that continues the statement before it, when that
   * statement's subject {@code fits}; empty when the trigger opens a statement of its own.
   */
  Optional<Entity> continuedSubject(Predicate<Entity> fits) {
    // Only a doer that is the subject (a mover, an announcer): the elided doer of a ban is the
    // platform; and no subject when an actor the extractor did not read holds the verb's slot.
    if (!"ar".equals(trigger.language())
        || trigger.agentRole() != Role.SUBJECT
        || new UnreadActors(trigger).holdSubject()) {
      return Optional.empty();
    }
    int clauseStart = clauseStart();
    int word = wordStart(trigger.start());
    if (word < clauseStart) {
      return Optional.empty();
    }
    Matcher lead = CONTINUING_LEAD.matcher(text);
    lead.region(clauseStart, word);
    if (!lead.matches()) {
      return droppedSubject(clauseStart, word, fits);
    }
    Gender verb = genderOfLead(lead.group(1), clauseStart, word);
    if (verb == null) {
      return droppedSubject(clauseStart, word, fits);
    }
    if (lead.group(1) == null && subjectWritten(word)) {
      return Optional.empty();
    }
    Optional<Ref> subject =
        clauseStart > trigger.sentenceStart() && !frontedAdverbial(clauseStart)
            ? firstName(trigger.sentenceStart(), clauseStart)
            : previousSentence().flatMap(s -> firstName(s.start(), s.end()));
    disagreeing = subject.filter(r -> !agrees(verb, r)).isPresent();
    return subject.filter(r -> fits.test(r.entity()) && agrees(verb, r)).map(Ref::entity);
  }

  /**
   * A verb that opens its sentence with no subject after it, bare, after قد or after a fronted time
   * or place phrase (بعد ساعات، أعلن عبر قناته؛ فقد نشر، عبر حسابه، بيانا؛ وفي الأسبوع التالي نقلت
   * نشاطها إلى): Arabic drops the subject it continues from the sentence before, even across a
   * paragraph break (news sites give each sentence a paragraph). The subject is the first name of
   * that sentence, when it may do the action and agrees with the verb; otherwise the context is
   * left to the usual fallback.
   */
  private Optional<Entity> droppedSubject(int clauseStart, int word, Predicate<Entity> fits) {
    int opening =
        clauseStart == trigger.sentenceStart() || frontedAdverbial(clauseStart) ? clauseStart : -1;
    if (opening < 0) {
      return Optional.empty();
    }
    Matcher lead = DROPPED_LEAD.matcher(text);
    lead.region(opening, word);
    if (!lead.matches() || !at.refsOverlapping(opening, word).isEmpty()) {
      return Optional.empty();
    }
    Gender verb = genderOfVerb(firstWord(word));
    if (!elidedAfter(word)) {
      return Optional.empty();
    }
    return sentenceBefore()
        .flatMap(s -> firstName(s.start(), s.end()))
        .filter(r -> fits.test(r.entity()) && agrees(verb, r))
        .map(Ref::entity);
  }

  /**
   * The sentence's text before {@code clauseStart} is a fronted time or place phrase with no name
   * (بعد ساعات، / وفي الأسبوع الماضي،): the clause after it opens the statement.
   */
  private boolean frontedAdverbial(int clauseStart) {
    int from = trigger.sentenceStart();
    int to = clauseStart;
    while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
      to--;
    }
    return to > from
        && FRONTED.matcher(text).region(from, to).matches()
        && at.refsOverlapping(from, to).isEmpty();
  }

  /** Right after the verb comes no subject: a preposition, a demonstrative, أن, a comma. */
  private boolean elidedAfter(int verbStart) {
    int next = verbStart + firstWord(verbStart).length();
    return ELIDED_AFTER.matcher(text).region(next, text.length()).lookingAt();
  }

  /** The sentence before the trigger's, in its paragraph or the paragraph before. */
  private Optional<ArticleText.Span> sentenceBefore() {
    ArticleText.Span here = trigger.sentence();
    if (here.index() == 0) {
      return Optional.empty();
    }
    ArticleText.Span before = at.sentences.get(here.index() - 1);
    return here.paragraph() - before.paragraph() <= 1 ? Optional.of(before) : Optional.empty();
  }

  /**
   * After {@link #continuedSubject}: the statement before was continued, but its subject does not
   * agree with the verb ("أعلن التنظيم ... وأضافت أنها"): the verb's subject is someone the text
   * did not name, so neither that subject nor one from the context is the verb's.
   */
  boolean disagreeing() {
    return disagreeing;
  }

  /**
   * The nearest name earlier in the trigger's paragraph that {@code fits}, past the names that only
   * describe another (قناة «س»، المقربة من حركة ص: not ص).
   */
  Optional<Ref> antecedentInParagraph(Predicate<Entity> fits) {
    return at.antecedentInParagraph(trigger.sentence().start(), fits, r -> !describesAnother(r));
  }

  /**
   * The name stands after a definite descriptor of relation (المقربة من، التابعة لـ) of another
   * name or noun. After a unit (الحسابات الموالية لـ، القنوات المقربة من) the name is the units'
   * owner, and stays an argument.
   */
  boolean describesAnother(Ref ref) {
    int from = Math.max(at.sentenceAt(ref.start()).start(), ref.start() - DESCRIPTOR_REACH);
    String before = text.substring(from, ref.start());
    Matcher descriptor = DESCRIPTOR_BEFORE.matcher(before);
    return descriptor.find()
        && !UNIT_BEFORE.matcher(before.substring(0, descriptor.start())).find();
  }

  /** Where the trigger's clause starts: after the last comma or semicolon, else the sentence. */
  private int clauseStart() {
    int start = trigger.sentenceStart();
    Matcher brk = Trigger.CLAUSE_BREAK.matcher(text);
    brk.region(trigger.sentenceStart(), trigger.start());
    while (brk.find()) {
      start = brk.end();
    }
    while (start < trigger.start() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /**
   * The gender the continuing verb or its pronoun asks of its subject; null when the clause does
   * not continue a statement (a verb without و, or a lead that is not one).
   */
  private Gender genderOfLead(String pronoun, int clauseStart, int word) {
    if (pronoun != null) {
      return switch (pronoun) {
        case "ها" -> Gender.FEMININE;
        case "ه" -> Gender.MASCULINE;
        default -> Gender.PLURAL;
      };
    }
    if (clauseStart < word) {
      // ثم before the trigger: the trigger's own verb tells the gender.
      return genderOfVerb(firstWord(word));
    }
    Matcher verb = COORDINATED_VERB.matcher(firstWord(word));
    return verb.matches() ? genderOfVerb(verb.group(1)) : null;
  }

  private static Gender genderOfVerb(String verb) {
    String stem = verb.replaceFirst("^[وف]", "");
    if (stem.endsWith("وا") || stem.endsWith("ون")) {
      return Gender.PLURAL;
    }
    if (stem.endsWith("ت") || stem.startsWith("ت")) {
      return Gender.FEMININE;
    }
    if (stem.startsWith("ي")) {
      return Gender.MASCULINE;
    }
    return Gender.UNKNOWN;
  }

  /**
   * A feminine verb takes no person and no name headed by a masculine noun (تنظيم، حزب، موقع); a
   * masculine one no name headed by a feminine noun (قناة، حركة، وكالة). Foreign names take either.
   */
  private boolean agrees(Gender verb, Ref ref) {
    String head = firstWord(ref.start());
    boolean feminineHead = head.endsWith("ه") && !MASCULINE_HEAD.matcher(head).matches();
    boolean masculineHead =
        MASCULINE_HEAD.matcher(head).matches()
            || (ref.entity().type() == EntityType.ACTOR && "person".equals(ref.entity().kind()));
    return switch (verb) {
      case FEMININE -> !masculineHead;
      case MASCULINE -> !feminineHead;
      case PLURAL, UNKNOWN -> true;
    };
  }

  /**
   * The pronoun attached to a patient (ها، ه، هم، هما) agrees with {@code ref}: a feminine one
   * takes no name headed by a masculine noun, a masculine one none headed by a feminine noun.
   */
  boolean agreesWithClitic(String clitic, Ref ref) {
    return agrees(genderOfLead(clitic, 0, 0), ref);
  }

  /** The first name of [from, to) that describes no other name. */
  private Optional<Ref> firstName(int from, int to) {
    return at.refsOverlapping(from, to).stream()
        .filter(r -> r.start() >= from && r.end() <= to && !describesAnother(r))
        .findFirst();
  }

  /** The sentence before the trigger's, in the same paragraph. */
  private Optional<ArticleText.Span> previousSentence() {
    ArticleText.Span here = trigger.sentence();
    if (here.index() == 0) {
      return Optional.empty();
    }
    ArticleText.Span before = at.sentences.get(here.index() - 1);
    return before.paragraph() == here.paragraph() ? Optional.of(before) : Optional.empty();
  }

  /**
   * A noun or a quoted name right after the verb is its subject, written but not read as a name
   * ("وقالت الباحثة في منشور على"): the verb continues nothing.
   */
  private boolean subjectWritten(int verbStart) {
    int next = verbStart + firstWord(verbStart).length();
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return WRITTEN_SUBJECT.matcher(text).region(next, text.length()).lookingAt();
  }

  /** The start of the word that holds {@code offset}. */
  private int wordStart(int offset) {
    int start = offset;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private String firstWord(int offset) {
    int end = offset;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(offset, end).replaceAll("[«»\"“”()]", "");
  }
}

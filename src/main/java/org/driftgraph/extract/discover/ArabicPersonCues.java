package org.driftgraph.extract.discover;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.ArabicAffixes;

/**
 * Arabic persons that a role word introduces, for {@link ArabicCues}: after the role (الناشط فلان،
 * الإعلامي المصري فلان الفلاني), after a role that says whose it is (المتحدث باسم حركة X فلان),
 * after the field of a commentator (الباحث في شؤون الجماعات فلان), and before a role set off by a
 * comma (فلان الفلاني، مالك قناة X). The names themselves are read as {@link ArabicCues} reads them
 * (quoted, Latin), and a word that is a cue is no name word.
 */
final class ArabicPersonCues {
  /** Definite adjectives after a role word (الناشط اليميني المتطرف). */
  private static final int MAX_PERSON_ADJECTIVES = 4;

  private static final int PERSON_WORDS = 2;
  private static final int MAX_FIELD_WORDS = 3;
  private static final String DOMAIN = "domain";
  private static final String COMPOUND = "compound";
  private static final String AFTER = "after";
  private static final String APPOSITION = "apposition";
  private static final String COMPOUND_SECOND = "compound-second";
  private static final String OF = "of";
  private static final String ORGANIZATION = "organization";
  private static final String LINK = "link";

  private static final Pattern FIELD_QUOTE_GAP = Pattern.compile("[ \\t]*[«»\"“”][ \\t]*");
  private static final int MAX_ORGANIZATION_WORDS = 3;
  private static final int MAX_INDEFINITE_ORGANIZATION_WORDS = 2;
  private static final String PERSON = "person";
  private static final Pattern APPOSITION_COMMA = Pattern.compile("[ \\t]*[،,][ \\t]+");
  private static final Pattern COMMA_OR_SPACE = Pattern.compile("[ \\t]*[،,]?[ \\t]+");
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[،,.:؛;]");

  private final DiscoveryLexicon lexicon;
  private final ArabicAffixes affixes;

  /** Conjunction, preposition and article combinations, longest first, the empty one last. */
  private final List<String> proclitics;

  /** The cue reader whose quoted names and cue words the persons share. */
  private final ArabicCues names;

  ArabicPersonCues(DiscoveryLexicon lexicon, ArabicAffixes affixes, ArabicCues names) {
    this.lexicon = lexicon;
    this.affixes = affixes;
    this.proclitics = affixes.nounProclitics();
    this.names = names;
  }

  /**
   * A person named right before ", role ..." (أعلن أيمن فلان، مالك قناة X؛ حساب عبد الحق فلان، رئيس
   * هيئة X): two name words before the comma, three when the first of the two carries the article
   * after a name word (عبد الحق فلان، هداية الله فلان). The role nouns are the {@code apposition}
   * frame of person-frames.txt.
   */
  void readApposition(TokenizedText text, int role, List<Candidate> out) {
    Word roleWord = text.word(role);
    if (roleWord.script() != Script.ARABIC
        || !lexicon.isPersonFrame(APPOSITION, roleWord.text())
        || !APPOSITION_COMMA.matcher(text.gapBefore(role)).matches()) {
      return;
    }
    int last = role - 1;
    int first = last - 1;
    if (!text.spaceBefore(last) || !isNameWord(text.word(last)) || !isNameWord(text.word(first))) {
      return;
    }
    if (carriesArticle(text.word(first))) {
      if (first == 0 || !text.spaceBefore(first) || !isNameWord(text.word(first - 1))) {
        return;
      }
      boolean compound =
          lexicon.isPersonFrame(COMPOUND, text.word(first - 1).text())
              || lexicon.isPersonFrame(COMPOUND_SECOND, text.word(first).text());
      if (!compound) {
        return;
      }
      first--;
      if (carriesArticle(text.word(first))) {
        return;
      }
    }
    if (affixes.endsPossessive(text.word(last).text())) {
      return;
    }
    Cue cue = new Cue("ar", roleWord.text(), EntityType.ACTOR, PERSON, Cue.Reads.WORDS);
    out.add(Candidate.of(text.word(first).start(), text.word(last).end(), cue));
  }

  /**
   * A person after a role word (الناشط، الداعية، الإعلامي، الباحث), past at most {@link
   * #MAX_PERSON_ADJECTIVES} definite adjectives (الناشط اليميني المتطرف، الإعلامي المصري): a quoted
   * or Latin name, else two proper-name words, a given name and a family name (الإعلامي حسام
   * الغمري): the first without the article, neither a function word, a cue, nor written across
   * punctuation. The role word marks the name as the quotes of a platform's name do, so one
   * occurrence is enough.
   */
  int readPerson(TokenizedText text, int at, Cue cue, List<Candidate> out) {
    int j = pastRoleAdjectives(text, at + 1, word -> lexicon.isStopword("ar", word));
    if (j >= text.size()) {
      return at + 1;
    }
    if (text.spaceBefore(j) && lexicon.isPersonFrame(DOMAIN, text.word(j).text())) {
      return readFramedPerson(text, at, j + 1, cue, out);
    }
    int quote = ArabicCues.openingQuoteBefore(text, j);
    if (quote >= 0) {
      int next = names.readQuoted(text, quote, cue, false, out);
      return next < 0 ? at + 1 : next;
    }
    if (!text.spaceBefore(j)) {
      return at + 1;
    }
    if (text.word(j).script() == Script.LATIN) {
      return ArabicCues.readLatin(text, j, cue, out);
    }
    Word first = text.word(j);
    if (!isNameWord(first) || carriesArticle(first)) {
      return at + 1;
    }
    int end = j + PERSON_WORDS;
    if (end > text.size()
        || !text.spaceBefore(j + 1)
        || !isNameWord(text.word(j + 1))
        || affixes.endsPossessive(text.word(j + 1).text())) {
      return at + 1;
    }
    end = compoundEnd(text, j, end);
    out.add(Candidate.of(first.start(), text.word(end - 1).end(), cue));
    return end;
  }

  /**
   * The first word from {@code from} on that is not one of at most {@link #MAX_PERSON_ADJECTIVES}
   * definite Arabic adjectives after a role word (الناشط اليميني المتطرف), each after a space;
   * {@code notAdjective} stops the run at a definite word that starts something else.
   */
  private int pastRoleAdjectives(TokenizedText text, int from, Predicate<String> notAdjective) {
    int j = from;
    for (int adjectives = 0;
        j < text.size()
            && adjectives < MAX_PERSON_ADJECTIVES
            && text.spaceBefore(j)
            && text.word(j).script() == Script.ARABIC
            && carriesArticle(text.word(j))
            && !notAdjective.test(text.word(j).text());
        adjectives++) {
      j++;
    }
    return j;
  }

  /**
   * A person named after a role that says whose it is (المتحدث باسم حركة الشباب علي فلان، زعيم حزب
   * الرابطة الإيطالي ماتيو فلان، مؤسس جماعة «X» فلان الفلاني، المتحدث باسمها ذبيح الله فلان): the
   * role, at most {@link #MAX_PERSON_ADJECTIVES} definite adjectives, an {@code of} word of
   * person-frames.txt (باسم, or باسمها with the group as a pronoun) or an {@code organization} head
   * (حزب، حركة، لحركة، للجماعة), then the group's name: quoted, Latin, or at most {@link
   * #MAX_INDEFINITE_ORGANIZATION_WORDS} indefinite words and {@link #MAX_ORGANIZATION_WORDS}
   * definite ones (after باسم without a head, definite words only: باسم الجماعة, not باسم شركة X),
   * then two name words (three for a compound); after indefinite group words the name must end the
   * phrase, so that a group name is not cut in two to make a person, and the shortest group name
   * that leaves such a person wins. The roles of commentators never take this frame: their
   * organisation is where they work, and they only speak. Returns the word after the role when a
   * person was read (the group's own cue, جماعة «X», is still read), or -1 when the frame does not
   * fit.
   */
  int readPersonOfOrganization(TokenizedText text, int at, Cue cue, List<Candidate> out) {
    if (lexicon.isSourceCue(cue.words())) {
      return -1;
    }
    int j = pastRoleAdjectives(text, at + 1, this::isOrganizationHead);
    if (j >= text.size() || !text.spaceBefore(j) || text.word(j).script() != Script.ARABIC) {
      return -1;
    }
    String word = text.word(j).text();
    if (isOfPronoun(word)) {
      if (j + 1 < text.size() && text.spaceBefore(j + 1)) {
        readName(text, j + 1, cue, false, out);
      }
      return at + 1;
    }
    boolean of = lexicon.isPersonFrame(OF, word);
    if (!of && !isOrganizationHead(word)) {
      return -1;
    }
    int group = of ? j + 1 : j;
    boolean head =
        group < text.size()
            && text.spaceBefore(group)
            && isOrganizationHead(text.word(group).text());
    if (head) {
      readGroupThenName(text, group + 1, !definiteHead(text.word(group).text()), true, cue, out);
    } else if (of) {
      readGroupThenName(text, group, true, false, cue, out);
    }
    // The frame was there: whatever it read, the words after باسم or حزب are no person's name.
    return at + 1;
  }

  /**
   * The group's name from {@code j} (quoted, or at most {@link #MAX_INDEFINITE_ORGANIZATION_WORDS}
   * indefinite words when {@code indefiniteAllowed} and {@link #MAX_ORGANIZATION_WORDS} definite
   * ones; none when the head was definite and {@code needsGroupName} is false), then the person's.
   */
  private boolean readGroupThenName(
      TokenizedText text,
      int j,
      boolean needsGroupName,
      boolean indefiniteAllowed,
      Cue cue,
      List<Candidate> out) {
    if (j >= text.size()) {
      return false;
    }
    int quote = ArabicCues.openingQuoteBefore(text, j);
    if (quote >= 0) {
      int close = Quotes.closing(text.text(), quote);
      return close >= 0
          && readName(text, ArabicCues.wordAtOrAfter(text, close + 1), cue, false, out) > 0;
    }
    int mostIndefinite = indefiniteAllowed ? MAX_INDEFINITE_ORGANIZATION_WORDS : 0;
    for (int indefinite = 0; indefinite <= mostIndefinite; indefinite++) {
      int k = j;
      int read = 0;
      while (read < indefinite
          && k < text.size()
          && text.spaceBefore(k)
          && isNameWord(text.word(k))
          && !text.word(k).text().startsWith(affixes.article())) {
        k++;
        read++;
      }
      if (read < indefinite) {
        return false;
      }
      for (int definite = 0;
          definite < MAX_ORGANIZATION_WORDS
              && k < text.size()
              && text.spaceBefore(k)
              && text.word(k).script() == Script.ARABIC
              && text.word(k).text().startsWith(affixes.article())
              && !lexicon.isStopwordSpelled("ar", text.word(k).spelling());
          definite++) {
        k++;
        read++;
      }
      if (needsGroupName && read == 0 || k >= text.size() || !text.spaceBefore(k)) {
        continue;
      }
      if (readName(text, k, cue, indefinite > 0, out) > 0) {
        return true;
      }
    }
    return false;
  }

  /** باسمها، باسمه، باسمهم: the {@code of} word with the group as a pronoun. */
  private boolean isOfPronoun(String word) {
    return affixes.endsPossessive(word)
            && lexicon.isPersonFrame(OF, word.substring(0, word.length() - 2))
        || word.length() > 1
            && lexicon.isPersonFrame(OF, word.substring(0, word.length() - 1))
            && word.endsWith("ه");
  }

  /** حزب، حركة، الجماعة، لحركة، للجماعة: the head of the group a role belongs to. */
  private boolean isOrganizationHead(String word) {
    for (String prefix : proclitics) {
      if (word.startsWith(prefix)
          && lexicon.isPersonFrame(ORGANIZATION, word.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean definiteHead(String word) {
    for (String prefix : proclitics) {
      if (word.startsWith(prefix)
          && lexicon.isPersonFrame(ORGANIZATION, word.substring(prefix.length()))) {
        return affixes.endsDefinite(prefix);
      }
    }
    return false;
  }

  /**
   * Two name words from {@code j}, which the caller found after a space or a closing quote (three
   * for a compound: عبد الرحمن فلان، ذبيح الله فلان) that end the phrase when {@code mustClose}
   * (the group's name before it had indefinite words, so its end is uncertain): the text ends, or
   * punctuation, a function word, a definite word, a word with a possessive or a word that
   * introduces speech follows. Adds the person and returns the word after the name, or -1.
   */
  private int readName(TokenizedText text, int j, Cue cue, boolean mustClose, List<Candidate> out) {
    if (j + 1 >= text.size()
        || !text.spaceBefore(j + 1)
        || !isNameWord(text.word(j))
        || carriesArticle(text.word(j))
        || !isNameWord(text.word(j + 1))
        || affixes.endsPossessive(text.word(j + 1).text())) {
      return -1;
    }
    int end = compoundEnd(text, j, j + PERSON_WORDS);
    if (end == j + PERSON_WORDS
        && lexicon.isPersonFrame(COMPOUND_SECOND, text.word(j + 1).text())
        && end < text.size()
        && text.spaceBefore(end)
        && isNameWord(text.word(end))) {
      end++;
    }
    if (end > text.size()) {
      return -1;
    }
    if (mustClose && end < text.size() && !closesName(text, end)) {
      return -1;
    }
    out.add(Candidate.of(text.word(j).start(), text.word(end - 1).end(), speaking(text, end, cue)));
    return end;
  }

  /**
   * A spokesperson's name followed by what they say (المتحدث باسم الحركة فلان الفلاني إن ...) is
   * read under the speech word as its cue: source-cues.txt lists it, so a person who only speaks in
   * the sentence is a source, not the subject of the ban they report.
   */
  private Cue speaking(TokenizedText text, int next, Cue role) {
    if (next < text.size()
        && text.spaceBefore(next)
        && lexicon.isPersonFrame(AFTER, text.word(next).text())
        && lexicon.isSourceCue(text.word(next).text())) {
      return new Cue("ar", text.word(next).text(), EntityType.ACTOR, PERSON, Cue.Reads.WORDS);
    }
    return role;
  }

  private boolean closesName(TokenizedText text, int next) {
    if (!text.spaceBefore(next)) {
      return true;
    }
    String w = text.word(next).text();
    return text.word(next).script() != Script.ARABIC
        || lexicon.isStopwordSpelled("ar", text.word(next).spelling())
        || lexicon.isPersonFrame(AFTER, w)
        || w.startsWith(affixes.article())
        || affixes.endsPossessive(w)
        || affixes.startsWithCliticAndArticle(w);
  }

  /**
   * A commentator's name after the field or place of the role (الباحث اليمني في شؤون الجماعات
   * المسلحة عادل الفلاني إن): past one word and at most {@link #MAX_FIELD_WORDS} more words,
   * definite or not (a chain of nouns: في مكافحة تمويل التطرف), perhaps a comma, two name words
   * (three for a compound: هشام عبد الرحيم), then a comma, a full stop or a word that introduces
   * what the person says (person-frames.txt). Any other word after the two means the field went on:
   * the name is tried one word later, and nothing is read after the last field word.
   */
  private int readFramedPerson(TokenizedText text, int at, int j, Cue cue, List<Candidate> out) {
    if (j >= text.size()
        || !fieldGapBefore(text, j)
        || text.word(j).script() != Script.ARABIC
        || lexicon.isStopwordSpelled("ar", text.word(j).spelling())) {
      return at + 1;
    }
    // The field is a chain of nouns (في مكافحة تمويل التطرف، في مجال حماية الأطفال، في جامعة
    // X) whose end only the closed name after it shows: try each start, nearest first. A definite
    // word ends such a chain, so an indefinite one after it opens another phrase (في الشؤون
    // الإسلامية بجامعة X): the field went on, and nothing is read
    boolean definite = false;
    for (int k = j + 1; k <= j + 1 + MAX_FIELD_WORDS && k + 1 < text.size(); k++) {
      Word field = text.word(k - 1);
      boolean fieldDefinite = field.text().startsWith(affixes.article());
      if (!fieldGapBefore(text, k - 1) && k - 1 > j
          || field.script() != Script.ARABIC
          || lexicon.isStopwordSpelled("ar", field.spelling())
          || definite && !fieldDefinite) {
        return at + 1;
      }
      definite |= fieldDefinite;
      int end = framedName(text, k);
      if (end > 0) {
        out.add(Candidate.of(text.word(k).start(), text.word(end - 1).end(), cue));
        return end;
      }
    }
    return at + 1;
  }

  /**
   * The end of a commentator's name of two words (three for a compound) at {@code k}, set off from
   * the field before it by a space or a comma and closed by punctuation, the text's end or a word
   * that introduces what the person says; -1 when there is none.
   */
  /**
   * Word k is a feminine nisba after an indefinite noun, the adjective of the field (في جامعة عربية
   * فلان); after a definite word it is a given name (في سياسات المنصات نادية فلان).
   */
  private boolean describesField(TokenizedText text, int k) {
    return text.word(k).text().endsWith(affixes.feminineNisba())
        && !text.word(k - 1).text().startsWith(affixes.article());
  }

  private int framedName(TokenizedText text, int k) {
    if (!COMMA_OR_SPACE.matcher(text.gapBefore(k)).matches()) {
      return -1;
    }
    Word first = text.word(k);
    if (!isNameWord(first)
        || carriesArticle(first)
        || describesField(text, k)
        || !text.spaceBefore(k + 1)
        || !isNameWord(text.word(k + 1))
        || affixes.endsPossessive(text.word(k + 1).text())) {
      return -1;
    }
    int end = compoundEnd(text, k, k + PERSON_WORDS);
    // علي شمس الدين: a definite third word is the family name of a three-word name
    if (!closesFramedName(text, end)
        && end == k + PERSON_WORDS
        && end < text.size()
        && text.spaceBefore(end)
        && text.word(end).text().startsWith(affixes.article())
        && isNameWord(text.word(end))
        && !lexicon.isStopwordSpelled("ar", text.word(end).spelling())) {
      end++;
    }
    return closesFramedName(text, end) ? end : -1;
  }

  /** Punctuation, the text's end or a word of speech at {@code end} closes a commentator's name. */
  private boolean closesFramedName(TokenizedText text, int end) {
    return end >= text.size()
        || CLOSING_PUNCTUATION.matcher(text.gapBefore(end)).find()
        || text.spaceBefore(end) && lexicon.isPersonFrame(AFTER, text.word(end).text());
  }

  /**
   * Where a two-word name from {@code start} ends: one word further when its second word opens a
   * compound (محمد عبد السلام), or when its first does and a definite family name follows (أبو يوسف
   * المهاجر).
   */
  private int compoundEnd(TokenizedText text, int start, int end) {
    boolean third =
        end == start + PERSON_WORDS
            && end < text.size()
            && text.spaceBefore(end)
            && text.word(end).script() == Script.ARABIC;
    boolean compound = third && lexicon.isPersonFrame(COMPOUND, text.word(end - 1).text());
    // أبو يوسف المهاجر، عبد الله الأهدل: a compound given name, then a definite family name
    boolean compoundFirst =
        third
            && lexicon.isPersonFrame(COMPOUND, text.word(start).text())
            && text.word(end).text().startsWith(affixes.article())
            && isNameWord(text.word(end))
            && !lexicon.isStopwordSpelled("ar", text.word(end).spelling());
    int nameEnd = compound || compoundFirst ? end + 1 : end;
    return linkedEnd(text, nameEnd);
  }

  /**
   * عبد المنعم ود الضو، سيدي ولد فلان: a {@code link} particle of person-frames.txt after a full
   * name, and the name word after it, belong to the name; the name ends at {@code end} otherwise.
   */
  private int linkedEnd(TokenizedText text, int end) {
    boolean linked =
        end + 1 < text.size()
            && text.spaceBefore(end)
            && text.spaceBefore(end + 1)
            && lexicon.isPersonFrame(LINK, text.word(end).text())
            && isNameWord(text.word(end + 1))
            && !affixes.endsPossessive(text.word(end + 1).text());
    return linked ? end + 2 : end;
  }

  /**
   * True when the word carries the article: the folded text writes إلياس and الياس alike, so the
   * spelling tells a given name with a hamza (إلياس، ألفت) from a definite word.
   */
  private boolean carriesArticle(Word word) {
    return word.text().startsWith(affixes.article())
        && (word.script() != Script.ARABIC || word.spelling().startsWith(affixes.article()));
  }

  /**
   * Only spaces, or spaces and a quotation mark, before a word of a role's field: the field may
   * hold a quoted name (القائد الميداني في قوات «الدعم السريع» السودانية فلان).
   */
  private static boolean fieldGapBefore(TokenizedText text, int k) {
    return text.spaceBefore(k) || k > 0 && FIELD_QUOTE_GAP.matcher(text.gapBefore(k)).matches();
  }

  boolean isNameWord(Word word) {
    String w = word.text();
    return word.script() == Script.ARABIC
        && !lexicon.isNotNameSpelled("ar", word.spelling())
        && !lexicon.isCueWord(w)
        && names.cueOf(word) == null
        && !affixes.startsWithCliticAndArticle(w);
  }
}

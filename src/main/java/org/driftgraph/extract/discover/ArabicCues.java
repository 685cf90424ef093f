package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.ArabicAffixes;

/**
 * Arabic cue phrases: a cue word with its clitics (تطبيق، وتطبيق، بمنصة، لوكالة، التطبيق) followed
 * by at most {@link #MAX_MODIFIERS} modifiers (التطبيق الشهير، خدمة المراسلة النصية الروسية، تطبيق
 * يسمى، منصات أخرى مثل) and then a quoted name, a Latin-script name or, for the bare cues that read
 * words (وكالة، مؤسسة، جماعة، تنظيم، حركة), the proper-name words that follow.
 *
 * <p>In a chain of cues the first one is the head of the Arabic construct and decides the type:
 * وكالة تطبيق القانون is an agency, not an app.
 */
final class ArabicCues {
  /** Words of description between a type noun and a naming verb (قليل الشهرة). */
  private static final int MAX_DESCRIPTION_WORDS = 3;

  /** The connectors that name (folded): يسمى، تدعى، يعرف باسم، تطلق على نفسها. */
  private static final Pattern NAMING_CONNECTOR =
      Pattern.compile(".*(?:يسمي|تسمي|يدعي|تدعي|المسمي|المسماه|باسم|اسمه|اسمها|نفسه|نفسها)");

  /** ل + studies or research (folded): لدراسات، للدراسات، لأبحاث، للبحوث. */
  private static final Pattern RESEARCH =
      Pattern.compile("[وف]?(?:ل|لل)(?:دراسات|ابحاث|بحوث|بحث|رصد)");

  static final int MAX_MODIFIERS = 4;
  private static final int MAX_QUOTED_NAME_WORDS = 3;
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
  private static final int MAX_ORGANIZATION_WORDS = 3;
  private static final int MAX_INDEFINITE_ORGANIZATION_WORDS = 2;
  private static final String PERSON = "person";
  private static final Pattern APPOSITION_COMMA = Pattern.compile("[ \\t]*[،,][ \\t]+");
  private static final Pattern COMMA_OR_SPACE = Pattern.compile("[ \\t]*[،,]?[ \\t]+");
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[،,.:؛;]");

  /** A cue word found in the text, with what was written onto it. */
  record Found(Cue cue, boolean definite) {}

  private final DiscoveryLexicon lexicon;
  private final ArabicAffixes affixes;

  /** Conjunction, preposition and article combinations, longest first, the empty one last. */
  private final List<String> proclitics;

  /** Words that introduce examples (مثل): the quoted names after one form a list. */
  private final Pattern exampleMarkers;

  /**
   * The Arabic words of a list of quoted names: "or" stands alone (أو «Z»), "and" attached (و«Y»).
   */
  private final List<String> orWords;

  private final List<String> andWords;

  ArabicCues(DiscoveryLexicon lexicon, ArabicAffixes affixes, Cues cues) {
    this.lexicon = lexicon;
    this.affixes = affixes;
    this.proclitics = affixes.nounProclitics();
    this.exampleMarkers = cues.exampleMarkers();
    this.orWords = cues.orWords().stream().filter(ArabicCues::arabic).toList();
    this.andWords = cues.andWords().stream().filter(ArabicCues::arabic).toList();
  }

  private static boolean arabic(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
  }

  /** The cue a word is once its proclitics are taken off, or null. */
  Found cueOf(Word word) {
    if (word.script() != Script.ARABIC) {
      return null;
    }
    for (String prefix : proclitics) {
      if (word.text().startsWith(prefix) && word.text().length() > prefix.length() + 1) {
        Cue cue = lexicon.arabicCue(word.text().substring(prefix.length()));
        if (cue != null) {
          return new Found(cue, affixes.endsDefinite(prefix));
        }
      }
    }
    return null;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      Found cue = cueOf(text.word(i));
      if (cue == null) {
        i++;
        continue;
      }
      int next = read(text, i, cue, found);
      i = Math.max(i + 1, next);
    }
    for (int k = 2; k < text.size(); k++) {
      readApposition(text, k, found);
    }
    return found;
  }

  /**
   * A person named right before ", role ..." (أعلن أيمن فلان، مالك قناة X؛ حساب عبد الحق فلان، رئيس
   * هيئة X): two name words before the comma, three when the first of the two carries the article
   * after a name word (عبد الحق فلان، هداية الله فلان). The role nouns are the {@code apposition}
   * frame of person-frames.txt.
   */
  private void readApposition(TokenizedText text, int role, List<Candidate> out) {
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
    if (text.word(first).text().startsWith(affixes.article())) {
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
      if (text.word(first).text().startsWith(affixes.article())) {
        return;
      }
    }
    if (affixes.endsPossessive(text.word(last).text())) {
      return;
    }
    Cue cue = new Cue("ar", roleWord.text(), EntityType.ACTOR, PERSON, Cue.Reads.WORDS);
    out.add(Candidate.of(text.word(first).start(), text.word(last).end(), cue));
  }

  /** Reads what follows the cue at {@code at}; returns where the search goes on. */
  private int read(TokenizedText text, int at, Found found, List<Candidate> out) {
    Cue cue = found.cue();
    if ("person".equals(cue.kind())) {
      int afterOrganization = readPersonOfOrganization(text, at, cue, out);
      if (afterOrganization > at) {
        return afterOrganization;
      }
      return found.definite() ? readPerson(text, at, cue, out) : at + 1;
    }
    if (cue.type() == EntityType.ORGANIZATION && found.definite()) {
      // الشركة is the subject of what follows: الشركة "تراجع" القناة، تصنف الشركة "منظمة متطرفة"
      return at + 1;
    }
    int j = at + 1;
    int modifiers = 0;
    boolean listConnector = cue.reads() == Cue.Reads.LIST;
    while (j < text.size()) {
      int quote = openingQuoteBefore(text, j);
      if (quote >= 0) {
        int before = out.size();
        int next = readQuoted(text, quote, cue, listConnector, out);
        if (found.definite()) {
          dropSpeech(text, before, out);
        }
        asResearch(text, next, before, out);
        return next < 0 ? at + 1 : next;
      }
      if (!text.spaceBefore(j) && !text.attachedToPrevious(j)) {
        return at + 1;
      }
      Word word = text.word(j);
      if (word.script() == Script.LATIN || numberBeforeLatin(text, j)) {
        int end = readLatin(text, j, cue, out);
        return end;
      }
      if (word.script() != Script.ARABIC || modifiers == MAX_MODIFIERS) {
        return at + 1;
      }
      Found role = cueOf(word);
      if (role != null && j == at + 1 && nearerCueNames(found, role)) {
        // قناة الداعية «X»، حساب المنشد فلان، تطبيق قناة «X»: the name after a person's role, or
        // after a second bare type noun, is that one's, whatever thing of theirs the first names
        return read(text, j, role, out);
      }
      int connector = connectorLength(text, j);
      if (connector > 0) {
        listConnector |= exampleMarkers.matcher(text.word(j).text()).matches();
        j += connector;
        modifiers++;
        continue;
      }
      if (modifiers == 0 && !found.definite() && cue.reads() == Cue.Reads.WORDS && j == at + 1) {
        int end = readWords(text, j, cue, out);
        if (end > j) {
          return end;
        }
      }
      if (!isModifier(word, modifiers == 0 && !found.definite())) {
        // تطبيق تراسل قليل الشهرة يدعى «X»: indefinite adjectives, then a naming verb
        int naming = namingConnectorAfter(text, j);
        if (naming < 0) {
          return at + 1;
        }
        j = naming;
        modifiers++;
        continue;
      }
      j++;
      modifiers++;
    }
    return at + 1;
  }

  /**
   * مؤسسة «مدار» لدراسات التطرف: a foundation or centre named for its studies is a research body,
   * not an outlet; the candidates from {@code from} on are retyped.
   */
  private static void asResearch(TokenizedText text, int next, int from, List<Candidate> out) {
    if (next < 0 || next >= text.size() || !RESEARCH.matcher(text.word(next).text()).matches()) {
      return;
    }
    for (int c = from; c < out.size(); c++) {
      Candidate candidate = out.get(c);
      if (candidate.type() == EntityType.OUTLET) {
        out.set(
            c,
            new Candidate(
                candidate.start(),
                candidate.end(),
                EntityType.ORGANIZATION,
                "research",
                candidate.cue(),
                candidate.unmarked()));
      }
    }
  }

  /**
   * The word where a naming connector (يدعى، يسمى، يعرف باسم ...) starts at most {@link
   * #MAX_DESCRIPTION_WORDS} plain Arabic words after word j (the description of the thing named:
   * قليل الشهرة، صغير مشفر), or -1.
   */
  private int namingConnectorAfter(TokenizedText text, int j) {
    for (int k = j; k < text.size() && k <= j + MAX_DESCRIPTION_WORDS; k++) {
      if (k > j && !text.spaceBefore(k)
          || text.word(k).script() != Script.ARABIC
          || lexicon.isStopwordSpelled("ar", text.word(k).spelling())) {
        return -1;
      }
      int connector = connectorLength(text, k);
      if (connector > 0) {
        return NAMING_CONNECTOR.matcher(phrase(text, k, connector)).matches() ? k : -1;
      }
    }
    return -1;
  }

  private static String phrase(TokenizedText text, int k, int n) {
    StringBuilder words = new StringBuilder(text.word(k).text());
    for (int i = 1; i < n; i++) {
      words.append(' ').append(text.word(k + i).text());
    }
    return words.toString();
  }

  /**
   * A word that can stand between a cue and a quoted name: a definite adjective or noun (التطبيق
   * الشهير، خدمة المراسلة), or an indefinite noun right after an indefinite cue (تطبيق مراسلة).
   * Function words and anything else (a verb: المنصة باتت "خاوية") end the phrase.
   */
  private boolean isModifier(Word word, boolean firstAfterIndefiniteCue) {
    String w = word.text();
    return !lexicon.isStopwordSpelled("ar", word.spelling())
        && (w.startsWith(affixes.article()) || firstAfterIndefiniteCue);
  }

  private int connectorLength(TokenizedText text, int j) {
    for (int n = Math.min(lexicon.longestConnector(), text.size() - j); n >= 1; n--) {
      StringBuilder words = new StringBuilder(text.word(j).text());
      boolean joined = true;
      for (int k = 1; k < n; k++) {
        joined &= text.spaceBefore(j + k);
        words.append(' ').append(text.word(j + k).text());
      }
      if (joined && lexicon.isConnector("ar", words.toString())) {
        return n;
      }
    }
    return 0;
  }

  /**
   * After a definite cue the quotes may hold what the thing said or was called, not its name:
   * المنصة الجديدة "ليست ملاذا آمنا بالضرورة"، القناة "أزيلت بسبب مخالفات متكررة". A quoted run of
   * more than {@link #MAX_QUOTED_NAME_WORDS} words there is speech; an Arabic noun and adjective
   * there are a name only when the article uses them again (an unmarked candidate).
   */
  private static void dropSpeech(TokenizedText text, int from, List<Candidate> out) {
    for (int c = out.size() - 1; c >= from; c--) {
      String quoted = text.text().substring(out.get(c).start(), out.get(c).end()).strip();
      int words = quoted.split("\\s+").length;
      if (words > MAX_QUOTED_NAME_WORDS) {
        out.remove(c);
      } else if (words == 2 && arabic(quoted) && isNounAndAdjective(quoted.split("\\s+"))) {
        // التطبيق "حل مؤقت"، المنصات "معضلة صعبة": a noun and its adjective may be what the thing
        // is called in passing; they name it only when the article writes them again
        out.set(c, out.get(c).asUnmarked());
      }
    }
  }

  /**
   * حل مؤقت، معضلة صعبة: a second word of a participle's shape (م...) or two words that agree in
   * the feminine ending (folded ه) read as a noun and its adjective; transliterated names (نوفا
   * تشات) rarely have either shape.
   */
  private static boolean isNounAndAdjective(String[] words) {
    return words[1].startsWith("م") || words[0].endsWith("ه") && words[1].endsWith("ه");
  }

  /**
   * A definite person's role, or a bare owner's noun after a bare platform noun (تطبيق قناة «X»:
   * the app of a channel; not قنوات شبكة «X», the channels of a network, which the first noun
   * types).
   */
  private static boolean nearerCueNames(Found cue, Found next) {
    return next.definite()
        ? PERSON.equals(next.cue().kind())
        : !cue.definite()
            && !PERSON.equals(next.cue().kind())
            && cue.cue().type() == EntityType.PLATFORM
            && next.cue().type() != EntityType.PLATFORM;
  }

  /** Offset of an opening quote in the gap before word j, or -1. */
  private static int openingQuoteBefore(TokenizedText text, int j) {
    int from = text.word(j - 1).end();
    int quote = Quotes.lastOpening(text.text(), from, text.word(j).start());
    if (quote < 0) {
      return -1;
    }
    String before = text.text().substring(from, quote);
    return before.isBlank() && !before.contains("\n") ? quote : -1;
  }

  /** Reads «X» (and, after a list cue or مثل, «X» و«Y» أو «Z»); returns the word after, or -1. */
  private int readQuoted(TokenizedText text, int open, Cue cue, boolean list, List<Candidate> out) {
    String folded = text.text();
    int position = open;
    int lastEnd = -1;
    while (position >= 0) {
      int close = Quotes.closing(folded, position);
      if (close < 0) {
        break;
      }
      int start = position + 1;
      int end = close;
      while (start < end && Character.isWhitespace(folded.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(folded.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(Candidate.of(start, end, cue));
      }
      lastEnd = close + 1;
      position = list ? nextListQuote(folded, lastEnd) : -1;
    }
    return lastEnd < 0 ? -1 : wordAtOrAfter(text, lastEnd);
  }

  /**
   * After a quoted list item: "، «Y»", " و«Y»", " أو “Y”"; the offset of the next opening mark or
   * -1.
   */
  private int nextListQuote(String folded, int from) {
    int i = from;
    while (i < folded.length()
        && (folded.charAt(i) == ' ' || folded.charAt(i) == '،' || folded.charAt(i) == ',')) {
      i++;
    }
    i += listWordAt(folded, i);
    while (i < folded.length() && folded.charAt(i) == ' ') {
      i++;
    }
    return i < folded.length() && Quotes.lastOpening(folded, i, i + 1) == i ? i : -1;
  }

  /**
   * The length of the and/or word at {@code i}: "or" followed by a non-letter, "and" by anything.
   */
  private int listWordAt(String folded, int i) {
    for (String or : orWords) {
      int after = i + or.length();
      if (folded.startsWith(or, i)
          && after < folded.length()
          && !Character.isLetter(folded.charAt(after))) {
        return or.length();
      }
    }
    for (String and : andWords) {
      if (folded.startsWith(and, i)) {
        return and.length();
      }
    }
    return 0;
  }

  private static int wordAtOrAfter(TokenizedText text, int offset) {
    for (int k = 0; k < text.size(); k++) {
      if (text.word(k).start() >= offset) {
        return k;
      }
    }
    return text.size();
  }

  /** A number that opens a Latin name (1984 Hosting): digits, a space, a Latin word. */
  private static boolean numberBeforeLatin(TokenizedText text, int j) {
    return text.word(j).text().chars().allMatch(Character::isDigit)
        && j + 1 < text.size()
        && text.spaceBefore(j + 1)
        && text.word(j + 1).isCapitalised();
  }

  /** A Latin-script name after the cue: up to four Latin words joined by single spaces. */
  private static int readLatin(TokenizedText text, int j, Cue cue, List<Candidate> out) {
    int k = j;
    while (k + 1 < text.size()
        && k - j < 3
        && text.spaceBefore(k + 1)
        && text.word(k + 1).script() == Script.LATIN) {
      k++;
    }
    out.add(Candidate.of(text.word(j).start(), text.word(k).end(), cue));
    return k + 1;
  }

  /**
   * The proper-name words after a bare وكالة، مؤسسة، جماعة، تنظيم، حركة: one word (أعماق، الفرقان),
   * or an indefinite word and the definite word it governs (حراس الدين، أنصار الإسلام). Nothing is
   * read when the first word is a function word, a generic noun, a cue, carries a conjunction or a
   * preposition with the article (والمسلمين، للأنباء), a possessive (مسؤوليتها) or is an indefinite
   * nisba adjective (إسلامية، يمينية). Arabic puts the verb's object right after its subject (تبنت
   * وكالة أعماق الهجوم), so such names are only kept when they recur in the article.
   */
  private int readWords(TokenizedText text, int j, Cue cue, List<Candidate> out) {
    Word first = text.word(j);
    if (!isNameWord(first)
        || first.text().endsWith(affixes.feminineNisba())
        || affixes.endsPossessive(first.text())) {
      return j;
    }
    int end = j + 1;
    if (!first.text().startsWith(affixes.article()) && end < text.size() && text.spaceBefore(end)) {
      Word second = text.word(end);
      String w = second.text();
      if (isNameWord(second) && w.startsWith(affixes.article()) && !affixes.endsNisba(w)) {
        end++;
      }
    }
    out.add(Candidate.unmarked(first.start(), text.word(end - 1).end(), cue));
    return end;
  }

  /**
   * A person after a role word (الناشط، الداعية، الإعلامي، الباحث), past at most {@link
   * #MAX_PERSON_ADJECTIVES} definite adjectives (الناشط اليميني المتطرف، الإعلامي المصري): a quoted
   * or Latin name, else two proper-name words, a given name and a family name (الإعلامي حسام
   * الغمري): the first without the article, neither a function word, a cue, nor written across
   * punctuation. The role word marks the name as the quotes of a platform's name do, so one
   * occurrence is enough.
   */
  private int readPerson(TokenizedText text, int at, Cue cue, List<Candidate> out) {
    int j = pastRoleAdjectives(text, at + 1, word -> lexicon.isStopword("ar", word));
    if (j >= text.size()) {
      return at + 1;
    }
    if (text.spaceBefore(j) && lexicon.isPersonFrame(DOMAIN, text.word(j).text())) {
      return readFramedPerson(text, at, j + 1, cue, out);
    }
    int quote = openingQuoteBefore(text, j);
    if (quote >= 0) {
      int next = readQuoted(text, quote, cue, false, out);
      return next < 0 ? at + 1 : next;
    }
    if (!text.spaceBefore(j)) {
      return at + 1;
    }
    if (text.word(j).script() == Script.LATIN) {
      return readLatin(text, j, cue, out);
    }
    Word first = text.word(j);
    if (!isNameWord(first) || first.text().startsWith(affixes.article())) {
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
            && text.word(j).text().startsWith(affixes.article())
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
  private int readPersonOfOrganization(TokenizedText text, int at, Cue cue, List<Candidate> out) {
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
    int quote = openingQuoteBefore(text, j);
    if (quote >= 0) {
      int close = Quotes.closing(text.text(), quote);
      return close >= 0 && readName(text, wordAtOrAfter(text, close + 1), cue, false, out) > 0;
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
        || text.word(j).text().startsWith(affixes.article())
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
   * المسلحة عادل الفلاني إن): past one word and at most {@link #MAX_FIELD_WORDS} definite words,
   * perhaps a comma, two name words (three for a compound: هشام عبد الرحيم), then a comma, a full
   * stop or a word that introduces what the person says (person-frames.txt). Any other word after
   * the two means the field went on, and nothing is read.
   */
  private int readFramedPerson(TokenizedText text, int at, int j, Cue cue, List<Candidate> out) {
    if (j >= text.size()
        || !text.spaceBefore(j)
        || text.word(j).script() != Script.ARABIC
        || lexicon.isStopwordSpelled("ar", text.word(j).spelling())) {
      return at + 1;
    }
    int k = j + 1;
    for (int field = 0;
        k < text.size()
            && field < MAX_FIELD_WORDS
            && text.spaceBefore(k)
            && text.word(k).script() == Script.ARABIC
            && text.word(k).text().startsWith(affixes.article())
            && !lexicon.isStopwordSpelled("ar", text.word(k).spelling());
        field++) {
      k++;
    }
    if (k + 1 >= text.size() || !COMMA_OR_SPACE.matcher(text.gapBefore(k)).matches()) {
      return at + 1;
    }
    Word first = text.word(k);
    if (!isNameWord(first)
        || first.text().startsWith(affixes.article())
        || !text.spaceBefore(k + 1)
        || !isNameWord(text.word(k + 1))
        || affixes.endsPossessive(text.word(k + 1).text())) {
      return at + 1;
    }
    int end = compoundEnd(text, k, k + PERSON_WORDS);
    if (end < text.size()
        && !CLOSING_PUNCTUATION.matcher(text.gapBefore(end)).find()
        && !(text.spaceBefore(end) && lexicon.isPersonFrame(AFTER, text.word(end).text()))) {
      return at + 1;
    }
    out.add(Candidate.of(first.start(), text.word(end - 1).end(), cue));
    return end;
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
    return compound || compoundFirst ? end + 1 : end;
  }

  private boolean isNameWord(Word word) {
    String w = word.text();
    return word.script() == Script.ARABIC
        && !lexicon.isNotNameSpelled("ar", word.spelling())
        && !lexicon.isCueWord(w)
        && cueOf(word) == null
        && !affixes.startsWithCliticAndArticle(w);
  }
}

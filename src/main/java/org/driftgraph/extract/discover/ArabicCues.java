package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
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
  private static final String PERSON = "person";

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

  /** The persons a role word introduces (الناشط فلان، المتحدث باسم حركة X فلان). */
  private final ArabicPersonCues persons;

  ArabicCues(DiscoveryLexicon lexicon, ArabicAffixes affixes, Cues cues) {
    this.lexicon = lexicon;
    this.affixes = affixes;
    this.proclitics = affixes.nounProclitics();
    this.exampleMarkers = cues.exampleMarkers();
    this.orWords = cues.orWords().stream().filter(ArabicCues::arabic).toList();
    this.andWords = cues.attachedAndWords();
    this.persons = new ArabicPersonCues(lexicon, affixes, this);
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
      persons.readApposition(text, k, found);
    }
    return found;
  }

  /**
   * A role word in construct with a definite noun is definite as the noun is (صانع المحتوى، مقدم
   * البرنامج): the name follows as it follows الناشط.
   */
  private boolean beforeDefiniteGenitive(TokenizedText text, int at) {
    return at + 1 < text.size()
        && text.spaceBefore(at + 1)
        && text.word(at + 1).script() == Script.ARABIC
        && text.word(at + 1).text().startsWith(affixes.article());
  }

  /** Reads what follows the cue at {@code at}; returns where the search goes on. */
  private int read(TokenizedText text, int at, Found found, List<Candidate> out) {
    Cue cue = found.cue();
    if ("person".equals(cue.kind())) {
      int afterOrganization = persons.readPersonOfOrganization(text, at, cue, out);
      if (afterOrganization > at) {
        return afterOrganization;
      }
      return found.definite() || beforeDefiniteGenitive(text, at)
          ? persons.readPerson(text, at, cue, out)
          : at + 1;
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
  static int openingQuoteBefore(TokenizedText text, int j) {
    int from = text.word(j - 1).end();
    int quote = Quotes.lastOpening(text.text(), from, text.word(j).start());
    if (quote < 0) {
      return -1;
    }
    String before = text.text().substring(from, quote);
    return before.isBlank() && !before.contains("\n") ? quote : -1;
  }

  /** Reads «X» (and, after a list cue or مثل, «X» و«Y» أو «Z»); returns the word after, or -1. */
  int readQuoted(TokenizedText text, int open, Cue cue, boolean list, List<Candidate> out) {
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

  static int wordAtOrAfter(TokenizedText text, int offset) {
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
  static int readLatin(TokenizedText text, int j, Cue cue, List<Candidate> out) {
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
    if (!persons.isNameWord(first)
        || first.text().endsWith(affixes.feminineNisba())
        || affixes.endsPossessive(first.text())) {
      return j;
    }
    int end = j + 1;
    if (!first.text().startsWith(affixes.article()) && end < text.size() && text.spaceBefore(end)) {
      Word second = text.word(end);
      String w = second.text();
      if (persons.isNameWord(second) && w.startsWith(affixes.article()) && !affixes.endsNisba(w)) {
        end++;
      }
    }
    out.add(Candidate.unmarked(first.start(), text.word(end - 1).end(), cue));
    return end;
  }
}

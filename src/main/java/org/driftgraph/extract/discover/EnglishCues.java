package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;
import org.driftgraph.model.EntityType;

/**
 * English cue phrases. A lower-case cue followed by a capitalised name ("the encrypted app Hoop",
 * "a channel called Amaq Agency", "the group Atomwaffen Division", "apps such as Hoop, BCM and
 * Chirpwire"), and the apposition "Chirpwire, a little-known messaging app". The cue must be
 * written in lower case: "App Store" is not the cue "app".
 */
final class EnglishCues {
  static final int MAX_NAME_WORDS = LatinRuns.MAX_NAME_WORDS;

  private static final int MIN_PERSON_WORDS = 2;
  private static final int MAX_PERSON_WORDS = 4;

  /**
   * Determiners of an indefinite apposition: "Chirpwire, a messaging app"; "another" adds the name
   * to a class the story named before ("X, another far-right formation").
   */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");

  /** The platform cues that may follow the name they describe ("the Hoop app"). */
  private static final Set<String> APP_CUES =
      Set.of("app", "application", "messenger", "platform", "messaging app", "chat app");

  /**
   * Determiners of a definite apposition, which only a person's role may follow: "Paul Golding, the
   * group's leader", "Jayda Fransen, its deputy". "Gab, the platform" describes a known name.
   */
  private static final Set<String> DEFINITE = Set.of("the", "its", "his", "her", "their");

  /**
   * Heads besides the app cues that a definite apposition with an adjective may give an unknown
   * name (round 12): "Acme Cloud, the Dutch hosting provider", "Vexa, the Polish subscription
   * service", "the Grey Hour, the far-right podcast".
   */
  private static final Set<String> DESCRIBED_HEADS =
      Set.of(
          "service",
          "social network",
          "site",
          "website",
          "forum",
          "aggregator",
          "news aggregator",
          "podcast software",
          "subscription service",
          "creator subscription service",
          "membership platform",
          "hosting provider",
          "hosting company",
          "web host",
          "registrar",
          "domain registrar",
          "payment processor",
          "company",
          "firm",
          "podcast",
          "group",
          "movement",
          "militia");

  /** The participles of "Moscow-based", "London-registered": a place before them is no name. */
  private static final Set<String> PLACE_PARTICIPLES =
      Set.of("based", "registered", "headquartered", "incorporated", "listed");

  /**
   * Modifiers an apposition may carry before its cue: four, for the size, origin, creed and age
   * that reporting stacks before a group ("a small Flemish nationalist youth group").
   */
  private static final int MAX_APPOSITION_ADJECTIVES = 4;

  /** Lower-case company nouns after an owner's name: "run by the Indamedia group". */
  private static final Set<String> OWNER_HEADS =
      Set.of("group", "company", "conglomerate", "corporation", "firm", "holding");

  private static final Set<String> RELATIVES = Set.of("that", "which", "where", "whose");

  /** The endings of adjectives of origin and creed: Identitarian, Islamist, Kurdish, Chinese. */
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:an|ist|ish|ese|ic|i)$");

  /** How far before a naming phrase its cue may stand: "the network, which it calls X". */
  private static final int NAMING_REACH = 6;

  /** The cue "who" gives the name after a naming phrase: a person. */
  private static final Cue WHO = new Cue("en", "who", EntityType.ACTOR, "person", Cue.Reads.NAME);

  private final DiscoveryLexicon lexicon;

  EnglishCues(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      int cueLength = cueAt(text, i);
      int naming = cueLength > 0 ? 0 : namingVerbAt(text, i);
      if (cueLength > 0) {
        Cue cue = lexicon.englishCue(LatinRuns.phrase(text, i, cueLength));
        readAfter(text, i + cueLength, cue, found);
        i += cueLength - 1;
      } else if (naming > 0) {
        Cue cue = namedCue(text, i);
        if (cue != null) {
          readNamed(text, i + naming, cue, found);
        }
        i += naming - 1;
      } else if (LatinRuns.startsName(text, i) && (i == 0 || !LatinRuns.continuesName(text, i))) {
        readSuffixed(text, i, found);
        readApposition(text, i, found);
        readBeforeAppCue(text, i, found);
        GlossedNames.read(text, i, lexicon, found);
      }
    }
    return found;
  }

  /** The number of words of the longest lower-case cue at word i, 0 when there is none. */
  private int cueAt(TokenizedText text, int i) {
    if (!opensPhrase(text, i)) {
      return 0;
    }
    int longest = Math.min(lexicon.longestEnglishCue(), text.size() - i);
    for (int n = LatinRuns.lowerLatinRun(text, i, longest); n >= 1; n--) {
      if (lexicon.englishCue(LatinRuns.phrase(text, i, n)) != null) {
        return n;
      }
    }
    return 0;
  }

  private void readAfter(TokenizedText text, int j, Cue cue, List<Candidate> out) {
    boolean list = cue.reads() == Cue.Reads.LIST;
    int connector = connectorAt(text, j);
    if (connector > 0) {
      list |= text.word(j).lower().equals("such") || text.word(j).lower().equals("like");
      if (lexicon.isNamingVerb(LatinRuns.phrase(text, j, connector))) {
        cue = lexicon.namedBy(cue);
      }
      j += connector;
    }
    j = skipsArticleOfOwner(text, j, cue);
    // "owned by Beijing-based ByteDance": a place joined to a participle is a modifier before
    // the name, not the name (the folded text has a space where the hyphen was).
    while (j + 2 < text.size()
        && LatinRuns.startsName(text, j)
        && PLACE_PARTICIPLES.contains(text.word(j + 1).text())
        && text.spaceBefore(j + 2)) {
      j += 2;
    }
    // "owned by China's ByteDance", "owned by South Korea's Naver": a possessive name before a
    // name is its owner or place, not the name
    for (int owner = j < text.size() && !opensQuote(text, j) ? LatinRuns.nameEnd(text, j) : j;
        owner > j
            && owner < text.size()
            && LatinRuns.isPossessive(text.word(owner - 1))
            && text.spaceBefore(owner)
            && LatinRuns.startsName(text, owner)
            && (owner == j + 1 || !"person".equals(cue.kind()));
        owner = LatinRuns.nameEnd(text, j)) {
      j = owner;
    }
    if (j >= text.size()) {
      return;
    }
    String gap = text.gapBefore(j);
    boolean quoted =
        !gap.isBlank()
            && Quotes.lastOpening(gap, 0, gap.length()) == gap.length() - 1
            && gap.substring(0, gap.length() - 1).isBlank();
    boolean person = "person".equals(cue.kind());
    // "Mastodon's founder, Eugen Rochko, said": a person's role set off by commas around the name
    boolean betweenCommas = person && !list && gap.equals(", ");
    if (!quoted && !betweenCommas && !(gap.equals(" ") || gap.isBlank() && !gap.contains("\n"))) {
      return;
    }
    // "payment companies X and Y": a plural head right before names reads a list of two or more;
    // one name after it starts a relative clause ("the companies X works with")
    boolean bareList = cue.reads() == Cue.Reads.LIST && connector == 0 && !quoted;
    List<Candidate> items = new ArrayList<>();
    while (j < text.size()) {
      int end = quoted ? quotedNameEnd(text, j) : LatinRuns.nameEnd(text, j);
      if (end == j) {
        break;
      }
      // "its chief, Saad Rizvi." closes the apposition at the sentence's end as well
      boolean closed =
          !betweenCommas
              || end >= text.size()
              || text.gapBefore(end).startsWith(",")
              || text.gapBefore(end).startsWith(".");
      if (fitsPerson(cue, text, j, end) && closed) {
        items.add(Candidate.of(text.word(j).start(), text.word(end - 1).end(), cue));
      }
      if (!list) {
        break;
      }
      j = LatinRuns.nextListItem(text, end);
    }
    if (!bareList || items.size() >= 2) {
      out.addAll(items);
    }
  }

  /** A quotation mark opens right before word j: a possessive there is inside the name. */
  private static boolean opensQuote(TokenizedText text, int j) {
    String gap = text.gapBefore(j);
    return !gap.isBlank() && Quotes.lastOpening(gap, 0, gap.length()) == gap.length() - 1;
  }

  /**
   * The end of a quoted name: a possessive inside the quotes is a word of it ("The Crowe's Nest"),
   * not the end it is elsewhere.
   */
  private static int quotedNameEnd(TokenizedText text, int j) {
    int end = LatinRuns.nameEnd(text, j);
    while (end > j
        && end < text.size()
        && LatinRuns.isPossessive(text.word(end - 1))
        && text.spaceBefore(end)
        && LatinRuns.startsName(text, end)) {
      end = LatinRuns.nameEnd(text, end);
    }
    return end;
  }

  /**
   * "run by the Indamedia group", "owned by the Naspers company": after an owner phrase, the
   * article before a name that its lower-case company noun closes is no word of it; the word after
   * the article otherwise ("run by the Kremlin"), nor before a place that the noun's own name or
   * partitive follows ("the Kyoto company Hatena").
   */
  private static int skipsArticleOfOwner(TokenizedText text, int j, Cue cue) {
    if (j + 2 >= text.size()
        || !cue.words().endsWith(" by")
        || !text.word(j).text().equals("the")
        || !text.spaceBefore(j + 1)) {
      return j;
    }
    int end = LatinRuns.nameEnd(text, j + 1);
    // "the Kyoto company Hatena", "the London company of the same name": a place before the noun
    boolean placeBefore =
        end + 1 < text.size()
            && text.spaceBefore(end + 1)
            && (LatinRuns.startsName(text, end + 1) || text.word(end + 1).text().equals("of"));
    return end > j + 1
            && end < text.size()
            && text.spaceBefore(end)
            && OWNER_HEADS.contains(text.word(end).text())
            && !placeBefore
        ? j + 1
        : j;
  }

  /**
   * The number of words of the naming phrase at word i ("which it calls"), 0 when there is none.
   */
  private int namingVerbAt(TokenizedText text, int i) {
    if (!opensPhrase(text, i)) {
      return 0;
    }
    int longest = Math.min(lexicon.longestConnector(), text.size() - i);
    for (int n = LatinRuns.lowerLatinRun(text, i, longest); n >= 1; n--) {
      // a run of lower-case words joined by single spaces is its own lexicon key
      if (lexicon.isNamingVerbKey(LatinRuns.phrase(text, i, n))) {
        return n;
      }
    }
    return 0;
  }

  /**
   * What a naming phrase without a cue right before it names: a person after "who" ("a former
   * sergeant who goes by the name X", "who posts under the name X"), else the type of the nearest
   * cue at most {@link #NAMING_REACH} words before it in its sentence ("the group's new channel,
   * which it calls X"), else nothing.
   */
  private Cue namedCue(TokenizedText text, int i) {
    for (int k = i - 1; k >= 0 && k >= i - NAMING_REACH; k--) {
      if (LatinRuns.SENTENCE_END.matcher(text.gapBefore(k + 1)).find()) {
        return null;
      }
      String word = text.word(k).lower();
      if (word.equals("who") && k >= i - 2) {
        return WHO;
      }
      int cueLength = cueAt(text, k);
      if (cueLength > 0 && k + cueLength <= i) {
        return lexicon.namedBy(lexicon.englishCue(LatinRuns.phrase(text, k, cueLength)));
      }
    }
    return null;
  }

  /**
   * The name after a naming phrase: a quoted name of any length (a person's quoted nickname may be
   * one word: "under the name "Ironsides""), or a capitalised name after a single space (two to
   * four words for a person).
   */
  private void readNamed(TokenizedText text, int j, Cue cue, List<Candidate> out) {
    if (j >= text.size()) {
      return;
    }
    String gap = text.gapBefore(j);
    boolean quoted =
        Quotes.lastOpening(gap, 0, gap.length()) == gap.length() - 1
            && gap.substring(0, gap.length() - 1).isBlank()
            && !gap.contains("\n");
    if (!quoted && !gap.equals(" ")) {
      return;
    }
    // "a network which calls itself the Harbour Watch Club": the article is no word of the name;
    // "a group calling itself the "Harbour Watch"": nor is it before a quoted name
    if (!quoted
        && text.word(j).text().equals("the")
        && j + 1 < text.size()
        && LatinRuns.startsName(text, j + 1)) {
      String after = text.gapBefore(j + 1);
      if (after.equals(" ")) {
        j++;
      } else if (Quotes.lastOpening(after, 0, after.length()) == after.length() - 1
          && after.substring(0, after.length() - 1).equals(" ")) {
        j++;
        quoted = true;
      }
    }
    int end = LatinRuns.nameEnd(text, j);
    if (end > j && (quoted || fitsPerson(cue, end - j))) {
      out.add(Candidate.of(text.word(j).start(), text.word(end - 1).end(), cue));
    }
  }

  /**
   * A capitalised name whose last word tells its type (naming.txt, role suffix): "Zello Inc",
   * "Rocket.Chat Technologies", "the American Patriot Legion"; "Mastodon gGmbH" ends in a
   * lower-case suffix. A leading function word ("The", "Meanwhile") is not part of it, nor is a
   * sentence's first word that is never a name; inside a sentence a nationality is ("the American
   * Patriot Legion"). Two words must remain.
   */
  private void readSuffixed(TokenizedText text, int i, List<Candidate> out) {
    int end = LatinRuns.nameEnd(text, i);
    if (end == i) {
      return;
    }
    Cue cue = lexicon.nameSuffix(text.word(end - 1).text());
    // "Discord, Inc.", "Acme, Ltd": a company suffix may follow the name after a comma
    boolean commaSuffix =
        end < text.size()
            && text.gapBefore(end).equals(", ")
            && lexicon.nameSuffix(text.word(end).text()) != null
            && "company".equals(lexicon.nameSuffix(text.word(end).text()).kind());
    if (cue == null
        && end < text.size()
        && !LatinRuns.isPossessive(text.word(end - 1))
        && (text.gapBefore(end).equals(" ") || commaSuffix)
        && lexicon.nameSuffix(text.word(end).text()) != null) {
      cue = lexicon.nameSuffix(text.word(end).text());
      end++;
    }
    int start = i;
    // "neo-Nazi Blood Tribe": a word joined by a hyphen to the one before is a compound modifier
    if (start < end - 1 && text.hyphenBefore(start)) {
      start++;
    }
    while (start < end - 1
        && (lexicon.isStopword("en", text.word(start).lower())
            || (LatinRuns.startsSentence(text, start)
                && lexicon.isNotName("en", text.word(start).lower())))) {
      start++;
    }
    // "Operation Overload": a first word that types the name after it (naming.txt, prefix)
    if (cue == null && end - start >= 2) {
      cue = lexicon.namePrefix(text.word(start).text());
    }
    if (cue != null && end - start >= 2) {
      out.add(
          Candidate.of(text.word(start).start(), LatinRuns.abbreviationEnd(text, end - 1), cue));
    }
  }

  /**
   * "Chirpwire, a little-known messaging app": the name before ", a|an [adjectives] cue"; for a
   * person's role also ", the|its|his|her|their [adjectives] cue" ("the group's leader").
   */
  private void readApposition(TokenizedText text, int i, List<Candidate> out) {
    int end = LatinRuns.nameEnd(text, i);
    readBareRole(text, i, end, out);
    boolean quotedComma =
        end > i
            && end < text.size()
            && ApposedNames.isQuotedNameComma(text.gapBefore(end).strip(), text.gapBefore(i));
    if (end == i
        || end >= text.size()
        || !(quotedComma || ApposedNames.isAppositionComma(text.gapBefore(end).strip()))
        || !(INDEFINITE.contains(text.word(end).text())
            || ApposedNames.opensDefinite(text, end, DEFINITE))) {
      return;
    }
    boolean definite = ApposedNames.opensDefinite(text, end, DEFINITE);
    int k = end + 1;
    int capitalised = -1;
    boolean named = false;
    for (int adjectives = 0;
        k < text.size() && adjectives <= MAX_APPOSITION_ADJECTIVES;
        adjectives++) {
      int cueLength = cueAt(text, k);
      // "a sovereign-citizen movement": a cue noun before another (not "developed by") modifies it
      int next = cueLength > 0 ? cueAt(text, k + cueLength) : 0;
      boolean nounHead =
          next > 0 && !lexicon.isStopword("en", text.word(k + cueLength + next - 1).lower());
      if (cueLength > 0 && !nounHead && text.spaceBefore(k)) {
        Cue cue = lexicon.englishCue(LatinRuns.phrase(text, k, cueLength));
        int after = k + cueLength;
        // "Kordon, a subsidiary of Orbis": the name before a partitive cue is not what it names
        boolean partitive =
            LatinRuns.phrase(text, k, cueLength).endsWith(" of")
                || after < text.size()
                    && text.spaceBefore(after)
                    && text.word(after).lower().equals("of");
        boolean person = "person".equals(cue.kind());
        if (person && quotedComma) {
          return; // a person's name is not set in quotation marks
        }
        // "Max, the state-backed messenger": a definite apposition describes an unknown platform
        // only with an app cue and an adjective (or a relative clause: "Scored, the platform that
        // grew out of ..."), never after a sentence's first word ("Later, the platform said");
        // round 12: also services, companies, groups and podcasts ("Acme Cloud, the Wellington-
        // based hosting provider"), after a first word when the name has two words or more
        String head = LatinRuns.phrase(text, k, cueLength);
        // "On Castopod, the ...": a function word opening the sentence is no word of the name
        int first = end - i >= 2 && lexicon.isStopword("en", text.word(i).lower()) ? i + 1 : i;
        boolean describedPlatform =
            definite
                && capitalised < 0
                && (k > end + 1
                    || isRelative(text, after)
                    || ApposedNames.describes(cue, text, after))
                && (APP_CUES.contains(head)
                    || DESCRIBED_HEADS.contains(head)
                    || ApposedNames.describes(cue, text, after))
                && ApposedNames.mayOpenName(text, lexicon, first, end)
                && singleSpaced(text, first, end);
        if ((named || definite) && !person && !describedPlatform) {
          return;
        }
        // "Xigua Video, the video platform of ByteDance": still a platform, as an outlet is
        boolean platformOfOwner =
            cue.type() == EntityType.PLATFORM || ApposedNames.isOutletOf(cue, text, after);
        if (cue.reads() != Cue.Reads.LIST
            && (!partitive || person || platformOfOwner)
            && fitsPerson(cue, end - first)) {
          out.add(Candidate.of(text.word(first).start(), text.word(end - 1).end(), cue));
        }
        return;
      }
      if (k > end + 1 && (text.gapBefore(k).equals("-") || text.hyphenBefore(k))) {
        adjectives--; // "26-year-old", "open-source": one adjective written in parts
      } else if (k > end + 1 && text.word(k).lower().equals("and") && text.spaceBefore(k)) {
        adjectives--; // "a chat and community platform": two modifiers joined
      } else if (k > end + 1
          && text.gapBefore(k).equals(", ")
          && !text.word(k - 1).isCapitalised()
          && !text.word(k).isCapitalised()
          && !lexicon.isStopword("en", text.word(k).text())) {
        // "the open-source, self-hosted podcast software": adjectives set off by a comma
      } else if (!text.spaceBefore(k)
          || !(text.word(k).script() == Script.LATIN || isNumber(text.word(k)))
          || lexicon.isStopword("en", text.word(k).text())) {
        return;
      }
      // "the Dutch hosting provider", "the Wellington-based provider": adjectives of origin and
      // place keep the apposition a description
      if (text.word(k).isCapitalised()
          && !placeBased(text, k)
          && !adjectival(text, k)
          && !acronymCompound(text, k)) {
        capitalised = k;
        named = true;
      }
      k++;
    }
  }

  /**
   * "the Wellington-based provider": a capitalised place joined by a hyphen to a participle of
   * place is an adjective, not a name inside the apposition.
   */
  private static boolean placeBased(TokenizedText text, int k) {
    return k + 1 < text.size()
        && text.hyphenBefore(k + 1)
        && PLACE_PARTICIPLES.contains(text.word(k + 1).lower());
  }

  /**
   * "a DDoS-protection provider", "an AI-driven service": initials joined by a hyphen to a
   * lower-case word are a technical modifier, not a name inside the apposition.
   */
  private static boolean acronymCompound(TokenizedText text, int k) {
    String word = text.word(k).text();
    return word.chars().filter(Character::isUpperCase).count() >= 2
        && k + 1 < text.size()
        && text.hyphenBefore(k + 1)
        && !text.word(k + 1).isCapitalised();
  }

  /**
   * The words [start, end) are joined by single spaces: a dateline's dash ("PARIS — Les Natifs",
   * folded to spaces) joins no name.
   */
  private static boolean singleSpaced(TokenizedText text, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      int gapStart = text.folded().originalEnd(text.word(k - 1).end());
      String gap =
          text.folded()
              .original()
              .substring(gapStart, text.folded().originalStart(text.word(k).start()));
      if (!gap.equals(" ") && !gap.equals(" & ") && !gap.equals("-")) {
        return false;
      }
    }
    return true;
  }

  /** "that", "which", "where" or "whose" at word k: a relative clause opens there. */
  private static boolean isRelative(TokenizedText text, int k) {
    return k < text.size() && text.spaceBefore(k) && RELATIVES.contains(text.word(k).text());
  }

  /**
   * The last capitalised word of an indefinite apposition is an adjective of origin or creed, not a
   * name ("a German-speaking Identitarian youth group", "a Salafist media outlet"): it ends like
   * one or is listed as never a name (nationalities). "X, a Telegram channel" stays unread.
   */
  private boolean adjectival(TokenizedText text, int k) {
    String word = text.word(k).lower();
    return ADJECTIVE_ENDING.matcher(word).find() || lexicon.isNotName("en", word);
  }

  /**
   * "Dries Van Langenhove, founder of the movement": a person's role without an article right after
   * the comma, followed by "of" or "for" (whose role it is).
   */
  private void readBareRole(TokenizedText text, int i, int end, List<Candidate> out) {
    if (end == i || end >= text.size() || !text.gapBefore(end).equals(", ")) {
      return;
    }
    int cueLength = cueAt(text, end);
    int after = end + cueLength;
    if (cueLength == 0 || after >= text.size() || !text.spaceBefore(after)) {
      return;
    }
    Cue cue = lexicon.englishCue(LatinRuns.phrase(text, end, cueLength));
    String next = text.word(after).lower();
    if ("person".equals(cue.kind())
        && (next.equals("of") || next.equals("for"))
        && fitsPerson(cue, text, i, end)) {
      out.add(Candidate.of(text.word(i).start(), text.word(end - 1).end(), cue));
    }
  }

  /**
   * "the Hoop app", "on the Trovo platform": a name between "the" and an app cue that follows it.
   * Only the cues of {@link #APP_CUES}: "the Spamouflage network" is an operation, "the Secret
   * Service" no platform.
   */
  private void readBeforeAppCue(TokenizedText text, int i, List<Candidate> out) {
    if (i == 0 || !text.word(i - 1).lower().equals("the") || !text.spaceBefore(i)) {
      return;
    }
    int end = LatinRuns.nameEnd(text, i);
    if (end == i || end >= text.size() || !text.spaceBefore(end)) {
      return;
    }
    int cueLength = cueAt(text, end);
    if (cueLength == 0) {
      return;
    }
    String cueWords = LatinRuns.phrase(text, end, cueLength);
    Cue cue = lexicon.englishCue(cueWords);
    if (cue.type() == EntityType.PLATFORM && APP_CUES.contains(cueWords)) {
      out.add(Candidate.of(text.word(i).start(), text.word(end - 1).end(), cue));
    }
  }

  /**
   * A person's name after a role cue ("activist Tommy Robinson") has two to four words: one
   * capitalised word is as often a place, a month or the next sentence as a surname.
   */
  private static boolean fitsPerson(Cue cue, int words) {
    return !"person".equals(cue.kind()) || (words >= MIN_PERSON_WORDS && words <= MAX_PERSON_WORDS);
  }

  /** A person's role before a name that ends in a company or group suffix ("owner X Corp"). */
  private boolean fitsPerson(Cue cue, TokenizedText text, int start, int end) {
    return fitsPerson(cue, end - start)
        && !("person".equals(cue.kind()) && lexicon.nameSuffix(text.word(end - 1).text()) != null);
  }

  private static boolean isNumber(Word word) {
    return word.text().chars().allMatch(Character::isDigit);
  }

  private int connectorAt(TokenizedText text, int j) {
    if (!opensPhrase(text, j)) {
      return 0;
    }
    for (int n = Math.min(lexicon.longestConnector(), text.size() - j); n >= 1; n--) {
      if (LatinRuns.isLowerLatinRun(text, j, n)
          && lexicon.isConnector("en", LatinRuns.phrase(text, j, n))) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Word i is a lower-case Latin word that opens a cue, connector or naming phrase: every phrase
   * looked up at i is a lower-case Latin run starting with it, so without one there is nothing to
   * look up.
   */
  private boolean opensPhrase(TokenizedText text, int i) {
    return i < text.size()
        && LatinRuns.isLowerLatinRun(text, i, 1)
        && lexicon.opensEnglishPhrase(text.word(i).text());
  }
}

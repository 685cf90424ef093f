package org.driftgraph.extract.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.ArabicNormalization;

/**
 * The word lists discovery reads, kept as data under {@code extract/discover/} on the classpath so
 * that analysts extend them: {@code cues.txt}, {@code connectors.txt}, {@code stopwords.txt},
 * {@code not-names.txt}, {@code source-cues.txt}, {@code person-frames.txt}, {@code naming.txt}
 * ({@code slots.txt} is read by {@link SlotNames} with {@link #read}). Every Arabic entry is stored
 * normalized, every English entry in lower case.
 */
final class DiscoveryLexicon {
  private static final String FOLDER = "/extract/discover/";

  private final Map<String, Cue> arabicCues = new HashMap<>();
  private final Map<String, Cue> englishCues = new HashMap<>();
  private final Set<String> arabicConnectors = new HashSet<>();
  private final Set<String> englishConnectors = new HashSet<>();
  private final Set<String> arabicStopwords = new HashSet<>();

  /**
   * Arabic function words listed with a final ى (على، إلى): spelled with ي they are other words.
   */
  private final Set<String> arabicStopwordsWithAlifMaqsura = new HashSet<>();

  private final Set<String> englishStopwords = new HashSet<>();
  private final Set<String> arabicNotNames = new HashSet<>();
  private final Set<String> englishNotNames = new HashSet<>();
  private final Set<String> arabicSourceCues = new HashSet<>();
  private final Set<String> englishSourceCues = new HashSet<>();
  private final Map<String, Set<String>> arabicPersonFrames = new HashMap<>();
  private final Set<String> namingVerbs = new HashSet<>();
  private final Map<String, Cue> namingHeads = new HashMap<>();
  private final Map<String, Cue> nameSuffixes = new HashMap<>();
  private final Map<String, Cue> glossHeads = new HashMap<>();
  private final Map<String, Cue> namePrefixes = new HashMap<>();
  private final Map<String, Cue> initialsHeads = new LinkedHashMap<>();
  private final Map<String, Cue> initialsUnits = new LinkedHashMap<>();
  private final Map<String, Cue> arabicNameHeads = new HashMap<>();
  private final Set<String> personTitles = new HashSet<>();

  /** The Arabic names of Latin letters (إس، تي، كيه), as folded. */
  private final Set<String> arabicLetterNames = new HashSet<>();

  /**
   * The first word of every English cue, connector and naming phrase: name discovery looks for
   * those phrases at every word of an article, and a word that opens none of them needs no lookup.
   */
  private final Set<String> englishPhraseOpeners = new HashSet<>();

  private int longestEnglishCue;
  private int longestConnector;

  private DiscoveryLexicon() {}

  /** The lists shipped with driftgraph. */
  static DiscoveryLexicon standard() {
    DiscoveryLexicon lexicon = new DiscoveryLexicon();
    read("cues.txt", 5, fields -> lexicon.addCue(fields));
    read(
        "connectors.txt",
        2,
        fields -> lexicon.add(fields, lexicon.arabicConnectors, lexicon.englishConnectors));
    read(
        "stopwords.txt",
        2,
        fields -> {
          lexicon.add(fields, lexicon.arabicStopwords, lexicon.englishStopwords);
          if (fields.get(1).strip().endsWith(ALIF_MAQSURA)) {
            lexicon.arabicStopwordsWithAlifMaqsura.add(key("ar", fields.get(1)));
          }
        });
    read(
        "not-names.txt",
        2,
        fields -> lexicon.add(fields, lexicon.arabicNotNames, lexicon.englishNotNames));
    read(
        "source-cues.txt",
        2,
        fields -> lexicon.add(fields, lexicon.arabicSourceCues, lexicon.englishSourceCues));
    read("person-frames.txt", 3, fields -> lexicon.addPersonFrame(fields));
    read("naming.txt", 5, fields -> lexicon.addNaming(fields));
    read("letter-names.txt", 2, fields -> lexicon.arabicLetterNames.add(key("ar", fields.get(1))));
    return lexicon;
  }

  /**
   * True for the person cues of people who comment (analyst, الباحث): the names they introduce are
   * mentions, never arguments.
   */
  boolean isSourceCue(String cueWords) {
    return arabicSourceCues.contains(cueWords) || englishSourceCues.contains(cueWords);
  }

  /**
   * True when the normalized Arabic word plays this part (domain, compound, after) in the frame of
   * a commentator's name (person-frames.txt).
   */
  boolean isPersonFrame(String frame, String word) {
    return arabicPersonFrames.getOrDefault(frame, Set.of()).contains(word);
  }

  /** The Arabic cue a bare (clitic-free) normalized word is, or null. */
  Cue arabicCue(String bareWord) {
    return arabicCues.get(bareWord);
  }

  /** The English cue these lower-case words are, or null. */
  Cue englishCue(String words) {
    return englishCues.get(words);
  }

  /** True for an English naming phrase (naming.txt, role verb): "which it calls", "dubbed". */
  boolean isNamingVerb(String words) {
    return namingVerbs.contains(key("en", words));
  }

  /** {@link #isNamingVerb} for words already in key form (lower case, single spaces). */
  boolean isNamingVerbKey(String key) {
    return namingVerbs.contains(key);
  }

  /**
   * The cue a name given by a naming verb gets after {@code cue}: a network "dubbed X" is an
   * operation (naming.txt, role head); {@code cue} itself otherwise.
   */
  Cue namedBy(Cue cue) {
    return namingHeads.getOrDefault(cue.words(), cue);
  }

  /**
   * The cue the last word of a capitalised name is (naming.txt, role suffix: Inc, Legion), or null.
   */
  Cue nameSuffix(String word) {
    return nameSuffixes.get(word);
  }

  /**
   * The group cue the head of an English gloss of a foreign name is (naming.txt, role gloss: Guard,
   * Watch; or a group suffix: Legion, Front), or null.
   */
  Cue glossHead(String word) {
    Cue cue = glossHeads.get(word);
    if (cue != null) {
      return cue;
    }
    Cue suffix = nameSuffixes.get(word);
    return suffix != null && suffix.type() == EntityType.ACTOR && "group".equals(suffix.kind())
        ? suffix
        : null;
  }

  /**
   * True for a capitalised title written before a person's name as the text spells it (naming.txt,
   * role title: "Commissioner", "Superintendent").
   */
  boolean isPersonTitle(String word) {
    return personTitles.contains(word);
  }

  /**
   * The cue the first word of a capitalised name is (naming.txt, role prefix: "Operation Overload"
   * is an operation), or null.
   */
  Cue namePrefix(String word) {
    return namePrefixes.get(word);
  }

  /**
   * The type of a capitalised name the article defines initials for ("the National Socialist
   * Network (NSN)"): the first head word of naming.txt's role initials, in the file's order, that
   * the name holds ("Amaq News Agency" is an outlet before it is an agency), else the entry {@code
   * *}, else null.
   */
  Cue initialledName(List<String> words, String wordAfter) {
    for (Map.Entry<String, Cue> head : initialsHeads.entrySet()) {
      if (words.contains(head.getKey())) {
        return head.getValue();
      }
    }
    Cue unit = wordAfter == null ? null : initialsUnits.get(wordAfter);
    return unit != null ? unit : initialsHeads.get("*");
  }

  /** True when {@code cueWords} (a candidate's cue) is a suffix of naming.txt ("legion", "inc"). */
  boolean isSuffixCue(String cueWords) {
    return java.util.stream.Stream.of(nameSuffixes, namePrefixes, initialsHeads, arabicNameHeads)
        .flatMap(map -> map.values().stream())
        .anyMatch(cue -> cue.words().equals(cueWords));
  }

  /**
   * False when no English cue, connector or naming phrase starts with this lower-case word, so that
   * no phrase starting with it need be looked up.
   */
  boolean opensEnglishPhrase(String lowerWord) {
    return englishPhraseOpeners.contains(lowerWord);
  }

  private static String firstWord(String phrase) {
    int space = phrase.indexOf(' ');
    return space < 0 ? phrase : phrase.substring(0, space);
  }

  int longestEnglishCue() {
    return longestEnglishCue;
  }

  int longestConnector() {
    return longestConnector;
  }

  boolean isConnector(String language, String words) {
    return (language.equals("ar") ? arabicConnectors : englishConnectors)
        .contains(key(language, words));
  }

  /** True for function words (في، التي; of, which): they end a cue phrase and a name. */
  boolean isStopword(String language, String word) {
    return (language.equals("ar") ? arabicStopwords : englishStopwords)
        .contains(key(language, word));
  }

  /**
   * True for a function word as the article spells it. Folding makes على (on) and علي (a name) one
   * word; a writer who spells a final dotted ي means the name, so علي after a role (المرشد الإيراني
   * علي خامنئي) is read as a name and not as the preposition that would end it.
   */
  boolean isStopwordSpelled(String language, String spelling) {
    String word = key(language, spelling);
    return isStopword(language, word)
        && !(language.equals("ar")
            && arabicStopwordsWithAlifMaqsura.contains(word)
            && endsWithDottedYa(spelling));
  }

  /** {@link #isNotName} for a word as the article spells it (see {@link #isStopwordSpelled}). */
  boolean isNotNameSpelled(String language, String spelling) {
    return isStopwordSpelled(language, spelling)
        || (language.equals("ar") ? arabicNotNames : englishNotNames)
            .contains(key(language, spelling));
  }

  private static boolean endsWithDottedYa(String spelling) {
    int end = spelling.length();
    while (end > 0 && Character.getType(spelling.charAt(end - 1)) == Character.NON_SPACING_MARK) {
      end--;
    }
    return end > 0 && spelling.charAt(end - 1) == '\u064A';
  }

  /** True for function words, generic nouns, months and other words that are never names. */
  boolean isNotName(String language, String word) {
    return isStopword(language, word)
        || (language.equals("ar") ? arabicNotNames : englishNotNames).contains(key(language, word));
  }

  /**
   * True for the Arabic name of a Latin letter (إس، تي، كيه): a run of them spells out initials (إم
   * تي إس for MTS).
   */
  boolean isLetterName(String word) {
    return arabicLetterNames.contains(key("ar", word));
  }

  /** True when the word is a cue in either language (the cue words themselves are not names). */
  boolean isCueWord(String word) {
    return arabicCues.containsKey(key("ar", word)) || englishCues.containsKey(key("en", word));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String ALIF_MAQSURA = "\u0649";

  static String key(String language, String words) {
    return language.equals("ar")
        ? ArabicNormalization.normalize(words).normalized().strip()
        : SPACES.matcher(words.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private void addCue(List<String> fields) {
    String language = language(fields.get(0));
    String kind = fields.get(3).equals("-") ? null : fields.get(3);
    Cue cue =
        new Cue(
            language,
            key(language, fields.get(1)),
            EntityType.fromLabel(fields.get(2)),
            kind,
            Cue.Reads.parse(fields.get(4)));
    if (language.equals("ar")) {
      arabicCues.put(cue.words(), cue);
    } else {
      englishCues.put(cue.words(), cue);
      englishPhraseOpeners.add(firstWord(cue.words()));
      longestEnglishCue = Math.max(longestEnglishCue, cue.words().split(" ").length);
    }
  }

  private void addPersonFrame(List<String> fields) {
    if (!language(fields.get(0)).equals("ar")) {
      throw new IllegalArgumentException("person frames are Arabic only");
    }
    arabicPersonFrames
        .computeIfAbsent(fields.get(1).strip(), frame -> new HashSet<>())
        .add(key("ar", fields.get(2)));
  }

  private void addNaming(List<String> fields) {
    if (language(fields.get(0)).equals("ar")) {
      addArabicHead(fields);
      return;
    }
    if (!language(fields.get(0)).equals("en")) {
      throw new IllegalArgumentException("naming phrases are English only");
    }
    String words = fields.get(2);
    switch (fields.get(1)) {
      case "verb" -> {
        namingVerbs.add(key("en", words));
        add(List.of("en", words), new HashSet<>(), englishConnectors);
      }
      case "head" -> namingHeads.put(key("en", words), namingCue(words, fields));
      case "suffix" -> nameSuffixes.put(words, namingCue(words, fields));
      case "prefix" -> namePrefixes.put(words, namingCue(words, fields));
      case "initials" -> initialsHeads.put(words, namingCue(words, fields));
      case "initials-unit" -> initialsUnits.put(words, namingCue(words, fields));
      case "title" -> personTitles.add(words);
      case "gloss" -> glossHeads.put(words, namingCue(words, fields));
      default ->
          throw new IllegalArgumentException(
              "role '"
                  + fields.get(1)
                  + "' is not verb, head, suffix, prefix, initials, initials-unit, title or gloss");
    }
  }

  /** naming.txt in Arabic: a type noun that opens a name (prefix), and reads on unquoted. */
  private void addArabicHead(List<String> fields) {
    Cue.Reads reads =
        switch (fields.get(1)) {
          case "prefix" -> Cue.Reads.NAME;
          case "prefix-words" -> Cue.Reads.WORDS;
          default ->
              throw new IllegalArgumentException(
                  "Arabic naming role '" + fields.get(1) + "' is not prefix or prefix-words");
        };
    String kind = fields.get(4).equals("-") ? null : fields.get(4);
    String words = key("ar", fields.get(2));
    arabicNameHeads.put(
        words, new Cue("ar", words, EntityType.fromLabel(fields.get(3)), kind, reads));
  }

  /**
   * The cue an Arabic type noun that opens a name is (naming.txt, Arabic role prefix: «سرايا أنصار
   * السنة»), or null.
   */
  Cue arabicNameHead(String word) {
    return arabicNameHeads.get(key("ar", word));
  }

  private static Cue namingCue(String words, List<String> fields) {
    String kind = fields.get(4).equals("-") ? null : fields.get(4);
    return new Cue(
        "en", key("en", words), EntityType.fromLabel(fields.get(3)), kind, Cue.Reads.NAME);
  }

  private void add(List<String> fields, Set<String> arabic, Set<String> english) {
    String language = language(fields.get(0));
    String entry = key(language, fields.get(1));
    (language.equals("ar") ? arabic : english).add(entry);
    if (language.equals("en")) {
      englishPhraseOpeners.add(firstWord(entry));
    }
    longestConnector = Math.max(longestConnector, entry.split(" ").length);
  }

  private static String language(String field) {
    if (!field.equals("ar") && !field.equals("en")) {
      throw new IllegalArgumentException("language '" + field + "' is not ar or en");
    }
    return field;
  }

  /**
   * Reads one word list of {@code extract/discover/}: every line not blank and not a comment has
   * {@code fieldCount} non-empty fields separated by "|", given stripped to {@code entry}; an
   * IllegalArgumentException of {@code entry} is reported with the file and line.
   */
  static void read(String name, int fieldCount, Consumer<List<String>> entry) {
    String resource = FOLDER + name;
    try (InputStream in = DiscoveryLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no discovery word list " + resource + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String field : line.split("\\|", -1)) {
          fields.add(field.strip());
        }
        if (fields.size() != fieldCount || fields.stream().anyMatch(String::isEmpty)) {
          throw new IllegalStateException(
              resource
                  + ":"
                  + number
                  + ": expected "
                  + fieldCount
                  + " non-empty fields separated by |");
        }
        try {
          entry.accept(fields);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

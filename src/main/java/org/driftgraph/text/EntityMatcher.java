package org.driftgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.model.Entity;
import org.driftgraph.model.Mention;

/**
 * Finds the gazetteer's entities in a text, in time linear in the text: one Aho-Corasick automaton
 * over the normalized surface forms runs once over the normalized text (see {@link
 * ArabicNormalization}), and each hit is kept or dropped by the rules below.
 *
 * <ul>
 *   <li><b>Left boundary.</b> The letters and digits directly before a hit (its word's prefix) must
 *       be empty or Arabic proclitics ({@link ArabicAffixes}, from the rule file morphology.json):
 *       an optional conjunction و or ف, an optional preposition ب ك or ل, and an optional article
 *       ال, where ل + ال is written لل (وتيليجرام، بتيليجرام، والتيليجرام، للتيليجرام،
 *       وبالتيليجرام، فال...). A form that itself starts with ال takes the conjunction and
 *       preposition but not a second article (والبغدادي، بالبغدادي), and after ل it is written with
 *       one alef less (للبغدادي), which is matched as well. So "is" inside "this" or "ISIS" is not
 *       a hit: "th" and "IS" are not proclitics.
 *   <li><b>Right boundary.</b> The character after a hit is not a letter or digit, so Telegram does
 *       not match in Telegraph, nor تيليجرام in تيليجرامي.
 *   <li><b>Case.</b> Latin forms match in any case, except the forms {@link Gazetteer#matchesCase}
 *       names (short all-capital forms such as IS, OK, ISD, AKI, and listed ordinary words such as
 *       Signal): those must appear exactly as written, up to the folding of spaces and marks.
 *   <li><b>Quotes.</b> Double quotes and guillemets count as spaces, so a name quoted after its cue
 *       (وكالة «أعماق»، مجلة "إنسباير") matches the form written without them.
 *   <li><b>Longest match.</b> Of overlapping hits the longest wins, then the earliest: "Sky News
 *       Arabia" is not also "Sky News", "Mail.Ru Group" not also "Mail.Ru".
 * </ul>
 *
 * <p>Mentions carry offsets into the original text; the proclitics are not part of the span and the
 * surface is the original text of the name as written (with its diacritics).
 */
public final class EntityMatcher {
  /**
   * Double quotes and guillemets are read as spaces (one character for one, so offsets stay exact):
   * a name quoted after its cue, وكالة «أعماق», is the gazetteer's وكالة أعماق.
   */
  private static final Pattern QUOTES = Pattern.compile("[«»\"“”„‟]");

  /** Where a keyword may start: the proclitics allowed in front of it. */
  private enum Placement {
    /** A form without the article: any proclitics, the article among them. */
    BARE,
    /** A form that starts with the article: conjunction and preposition only. */
    WITH_ARTICLE,
    /** A form with the article after ل, written لل: the ل (and a conjunction) must precede. */
    AFTER_LAM
  }

  /**
   * One way a keyword can be read.
   *
   * @param exactForms when not null, the original text, folded keeping case, must be one of these
   * @param spaced when true, the original text has no hyphen inside it
   * @param quoted when true, the original text has a quote right before and right after it
   */
  private record Reading(
      String entityId,
      Placement placement,
      Set<String> exactForms,
      boolean spaced,
      boolean quoted) {}

  private final Map<String, List<Reading>> readings = new HashMap<>();
  private final Map<Placement, Set<String>> prefixes = new EnumMap<>(Placement.class);
  private final List<String> keywords;
  private final KeywordAutomaton automaton;
  private final ArabicAffixes affixes;

  /** Matches the gazetteer's names behind the proclitics of {@code affixes}. */
  public EntityMatcher(Gazetteer gazetteer, ArabicAffixes affixes) {
    this.affixes = affixes;
    for (Placement placement : Placement.values()) {
      prefixes.put(placement, new HashSet<>());
    }
    for (String conjunction : ArabicAffixes.withNone(affixes.conjunctions())) {
      prefixes.get(Placement.AFTER_LAM).add(conjunction + affixes.lam());
      for (String preposition : ArabicAffixes.withNone(affixes.prepositions())) {
        prefixes.get(Placement.WITH_ARTICLE).add(conjunction + preposition);
        prefixes.get(Placement.BARE).add(conjunction + preposition);
        prefixes
            .get(Placement.BARE)
            .add(
                conjunction
                    + (preposition.equals(affixes.lam())
                        ? affixes.lamArticle()
                        : preposition + affixes.article()));
      }
    }
    for (Entity entity : gazetteer.entities()) {
      Map<String, Set<String>> exactByKey = new HashMap<>();
      Set<String> anyCase = new HashSet<>();
      Set<String> hyphenFree = new HashSet<>();
      Set<String> unquoted = new HashSet<>();
      for (String form : Gazetteer.surfaceForms(entity)) {
        String key = Gazetteer.matchKey(form);
        if (!gazetteer.matchesSpacing(form)) {
          hyphenFree.add(key);
        }
        if (!gazetteer.matchesQuoted(form)) {
          unquoted.add(key);
        }
        if (gazetteer.matchesCase(form)) {
          exactByKey
              .computeIfAbsent(key, k -> new HashSet<>())
              .add(ArabicNormalization.normalizeKeepingCase(form).normalized().strip());
        } else {
          anyCase.add(key);
        }
      }
      Set<String> keys = new HashSet<>(anyCase);
      keys.addAll(exactByKey.keySet());
      for (String key : keys) {
        Set<String> exact = anyCase.contains(key) ? null : Set.copyOf(exactByKey.get(key));
        addReadings(key, entity.id(), exact, !hyphenFree.contains(key), !unquoted.contains(key));
      }
    }
    addSpellingVariants(gazetteer);
    this.keywords = List.copyOf(readings.keySet());
    this.automaton = new KeywordAutomaton(keywords);
  }

  private void addReadings(
      String key, String entityId, Set<String> exact, boolean spaced, boolean quoted) {
    if (affixes.hasArticle(key)) {
      add(key, new Reading(entityId, Placement.WITH_ARTICLE, exact, spaced, quoted));
      add(
          affixes.lam() + key.substring(affixes.article().length()),
          new Reading(entityId, Placement.AFTER_LAM, exact, spaced, quoted));
    } else if (isConstructPhrase(key)) {
      // قناة العربية "the al-Arabiya channel" is a construct; القناة العربية is "the Arabic
      // channel": the head of a construct never takes the article.
      add(key, new Reading(entityId, Placement.WITH_ARTICLE, exact, spaced, quoted));
    } else {
      add(key, new Reading(entityId, Placement.BARE, exact, spaced, quoted));
    }
  }

  /**
   * The other spellings of the Arabic names of platforms and organizations ({@link
   * SpellingVariants}): read like the form they come from, unless a variant is already a form of
   * some entity or comes from the names of two entities (then it is neither's).
   */
  private void addSpellingVariants(Gazetteer gazetteer) {
    SpellingVariants variants = affixes.spellingVariants();
    Map<String, Set<String>> owners = new HashMap<>();
    Set<String> hyphenFree = new HashSet<>();
    for (Entity entity : gazetteer.entities()) {
      if (!variants.appliesTo(entity.type())) {
        continue;
      }
      for (String form : Gazetteer.surfaceForms(entity)) {
        if (gazetteer.matchesQuoted(form) || gazetteer.matchesCase(form)) {
          continue;
        }
        for (String variant : variants.of(Gazetteer.matchKey(form), affixes.article())) {
          if (!readings.containsKey(variant)) {
            owners.computeIfAbsent(variant, v -> new HashSet<>()).add(entity.id());
            if (!gazetteer.matchesSpacing(form)) {
              hyphenFree.add(variant);
            }
          }
        }
      }
    }
    owners.forEach(
        (variant, ids) -> {
          if (ids.size() == 1) {
            addReadings(variant, ids.iterator().next(), null, !hyphenFree.contains(variant), false);
          }
        });
  }

  /**
   * An Arabic form of several words whose first word ends in ta marbuta (folded to ه): a feminine
   * head noun in construct with the name after it (قناة العربية، وكالة أعماق، حركة الشباب).
   */
  private static boolean isConstructPhrase(String key) {
    int space = key.indexOf(' ');
    return space > 1
        && key.charAt(space - 1) == '\u0647'
        && Character.UnicodeScript.of(key.charAt(0)) == Character.UnicodeScript.ARABIC;
  }

  private void add(String key, Reading reading) {
    readings.computeIfAbsent(key, k -> new ArrayList<>()).add(reading);
  }

  /** The mentions in {@code text}, ordered by offset, none overlapping. */
  public List<Mention> find(String text) {
    NormalizedText folded = ArabicNormalization.normalize(QUOTES.matcher(text).replaceAll(" "));
    String normalized = folded.normalized();
    WorkCount.add(text.length());
    List<Hit> hits = new ArrayList<>();
    automaton.scan(
        normalized,
        (keyword, start, end) -> {
          WorkCount.add(1);
          if (end < normalized.length() && Character.isLetterOrDigit(normalized.charAt(end))) {
            return;
          }
          String prefix = wordPrefix(normalized, start);
          for (Reading reading : readings.get(keywords.get(keyword))) {
            if (prefixes.get(reading.placement()).contains(prefix)
                && caseAgrees(reading, folded, start, end)
                && (!reading.quoted() || isQuoted(text, folded, start, end))) {
              hits.add(new Hit(start, end, reading.entityId()));
              return;
            }
          }
        });
    return longestFirst(hits, folded, text);
  }

  private record Hit(int start, int end, String entityId) {
    int length() {
      return end - start;
    }
  }

  private static String wordPrefix(String normalized, int start) {
    int from = start;
    while (from > 0 && Character.isLetterOrDigit(normalized.charAt(from - 1))) {
      from--;
    }
    return normalized.substring(from, start);
  }

  private static boolean caseAgrees(Reading reading, NormalizedText folded, int start, int end) {
    if (reading.spaced() && folded.originalText(start, end).indexOf('-') >= 0) {
      return false;
    }
    if (reading.exactForms() == null) {
      return true;
    }
    String written = folded.originalText(start, end);
    return reading
        .exactForms()
        .contains(ArabicNormalization.normalizeKeepingCase(written).normalized().strip());
  }

  /** The original text has a double quote or guillemet right before and right after the hit. */
  private static boolean isQuoted(String text, NormalizedText folded, int start, int end) {
    int before = folded.originalStart(start) - 1;
    int after = folded.originalEnd(end);
    return before >= 0
        && after < text.length()
        && QUOTES.matcher(text.substring(before, before + 1)).matches()
        && QUOTES.matcher(text.substring(after, after + 1)).matches();
  }

  private static List<Mention> longestFirst(
      List<Hit> hits, NormalizedText folded, String original) {
    hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start));
    boolean[] taken = new boolean[folded.normalized().length()];
    List<Mention> mentions = new ArrayList<>();
    for (Hit hit : hits) {
      WorkCount.add(hit.length());
      if (isFree(taken, hit)) {
        Arrays.fill(taken, hit.start(), hit.end(), true);
        int start = folded.originalStart(hit.start());
        int end = folded.originalEnd(hit.end());
        mentions.add(new Mention(hit.entityId(), start, end, original.substring(start, end)));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return mentions;
  }

  private static boolean isFree(boolean[] taken, Hit hit) {
    for (int i = hit.start(); i < hit.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}

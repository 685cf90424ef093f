package org.driftgraph.extract.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.Gazetteer;
import org.driftgraph.text.NormalizedText;

/**
 * Collective actors that a story names by a description instead of a name (issue 11, session 15): a
 * national movement ("the Danish far right", "Hungary's neo-Nazi scene", "Czech ultranationalist
 * activists") and the loyalists of a regime ("loyalists of the former regime", الموالون للنظام
 * السابق، فلول النظام), and a network of accounts ({@link DescribedNetworks}). Each becomes a
 * discovered Actor (kind {@code movement}, or {@code supporters} for loyalists) that relations may
 * take as their argument, one per nationality and ideology in an article, its names every form the
 * article wrote.
 *
 * <p>Precision first: the description must carry a nationality (or a country's possessive) and an
 * ideology of the list, and an adjective form of the ideology a head noun of people or their units
 * ("far-right activists", not "far-right content" nor "a far-right party", whose party is a named
 * group); a noun form ("the Polish far right") must be followed by punctuation or a verb or
 * function word of the list. Known names inside a description ("far-right channels") give way to
 * it; a description that overlaps a known or discovered name only in part is not read. The word
 * lists are {@code extract/discover/collectives.txt}.
 */
public final class DescribedCollectives {
  private static final String RESOURCE = "/extract/discover/collectives.txt";

  /** The key of every description of a regime's loyalists in one article: one collective. */
  private static final String LOYALISTS = "";

  /** How many characters before a description a topic word is looked for. */
  private static final int TOPIC_REACH = 40;

  private final Map<String, String> adjectiveOfForm = new HashMap<>();
  private final Map<String, String> familyOfForm = new HashMap<>();
  private final Pattern english;
  private final Pattern possessive;
  private final Pattern arabic;

  /**
   * What may stand right before an English description and makes it no actor: a word of study or
   * audience ("tracks the", "popular with"), or a compass word the nationality does not include
   * ("North American" is not "American", "Central European" not "European").
   */
  private final Pattern topic;

  /** The word lists of {@code extract/discover/collectives.txt}. */
  public DescribedCollectives() {
    List<String> nationalities = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> adjectiveForms = new ArrayList<>();
    List<String> nounForms = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    List<String> fillers = new ArrayList<>();
    List<String> followers = new ArrayList<>();
    List<String> loyal = new ArrayList<>();
    List<String> regime = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    for (List<String> f : entries()) {
      switch (f.get(0)) {
        case "nationality" -> {
          nationalities.add(f.get(1));
          adjectiveOfForm.put(f.get(1), f.get(1));
          for (String country : f.get(2).split(",")) {
            countries.add(country.strip());
            adjectiveOfForm.put(country.strip(), f.get(1));
          }
        }
        case "ideology" -> {
          for (String form : f.get(2).split(",")) {
            adjectiveForms.add(form.strip());
            familyOfForm.put(form.strip().toLowerCase(Locale.ROOT), f.get(1));
          }
          for (String form : f.get(3).split(",")) {
            nounForms.add(form.strip());
            familyOfForm.put(form.strip().toLowerCase(Locale.ROOT), f.get(1));
          }
        }
        case "head" -> heads.add(f.get(1));
        case "filler" -> fillers.add(f.get(1));
        case "follower" -> followers.add(f.get(1));
        case "ar-loyal" -> loyal.add(f.get(1));
        case "ar-regime" -> regime.add(f.get(1));
        case "topic" -> topics.add(f.get(1));
        default -> throw new IllegalStateException(RESOURCE + ": unknown entry " + f);
      }
    }
    String ideologyTail =
        "(?<ideology>"
            + alternation(adjectiveForms)
            + ")(?:[ -](?:"
            + alternation(fillers)
            + "))?\\s(?<head>"
            + alternation(heads)
            + ")\\b"
            + "|(?<noun>"
            + alternation(nounForms)
            + ")(?=[,.;:)\"'’]|'s|’s|\\s(?:"
            + alternation(followers)
            + ")\\b|\\s*$)";
    this.english =
        Pattern.compile(
            "(?<![\\p{L}-])(?<nation>"
                + alternation(nationalities)
                + ")\\s(?:"
                + ideologyTail
                + ")",
            Pattern.MULTILINE);
    this.possessive =
        Pattern.compile(
            "(?<![\\p{L}-])(?<nation>"
                + alternation(countries)
                + ")(?:'s|’s)\\s(?:"
                + ideologyTail
                + ")",
            Pattern.MULTILINE);
    this.topic =
        Pattern.compile(
            "(?:(?<![\\p{L}])(?:"
                + alternation(topics)
                + ")\\s+(?:(?:on|of)\\s+)?(?:the\\s+)?"
                + "|(?-i:(?:North|South|East|West|Central|Latin|Eastern|Western|Northern|Southern)"
                + "\\s))$",
            Pattern.CASE_INSENSITIVE);
    this.arabic =
        Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|لل|ال|ب|ل)?(?<loyal>(?:"
                + alternation(loyal)
                + ")\\s(?:لل|ل|ال)?نظام(?:\\s(?:"
                + alternation(regime)
                + "))*)(?![\\p{L}])");
  }

  /**
   * The described collectives of {@code article}, none of them overlapping in part a {@code known}
   * or {@code discovered} mention, with ids none of {@code gazetteer}'s or {@code discovered}'s.
   */
  public List<DiscoveredName> find(
      Article article, List<Mention> known, List<DiscoveredName> discovered, Gazetteer gazetteer) {
    String text = article.text();
    Map<String, List<Found>> byKey = new LinkedHashMap<>();
    Map<String, String> nameOfKey = new HashMap<>();
    Map<String, Set<String>> generic = new HashMap<>();
    List<Found> found = new ArrayList<>();
    if ("ar".equals(article.language())) {
      NormalizedText folded = ArabicNormalization.normalize(text);
      Matcher m = arabic.matcher(folded.normalized());
      while (m.find()) {
        int start = folded.originalStart(m.start("loyal"));
        int end = folded.originalEnd(m.end("loyal"));
        found.add(new Found(LOYALISTS, start, end, text.substring(start, end)));
      }
    } else {
      for (Pattern pattern : List.of(english, possessive)) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          String before = text.substring(Math.max(0, m.start() - TOPIC_REACH), m.start());
          if (topic.matcher(before).find()) {
            continue;
          }
          String adjective = adjectiveOfForm.get(m.group("nation"));
          String form = m.group("noun") != null ? m.group("noun") : m.group("ideology");
          String family = familyOfForm.get(form.toLowerCase(Locale.ROOT));
          if (adjective == null || family == null) {
            continue;
          }
          String key = adjective + " " + family;
          int end = m.group("noun") != null ? m.end("noun") : m.end("head");
          found.add(new Found(key, m.start(), end, text.substring(m.start(), end)));
          nameOfKey.put(key, key);
          // the same description without its nation ("far-right channels", "far right") is a
          // form the article wrote too: a gold that names the generic movement still matches
          int from = m.group("noun") != null ? m.start("noun") : m.start("ideology");
          generic.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(text.substring(from, end));
          generic.get(key).add(form);
        }
      }
    }
    List<Mention> others = new ArrayList<>(known);
    discovered.forEach(d -> others.addAll(d.mentions()));
    OtherMentions index = new OtherMentions(others);
    for (Found description : found) {
      if (!index.overlapInPart(description)) {
        byKey.computeIfAbsent(description.key(), k -> new ArrayList<>()).add(description);
      }
    }
    Set<String> taken = new HashSet<>();
    gazetteer.entities().forEach(e -> taken.add(e.id()));
    discovered.forEach(d -> taken.add(d.entity().id()));
    List<DiscoveredName> out = new ArrayList<>();
    for (Map.Entry<String, List<Found>> entry : byKey.entrySet()) {
      List<Found> mentions = entry.getValue();
      boolean loyalists = LOYALISTS.equals(entry.getKey());
      Set<String> names = new LinkedHashSet<>();
      String name =
          nameOfKey.getOrDefault(
              entry.getKey(),
              mentions.stream()
                  .map(Found::surface)
                  .max(Comparator.comparingInt(String::length))
                  .orElseThrow());
      names.add(name);
      mentions.forEach(m -> names.add(m.surface()));
      names.addAll(generic.getOrDefault(entry.getKey(), Set.of()));
      if (loyalists) {
        // the mention starts after the article and the clitics (للموالين, والموالين); the name
        // is written with the article, as stories name the group
        mentions.forEach(m -> names.add("ال" + m.surface()));
      }
      String id = EntityIds.idFor(loyalists ? "regime loyalists" : name, taken);
      taken.add(id);
      Entity entity =
          new Entity(
              id,
              EntityType.ACTOR,
              loyalists ? "supporters" : "movement",
              name,
              List.copyOf(names),
              null,
              true);
      out.add(
          new DiscoveredName(
              entity,
              mentions.stream()
                  .sorted(Comparator.comparingInt(Found::start))
                  .map(m -> new Mention(id, m.start(), m.end(), m.surface()))
                  .toList()));
    }
    DescribedNetworks.find(article, known, discovered, gazetteer, taken).ifPresent(out::add);
    return out;
  }

  /**
   * The other mention overlaps {@code mention} but neither lies inside it nor is it; a known name
   * strictly inside a description is the description's word, and gives way to it.
   */
  private static boolean overlapsInPart(Mention other, Found mention) {
    boolean overlaps = other.start() < mention.end() && mention.start() < other.end();
    boolean inside =
        mention.start() <= other.start()
            && other.end() <= mention.end()
            && other.end() - other.start() < mention.end() - mention.start();
    return overlaps && !inside;
  }

  /**
   * The article's other mentions in order of their start, so that whether one overlaps a
   * description in part is asked of the few near it, not of all of them per description (a long
   * article that repeats a description made that quadratic).
   */
  private static final class OtherMentions {
    private final List<Mention> byStart;
    private final int[] starts;

    /** {@code endsBefore[i]}: the largest end of the mentions before index {@code i}. */
    private final int[] endsBefore;

    OtherMentions(List<Mention> mentions) {
      byStart = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
      starts = byStart.stream().mapToInt(Mention::start).toArray();
      endsBefore = new int[starts.length + 1];
      endsBefore[0] = Integer.MIN_VALUE;
      for (int i = 0; i < starts.length; i++) {
        endsBefore[i + 1] = Math.max(endsBefore[i], byStart.get(i).end());
      }
    }

    boolean overlapInPart(Found description) {
      int first = Arrays.binarySearch(starts, description.start());
      if (first < 0) {
        first = -first - 1;
      }
      while (first > 0 && starts[first - 1] == description.start()) {
        first--;
      }
      // one that starts before the description and ends inside or after it overlaps, and is not
      // inside it
      if (endsBefore[first] > description.start()) {
        return true;
      }
      for (int i = first; i < starts.length && starts[i] < description.end(); i++) {
        if (overlapsInPart(byStart.get(i), description)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One description read in the text: {@code key} is the collective it names. */
  private record Found(String key, int start, int end, String surface) {}

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(
            w -> Arrays.stream(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s")))
        .collect(Collectors.joining("|"));
  }

  private static List<List<String>> entries() {
    List<List<String>> entries = new ArrayList<>();
    try (InputStream in = DescribedCollectives.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no word list " + RESOURCE + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          entries.add(Arrays.stream(line.split("\\|")).map(String::strip).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}

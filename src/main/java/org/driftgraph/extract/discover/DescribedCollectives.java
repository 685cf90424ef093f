package org.driftgraph.extract.discover;

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
import org.driftgraph.text.FirstLetters;
import org.driftgraph.text.Gazetteer;
import org.driftgraph.text.NormalizedText;
import org.driftgraph.text.OverlaidSet;

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

  private static final String DESCRIBED = "/extract/discover/described-actors.txt";

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

  /** "the scene", "the movement": a collective's head alone, after a description with it. */
  private final Pattern reference;

  private final AfterTheFactNames naming;
  private final DescribedGroups groups;
  private final UnnamedPersons persons;

  /**
   * The word lists of {@code extract/discover/collectives.txt} and {@code described-actors.txt}.
   */
  public DescribedCollectives() {
    List<List<String>> described = PipeLists.entries(DESCRIBED);
    this.naming =
        new AfterTheFactNames(
            described.stream().filter(f -> f.get(0).equals("naming")).map(f -> f.get(1)).toList(),
            described.stream()
                .filter(f -> f.get(0).equals("ar-naming"))
                .map(f -> f.get(1))
                .toList());
    this.groups = new DescribedGroups(described, naming);
    this.persons = new UnnamedPersons(described);
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
    List<String> pres = new ArrayList<>();
    List<String> references = new ArrayList<>();
    for (List<String> f : PipeLists.entries(RESOURCE)) {
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
          // an ideology may have no noun form ("anti-immigration"): only its adjective names
          for (String form : f.size() > 3 ? f.get(3).split(",") : new String[0]) {
            if (form.isBlank()) {
              continue;
            }
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
        case "pre" -> pres.add(f.get(1));
        case "reference" -> references.add(f.get(1));
        default -> throw new IllegalStateException(RESOURCE + ": unknown entry " + f);
      }
    }
    String ideologyTail =
        "(?:(?:"
            + alternation(pres)
            + ")\\s)?(?<ideology>"
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
            FirstLetters.lookahead(nationalities, "")
                + "(?<![\\p{L}-])(?<nation>"
                + alternation(nationalities)
                + ")\\s(?:"
                + ideologyTail
                + ")",
            Pattern.MULTILINE);
    this.possessive =
        Pattern.compile(
            FirstLetters.lookahead(countries, "")
                + "(?<![\\p{L}-])(?<nation>"
                + alternation(countries)
                + ")(?:'s|’s)\\s(?:"
                + ideologyTail
                + ")",
            Pattern.MULTILINE);
    this.reference =
        Pattern.compile(
            "(?<![\\p{L}-])[Tt]he (?<head>"
                + alternation(references)
                + ")(?![\\p{L}-])(?!\\s+of\\b)");
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
            FirstLetters.lookahead(loyal, "وفبلا")
                + "(?<![\\p{L}])[وف]?(?:بال|لل|ال|ب|ل)?(?<loyal>(?:"
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
        found.add(new Found(LOYALISTS, start, end, text.substring(start, end), null));
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
          String head = m.group("noun") != null ? null : m.group("head");
          found.add(new Found(key, m.start(), end, text.substring(m.start(), end), head));
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
    MentionIndex index = new MentionIndex(others);
    for (Found description : found) {
      if (!index.overlapInPart(description.start(), description.end())) {
        byKey.computeIfAbsent(description.key(), k -> new ArrayList<>()).add(description);
      }
    }
    addReferences(text, byKey, index);
    Set<String> taken = new OverlaidSet<>(gazetteer.byId().keySet());
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
    DescribedNetworks.find(article, known, discovered, gazetteer, taken, naming)
        .ifPresent(out::add);
    out.forEach(d -> others.addAll(d.mentions()));
    Set<String> owners = new HashSet<>();
    known.forEach(
        k -> gazetteer.find(k.entityId()).filter(e -> owns(e)).ifPresent(e -> owners.add(e.id())));
    discovered.stream()
        .map(DiscoveredName::entity)
        .filter(e -> owns(e))
        .forEach(e -> owners.add(e.id()));
    out.stream().map(DiscoveredName::entity).forEach(e -> owners.add(e.id()));
    List<DiscoveredName> described = groups.find(article, others, owners, taken);
    described.forEach(d -> others.addAll(d.mentions()));
    out.addAll(described);
    persons.find(article, others, taken).ifPresent(out::add);
    return out;
  }

  /** An actor or an outlet: a description with its name in it is its own, not a new actor's. */
  private static boolean owns(Entity entity) {
    return entity.type() == EntityType.ACTOR || entity.type() == EntityType.OUTLET;
  }

  /**
   * "The scene" after "Spain's ultranationalist youth scene": the head alone is the collective when
   * one collective of the article has that head, and only after its first description.
   */
  private void addReferences(String text, Map<String, List<Found>> byKey, MentionIndex index) {
    Map<String, Set<String>> keysOfHead = new HashMap<>();
    Map<String, Integer> firstOfKey = new HashMap<>();
    byKey.forEach(
        (key, mentions) ->
            mentions.forEach(
                f -> {
                  firstOfKey.merge(key, f.start(), Math::min);
                  if (f.head() != null) {
                    keysOfHead.computeIfAbsent(f.head(), h -> new HashSet<>()).add(key);
                  }
                }));
    if (keysOfHead.isEmpty()) {
      return;
    }
    Matcher m = reference.matcher(text);
    while (m.find()) {
      Set<String> keys = keysOfHead.getOrDefault(m.group("head"), Set.of());
      if (keys.size() != 1 || index.overlaps(m.start(), m.end())) {
        continue;
      }
      String key = keys.iterator().next();
      if (m.start() > firstOfKey.get(key)) {
        byKey.get(key).add(new Found(key, m.start(), m.end(), m.group(), null));
      }
    }
  }

  /** One description read in the text: {@code key} is the collective it names. */
  private record Found(String key, int start, int end, String surface, String head) {}

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(
            w -> Arrays.stream(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s")))
        .collect(Collectors.joining("|"));
  }
}

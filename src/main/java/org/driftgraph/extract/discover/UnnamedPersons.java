package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.NormalizedText;

/**
 * The unnamed person a story is about (issue 11, session 16): courts and police do not name a minor
 * or a suspect not yet charged, so the story introduces "a 16-year-old girl from Kent" or "a
 * teenage boy" and goes on with "the girl", "the teenager", "the suspect". That person becomes a
 * discovered Actor of kind {@code person}, its mentions the introduction and the references.
 *
 * <p>Precision first: only when the article introduces one such person (two unnamed people make
 * "the suspect" ambiguous), the introduction carries an age or "teenage" ("a suspect" alone is
 * anyone), no name follows it ("a 19-year-old student, Jonas K." is {@link AgedPersons}'s; "a
 * 20-year-old man, identified as X" is X), and the article refers back to the person at least
 * twice, so that a passing mention gives nothing. The heads and the nouns that refer back to each
 * are {@code person-head} of {@code described-actors.txt}.
 */
final class UnnamedPersons {
  /** At least this many references after the introduction: the story is about the person. */
  private static final int MIN_REFERENCES = 2;

  /** A name or a comma and a capitalised word right after an introduction: a named person. */
  private static final Pattern NAMED_AFTER = Pattern.compile(",\\s+\\p{Lu}\\p{L}");

  /** How far after an introduction "identified as X" still names the person. */
  private static final int IDENTIFIED_REACH = 200;

  /** The person is named later in the sentence: "identified only as Y.B.", "named as X". */
  private static final Pattern IDENTIFIED =
      Pattern.compile(
          "[^.!?\\n]*?\\b(?:identified|named|known|referred to)(?: only| publicly| locally)? as\\b");

  /** The head of described-actors.txt for an age written as the noun ("a 17-year-old from X"). */
  private static final String AGE_NOUN = "year-old";

  private final Map<String, List<String>> referencesOfHead = new HashMap<>();
  private final Pattern introduction;
  private final Pattern reference;
  private final Map<String, List<String>> arabicReferencesOfHead = new HashMap<>();
  private final Pattern arabicIntroduction;
  private final Pattern arabicReference;

  UnnamedPersons(List<List<String>> entries) {
    Set<String> referring = new LinkedHashSet<>();
    for (List<String> f : entries) {
      if ("person-head".equals(f.get(0))) {
        List<String> nouns = List.of(f.get(2).split(","));
        referencesOfHead.put(f.get(1), nouns.stream().map(String::strip).toList());
        nouns.forEach(n -> referring.add(n.strip()));
      }
    }
    Set<String> arabicReferring = new LinkedHashSet<>();
    for (List<String> f : entries) {
      if ("ar-person-head".equals(f.get(0))) {
        List<String> nouns = Arrays.stream(f.get(2).split(",")).map(String::strip).toList();
        arabicReferencesOfHead.put(f.get(1), nouns);
        arabicReferring.addAll(nouns);
      }
    }
    this.arabicIntroduction =
        Pattern.compile(
            "(?<![\\p{L}])[وبل]?(?<head>"
                + AfterTheFactNames.alternation(List.copyOf(arabicReferencesOfHead.keySet()))
                + ")(?:\\s+[^\\s.،؛:]+){0,4}?\\s+(?:عاما|عام|سنه|من\\s+العمر|من\\s+عمره"
                + "|من\\s+عمرها)(?![\\p{L}])");
    this.arabicReference =
        Pattern.compile(
            "(?<![\\p{L}])[وفبل]?(?<noun>"
                + AfterTheFactNames.alternation(List.copyOf(arabicReferring))
                + ")(?![\\p{L}])");
    String heads =
        AfterTheFactNames.alternation(
            referencesOfHead.keySet().stream().filter(h -> !h.equals(AGE_NOUN)).toList());
    // "a 17-year-old from Uppsala": the age alone is the noun when a place follows it
    this.introduction =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Aa]n?) (?<description>(?:[1-9]\\d[- ]year[- ]old|teenage)"
                + "(?: [a-z][\\p{L}-]*){0,2}? (?<head>"
                + heads
                + ")|[1-9]\\d-(?<aged>year-old)(?= (?:from|of) \\p{Lu}))"
                + "(?<place> (?:from|of) \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)?"
                + "(?![\\p{L}\\p{N}-])");
    this.reference =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[Tt]he (?<noun>"
                + AfterTheFactNames.alternation(List.copyOf(referring))
                + ")(?![\\p{L}\\p{N}-])");
  }

  /**
   * The one unnamed person {@code article} is about, if any, overlapping no mention of {@code
   * others}, with an id none of {@code taken} (to which it is added).
   */
  Optional<DiscoveredName> find(Article article, List<Mention> others, Set<String> taken) {
    if ("ar".equals(article.language())) {
      return arabic(article.text(), new MentionIndex(others), taken);
    }
    if (!"en".equals(article.language())) {
      return Optional.empty();
    }
    String text = article.text();
    Matcher intro = introduction.matcher(text);
    if (!intro.find()) {
      return Optional.empty();
    }
    int start = intro.start("description");
    int end = intro.end("description");
    String head = intro.group("head") != null ? intro.group("head") : intro.group("aged");
    boolean placed = intro.group("place") != null;
    int wholeEnd = placed ? intro.end("place") : end;
    if (intro.find()) {
      return Optional.empty();
    }
    MentionIndex index = new MentionIndex(others);
    placed = placed && !index.overlaps(end, wholeEnd);
    // after a place, ", West Yorkshire" is more of the place; right after the person, a name
    if (index.overlaps(start, end)
        || !placed
            && NAMED_AFTER
                .matcher(text)
                .region(end, Math.min(text.length(), end + 4))
                .lookingAt()) {
      return Optional.empty();
    }
    if (IDENTIFIED
        .matcher(text)
        .region(wholeEnd, Math.min(text.length(), wholeEnd + IDENTIFIED_REACH))
        .lookingAt()) {
      return Optional.empty();
    }
    List<Mention> mentions = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    String description = text.substring(start, end);
    String name = placed ? text.substring(start, wholeEnd) : description;
    names.add(name);
    names.add(description);
    mentions.add(new Mention("x", start, end, description));
    List<String> nouns = referencesOfHead.get(head);
    Matcher r = reference.matcher(text).region(wholeEnd, text.length());
    while (r.find()) {
      if (nouns.contains(r.group("noun")) && !index.overlaps(r.start(), r.end())) {
        mentions.add(new Mention("x", r.start(), r.end(), r.group()));
        names.add(r.group().toLowerCase(Locale.ROOT));
      }
    }
    if (mentions.size() - 1 < MIN_REFERENCES) {
      return Optional.empty();
    }
    return Optional.of(person(name, names, mentions, taken));
  }

  /**
   * The one unnamed person of an Arabic text: a head with an age after it (شاب يبلغ من العمر 19
   * عاما), then at least two of the nouns that refer back to it (الشاب، المتهم).
   */
  private Optional<DiscoveredName> arabic(String text, MentionIndex index, Set<String> taken) {
    NormalizedText folded = ArabicNormalization.normalize(text);
    Matcher intro = arabicIntroduction.matcher(folded.normalized());
    if (!intro.find()) {
      return Optional.empty();
    }
    int start = folded.originalStart(intro.start("head"));
    int end = folded.originalEnd(intro.end());
    List<String> nouns = arabicReferencesOfHead.get(intro.group("head"));
    if (intro.find() || index.overlaps(start, end)) {
      return Optional.empty();
    }
    String name = text.substring(start, end);
    Set<String> names = new LinkedHashSet<>(List.of(name));
    List<Mention> mentions = new ArrayList<>(List.of(new Mention("x", start, end, name)));
    Matcher r = arabicReference.matcher(folded.normalized());
    while (r.find()) {
      int from = folded.originalStart(r.start("noun"));
      int to = folded.originalEnd(r.end("noun"));
      if (from >= end && nouns.contains(r.group("noun")) && !index.overlaps(from, to)) {
        mentions.add(new Mention("x", from, to, text.substring(from, to)));
        names.add(text.substring(from, to));
      }
    }
    if (mentions.size() - 1 < MIN_REFERENCES) {
      return Optional.empty();
    }
    return Optional.of(person(name, names, mentions, taken));
  }

  private static DiscoveredName person(
      String name, Set<String> names, List<Mention> mentions, Set<String> taken) {
    String id = EntityIds.idFor(name, true, taken);
    taken.add(id);
    Entity entity =
        new Entity(id, EntityType.ACTOR, "person", name, List.copyOf(names), null, true);
    return new DiscoveredName(
        entity,
        mentions.stream().map(m -> new Mention(id, m.start(), m.end(), m.surface())).toList());
  }
}

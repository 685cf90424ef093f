package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.Gazetteer;

/**
 * A network of accounts that a story names only by what it is (issue 11, session 15): "a network of
 * some 200 Facebook and Instagram accounts", "a network of fake pages", the way takedown and threat
 * reports describe an influence operation. It becomes a discovered Actor (kind {@code group}) that
 * a ban or a move may take as its argument, and "the network" later in the article is it, when the
 * article describes only one such network.
 *
 * <p>Precision first: a network attributed to a named actor in its sentence ("a network of accounts
 * linked to X", "run by X") is that actor's, as the gold convention has it, and gives nothing; so
 * does a network of two descriptions in one article for "the network". The mention ends before the
 * first known name inside the description (the platforms of "Facebook and Instagram accounts" stay
 * mentions of their own); the entity's names hold the whole description, with and without its
 * article, and "the network" when the article uses it.
 */
final class DescribedNetworks {
  /** "a network of (some 300 | fake | more than 150 Facebook and Instagram) accounts". */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?<![\\p{L}])(?<article>[Aa]n? )(?<head>(?:[\\p{L}-]+ ){0,2}?network of (?:[\\p{L}\\d,.-]+"
              + " ){0,6}?(?:accounts|pages|profiles|channels|bots|blogs|websites))\\b");

  /** "the network" as a noun of its own, not "the network of", "the network's own accounts". */
  private static final Pattern LATER =
      Pattern.compile("(?<![\\p{L}])[Tt]he network(?!\\s+of\\b)(?![\\p{L}-])");

  /** Words that attribute a description to a named actor after it in its sentence. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "\\b(?:linked|tied|connected|attributed|traced|belonging|affiliated|run|operated|"
              + "controlled|used|created|set up|associated) (?:to|with|by)\\b");

  /** A capitalised word right after an attribution ("linked to the RSF", "run by Hamas"). */
  private static final Pattern NAMED = Pattern.compile("\\s+(?:the\\s+)?\\p{Lu}");

  /**
   * A preposition right before the description: the network is the way someone else acts
   * ("announced it through a network of accounts"), not an actor.
   */
  private static final Pattern INSTRUMENT =
      Pattern.compile(
          "(?<![\\p{L}])(?:through|via|across|using|with|on|onto|from|into|in|to|by)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private DescribedNetworks() {}

  /**
   * The one described network of an English {@code article}, if any: none when its sentence
   * attributes it to a named actor or another description follows it.
   */
  static Optional<DiscoveredName> find(
      Article article,
      List<Mention> known,
      List<DiscoveredName> discovered,
      Gazetteer gazetteer,
      Set<String> taken,
      AfterTheFactNames naming) {
    if (!"en".equals(article.language())) {
      return Optional.empty();
    }
    String text = article.text();
    Matcher m = DESCRIPTION.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      if (INSTRUMENT.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
        continue;
      }
      spans.add(new int[] {m.start("article"), m.start("head"), m.end("head")});
    }
    if (spans.size() != 1) {
      return Optional.empty();
    }
    int[] span = spans.get(0);
    List<Mention> others = new ArrayList<>(known);
    discovered.forEach(d -> others.addAll(d.mentions()));
    // a name given after the fact ("which analysts dubbed X") is the network's own, not the name
    // of an actor it is attributed to
    Optional<AfterTheFactNames.Named> named = namedAfter(text, span[2], naming);
    List<Mention> allOthers = List.copyOf(others);
    named.ifPresent(n -> others.removeIf(o -> o.start() < n.end() && n.start() < o.end()));
    if (attributed(text, span[2], others)
        || paragraphNamesAnActor(text, span[0], known, discovered, gazetteer)) {
      return Optional.empty();
    }
    int end = span[2];
    for (Mention other : others) {
      if (other.start() >= span[1] && other.start() < end) {
        end = other.start();
      }
      if (other.start() < span[1] && other.end() > span[1]) {
        return Optional.empty();
      }
    }
    String surface = text.substring(span[1], end).strip();
    String whole = text.substring(span[1], span[2]);
    String id = EntityIds.idFor(whole, taken);
    Set<String> names = new LinkedHashSet<>();
    names.add(whole);
    names.add(text.substring(span[0], span[2]));
    names.add(surface);
    List<Mention> mentions = new ArrayList<>();
    mentions.add(new Mention(id, span[1], span[1] + surface.length(), surface));
    Matcher later = LATER.matcher(text);
    later.region(span[2], text.length());
    while (later.find()) {
      int start = later.start();
      if (others.stream().noneMatch(o -> o.start() < later.end() && start < o.end())) {
        mentions.add(new Mention(id, start, later.end(), later.group()));
        names.add("the network");
      }
    }
    String name = whole;
    if (named.isEmpty()) {
      for (int i = 1; i < mentions.size() && named.isEmpty(); i++) {
        named = namedAfter(text, mentions.get(i).end(), naming);
      }
    }
    if (named.isPresent()) {
      AfterTheFactNames.Named given = named.get();
      names.addAll(given.forms());
      Mention at = new Mention(id, given.start(), given.end(), given.name());
      if (allOthers.stream().noneMatch(o -> o.start() < at.end() && at.start() < o.end())) {
        name = given.name();
        mentions.add(at);
      }
    }
    String finalName = name;
    String finalId = name.equals(whole) ? id : EntityIds.idFor(name, taken);
    List<String> forms = new ArrayList<>(List.of(name));
    names.stream().filter(n -> !n.equals(finalName)).forEach(forms::add);
    Entity entity = new Entity(finalId, EntityType.ACTOR, "group", name, forms, null, true);
    taken.add(finalId);
    if (!finalId.equals(id)) {
      mentions.replaceAll(x -> new Mention(finalId, x.start(), x.end(), x.surface()));
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return Optional.of(new DiscoveredName(entity, mentions));
  }

  /** The name a network is given after the fact, within the sentence of {@code from}. */
  private static Optional<AfterTheFactNames.Named> namedAfter(
      String text, int from, AfterTheFactNames naming) {
    return naming.after(text, from, false);
  }

  /**
   * The sentence after the description says whose it is: an attribution word followed by a name
   * ("linked to X", "run by X") before the sentence ends, or a capitalised word right after it
   * ("linked to the RSF": initials the article defines are no known mention yet). Any name counts,
   * a place or a company too; "attributed to individuals in Y" names no one and is still read.
   */
  private static boolean attributed(String text, int from, List<Mention> others) {
    int stop = sentenceEnd(text, from);
    Matcher by = ATTRIBUTION.matcher(text);
    by.region(from, stop);
    if (!by.find()) {
      return false;
    }
    int after = by.end();
    return NAMED.matcher(text).region(after, stop).lookingAt()
        || others.stream().anyMatch(o -> o.start() >= after && o.end() <= stop);
  }

  /**
   * The description's paragraph names an actor or an outlet ("a network of pro-X accounts", "the
   * group's pages ... a network of Facebook pages"): the network is that actor's, as the gold has
   * it, not a collective of its own.
   */
  private static boolean paragraphNamesAnActor(
      String text,
      int at,
      List<Mention> known,
      List<DiscoveredName> discovered,
      Gazetteer gazetteer) {
    int start = text.lastIndexOf("\n\n", at);
    int end = text.indexOf("\n\n", at);
    int from = start < 0 ? 0 : start;
    int to = end < 0 ? text.length() : end;
    boolean knownActor =
        known.stream()
            .filter(k -> k.start() >= from && k.end() <= to)
            .anyMatch(k -> gazetteer.find(k.entityId()).map(e -> isActor(e.type())).orElse(false));
    return knownActor
        || discovered.stream()
            .filter(d -> isActor(d.entity().type()))
            .flatMap(d -> d.mentions().stream())
            .anyMatch(k -> k.start() >= from && k.end() <= to);
  }

  private static boolean isActor(EntityType type) {
    return type == EntityType.ACTOR || type == EntityType.OUTLET;
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || (c == '.' || c == '!' || c == '?')
              && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i;
      }
    }
    return text.length();
  }
}

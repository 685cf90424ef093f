package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.FirstLetters;
import org.driftgraph.text.NormalizedText;

/**
 * Groups a story names only by a head noun and what kind of group it is (issue 11, session 16): "a
 * jihadist cell", "a covert influence campaign", "anti-lockdown protest networks", خلية إرهابية،
 * شبكة حسابات وهمية. Police, governments and takedown reports write about unnamed cells, campaigns
 * and networks this way, then go on with the head alone ("the cell", "the networks", الخلية) and,
 * in Arabic, with "its members" (أفرادها). Each head becomes one discovered Actor per article,
 * whose mentions are its descriptions, the head with the article after them, and in Arabic the
 * members near a mention; a name given after the fact ("dubbed X", {@link AfterTheFactNames})
 * becomes its name.
 *
 * <p>Precision first: an English description needs a qualifier of the list among its up to four
 * modifiers ("a terrorist cell", not "a battery cell" nor "an election campaign"), an Arabic one a
 * qualifier right after the head; the article must refer to the group at least twice; a description
 * with a known or discovered name inside or across it ("a Hamas cell", "Telegram networks") is that
 * actor's, and so is one run or backed by a named actor ("a campaign run by X"). The word lists are
 * {@code extract/discover/described-actors.txt}.
 */
final class DescribedGroups {
  private static final int MAX_MODIFIERS = 4;

  /** How many characters after a mention of a group "its members" (أفرادها) are still its own. */
  private static final int MEMBERS_REACH = 300;

  /**
   * Words that end the modifiers of a head read backwards: determiners, possessives, prepositions,
   * auxiliaries and quantifiers are the frame around a description, not part of it.
   */
  private static final Set<String> STOPS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "and",
          "or",
          "to",
          "in",
          "on",
          "for",
          "by",
          "with",
          "from",
          "at",
          "as",
          "its",
          "their",
          "his",
          "her",
          "our",
          "your",
          "this",
          "that",
          "these",
          "those",
          "which",
          "who",
          "is",
          "was",
          "are",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "into",
          "onto",
          "about",
          "against",
          "after",
          "before",
          "over",
          "under",
          "than",
          "whose",
          "one",
          "some",
          "any",
          "several",
          "many",
          "same",
          "other",
          "another",
          "such",
          "alleged",
          "suspected",
          "so-called",
          "what",
          "it",
          "they",
          "not",
          "no",
          "but",
          "also",
          "said");

  /** A named actor who runs the group right after its head: "a campaign run by X". */
  private static final Pattern RUN_BY =
      Pattern.compile(
          "[\\s,(]*(?:(?:run|operated|orchestrated|conducted|directed|backed|led|organi[sz]ed|"
              + "coordinated|controlled)\\s+by|(?:attributed|belonging)\\s+to|by)\\s+(?:the\\s+)?");

  private final Map<String, String> kindOfHead = new HashMap<>();
  private final Set<String> qualifiers = new HashSet<>();
  private final Pattern heads;
  private final Pattern references;
  private final Map<String, String> kindOfArabicHead = new HashMap<>();
  private final Set<String> arabicQualifiers = new HashSet<>();
  private final Pattern arabicIntro;
  private final Pattern arabicReference;
  private final Pattern arabicMembers;
  private final AfterTheFactNames naming;

  DescribedGroups(List<List<String>> entries, AfterTheFactNames naming) {
    this.naming = naming;
    List<String> members = new ArrayList<>();
    for (List<String> f : entries) {
      switch (f.get(0)) {
        case "head" -> kindOfHead.put(f.get(1), f.get(2));
        case "qualifier" -> qualifiers.add(f.get(1).toLowerCase(Locale.ROOT));
        case "ar-head" -> kindOfArabicHead.put(f.get(1), f.get(2));
        case "ar-qualifier" -> arabicQualifiers.add(f.get(1));
        case "ar-members" -> members.add(f.get(1));
        default -> {
          // the entries of AfterTheFactNames and UnnamedPersons
        }
      }
    }
    String english = AfterTheFactNames.alternation(List.copyOf(kindOfHead.keySet()));
    String englishFirst = FirstLetters.lookahead(kindOfHead.keySet(), "");
    this.heads =
        Pattern.compile(
            englishFirst + "(?<![\\p{L}\\p{N}-])(?<head>" + english + ")(?![\\p{L}\\p{N}-])");
    this.references =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[Tt]he "
                + englishFirst
                + "(?<head>"
                + english
                + ")(?![\\p{L}\\p{N}-])(?!\\s+of\\b)");
    String arabic = AfterTheFactNames.alternation(List.copyOf(kindOfArabicHead.keySet()));
    this.arabicIntro =
        Pattern.compile(
            FirstLetters.lookahead(kindOfArabicHead.keySet(), "وفبل")
                + "(?<![\\p{L}])[وف]?[بل]?(?<head>"
                + arabic
                + ")\\s+(?<qualifier>\\p{L}+)(?![\\p{L}])");
    this.arabicReference =
        Pattern.compile(
            "(?=[وفبلا])(?<![\\p{L}])[وف]?(?:بال|لل|ال)(?<head>"
                + arabic
                + ")(?![\\p{L}])(?:\\s+ال(?<adjective>\\p{L}{3,}))?");
    this.arabicMembers =
        Pattern.compile(
            FirstLetters.lookahead(members, "وفبل")
                + "(?<![\\p{L}])[وف]?[بل]?(?<members>"
                + AfterTheFactNames.alternation(members)
                + ")(?![\\p{L}])");
  }

  /**
   * The described groups of {@code article}, one per head, none overlapping a mention of {@code
   * others} (whose ids of actors and outlets are {@code owners}), with ids none of {@code taken}
   * (to which theirs are added).
   */
  List<DiscoveredName> find(
      Article article, List<Mention> others, Set<String> owners, Set<String> taken) {
    MentionIndex index = new MentionIndex(others);
    Map<String, Group> groups =
        "ar".equals(article.language())
            ? arabicGroups(article.text(), index)
            : englishGroups(article.text(), index, owners);
    List<DiscoveredName> out = new ArrayList<>();
    boolean arabicText = "ar".equals(article.language());
    for (Group group : groups.values()) {
      if (group.mentions.size() < 2) {
        continue;
      }
      out.add(group.discovered(article.text(), index, taken, arabicText));
    }
    return out;
  }

  private Map<String, Group> englishGroups(String text, MentionIndex index, Set<String> owners) {
    Map<String, Group> groups = new LinkedHashMap<>();
    // heads the article gives a named owner ("the Doppelganger campaign"): "the campaign" is that
    Set<String> named = new HashSet<>();
    Matcher m = heads.matcher(text);
    while (m.find()) {
      String head = m.group("head");
      List<int[]> words = modifiersBefore(text, m.start());
      if (words.isEmpty() || index.overlaps(m.start(), m.end())) {
        continue;
      }
      // a place or a platform among the modifiers ("UK ... networks") is where the group is; an
      // actor or an outlet ("a Hamas cell") owns it, and the description is theirs
      List<Mention> inside = index.overlapping(words.get(0)[0], m.start());
      // an actor named right after the head is the group itself ("the cell Nordwind")
      int next = Math.min(text.length(), m.end() + 3);
      if (inside.stream().anyMatch(o -> owners.contains(o.entityId()))
          || index.overlapping(m.end(), next).stream()
              .anyMatch(o -> owners.contains(o.entityId()))) {
        named.add(head);
        continue;
      }
      int after = inside.stream().mapToInt(Mention::end).max().orElse(-1);
      words.removeIf(w -> w[0] < after);
      int qualified = -1;
      int lastQualified = -1;
      for (int i = 0; i < words.size(); i++) {
        String word = text.substring(words.get(i)[0], words.get(i)[1]);
        if (qualifiers.contains(word.toLowerCase(Locale.ROOT))) {
          qualified = qualified < 0 ? i : qualified;
          lastQualified = i;
        }
      }
      if (qualified < 0 || runByNamedActor(text, m.end(), index)) {
        continue;
      }
      int start = words.get(0)[0];
      Group group =
          groups.computeIfAbsent(head, h -> new Group(kindOfHead.get(h), "the " + h, m.start()));
      // every form from the first qualifier on is one the article wrote ("protest networks",
      // "hotel protest networks")
      for (int i = 0; i <= lastQualified; i++) {
        group.names.add(text.substring(words.get(i)[0], m.end()));
      }
      group.add(new Mention("x", start, m.end(), text.substring(start, m.end())));
    }
    Matcher r = references.matcher(text);
    while (r.find()) {
      Group group = groups.get(r.group("head"));
      if (group != null && r.start() > group.first && !index.overlaps(r.start(), r.end())) {
        group.add(new Mention("x", r.start(), r.end(), r.group()));
        group.names.add(r.group().toLowerCase(Locale.ROOT));
      }
    }
    groups.keySet().removeAll(named);
    return groups;
  }

  /**
   * The up to four words right before {@code end}, in the order written, read backwards until a
   * word of {@link #STOPS}, a number or a punctuation mark.
   */
  private static List<int[]> modifiersBefore(String text, int end) {
    List<int[]> words = new ArrayList<>();
    int at = end;
    while (words.size() < MAX_MODIFIERS) {
      if (at == 0 || text.charAt(at - 1) != ' ') {
        break;
      }
      int wordEnd = at - 1;
      int wordStart = wordEnd;
      while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd || !Character.isLetter(text.charAt(wordStart))) {
        break;
      }
      String word = text.substring(wordStart, wordEnd);
      if (STOPS.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
      words.add(0, new int[] {wordStart, wordEnd});
      at = wordStart;
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }

  private static boolean runByNamedActor(String text, int end, MentionIndex index) {
    Matcher by = RUN_BY.matcher(text).region(end, Math.min(text.length(), end + 60));
    return by.lookingAt() && index.overlaps(by.end(), by.end() + 1);
  }

  private Map<String, Group> arabicGroups(String text, MentionIndex index) {
    NormalizedText folded = ArabicNormalization.normalize(text);
    String norm = folded.normalized();
    Map<String, Group> groups = new LinkedHashMap<>();
    Matcher m = arabicIntro.matcher(norm);
    while (m.find()) {
      if (!arabicQualifiers.contains(m.group("qualifier"))) {
        continue;
      }
      int start = folded.originalStart(m.start("head"));
      int end = folded.originalEnd(m.end("qualifier"));
      if (index.overlaps(start, end)) {
        continue;
      }
      String head = m.group("head");
      Group group =
          groups.computeIfAbsent(
              head,
              h ->
                  new Group(
                      kindOfArabicHead.get(h),
                      "ال" + text.substring(start, start + h.length()),
                      start));
      group.names.add(text.substring(start, end));
      group.add(new Mention("x", start, end, text.substring(start, end)));
    }
    Matcher r = arabicReference.matcher(norm);
    while (r.find()) {
      Group group = groups.get(r.group("head"));
      String adjective = r.group("adjective");
      // "the cell" with an adjective of another kind (الشبكة العنكبوتية) is something else; a word
      // of two letters after ال is no adjective (إلى folds to الي, التي)
      if (group == null || adjective != null && !arabicQualifiers.contains(adjective)) {
        continue;
      }
      int start = folded.originalStart(r.start("head"));
      int end = folded.originalEnd(r.end("head"));
      if (start > group.first && !index.overlaps(start, end)) {
        group.add(new Mention("x", start, end, text.substring(start, end)));
      }
    }
    // each mention of a group by its start, so that the group nearest before "its members" is
    // looked up, not searched for
    TreeMap<Integer, Group> byStart = new TreeMap<>();
    groups.values().forEach(g -> g.mentions.forEach(mention -> byStart.put(mention.start(), g)));
    Matcher members = arabicMembers.matcher(norm);
    while (members.find()) {
      int start = folded.originalStart(members.start("members"));
      int end = folded.originalEnd(members.end("members"));
      Map.Entry<Integer, Group> before = byStart.lowerEntry(start);
      if (before != null
          && start - before.getKey() <= MEMBERS_REACH
          && !index.overlaps(start, end)) {
        before.getValue().add(new Mention("x", start, end, text.substring(start, end)));
      }
    }
    return groups;
  }

  /** The descriptions and references of one head in one article, in the order found. */
  private final class Group {
    final String kind;
    final int first;
    final Set<String> names = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();

    Group(String kind, String reference, int first) {
      this.kind = kind;
      this.first = first;
      names.add(reference);
    }

    void add(Mention mention) {
      mentions.add(mention);
    }

    DiscoveredName discovered(String text, MentionIndex index, Set<String> taken, boolean arabic) {
      List<Mention> sorted =
          mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
      Optional<AfterTheFactNames.Named> named = Optional.empty();
      for (Mention mention : sorted) {
        named = naming.after(text, mention.end(), arabic);
        if (named.isPresent()) {
          break;
        }
      }
      // the name is the first description: the longest form of it, as a story first writes it
      String name = names.stream().skip(1).findFirst().orElseThrow();
      List<Mention> all = new ArrayList<>(sorted);
      if (named.isPresent()) {
        AfterTheFactNames.Named given = named.get();
        names.addAll(given.forms());
        if (!index.overlaps(given.start(), given.end())) {
          name = given.name();
          all.add(new Mention("x", given.start(), given.end(), given.name()));
        }
      }
      String id = EntityIds.idFor(name, taken);
      taken.add(id);
      List<String> forms = new ArrayList<>(List.of(name));
      names.stream().filter(n -> !n.equals(forms.get(0))).forEach(forms::add);
      Entity entity = new Entity(id, EntityType.ACTOR, kind, name, forms, null, true);
      return new DiscoveredName(
          entity,
          all.stream()
              .sorted(Comparator.comparingInt(Mention::start))
              .map(m -> new Mention(id, m.start(), m.end(), m.surface()))
              .toList());
    }
  }
}

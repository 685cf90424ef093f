package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.driftgraph.text.NormalizedText;
import org.driftgraph.text.OverlaidSet;

/**
 * Finds platforms, outlets and groups the gazetteer does not know, from the cues around them (see
 * {@link ArabicCues}, {@link EnglishCues}, {@link LatinNamesInArabic}; the word lists are data in
 * {@code extract/discover/}). The cue decides the type, or the slot the name stands in ({@link
 * SlotNames}: "moved to X", حساب على «X»).
 *
 * <p>Precision comes first: the relation extractor takes discovered names as arguments, and a
 * spurious one is an error. So a candidate is dropped when it overlaps a known mention, when its
 * normalized form (also without the article, or with any of its cues in the article in front: وكالة
 * + ناشر) is a gazetteer name, when it is a known entity's acronym, a URL, a number, a function
 * word, a generic noun, a month or a day, when it starts with a word that is never a name, and when
 * a quoted single Arabic word is a nisba adjective (قناة "رسمية").
 *
 * <p>Every occurrence of the discovered forms in the article becomes a mention, found by an {@link
 * EntityMatcher} over the discovered entities, so clitics and spelling variants are handled as for
 * gazetteer names.
 */
public final class NameDiscoverer {
  private static final int MAX_NAME_WORDS = 5;

  /**
   * The cues of persons found by how the article speaks of them ({@link RoledPersons}: "X says he";
   * {@link RecurringSurnames}), not by a role: a name so read is a commentator when a commentator's
   * role also introduces it, an actor otherwise.
   */
  private static final Set<String> WEAK_PERSON_CUES =
      Set.of(RoledPersons.SPEAKER.words(), RecurringSurnames.CUE.words());

  /** "The " before a capitalised word ("The Electronic Frontier Foundation"). */
  private static final java.util.regex.Pattern LEADING_THE =
      java.util.regex.Pattern.compile("[Tt]he \\p{Lu}");

  /**
   * The people of a collective before "of" ("Supporters of Hamas", "Followers of the Base"): a
   * sentence's first words that say who acts for the name after "of", never a name of their own
   * (session 18; the name after "of" is read by itself).
   */
  private static final java.util.regex.Pattern COLLECTIVE_OF =
      java.util.regex.Pattern.compile(
          "(?:supporters|followers|sympathi[sz]ers|backers|fans|members|admins|administrators"
              + "|loyalists|adherents) of [^ ]");

  /** "VRT's" at the end of a Latin name. */
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("\\p{IsLatin}'[sS]$");

  private final DiscoveryLexicon lexicon = DiscoveryLexicon.standard();
  private final ArabicAffixes affixes;
  private final ClauseShapes clauses;
  private final ArabicCues arabic;
  private final EnglishCues english = new EnglishCues(lexicon);
  private final InitialledNames initialled = new InitialledNames(lexicon);
  private final AgedPersons aged = new AgedPersons(lexicon);
  private final IdentifiedPersons identified = new IdentifiedPersons(lexicon);
  private final TitledPersons titled = new TitledPersons(lexicon);
  private final RoledPersons roled = new RoledPersons(lexicon);
  private final RecurringSurnames recurring = new RecurringSurnames(lexicon);
  private final HeadedEnglishNames headedEnglish = new HeadedEnglishNames(lexicon);
  private final CopularNames copular = new CopularNames(lexicon);
  private final CommaSetPersons commaSet;
  private final HeadedArabicNames headed;
  private final LatinNamesInArabic latinInArabic;
  private final Set<String> knownForms = new HashSet<>();
  private final Set<String> knownAcronyms = new HashSet<>();
  private final Set<String> knownIds = new HashSet<>();
  private final EnclosingNames enclosing;
  private final SlotNames slots;
  private final CuedKnownNames cuedKnown;
  private final TriggerWordNames triggerWords;

  /**
   * What discovery read in an article: the new names, and the mentions of known entities that the
   * gazetteer lists only behind a type noun and the article wrote after a described cue ({@link
   * CuedKnownNames}).
   */
  public record Discovery(List<DiscoveredName> names, List<Mention> knownByCue) {
    public Discovery {
      names = List.copyOf(names);
      knownByCue = List.copyOf(knownByCue);
    }
  }

  /**
   * Discovers names the gazetteer lacks, reading Arabic words with the affixes of {@code rules} and
   * lists of quoted names with its and/or and example words.
   */
  public NameDiscoverer(Gazetteer gazetteer, RuleSet rules) {
    this.affixes = rules.affixes();
    this.clauses = new ClauseShapes(affixes);
    this.arabic = new ArabicCues(lexicon, affixes, rules.cues());
    this.latinInArabic = new LatinNamesInArabic(arabic);
    this.commaSet = new CommaSetPersons(arabic, lexicon);
    this.headed = new HeadedArabicNames(lexicon, affixes);
    this.enclosing = new EnclosingNames(lexicon, gazetteer);
    this.slots = new SlotNames(gazetteer);
    this.cuedKnown = new CuedKnownNames(gazetteer, lexicon, affixes);
    this.triggerWords = new TriggerWordNames(rules);
    for (Entity entity : gazetteer.entities()) {
      knownIds.add(entity.id());
      for (String form : Gazetteer.surfaceForms(entity)) {
        String key = key(form);
        knownForms.add(key);
        knownForms.add(withoutArticle(key));
        addAcronyms(form);
      }
    }
  }

  /**
   * Names in {@code article} that the gazetteer lacks, none overlapping a {@code known} mention.
   */
  public List<DiscoveredName> discover(Article article, List<Mention> known) {
    return discoverAll(article, known).names();
  }

  /**
   * Names in {@code article} that the gazetteer lacks, and known names written after a described
   * cue, none overlapping a {@code known} mention.
   */
  public Discovery discoverAll(Article article, List<Mention> known) {
    TokenizedText text = new TokenizedText(article.text());
    List<Candidate> candidates = new ArrayList<>(arabic.find(text));
    candidates.addAll(english.find(text));
    candidates.addAll(initialled.find(text));
    candidates.addAll(WrittenNames.find(text));
    candidates.addAll(slots.find(text, known));
    if (article.language().equals("en")) {
      candidates.addAll(aged.find(text));
      candidates.addAll(identified.find(text));
      candidates.addAll(titled.find(text));
      candidates.addAll(roled.find(text));
      candidates.addAll(headedEnglish.find(text));
      candidates.addAll(recurring.find(text));
      candidates.addAll(copular.find(text));
    }
    if (article.language().equals("ar")) {
      candidates.addAll(latinInArabic.find(text));
      candidates.addAll(commaSet.find(text));
      candidates.addAll(headed.find(text));
    }
    boolean[] covered = coverage(article.text(), known);
    NormalizedText folded = text.folded();
    candidates.replaceAll(c -> withoutPossessive(text.text(), withoutLeadingThe(text.text(), c)));
    candidates.sort(Comparator.comparingInt(Candidate::start));
    DescribedOutlets.retype(text, candidates);
    List<String> surfaces = new ArrayList<>();
    List<String> glosses = new ArrayList<>();
    Set<String> knownWithCue = new HashSet<>();
    CuedKnownNames.Reads cuedReads = new CuedKnownNames.Reads();
    for (Candidate candidate : candidates) {
      int start = folded.originalStart(candidate.start());
      int end = folded.originalEnd(candidate.end());
      String surface = article.text().substring(start, end);
      surfaces.add(surface);
      if (knownForms.contains(withoutArticle(candidate.cue()) + " " + key(surface))) {
        knownWithCue.add(key(surface));
      }
      // Only after an Arabic name: in English "Name (ABBR)" defines initials (DefinedInitials)
      Optional<String> gloss =
          language(surface).equals("ar")
              ? LatinGlosses.after(article.text(), end)
              : Optional.empty();
      glosses.add(gloss.orElse(null));
      if (!overlaps(covered, start, end)) {
        cuedKnown
            .entityFor(candidate.cue(), candidate.type(), surface)
            .or(() -> gloss.flatMap(cuedKnown::entityNamed))
            .ifPresent(
                entity -> {
                  knownWithCue.add(key(surface));
                  cuedReads.add(entity, surface);
                });
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      Candidate candidate = candidates.get(c);
      String surface = surfaces.get(c);
      int start = folded.originalStart(candidate.start());
      boolean encloses = enclosing.encloses(candidate, surface, start, known);
      if ((encloses || !overlaps(covered, start, start + surface.length()))
          && !knownWithCue.contains(key(surface))
          && isNewName(surface, lexicon.isSuffixCue(candidate.cue()))) {
        Group group = groups.computeIfAbsent(key(surface), k -> new Group(k, candidate));
        group.encloses |= encloses;
        group.surfaces.add(surface);
        headed.headless(candidate, surface).ifPresent(group.tails::add);
        if (glosses.get(c) != null && isNewName(glosses.get(c), true)) {
          group.glosses.add(glosses.get(c));
        }
        group.unmarked &= candidate.unmarked();
        if (candidate.cue().equals(RecurringSurnames.CUE.words())) {
          group.surnamed = candidate;
        }
        if (!WEAK_PERSON_CUES.contains(candidate.cue())) {
          group.source &= lexicon.isSourceCue(candidate.cue());
          group.onlyWeak = false;
        }
      }
    }
    mergeGlosses(groups);
    mergeTails(groups);
    return new Discovery(
        entitiesWithMentions(article.text(), joinPrefixes(groups.values()), covered, known),
        cuedKnown.mentions(article.text(), cuedReads.surfaces(), covered));
  }

  /**
   * The Latin name in brackets after an Arabic one («كاستوبود» (Castopod)) is one more form of it:
   * a name read elsewhere as that form, whatever its cue typed it as, is the same entity, typed by
   * the cue of the Arabic name the bracket follows.
   */
  private static void mergeGlosses(Map<String, Group> groups) {
    for (Group group : List.copyOf(groups.values())) {
      if (groups.get(group.key) != group) {
        continue;
      }
      for (String gloss : group.glosses) {
        Group other = groups.get(key(gloss));
        if (other != null && other != group) {
          group.absorb(other);
          group.tails.addAll(other.tails);
          groups.remove(other.key);
        }
        group.surfaces.add(gloss);
      }
    }
  }

  /**
   * A name's form without its head noun (درع الساحل for لواء درع الساحل) is one more of its forms;
   * when another name of the same type was read as that form (كتيبة «البراء بن مالك»), the two are
   * one entity. A form another type holds is left to it.
   */
  private static void mergeTails(Map<String, Group> groups) {
    for (Group group : List.copyOf(groups.values())) {
      if (groups.get(group.key) != group) {
        continue;
      }
      for (String tail : group.tails) {
        Group other = groups.get(key(tail));
        if (other != null && other != group && other.typing().type() != group.typing().type()) {
          continue;
        }
        if (other != null && other != group) {
          group.absorb(other);
          groups.remove(other.key);
        }
        group.surfaces.add(tail);
      }
    }
  }

  /**
   * "The Electronic Frontier Foundation, a digital rights group": a leading "The" is the article of
   * the sentence, not a word of the name.
   */
  private static Candidate withoutLeadingThe(String folded, Candidate candidate) {
    String span = folded.substring(candidate.start(), candidate.end());
    if (LEADING_THE.matcher(span).lookingAt()) {
      return new Candidate(
          candidate.start() + 4,
          candidate.end(),
          candidate.type(),
          candidate.kind(),
          candidate.cue(),
          candidate.unmarked());
    }
    return candidate;
  }

  /** "VRT's": the possessive ending is no part of the name. */
  private static Candidate withoutPossessive(String folded, Candidate candidate) {
    String span = folded.substring(candidate.start(), candidate.end());
    if (span.length() > 2 && POSSESSIVE.matcher(span).find()) {
      return new Candidate(
          candidate.start(),
          candidate.end() - 2,
          candidate.type(),
          candidate.kind(),
          candidate.cue(),
          candidate.unmarked());
    }
    return candidate;
  }

  /** The candidates that share one normalized form. */
  private static final class Group {
    final String key;
    final Candidate first;
    final Set<String> surfaces = new LinkedHashSet<>();

    /** The name without its head noun ({@link HeadedArabicNames#headless}). */
    final Set<String> tails = new LinkedHashSet<>();

    /** Latin names given in brackets after it ({@link LatinGlosses}). */
    final Set<String> glosses = new LinkedHashSet<>();

    boolean unmarked = true;
    boolean source = true;

    /**
     * Every cue of the name was a weak person cue ({@link #WEAK_PERSON_CUES}): they say it is a
     * person, not whether a commentator or an actor, so they leave {@link #source} to the others.
     */
    boolean onlyWeak = true;

    /** It holds a known name that it takes the place of ({@link EnclosingNames}). */
    boolean encloses;

    /** A reading of it as a person the article calls by the surname ({@link RecurringSurnames}). */
    Candidate surnamed;

    Group(String key, Candidate first) {
      this.key = key;
      this.first = first;
    }

    /**
     * The reading that types the name: the first, except that an outlet's cue gives way to a
     * surname the article uses alone ("Ohio broadcaster Wes Harlan ... Harlan said"): news calls
     * persons, not broadcasters or papers, by the last word of their name.
     */
    Candidate typing() {
      return surnamed != null && first.type() == EntityType.OUTLET ? surnamed : first;
    }

    /** Takes in the forms and marks of another group of the same entity. */
    void absorb(Group other) {
      if (surnamed == null) {
        surnamed = other.surnamed;
      }
      surfaces.addAll(other.surfaces);
      unmarked &= other.unmarked;
      source &= other.source;
      onlyWeak &= other.onlyWeak;
      encloses |= other.encloses;
    }
  }

  /**
   * {@code typedBySuffix}: the name ends in a word that types it ("American Patriot Legion"), so a
   * first word that is no name alone (a nationality) is part of it.
   */
  private boolean isNewName(String surface, boolean typedBySuffix) {
    String key = key(surface);
    List<String> words = Arrays.asList(key.split("[^\\p{L}\\p{N}.']+"));
    words = words.stream().filter(w -> !w.isEmpty()).toList();
    long letters = key.codePoints().filter(Character::isLetter).count();
    long digits = key.codePoints().filter(Character::isDigit).count();
    // 8x8, 4chan: a letter among digits is a name as two letters are
    boolean shaped = letters >= 2 || letters == 1 && digits >= 1 && key.length() >= 3;
    if (!shaped || words.isEmpty() || words.size() > MAX_NAME_WORDS || isUrl(key)) {
      return false;
    }
    if (COLLECTIVE_OF.matcher(key).lookingAt()) {
      return false;
    }
    if (knownForms.contains(key)
        || knownForms.contains(withoutArticle(key))
        || knownAcronyms.contains(surface.strip())) {
      return false;
    }
    if (words.size() > 1 && words.stream().allMatch(lexicon::isLetterName)) {
      // أو إس إن، إم تي إس: Latin initials spelled out in Arabic are a name, though each letter's
      // name may also be a function word (أو "or", إن "if")
      return true;
    }
    List<String> spelled = spelledWords(surface, words);
    if (spelled.stream()
        .allMatch(w -> lexicon.isNotNameSpelled(language(w), w) || lexicon.isCueWord(w))) {
      return false;
    }
    String first = words.get(0);
    if (lexicon.isNotNameSpelled(language(first), spelled.get(0))
        && !(first.equals("the") && words.size() > 1)
        && !(typedBySuffix && !lexicon.isStopword("en", first))) {
      return false;
    }
    boolean arabicName = language(first).equals("ar");
    if (arabicName && spelled.stream().anyMatch(w -> lexicon.isStopwordSpelled("ar", w))) {
      return false;
    }
    if (arabicName ? clauses.isArabicPhrase(surface, words) : ClauseShapes.isLatinPhrase(surface)) {
      return false;
    }
    return !(arabicName
        && words.size() == 1
        && (first.endsWith(affixes.feminineNisba()) || triggerWords.isTriggerWord(first)));
  }

  /**
   * The name's words as the article spells them (علي, not the folded على), or the folded words when
   * folding changed how many there are.
   */
  private static List<String> spelledWords(String surface, List<String> folded) {
    List<String> spelled =
        Arrays.stream(surface.strip().split("[^\\p{L}\\p{M}\\p{N}.']+"))
            .filter(w -> !w.isEmpty())
            .toList();
    return spelled.size() == folded.size() ? spelled : folded;
  }

  /** "Hoop" and "Hoop Messenger" of one type are one entity: shorter forms join the longer. */
  private static List<Group> joinPrefixes(java.util.Collection<Group> groups) {
    List<Group> byLength = new ArrayList<>(groups);
    byLength.sort(Comparator.comparingInt((Group g) -> g.key.length()).reversed());
    List<Group> kept = new ArrayList<>();
    for (Group group : byLength) {
      Group longer =
          kept.stream()
              .filter(
                  k ->
                      k.typing().type() == group.typing().type()
                          && k.key.startsWith(group.key + " "))
              .findFirst()
              .orElse(null);
      if (longer == null) {
        kept.add(group);
      } else {
        longer.absorb(group);
      }
    }
    kept.sort(Comparator.comparingInt(g -> g.first.start()));
    return kept;
  }

  private List<DiscoveredName> entitiesWithMentions(
      String text, List<Group> groups, boolean[] covered, List<Mention> known) {
    if (groups.isEmpty()) {
      return List.of();
    }
    Set<String> taken = new OverlaidSet<>(knownIds);
    List<Entity> entities = new ArrayList<>();
    for (Group group : groups) {
      String name =
          group.surfaces.stream()
              .filter(s -> s.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c)))
              .max(Comparator.comparingInt(String::length))
              .orElse(group.surfaces.iterator().next());
      String id = EntityIds.idFor(name, "person".equals(group.typing().kind()), taken);
      taken.add(id);
      entities.add(entity(id, group.typing(), name, List.copyOf(group.surfaces)));
    }
    Set<String> enclosingIds = new HashSet<>();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).encloses) {
        enclosingIds.add(entities.get(g).id());
      }
    }
    Map<String, List<Mention>> mentions =
        new EntityMatcher(Gazetteer.of(entities), affixes)
            .find(text).stream()
                .filter(
                    m ->
                        enclosingIds.contains(m.entityId())
                            ? EnclosingNames.holdsOnlyInside(m.start(), m.end(), known)
                            : !overlaps(covered, m.start(), m.end()))
                .collect(
                    Collectors.groupingBy(
                        Mention::entityId, LinkedHashMap::new, Collectors.toList()));
    List<DiscoveredName> discovered = new ArrayList<>();
    for (int g = 0; g < entities.size(); g++) {
      Entity entity = entities.get(g);
      List<Mention> found = mentions.getOrDefault(entity.id(), List.of());
      if (found.size() >= (groups.get(g).unmarked ? 2 : 1)) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        found.forEach(m -> names.add(m.surface()));
        discovered.add(
            new DiscoveredName(
                entity.withNames(List.copyOf(names)),
                found,
                groups.get(g).source && !groups.get(g).onlyWeak));
      }
    }
    return discovered;
  }

  private static Entity entity(String id, Candidate candidate, String name, List<String> names) {
    EntityType type = candidate.type();
    return new Entity(id, type, candidate.kind(), name, names, null, true);
  }

  private static boolean[] coverage(String text, List<Mention> known) {
    boolean[] covered = new boolean[text.length()];
    for (Mention mention : known) {
      Arrays.fill(
          covered, Math.max(0, mention.start()), Math.min(text.length(), mention.end()), true);
    }
    return covered;
  }

  static boolean overlaps(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /** Initials of a known multi-word Latin name: NNA for Nashir News Agency, ISD and IFSD. */
  private void addAcronyms(String form) {
    String[] words = form.split("[\\s\\-]+");
    if (words.length < 2 || !form.chars().allMatch(c -> c < 0x250)) {
      return;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder capitals = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        char initial = Character.toUpperCase(word.charAt(0));
        all.append(initial);
        if (Character.isUpperCase(word.charAt(0))) {
          capitals.append(initial);
        }
      }
    }
    knownAcronyms.add(all.toString());
    knownAcronyms.add(capitals.toString());
  }

  private static boolean isUrl(String key) {
    return key.contains("http")
        || key.contains("www.")
        || key.contains("/")
            && !WrittenNames.isSubreddit(key)
            && !LatinRuns.endsInSlashedLegalForm(key)
        || key.contains("@");
  }

  private static String language(String word) {
    return word.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
        ? "ar"
        : "en";
  }

  static String key(String form) {
    return ArabicNormalization.normalize(form).normalized().strip();
  }

  private String withoutArticle(String key) {
    if (affixes.hasArticle(key)) {
      return key.substring(affixes.article().length());
    }
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}

package org.driftgraph.extract.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.datafile.JsonDataFile;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.BranchedPattern;
import org.driftgraph.text.LiteralPrefilter;
import org.driftgraph.text.SpellingVariants;

/**
 * The extraction rules an analyst reads and extends, loaded from a folder (import/rules):
 *
 * <ul>
 *   <li>{@code morphology.json}: macros for the Arabic prefixes and suffixes and English endings,
 *       and the Arabic affixes that name matching and discovery take off ({@link ArabicAffixes});
 *   <li>{@code triggers.json}: the trigger words of each relation and how their arguments are
 *       found, and the entity kinds each relation admits;
 *   <li>{@code cues.json}: hedge, report and negation words, the from/to markers of migrations, the
 *       function words the claim engine reads between names (and, or, by, where), and the anaphora
 *       (التطبيق، the group).
 * </ul>
 *
 * <p>Every error names the file and the entry. See docs/extraction.md for the format.
 */
public final class RuleSet {
  private static final Set<String> RULE_FIELDS =
      Set.of(
          "name",
          "type",
          "confidence",
          "patterns",
          "requires",
          "requiresWithin",
          "agent",
          "agentSlot",
          "objects",
          "ownerSide",
          "leave",
          "implicitSubject",
          "blocks",
          "placeObjects",
          "objectTypes",
          "agentRequired",
          "reach",
          "note");

  private final List<TriggerRule> triggers;
  private final Cues cues;
  private final Map<RelationType, Map<EntityType, Set<String>>> argumentKinds;
  private final ArabicAffixes affixes;
  private final LiteralPrefilter prefilter;

  private RuleSet(
      List<TriggerRule> triggers,
      Cues cues,
      Map<RelationType, Map<EntityType, Set<String>>> kinds,
      ArabicAffixes affixes,
      PatternCompiler compiler) {
    this.triggers = List.copyOf(triggers);
    this.cues = cues;
    this.argumentKinds = kinds;
    this.affixes = affixes;
    List<Pattern> prefiltered = new ArrayList<>();
    this.triggers.forEach(t -> prefiltered.add(t.pattern()));
    cues.anaphora().forEach(a -> prefiltered.add(a.pattern()));
    prefiltered.add(cues.hedge());
    prefiltered.add(cues.report());
    prefiltered.add(cues.negation());
    // Each trigger's patterns and each cue list's entries are branches the prefilter tries apart.
    List<BranchedPattern> branched =
        new ArrayList<>(prefiltered.stream().map(compiler::branched).toList());
    branched.add(StancePhrases.load());
    this.prefilter = new LiteralPrefilter(branched);
  }

  /**
   * Where the trigger, anaphor, hedge, report and negation patterns may match, by the literals they
   * require, derived from the patterns at load time (docs/extraction.md, "Prefilter"). Pattern
   * {@code i < triggers().size()} is trigger {@code i}; then come the anaphora ({@link
   * #anaphorPattern}), and {@link #hedgePattern}, {@link #reportPattern}, {@link #negationPattern}.
   */
  public LiteralPrefilter prefilter() {
    return prefilter;
  }

  /** The prefilter's index of {@code cues().anaphora().get(i)}. */
  public int anaphorPattern(int i) {
    return triggers.size() + i;
  }

  public int hedgePattern() {
    return triggers.size() + cues.anaphora().size();
  }

  public int reportPattern() {
    return hedgePattern() + 1;
  }

  public int negationPattern() {
    return hedgePattern() + 2;
  }

  /** The prefilter's index of the stance phrases ({@code stance-objects.txt}, StanceObjects). */
  public int stancePattern() {
    return hedgePattern() + 3;
  }

  /** The Arabic clitics, article and endings of {@code morphology.json}. */
  public ArabicAffixes affixes() {
    return affixes;
  }

  public List<TriggerRule> triggers() {
    return triggers;
  }

  public Cues cues() {
    return cues;
  }

  /**
   * True when an entity of this type and kind may be an argument of {@code type}: the relation's
   * admitted types (RelationType) narrowed by the kinds of triggers.json ("argumentKinds").
   */
  public boolean admitsKind(RelationType type, EntityType entityType, String kind) {
    Set<String> kinds = argumentKinds.getOrDefault(type, Map.of()).get(entityType);
    return kinds == null || kind == null || kinds.contains(kind);
  }

  public static RuleSet load(Path folder) {
    Path morphologyFile = folder.resolve("morphology.json");
    Map<String, String> macros = new LinkedHashMap<>();
    JsonNode morphology =
        JsonDataFile.read(morphologyFile, "driftgraph-morphology/1", "morphology rule file");
    morphology
        .path("macros")
        .fields()
        .forEachRemaining(e -> macros.put(e.getKey(), e.getValue().asText()));
    ArabicAffixes affixes =
        parseAffixes(
            morphology.path("affixes"),
            parseSpellingVariants(morphology.path("transliteration"), morphologyFile),
            morphologyFile);
    PatternCompiler compiler = new PatternCompiler(macros);

    Path triggerFile = folder.resolve("triggers.json");
    JsonNode triggerRoot =
        JsonDataFile.read(triggerFile, "driftgraph-triggers/1", "trigger rule file");
    List<TriggerRule> triggers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    JsonNode rules = triggerRoot.path("rules");
    for (int i = 0; i < rules.size(); i++) {
      JsonNode node = rules.get(i);
      String where =
          triggerFile + ": rule #" + (i + 1) + " ('" + node.path("name").asText("?") + "')";
      try {
        TriggerRule rule = parseRule(node, compiler, where);
        if (!names.add(rule.name())) {
          throw new IllegalArgumentException("duplicate rule name");
        }
        triggers.add(rule);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
      }
    }
    Map<RelationType, Map<EntityType, Set<String>>> kinds =
        parseKinds(triggerRoot.path("argumentKinds"), triggerFile);

    Path cueFile = folder.resolve("cues.json");
    Cues cues =
        parseCues(
            JsonDataFile.read(cueFile, "driftgraph-cues/1", "cue rule file"),
            compiler,
            cueFile.toString());
    return new RuleSet(triggers, cues, kinds, affixes, compiler);
  }

  /** The {@code transliteration} section, its letters folded as the text is; none if absent. */
  private static SpellingVariants parseSpellingVariants(JsonNode node, Path file) {
    if (node.isMissingNode()) {
      return SpellingVariants.NONE;
    }
    try {
      List<List<String>> alternatives = new ArrayList<>();
      for (JsonNode pair : node.path("alternatives")) {
        List<String> folded = new ArrayList<>();
        pair.forEach(item -> folded.add(ArabicNormalization.normalize(item.asText()).normalized()));
        alternatives.add(folded);
      }
      Set<EntityType> types = new HashSet<>();
      node.path("types").forEach(type -> types.add(EntityType.fromLabel(type.asText())));
      return new SpellingVariants(
          affixList(node, "optionalLetters"),
          alternatives,
          node.path("minLetters").asInt(0),
          node.path("minLettersAlone").asInt(0),
          types);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": transliteration: " + e.getMessage(), e);
    }
  }

  private static ArabicAffixes parseAffixes(
      JsonNode node, SpellingVariants spellingVariants, Path file) {
    try {
      return new ArabicAffixes(
          affixList(node, "conjunctions"),
          affixList(node, "prepositions"),
          affix(node, "article"),
          affix(node, "lam"),
          affix(node, "lamArticle"),
          affixList(node, "possessives"),
          affix(node, "nisba"),
          affix(node, "feminineNisba"),
          spellingVariants);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": affixes: " + e.getMessage(), e);
    }
  }

  /** An affix, folded as the text is (ية is يه). */
  private static String affix(JsonNode node, String field) {
    String value = node.path(field).asText("");
    return ArabicNormalization.normalize(value).normalized();
  }

  private static List<String> affixList(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field)
        .forEach(item -> out.add(ArabicNormalization.normalize(item.asText()).normalized()));
    return out;
  }

  private static TriggerRule parseRule(JsonNode node, PatternCompiler compiler, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!RULE_FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown field '" + field + "' (expected " + RULE_FIELDS + ")");
      }
    }
    String name = required(node, "name");
    RelationType type = RelationType.valueOf(required(node, "type"));
    List<String> patterns = new ArrayList<>();
    node.path("patterns").forEach(p -> patterns.add(p.asText()));
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("\"patterns\" must list at least one pattern");
    }
    Pattern pattern = compiler.compileAlternatives(patterns, where);
    Pattern requires =
        node.hasNonNull("requires") ? compiler.compile(node.get("requires").asText(), where) : null;
    boolean actorSubject = type.subjectTypes().contains(EntityType.ACTOR);
    return new TriggerRule(
        name,
        type,
        node.path("confidence").asDouble(0.8),
        pattern,
        requires,
        node.path("requiresWithin").asInt(40),
        enumValue(TriggerRule.Role.class, node.path("agent").asText("subject"), "agent"),
        enumValue(TriggerRule.Side.class, node.path("agentSlot").asText("none"), "agentSlot"),
        enumValue(
            TriggerRule.ObjectScope.class,
            node.path("objects").asText(defaultScope(type)),
            "objects"),
        enumValue(TriggerRule.Side.class, node.path("ownerSide").asText("after"), "ownerSide"),
        node.path("leave").asBoolean(false),
        implicitSubject(node.path("implicitSubject"), actorSubject),
        node.path("blocks").asBoolean(true),
        node.path("placeObjects").asBoolean(false),
        entityTypes(node.path("objectTypes")),
        node.path("agentRequired").asBoolean(false),
        node.path("reach").asInt(8));
  }

  /** true (the context), false, or "dominant" (the article's dominant group only). */
  private static TriggerRule.ImplicitSubject implicitSubject(JsonNode node, boolean byDefault) {
    if (node.isMissingNode() || node.isNull()) {
      return byDefault ? TriggerRule.ImplicitSubject.CONTEXT : TriggerRule.ImplicitSubject.NONE;
    }
    if (node.isBoolean()) {
      return node.asBoolean()
          ? TriggerRule.ImplicitSubject.CONTEXT
          : TriggerRule.ImplicitSubject.NONE;
    }
    if ("dominant".equals(node.asText())) {
      return TriggerRule.ImplicitSubject.DOMINANT;
    }
    throw new IllegalArgumentException(
        "\"implicitSubject\": '" + node.asText() + "' is not one of true, false, \"dominant\"");
  }

  private static Set<EntityType> entityTypes(JsonNode labels) {
    Set<EntityType> types = new HashSet<>();
    labels.forEach(label -> types.add(EntityType.fromLabel(label.asText())));
    return types;
  }

  private static String defaultScope(RelationType type) {
    return switch (type) {
      case BANNED_BY -> "all";
      case MIGRATED_TO, ANNOUNCED_ON -> "after";
      default -> "nearest";
    };
  }

  private static Map<RelationType, Map<EntityType, Set<String>>> parseKinds(
      JsonNode node, Path file) {
    Map<RelationType, Map<EntityType, Set<String>>> out = new EnumMap<>(RelationType.class);
    node.fields()
        .forEachRemaining(
            byType -> {
              try {
                RelationType type = RelationType.valueOf(byType.getKey());
                Map<EntityType, Set<String>> perEntity = new EnumMap<>(EntityType.class);
                byType
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        e -> {
                          EntityType entityType = EntityType.fromLabel(e.getKey());
                          Set<String> kinds = new HashSet<>();
                          e.getValue().forEach(k -> kinds.add(k.asText()));
                          if (!entityType.kinds().containsAll(kinds)) {
                            throw new IllegalArgumentException(
                                "kinds " + kinds + " are not kinds of " + entityType.label());
                          }
                          perEntity.put(entityType, Set.copyOf(kinds));
                        });
                out.put(type, perEntity);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    file + ": argumentKinds." + byType.getKey() + ": " + e.getMessage(), e);
              }
            });
    return out;
  }

  private static Cues parseCues(JsonNode root, PatternCompiler compiler, String file) {
    List<Anaphor> anaphora = new ArrayList<>();
    JsonNode list = root.path("anaphora");
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where = file + ": anaphora #" + (i + 1);
      Set<EntityType> types = new HashSet<>();
      Set<String> kinds = new HashSet<>();
      try {
        node.path("types").forEach(t -> types.add(EntityType.fromLabel(t.asText())));
        node.path("kinds").forEach(k -> kinds.add(k.asText()));
        Pattern introducer =
            node.hasNonNull("introducer")
                ? compiler.compile(node.get("introducer").asText(), where)
                : null;
        anaphora.add(
            new Anaphor(
                compiler.compile(required(node, "pattern"), where),
                types,
                kinds,
                introducer,
                node.path("sentences").asInt(root.path("anaphoraSentences").asInt(3)),
                node.path("wholeParagraph").asBoolean(true),
                node.path("plural").asBoolean(false),
                node.path("subject").asBoolean(false),
                node.path("agreement").asBoolean(false),
                node.path("storyName").asBoolean(false)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
      }
    }
    return new Cues(
        words(root, "hedge", compiler, file),
        words(root, "report", compiler, file),
        words(root, "negation", compiler, file),
        root.path("negationWindow").asInt(12),
        words(root, "fromMarkers", compiler, file),
        words(root, "toMarkers", compiler, file),
        words(root, "placeMarkers", compiler, file),
        words(root, "comparison", compiler, file),
        root.path("comparisonWindow").asInt(30),
        words(root, "clauseOpeners", compiler, file),
        words(root, "clauseStarts", compiler, file),
        words(root, "statementStarts", compiler, file),
        words(root, "exampleMarkers", compiler, file),
        plainWords(root, "andWords", file),
        plainWords(root, "orWords", file),
        words(root, "agentMarkers", compiler, file),
        words(root, "ownerPronouns", compiler, file),
        words(root, "patientAfter", compiler, file),
        words(root, "patientBefore", compiler, file),
        words(root, "sayingPronouns", compiler, file),
        words(root, "relativePlaces", compiler, file),
        words(root, "movedToMarkers", compiler, file),
        words(root, "movedThings", compiler, file),
        words(root, "ownedContent", compiler, file),
        anaphora,
        root.path("anaphoraSentences").asInt(3),
        words(root, "listPhrases", compiler, file),
        relations(root, "listPhraseRelations", file),
        words(root, "sameAction", compiler, file),
        words(root, "platformUnits", compiler, file),
        words(root, "sourcePhrases", compiler, file),
        words(root, "topicPatients", compiler, file),
        words(root, "topicMovers", compiler, file),
        words(root, "compoundModifiers", compiler, file),
        words(root, "timelineItems", compiler, file),
        words(root, "reportedClauses", compiler, file));
  }

  /** The relation names of a field, e.g. ["BANNED_BY", "MIGRATED_TO"]. */
  private static Set<RelationType> relations(JsonNode root, String field, String file) {
    Set<RelationType> out = new HashSet<>();
    for (JsonNode item : root.path(field)) {
      out.add(enumValue(RelationType.class, item.asText(), file + ": " + field));
    }
    return out;
  }

  /** One pattern matching any of the listed words or phrases. */
  private static Pattern words(JsonNode root, String field, PatternCompiler compiler, String file) {
    List<String> items = new ArrayList<>();
    root.path(field).forEach(item -> items.add(item.asText()));
    if (items.isEmpty()) {
      throw new IllegalArgumentException(file + ": \"" + field + "\" must list at least one word");
    }
    return compiler.compileAlternatives(items, file + ": " + field);
  }

  /** Words taken as written, folded as the text is (أو is او, Latin lower case). */
  private static List<String> plainWords(JsonNode root, String field, String file) {
    List<String> words = new ArrayList<>();
    root.path(field)
        .forEach(item -> words.add(ArabicNormalization.normalize(item.asText()).normalized()));
    if (words.isEmpty() || words.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          file + ": \"" + field + "\" must list at least one word, none blank");
    }
    return words;
  }

  private static String required(JsonNode node, String field) {
    String value = node.path(field).asText(null);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("\"" + field + "\" is required");
    }
    return value;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "\""
              + field
              + "\": '"
              + value
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants())
                  .toLowerCase(java.util.Locale.ROOT),
          e);
    }
  }
}

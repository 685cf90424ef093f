package org.driftgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.driftgraph.datafile.JsonDataFile;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.IsoDates;

/**
 * A {@code graph-gold/1} annotation: the entities and relations a set of articles states (format in
 * {@code ../shared/eval/README.md}).
 *
 * <p>{@link #load} checks what scoring relies on and names the file and the entry at fault: the
 * format, that every id a document uses is one of the file's entities, entity and relation types,
 * ISO dates. Fields it does not use (such as {@code about}) are allowed, so that annotators can add
 * notes.
 *
 * @param scoredTypes entity types whose mentions are scored
 * @param relationTypes relation types that are scored, in the file's order
 * @param entities by id, in the file's order
 */
public record GoldFile(
    Set<EntityType> scoredTypes,
    List<String> relationTypes,
    Map<String, GoldEntity> entities,
    List<GoldDocument> documents) {

  public static final String FORMAT = "graph-gold/1";
  private static final Pattern RELATION_TYPE = Pattern.compile("[A-Z][A-Z_]*");

  public GoldFile {
    scoredTypes = Set.copyOf(scoredTypes);
    relationTypes = List.copyOf(relationTypes);
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    documents = List.copyOf(documents);
  }

  public Optional<GoldEntity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /**
   * Reads and checks a gold file; a malformed one is an {@link IllegalArgumentException} naming the
   * file.
   */
  public static GoldFile load(Path file) {
    JsonNode root = JsonDataFile.read(file, FORMAT, "gold file");
    try {
      return parse(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static GoldFile parse(JsonNode root) {
    Set<EntityType> scoredTypes = new LinkedHashSet<>();
    for (String label : strings(root, "scored_types", true)) {
      scoredTypes.add(EntityType.fromLabel(label));
    }
    List<String> relationTypes = new ArrayList<>();
    for (String type : strings(root, "relation_types", true)) {
      if (!RELATION_TYPE.matcher(type).matches()) {
        throw new IllegalArgumentException(
            "relation type '" + type + "' is not an upper-case name such as MIGRATED_TO");
      }
      relationTypes.add(type);
    }
    Map<String, GoldEntity> entities = new LinkedHashMap<>();
    JsonNode entityList = array(root, "entities");
    for (int i = 0; i < entityList.size(); i++) {
      JsonNode node = entityList.get(i);
      String where = "entity #" + (i + 1) + " ('" + node.path("id").asText("?") + "')";
      GoldEntity entity = within(where, () -> parseEntity(node));
      if (entities.putIfAbsent(entity.id(), entity) != null) {
        throw new IllegalArgumentException(where + ": duplicate entity id");
      }
    }
    List<GoldDocument> documents = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    JsonNode documentList = array(root, "documents");
    for (int i = 0; i < documentList.size(); i++) {
      JsonNode node = documentList.get(i);
      String where = "document #" + (i + 1) + " ('" + node.path("file").asText("?") + "')";
      GoldDocument document = within(where, () -> parseDocument(node, entities, relationTypes));
      if (!files.add(document.file())) {
        throw new IllegalArgumentException(where + ": the file is annotated twice");
      }
      documents.add(document);
    }
    return new GoldFile(scoredTypes, relationTypes, entities, documents);
  }

  private static GoldEntity parseEntity(JsonNode node) {
    requireObject(node);
    String id = text(node, "id", true);
    EntityType type = EntityType.fromLabel(text(node, "type", true));
    String date = text(node, "date", false);
    requireDate(date);
    return new GoldEntity(
        id,
        type,
        text(node, "name", false),
        strings(node, "aliases", false),
        text(node, "kind", false),
        date);
  }

  private static GoldDocument parseDocument(
      JsonNode node, Map<String, GoldEntity> entities, List<String> relationTypes) {
    requireObject(node);
    String file = text(node, "file", true);
    String published = text(node, "published", false);
    requireDate(published);
    Set<String> mentions = knownIds(strings(node, "mentions", false), entities, "mentions");
    Set<String> optionalMentions =
        knownIds(strings(node, "optional_mentions", false), entities, "optional_mentions");
    return new GoldDocument(
        file,
        text(node, "language", false),
        published,
        mentions,
        optionalMentions,
        relations(node, "relations", entities, relationTypes),
        relations(node, "optional_relations", entities, relationTypes));
  }

  private static List<GoldRelation> relations(
      JsonNode document,
      String field,
      Map<String, GoldEntity> entities,
      List<String> relationTypes) {
    JsonNode list = document.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    boolean required = field.equals("relations");
    List<GoldRelation> relations = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where =
          field
              + " #"
              + (i + 1)
              + " ("
              + node.path("type").asText("?")
              + " "
              + node.path("subject").asText("?")
              + " -> "
              + node.path("object").asText("?")
              + ")";
      relations.add(within(where, () -> parseRelation(node, required, entities, relationTypes)));
    }
    return relations;
  }

  private static GoldRelation parseRelation(
      JsonNode node,
      boolean required,
      Map<String, GoldEntity> entities,
      List<String> relationTypes) {
    requireObject(node);
    String type = text(node, "type", true);
    if (!relationTypes.contains(type)) {
      throw new IllegalArgumentException(
          "type '" + type + "' is not one of relation_types " + relationTypes);
    }
    String subject = knownId(text(node, "subject", true), entities, "subject");
    String object = knownId(text(node, "object", true), entities, "object");
    List<String> from = new ArrayList<>();
    JsonNode fromNode = node.get("from");
    if (fromNode != null && fromNode.isTextual()) {
      from.add(knownId(fromNode.asText(), entities, "from"));
    } else {
      from.addAll(knownIds(strings(node, "from", false), entities, "from"));
    }
    String date = text(node, "date", false);
    requireDate(date);
    return new GoldRelation(type, subject, object, text(node, "evidence", required), from, date);
  }

  private static Set<String> knownIds(
      List<String> ids, Map<String, GoldEntity> entities, String field) {
    Set<String> known = new LinkedHashSet<>();
    for (String id : ids) {
      known.add(knownId(id, entities, field));
    }
    return known;
  }

  private static String knownId(String id, Map<String, GoldEntity> entities, String field) {
    if (!entities.containsKey(id)) {
      throw new IllegalArgumentException(
          field + ": '" + id + "' is not one of the file's entities");
    }
    return id;
  }

  private static void requireDate(String date) {
    if (date != null && !IsoDates.isPartialIsoDate(date)) {
      throw new IllegalArgumentException(
          "date '" + date + "' is not an ISO date such as 2019-11-30, 2019-11 or 2017");
    }
  }

  private static void requireObject(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("must be a JSON object");
    }
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    return value;
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException("\"" + field + "\" is required");
      }
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a non-blank string");
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode node, String field, boolean required) {
    if (required && (node.get(field) == null || node.get(field).isNull())) {
      throw new IllegalArgumentException("\"" + field + "\" is required");
    }
    return JsonDataFile.strings(node, field);
  }

  /** Runs a parse step, prefixing any error with where in the file it happened. */
  private static <T> T within(String where, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}

package org.driftgraph.serve.bloom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * What the graph model looks like in Bloom: a category per entity type plus Article and Claim, each
 * with a colour from Bloom's palette, a Bloom icon, caption keys and (entities) a rule that greys
 * out discovered entities; the property keys of every label, taken from the model's records; and a
 * colour per relationship type, facts first, then provenance. The fields are those of a Bloom 2.6
 * export (see {@link PerspectiveGenerator}).
 */
final class GraphStyle {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * One category. The icons are Bloom's own icon ids as they appear in real exports:
   * neo4j-graph-examples/cybersecurity bloom/Windows_Domains.json (Group, Computer, Domain, GPO,
   * OU) and neo4j-graph-examples/bloom bloom/bloom-fraud-detection.bloom-perspective.json
   * (Financial Institute, Purchase), chosen for the category each stood for there.
   */
  record Category(String label, String color, String icon, List<String> caption) {}

  static final List<Category> CATEGORIES =
      List.of(
          new Category(
              EntityType.ACTOR.label(),
              "#F16667",
              "1BA78CC1-ED89-46D5-9D2B-D78DC944A59D",
              List.of("name", "id")),
          new Category(
              EntityType.PLATFORM.label(),
              "#57C7E3",
              "63AF6740-290B-43AD-8EE4-9B4966249BD6",
              List.of("name", "id")),
          new Category(
              EntityType.OUTLET.label(),
              "#F79767",
              "8EDB1503-B54A-4C25-B4BD-DC85A55BFDCA",
              List.of("name", "id")),
          new Category(
              EntityType.ORGANIZATION.label(),
              "#C990C0",
              "36ADC22A-4278-4483-8CF4-5CC5F66CA25D",
              List.of("name", "id")),
          new Category(
              EntityType.EVENT.label(),
              "#FFC454",
              "C56BE970-84C3-4BE8-8DB6-A0E074B574E6",
              List.of("name", "id")),
          new Category(
              "Article", "#D9C8AE", "447F7883-95B5-4D34-9C93-F10804FB7A18", List.of("title", "id")),
          new Category(
              "Claim", "#848484", "0D871CD1-A03E-4565-B720-D6BC8DF681AB", List.of("type", "date")));

  /** Fact colours; the core four stand out, the secondary ones and provenance recede. */
  private static final Map<String, String> FACT_COLORS =
      Map.of(
          RelationType.MIGRATED_TO.name(),
          "#4C8EDA",
          RelationType.BANNED_BY.name(),
          "#F16667",
          RelationType.ANNOUNCED_ON.name(),
          "#FFC454",
          RelationType.OWNED_BY.name(),
          "#C990C0",
          RelationType.AFFILIATED_WITH.name(),
          "#F79767",
          RelationType.CLAIMED.name(),
          "#DA7194",
          RelationType.ACTIVE_ON.name(),
          "#8DCC93",
          RelationType.PARTNERED_WITH.name(),
          "#569480",
          "DISPLACED_TO",
          "#57C7E3");

  private static final String PROVENANCE_COLOR = "#D9D9D9";
  private static final String DISCOVERED_COLOR = "#D9D9D9";
  static final List<String> PROVENANCE =
      List.of("SUBJECT", "OBJECT", "FROM", "ABOUT", "STATED_IN", "MENTIONS");

  private GraphStyle() {}

  static ArrayNode categories(long createdAt) {
    ArrayNode categories = JSON.arrayNode();
    Map<String, List<Property>> labels = labelProperties();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      Category style = CATEGORIES.get(i);
      ObjectNode category = categories.addObject();
      category.put("id", i + 1);
      category.put("name", style.label());
      category.putArray("labels").add(style.label());
      ArrayNode properties = category.putArray("properties");
      for (Property property : labels.get(style.label())) {
        properties
            .addObject()
            .put("name", property.key())
            .put("exclude", property.key().equals("text"))
            .put("dataType", property.dataType());
      }
      category.put("createdAt", createdAt);
      category.put("lastEditedAt", createdAt);
      category.put("color", style.color());
      category.put("size", 1);
      category.put("icon", style.icon());
      ArrayNode captionKeys = category.putArray("captionKeys");
      style.caption().forEach(captionKeys::add);
      ArrayNode rules = category.putArray("styleRules");
      if (isEntity(style.label())) {
        rules.add(discoveredRule(createdAt + i + 1));
      }
    }
    return categories;
  }

  /**
   * Entities the extractor discovered (not from the gazetteer, awaiting review) are drawn grey, so
   * that an analyst sees which names nobody has checked yet. A "single" rule on a boolean with the
   * condition "is-true", as real exports have them.
   */
  private static ObjectNode discoveredRule(long id) {
    ObjectNode rule = JSON.objectNode();
    rule.put("id", "rule:" + id);
    rule.put("type", "single");
    rule.put("size", 1);
    rule.put("minSize", 1);
    rule.put("maxSize", 2);
    rule.put("minColor", "#D5EEE2");
    rule.put("midColor", "#81CCA8");
    rule.put("maxColor", "#428C6A");
    rule.put("minPoint", "unprocessed");
    rule.put("maxPoint", "unprocessed");
    rule.put("applyColor", true);
    rule.put("applySize", false);
    rule.put("applyCaption", false);
    rule.putArray("captionKeys");
    rule.put("color", DISCOVERED_COLOR);
    rule.put("isTimeZoneConvertEnabled", false);
    rule.put("selectedTimeZone", "Z");
    rule.put("basedOn", "discovered_boolean");
    rule.putArray("valuesMapper");
    rule.putArray("existingValues");
    rule.putNull("conditionValue");
    rule.putNull("rangeValue");
    rule.put("condition", "is-true");
    return rule;
  }

  /** The {@code labels} section: every label's property keys with Bloom's data types. */
  static ObjectNode labels() {
    ObjectNode labels = JSON.objectNode();
    labelProperties()
        .forEach(
            (label, properties) -> {
              ArrayNode keys = labels.putArray(label);
              properties.forEach(
                  p ->
                      keys.addObject()
                          .put("propertyKey", p.key())
                          .put("type", label)
                          .put("dataType", p.dataType()));
            });
    return labels;
  }

  static ArrayNode relationshipTypes() {
    ArrayNode types = JSON.arrayNode();
    for (Map.Entry<String, List<Property>> type : relationshipProperties().entrySet()) {
      String name = type.getKey();
      ObjectNode relationship = types.addObject();
      relationship.put("id", name);
      relationship.put("name", name);
      ArrayNode properties = relationship.putArray("properties");
      type.getValue()
          .forEach(
              p ->
                  properties
                      .addObject()
                      .put("propertyKey", p.key())
                      .put("type", name)
                      .put("dataType", p.dataType()));
      relationship.put("color", FACT_COLORS.getOrDefault(name, PROVENANCE_COLOR));
      relationship.put("size", isCore(name) ? 2 : 1);
      relationship.putArray("captionKeys").add("0_REL_TYPE_CAPTION_KEY");
    }
    return types;
  }

  /**
   * Which label each relationship type joins, from the model's admitted types and the provenance
   * links.
   */
  static ArrayNode pathSegments() {
    ArrayNode segments = JSON.arrayNode();
    for (RelationType type : RelationType.values()) {
      for (EntityType subject : type.subjectTypes().stream().sorted().toList()) {
        for (EntityType object : type.objectTypes().stream().sorted().toList()) {
          segment(segments, subject.label(), type.name(), object.label());
        }
      }
    }
    segment(segments, EntityType.PLATFORM.label(), "DISPLACED_TO", EntityType.PLATFORM.label());
    for (EntityType type : EntityType.values()) {
      segment(segments, "Claim", "SUBJECT", type.label());
      segment(segments, "Claim", "OBJECT", type.label());
      segment(segments, "Article", "MENTIONS", type.label());
    }
    segment(segments, "Claim", "FROM", EntityType.PLATFORM.label());
    segment(segments, "Claim", "ABOUT", EntityType.EVENT.label());
    segment(segments, "Claim", "STATED_IN", "Article");
    return segments;
  }

  private static void segment(ArrayNode segments, String source, String type, String target) {
    segments.addObject().put("source", source).put("relationshipType", type).put("target", target);
  }

  /** A property key and Bloom's name for its type: string, bigint, number, boolean, array. */
  record Property(String key, String dataType) {}

  static Map<String, List<Property>> labelProperties() {
    Map<String, List<Property>> labels = new LinkedHashMap<>();
    List<Property> entity = components(Entity.class, c -> true);
    labels.put("Entity", entity);
    for (EntityType type : EntityType.values()) {
      List<Property> properties = new ArrayList<>(entity);
      for (Projection projection : Projection.values()) {
        if (projection == Projection.FACTS || projection.nodeType().equals(Optional.of(type))) {
          for (CentralityAlgorithm algorithm : CentralityAlgorithm.values()) {
            properties.add(new Property(projection.scoreProperty(algorithm), "number"));
          }
        }
      }
      labels.put(type.label(), properties);
    }
    labels.put("Article", components(Article.class, c -> true));
    // articleId, subjectId, objectId, fromIds, eventIds are links in the graph, not properties.
    labels.put(
        "Claim",
        components(Claim.class, c -> !c.getName().endsWith("Id") && !c.getName().endsWith("Ids")));
    return labels;
  }

  private static Map<String, List<Property>> relationshipProperties() {
    List<Property> fact =
        List.of(
            new Property("evidence", "bigint"),
            new Property("articles", "bigint"),
            new Property("firstDate", "string"),
            new Property("lastDate", "string"),
            new Property("confidence", "number"),
            new Property("modality", "string"));
    Map<String, List<Property>> types = new LinkedHashMap<>();
    for (RelationType type : RelationType.values()) {
      List<Property> properties = new ArrayList<>(fact);
      if (type == RelationType.MIGRATED_TO) {
        properties.add(new Property("from", "array"));
      } else if (type == RelationType.ANNOUNCED_ON) {
        properties.add(new Property("events", "array"));
      }
      types.put(type.name(), properties);
    }
    types.put(
        "DISPLACED_TO",
        List.of(new Property("actors", "array"), new Property("evidence", "bigint")));
    for (String link : PROVENANCE) {
      types.put(
          link, link.equals("MENTIONS") ? List.of(new Property("count", "bigint")) : List.of());
    }
    return types;
  }

  private static List<Property> components(
      Class<? extends Record> record, Predicate<RecordComponent> stored) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      if (stored.test(component)) {
        properties.add(new Property(component.getName(), dataType(component.getType())));
      }
    }
    return properties;
  }

  private static String dataType(Class<?> type) {
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "bigint";
    }
    if (type == double.class || type == float.class || type == Double.class) {
      return "number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    return List.class.isAssignableFrom(type) ? "array" : "string";
  }

  static boolean isEntity(String label) {
    return java.util.Arrays.stream(EntityType.values()).anyMatch(t -> t.label().equals(label));
  }

  private static boolean isCore(String type) {
    return java.util.Arrays.stream(RelationType.values())
        .anyMatch(t -> t.core() && t.name().equals(type));
  }
}

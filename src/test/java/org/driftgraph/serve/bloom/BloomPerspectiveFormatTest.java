package org.driftgraph.serve.bloom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed perspective has the structure of a perspective that Bloom 2.6.0 exports: for each
 * kind of object, exactly the keys such an export has, each with a value of the type Bloom writes
 * there.
 *
 * <p>The key sets and types are written from the format as Bloom 2.6.0 writes it (read in
 * UtrechtUniversity/ricgraph {@code neo4j_config/ricgraph_bloom_config.json}, "version": "2.6.0"),
 * not copied from that file: no key of the older 2.0 layout ({@code caption}, {@code isCaption}),
 * none that Bloom never writes ({@code description} on a search phrase, a top-level {@code type},
 * {@code textSize}), and no style rule type that no export has ({@code range}).
 */
class BloomPerspectiveFormatTest {
  enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    NULL,
    ARRAY,
    OBJECT
  }

  private static final Set<Type> TEXT = EnumSet.of(Type.STRING);
  private static final Set<Type> INT = EnumSet.of(Type.INTEGER);
  private static final Set<Type> NUM = EnumSet.of(Type.INTEGER, Type.NUMBER);
  private static final Set<Type> BOOL = EnumSet.of(Type.BOOLEAN);
  private static final Set<Type> LIST = EnumSet.of(Type.ARRAY);
  private static final Set<Type> MAP = EnumSet.of(Type.OBJECT);
  private static final Set<Type> TEXT_OR_NULL = EnumSet.of(Type.STRING, Type.NULL);
  private static final Set<Type> BOOL_OR_NULL = EnumSet.of(Type.BOOLEAN, Type.NULL);
  private static final Set<Type> LIST_OR_NULL = EnumSet.of(Type.ARRAY, Type.NULL);

  /** Key to the types its value may have, per kind of object. */
  static final Map<String, Map<String, Set<Type>>> FORMAT = new LinkedHashMap<>();

  static {
    FORMAT.put(
        "perspective",
        kind(
            "categories",
            LIST,
            "name",
            TEXT,
            "id",
            TEXT,
            "labels",
            MAP,
            "relationshipTypes",
            LIST,
            "palette",
            MAP,
            "createdAt",
            INT,
            "lastEditedAt",
            INT,
            "templates",
            LIST,
            "hiddenRelationshipTypes",
            LIST,
            "hiddenCategories",
            LIST,
            "hideUncategorisedData",
            BOOL,
            "isAuto",
            BOOL,
            // A perspective made from another names it; Bloom 2.6 has also been seen to write
            // false.
            "parentPerspectiveId",
            EnumSet.of(Type.STRING, Type.NULL, Type.BOOLEAN),
            "metadata",
            MAP,
            "sceneActions",
            LIST,
            "version",
            TEXT));
    FORMAT.put(
        "category",
        kind(
            "id",
            INT,
            "name",
            TEXT,
            "labels",
            LIST,
            "properties",
            LIST,
            "createdAt",
            INT,
            "lastEditedAt",
            INT,
            "color",
            TEXT,
            "size",
            NUM,
            "icon",
            TEXT,
            "captionKeys",
            LIST,
            "styleRules",
            LIST));
    FORMAT.put("categoryProperty", kind("name", TEXT, "exclude", BOOL, "dataType", TEXT));
    FORMAT.put(
        "styleRule",
        kind(
            "id",
            TEXT,
            "type",
            TEXT,
            "size",
            NUM,
            "minSize",
            NUM,
            "maxSize",
            NUM,
            "minColor",
            TEXT,
            "midColor",
            TEXT,
            "maxColor",
            TEXT,
            "minPoint",
            TEXT,
            "maxPoint",
            TEXT,
            "applyColor",
            BOOL,
            "applySize",
            BOOL,
            "applyCaption",
            BOOL,
            "captionKeys",
            LIST,
            "color",
            TEXT,
            "isTimeZoneConvertEnabled",
            BOOL,
            "selectedTimeZone",
            TEXT,
            "basedOn",
            TEXT,
            "valuesMapper",
            LIST,
            "existingValues",
            LIST,
            "conditionValue",
            TEXT_OR_NULL,
            "rangeValue",
            EnumSet.of(Type.NULL, Type.OBJECT),
            "condition",
            TEXT));
    FORMAT.put("propertyKey", kind("propertyKey", TEXT, "type", TEXT, "dataType", TEXT));
    FORMAT.put(
        "relationshipType",
        kind(
            "id",
            TEXT,
            "name",
            TEXT,
            "properties",
            LIST,
            "color",
            TEXT,
            "size",
            NUM,
            "captionKeys",
            LIST));
    FORMAT.put("palette", kind("colors", LIST, "currentIndex", INT));
    FORMAT.put(
        "template",
        kind(
            "name",
            TEXT,
            "id",
            TEXT,
            "createdAt",
            INT,
            "text",
            TEXT,
            "cypher",
            TEXT,
            "isUpdateQuery",
            BOOL_OR_NULL,
            "params",
            LIST,
            "hasCypherErrors",
            BOOL));
    FORMAT.put(
        "param",
        kind(
            "name",
            TEXT,
            "dataType",
            TEXT,
            "collapsed",
            BOOL,
            "suggestionLabel",
            TEXT_OR_NULL,
            "suggestionProp",
            TEXT_OR_NULL,
            "suggestionBoolean",
            BOOL,
            "cypher",
            TEXT_OR_NULL));
    FORMAT.put(
        "sceneAction",
        kind(
            "name",
            TEXT,
            "id",
            TEXT,
            "createdAt",
            INT,
            "cypher",
            TEXT,
            "isUpdateQuery",
            BOOL_OR_NULL,
            "categories",
            LIST_OR_NULL,
            "relationshipTypes",
            LIST_OR_NULL,
            "hasCypherErrors",
            BOOL));
    FORMAT.put("metadata", kind("pathSegments", LIST, "indexes", LIST, "stats", MAP));
    FORMAT.put("pathSegment", kind("source", TEXT, "relationshipType", TEXT, "target", TEXT));
    FORMAT.put("index", kind("label", TEXT_OR_NULL, "type", TEXT, "propertyKeys", LIST));
    FORMAT.put("indexKey", kind("key", TEXT, "metadataProp", BOOL));
    FORMAT.put("stats", kind("labels", MAP, "relationshipTypes", MAP));
  }

  /** The data types Bloom names for a property. */
  private static final Set<String> DATA_TYPES =
      Set.of("string", "number", "bigint", "boolean", "array");

  private static JsonNode perspective;
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void readTheCommittedFile() throws Exception {
    perspective =
        new ObjectMapper().readTree(new File("cypher/bloom/driftgraph.bloom-perspective.json"));
  }

  @Test
  void everyObjectHasTheKeysAndValueTypesOfItsKindInABloom26Export() {
    check("perspective", perspective, "$");
    assertThat(perspective.get("version").asText()).isEqualTo("2.6.0");
    each(perspective.get("categories"), "category", "$.categories");
    for (JsonNode category : perspective.get("categories")) {
      String at = "$.categories[" + category.get("name").asText() + "]";
      each(category.get("properties"), "categoryProperty", at + ".properties");
      each(category.get("styleRules"), "styleRule", at + ".styleRules");
      category.get("labels").forEach(label -> type(label, TEXT, at + ".labels[]"));
      category.get("captionKeys").forEach(key -> type(key, TEXT, at + ".captionKeys[]"));
      category.get("properties").forEach(p -> dataType(p.get("dataType"), at));
    }
    perspective
        .get("labels")
        .fields()
        .forEachRemaining(
            label -> {
              type(label.getValue(), LIST, "$.labels." + label.getKey());
              each(label.getValue(), "propertyKey", "$.labels." + label.getKey());
              label.getValue().forEach(p -> dataType(p.get("dataType"), label.getKey()));
            });
    each(perspective.get("relationshipTypes"), "relationshipType", "$.relationshipTypes");
    for (JsonNode type : perspective.get("relationshipTypes")) {
      String at = "$.relationshipTypes[" + type.get("name").asText() + "]";
      each(type.get("properties"), "propertyKey", at + ".properties");
      type.get("properties").forEach(p -> dataType(p.get("dataType"), at));
    }
    check("palette", perspective.get("palette"), "$.palette");
    each(perspective.get("templates"), "template", "$.templates");
    for (JsonNode template : perspective.get("templates")) {
      each(template.get("params"), "param", "$.templates[" + template.get("name") + "].params");
    }
    each(perspective.get("sceneActions"), "sceneAction", "$.sceneActions");
    JsonNode metadata = perspective.get("metadata");
    check("metadata", metadata, "$.metadata");
    each(metadata.get("pathSegments"), "pathSegment", "$.metadata.pathSegments");
    each(metadata.get("indexes"), "index", "$.metadata.indexes");
    for (JsonNode index : metadata.get("indexes")) {
      each(index.get("propertyKeys"), "indexKey", "$.metadata.indexes[].propertyKeys");
    }
    check("stats", metadata.get("stats"), "$.metadata.stats");
    assertThat(problems).isEmpty();
  }

  @Test
  void styleRulesAreOfTheTypesRealExportsHave() {
    List<String> types = new ArrayList<>();
    perspective
        .get("categories")
        .forEach(c -> c.get("styleRules").forEach(r -> types.add(r.get("type").asText())));
    assertThat(types).isNotEmpty().containsOnly("single");
  }

  @Test
  void theFormatCheckFindsWhatIsWrong() throws Exception {
    JsonNode template =
        new ObjectMapper()
            .readTree(
                "{\"name\":\"migration-chain\",\"id\":\"tmpl:1\",\"createdAt\":1,\"text\":\"x\","
                    + "\"description\":\"invented\",\"cypher\":\"RETURN 1\",\"params\":{},"
                    + "\"hasCypherErrors\":false}");
    check("template", template, "$.t");
    assertThat(problems)
        .containsExactlyInAnyOrder(
            "$.t has description, which a template in a Bloom 2.6.0 export has not",
            "$.t lacks isUpdateQuery",
            "$.t.params is OBJECT, not [ARRAY]");
  }

  private void each(JsonNode array, String kind, String at) {
    if (array == null || !array.isArray()) {
      problems.add(at + " is not an array of " + kind);
      return;
    }
    array.forEach(element -> check(kind, element, at + "[]"));
  }

  private void check(String kind, JsonNode object, String at) {
    Map<String, Set<Type>> format = FORMAT.get(kind);
    if (object == null || !object.isObject()) {
      problems.add(at + " is not an object (" + kind + ")");
      return;
    }
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      if (!format.containsKey(key)) {
        problems.add(at + " has " + key + ", which a " + kind + " in a Bloom 2.6.0 export has not");
      }
    }
    for (Map.Entry<String, Set<Type>> key : format.entrySet()) {
      if (!object.has(key.getKey())) {
        problems.add(at + " lacks " + key.getKey());
      } else {
        type(object.get(key.getKey()), key.getValue(), at + "." + key.getKey());
      }
    }
  }

  private void type(JsonNode value, Set<Type> allowed, String at) {
    Type type = typeOf(value);
    if (!allowed.contains(type)) {
      problems.add(at + " is " + type + ", not " + allowed);
    }
  }

  private void dataType(JsonNode value, String at) {
    if (!DATA_TYPES.contains(value.asText())) {
      problems.add(at + ": dataType " + value + " is none of " + DATA_TYPES);
    }
  }

  private static Type typeOf(JsonNode value) {
    if (value.isTextual()) {
      return Type.STRING;
    }
    if (value.isIntegralNumber()) {
      return Type.INTEGER;
    }
    if (value.isNumber()) {
      return Type.NUMBER;
    }
    if (value.isBoolean()) {
      return Type.BOOLEAN;
    }
    if (value.isNull()) {
      return Type.NULL;
    }
    return value.isArray() ? Type.ARRAY : Type.OBJECT;
  }

  private static Map<String, Set<Type>> kind(Object... keysAndTypes) {
    Map<String, Set<Type>> kind = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTypes.length; i += 2) {
      @SuppressWarnings("unchecked")
      Set<Type> types = (Set<Type>) keysAndTypes[i + 1];
      kind.put((String) keysAndTypes[i], types);
    }
    return kind;
  }
}

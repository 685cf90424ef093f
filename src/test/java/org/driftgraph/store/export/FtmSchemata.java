package org.driftgraph.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FollowTheMoney's schema definitions as {@code src/test/resources/ftm/schemata.yaml} holds them
 * (taken from followthemoney's YAML, see its header), and a check of entities against them: the
 * schema exists and is not abstract, every property is defined on the schema or a schema it
 * extends, every value has the form of the property's type, every entity reference points to an
 * entity of the export whose schema is the range or extends it, and every required property is
 * there.
 */
final class FtmSchemata {
  private static final Pattern DATE =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]+)?");

  private record Property(String type, String range) {}

  private record Schema(
      List<String> extendsSchemata,
      boolean isAbstract,
      List<String> required,
      Map<String, Property> properties) {}

  private final Map<String, Schema> schemata = new LinkedHashMap<>();

  static FtmSchemata load() throws IOException {
    try (InputStream in = FtmSchemata.class.getResourceAsStream("/ftm/schemata.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      FtmSchemata result = new FtmSchemata();
      root.fields()
          .forEachRemaining(
              entry -> {
                JsonNode node = entry.getValue();
                Map<String, Property> properties = new LinkedHashMap<>();
                node.path("properties")
                    .fields()
                    .forEachRemaining(
                        p ->
                            properties.put(
                                p.getKey(),
                                new Property(
                                    p.getValue().path("type").asText("string"),
                                    p.getValue().path("range").asText(null))));
                result.schemata.put(
                    entry.getKey(),
                    new Schema(
                        texts(node.path("extends")),
                        node.path("abstract").asBoolean(false),
                        texts(node.path("required")),
                        properties));
              });
      return result;
    }
  }

  /** The problems of each entity, read against the whole export for references. */
  List<String> problems(List<FtmEntity> entities) {
    Map<String, String> schemaOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (FtmEntity entity : entities) {
      if (schemaOf.put(entity.id(), entity.schema()) != null) {
        problems.add(entity.id() + ": the id is used twice");
      }
    }
    for (FtmEntity entity : entities) {
      problems.addAll(problems(entity, schemaOf));
    }
    return problems;
  }

  private List<String> problems(FtmEntity entity, Map<String, String> schemaOf) {
    List<String> problems = new ArrayList<>();
    String at = entity.id() + " (" + entity.schema() + ")";
    Schema schema = schemata.get(entity.schema());
    if (schema == null) {
      return List.of(at + ": no such schema");
    }
    if (schema.isAbstract()) {
      problems.add(at + ": the schema is abstract");
    }
    Map<String, Property> properties = properties(entity.schema());
    for (String required : required(entity.schema())) {
      if (!entity.properties().containsKey(required)) {
        problems.add(at + ": lacks the required property " + required);
      }
    }
    entity
        .properties()
        .forEach(
            (name, values) -> {
              Property property = properties.get(name);
              if (property == null) {
                problems.add(at + ": " + entity.schema() + " has no property " + name);
                return;
              }
              for (String value : values) {
                String problem = valueProblem(property, value, schemaOf);
                if (problem != null) {
                  problems.add(at + ": " + name + " '" + value + "' " + problem);
                }
              }
            });
    return problems;
  }

  private String valueProblem(Property property, String value, Map<String, String> schemaOf) {
    if (value.isBlank()) {
      return "is blank";
    }
    return switch (property.type()) {
      case "date" -> DATE.matcher(value).matches() ? null : "is not an ISO date prefix";
      case "language" -> LANGUAGE.matcher(value).matches() ? null : "is no ISO 639 code";
      case "country" -> COUNTRY.matcher(value).matches() ? null : "is no country code";
      case "url" -> isUrl(value) ? null : "is no http(s) URL";
      case "entity" -> {
        String target = schemaOf.get(value);
        if (target == null) {
          yield "points to no entity of the export";
        }
        yield isA(target, property.range())
            ? null
            : "points to a " + target + ", not a " + property.range();
      }
      default -> null;
    };
  }

  private static boolean isUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** Whether {@code schema} is {@code ancestor} or extends it. */
  boolean isA(String schema, String ancestor) {
    return ancestors(schema).contains(ancestor);
  }

  private Set<String> ancestors(String schema) {
    Set<String> all = new LinkedHashSet<>();
    all.add(schema);
    Schema definition = schemata.get(schema);
    if (definition != null) {
      definition.extendsSchemata().forEach(parent -> all.addAll(ancestors(parent)));
    }
    return all;
  }

  private Map<String, Property> properties(String schema) {
    Map<String, Property> all = new HashMap<>();
    for (String ancestor : ancestors(schema)) {
      Schema definition = schemata.get(ancestor);
      if (definition != null) {
        definition.properties().forEach(all::putIfAbsent);
      }
    }
    return all;
  }

  private Set<String> required(String schema) {
    Set<String> all = new LinkedHashSet<>();
    for (String ancestor : ancestors(schema)) {
      Schema definition = schemata.get(ancestor);
      if (definition != null) {
        all.addAll(definition.required());
      }
    }
    return all;
  }

  /** Reads one JSON line of the export back into an entity. */
  static FtmEntity parse(String line) throws IOException {
    JsonNode node = new ObjectMapper().readTree(line);
    Map<String, List<String>> properties = new java.util.TreeMap<>();
    node.path("properties")
        .fields()
        .forEachRemaining(p -> properties.put(p.getKey(), texts(p.getValue())));
    return new FtmEntity(
        node.path("id").asText(null),
        node.path("schema").asText(null),
        new java.util.TreeMap<>(properties));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}

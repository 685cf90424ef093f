package org.driftgraph.serve.bloom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;
import org.driftgraph.query.QueryParameter;

/**
 * The suggestion Cypher of a search phrase parameter, read from what its header says it is: "id of
 * the ..." takes an entity id, restricted to the entity types the description names ("id of the
 * actor or outlet" suggests actors and outlets; "id of the subject entity" any entity); "relation
 * type" takes a fact type; "score property" one of the properties {@code analyze centrality
 * --write} stores; any other parameter is offered its default, or when it has none the example its
 * description gives ("e.g. isis,telegram").
 */
final class ParameterSuggestions {
  private static final Pattern EXAMPLE = Pattern.compile(",\\s*e\\.g\\..*$");
  private static final Pattern EXAMPLE_VALUE = Pattern.compile("e\\.g\\.\\s*(\\S+)\\s*$");

  private ParameterSuggestions() {}

  /** The suggestion Cypher, or null when the parameter has nothing to suggest. */
  static String cypher(QueryParameter parameter) {
    String description =
        EXAMPLE.matcher(parameter.description()).replaceFirst("").toLowerCase(Locale.ROOT);
    if (description.startsWith("id of the")) {
      return BloomCypher.fill(
          "suggest-entities.cypher",
          Map.of("labels", BloomCypher.stringList(entityLabels(description))));
    }
    if (description.startsWith("relation type")) {
      return values(
          BloomCypher.stringList(Arrays.stream(RelationType.values()).map(Enum::name).toList()));
    }
    if (description.contains("score property")) {
      return values(BloomCypher.stringList(scoreProperties()));
    }
    if (parameter.defaultValue() == null) {
      // A required parameter of no known kind: offer the example its description gives, if any.
      Matcher example = EXAMPLE_VALUE.matcher(parameter.description());
      return example.find() && parameter.type().equals("string")
          ? values(BloomCypher.stringList(List.of(example.group(1))))
          : null;
    }
    return values(
        switch (parameter.type()) {
          case "string" -> BloomCypher.stringList(List.of(parameter.defaultValue()));
          case "boolean" ->
              "[" + parameter.defaultOrNull() + ", " + !(Boolean) parameter.defaultOrNull() + "]";
          default -> "[" + parameter.defaultOrNull() + "]";
        });
  }

  /** The type labels a description names as words; every type when it names none. */
  static List<String> entityLabels(String description) {
    List<String> words = Arrays.asList(description.split("[^a-z]+"));
    List<String> named =
        Arrays.stream(EntityType.values())
            .map(EntityType::label)
            .filter(label -> words.contains(label.toLowerCase(Locale.ROOT)))
            .toList();
    return named.isEmpty()
        ? Arrays.stream(EntityType.values()).map(EntityType::label).toList()
        : named;
  }

  /** pagerank, betweenness, ... on the facts projection, then platformsPagerank, ... */
  static List<String> scoreProperties() {
    List<String> properties = new ArrayList<>();
    for (Projection projection : Projection.values()) {
      for (CentralityAlgorithm algorithm : CentralityAlgorithm.values()) {
        properties.add(projection.scoreProperty(algorithm));
      }
    }
    return properties;
  }

  private static String values(String list) {
    return BloomCypher.fill("suggest-values.cypher", Map.of("values", list));
  }
}

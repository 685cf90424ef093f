package org.driftgraph.serve.bloom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.driftgraph.analyze.Projection;
import org.driftgraph.query.QueryParameter;
import org.driftgraph.query.SavedQuery;

/**
 * One Bloom search phrase ("template" in the file) per saved query: its text names the query and
 * every parameter ({@code migration chain actor $actor}), its Cypher is the saved query wrapped by
 * {@code cypher/bloom/search-phrase.cypher} so that Bloom gets graph elements, and each parameter
 * carries the suggestion Cypher of {@link ParameterSuggestions}.
 */
final class SearchPhrases {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SearchPhrases() {}

  static ArrayNode of(List<SavedQuery> queries) {
    ArrayNode templates = JSON.arrayNode();
    for (int i = 0; i < queries.size(); i++) {
      templates.add(template(queries.get(i), PerspectiveGenerator.CREATED_AT + i));
    }
    return templates;
  }

  /**
   * The text analysts type: the query's name in words, then each parameter as {@code name $name}.
   */
  static String text(SavedQuery query) {
    StringBuilder text = new StringBuilder(query.name().replace('-', ' '));
    query
        .parameters()
        .forEach(p -> text.append(' ').append(p.name()).append(" $").append(p.name()));
    return text.toString();
  }

  /** The saved query inside the wrapper that returns the entities its rows name and their facts. */
  static String cypher(SavedQuery query) {
    List<String> columns;
    try {
      columns = ReturnColumns.of(query.cypher());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cypher/queries/" + query.name() + ".cypher: " + e.getMessage(), e);
    }
    List<String> facts = new java.util.ArrayList<>(Projection.FACTS.relationshipTypes());
    facts.addAll(Projection.PLATFORMS.relationshipTypes());
    return BloomCypher.fill(
        "search-phrase.cypher",
        Map.of(
            "query", query.cypher().indent(2).stripTrailing(),
            "columns",
                columns.stream()
                    .map(c -> "`" + c.replace("`", "``") + "`")
                    .collect(Collectors.joining(", ")),
            "facts", String.join("|", facts)));
  }

  private static ObjectNode template(SavedQuery query, long createdAt) {
    ObjectNode template = JSON.objectNode();
    template.put("name", query.name());
    template.put("id", "tmpl:" + createdAt);
    template.put("createdAt", createdAt);
    template.put("text", text(query));
    template.put("description", query.description());
    template.put("cypher", cypher(query));
    template.putNull("isUpdateQuery");
    ArrayNode params = template.putArray("params");
    query.parameters().forEach(p -> params.add(parameter(p)));
    template.put("hasCypherErrors", false);
    return template;
  }

  private static ObjectNode parameter(QueryParameter parameter) {
    ObjectNode param = JSON.objectNode();
    param.put("name", "$" + parameter.name());
    param.put(
        "dataType",
        switch (parameter.type()) {
          case "integer" -> "Integer";
          case "float" -> "Float";
          case "boolean" -> "Boolean";
          default -> "String";
        });
    param.put("collapsed", false);
    param.putNull("suggestionLabel");
    param.putNull("suggestionProp");
    param.put("suggestionBoolean", false);
    String suggestions = ParameterSuggestions.cypher(parameter);
    if (suggestions == null) {
      param.putNull("cypher");
    } else {
      param.put("cypher", suggestions);
    }
    return param;
  }
}

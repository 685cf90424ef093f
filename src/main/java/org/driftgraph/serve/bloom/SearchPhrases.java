package org.driftgraph.serve.bloom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.query.QueryParameter;

/**
 * The search phrases ("templates" in the file), one per file of {@code
 * cypher/bloom/search-phrases/}. Each file is Cypher written for Bloom: it returns the nodes and
 * relationships to draw, never rows of values (counts are in the Browser guide and the report). Its
 * header says what Bloom shows and what the analyst types:
 *
 * <pre>
 * // name: Migration chain of an actor or outlet
 * // phrase: Migration chain of $actor
 * // param: actor string - id of the actor or outlet, e.g. isis
 * </pre>
 *
 * <p>A parameter line reads like a saved query's ({@code NAME TYPE DEFAULT|- DESCRIPTION}); its
 * suggestions come from {@link ParameterSuggestions}. The phrases run without APOC and without
 * {@code CALL () {}}, so on every Neo4j 5 server.
 */
final class SearchPhrases {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern HEADER = Pattern.compile("^//\\s*(name|phrase|param):\\s*(.*)$");
  private static final Pattern PARAM = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*(.*)");

  /** In the order Bloom lists them: the questions analysts ask most first. */
  static final List<String> FILES =
      List.of(
          "migration-chain.cypher",
          "displacement.cypher",
          "platform-flow.cypher",
          "first-carriers.cypher",
          "ownership-chains.cypher",
          "facts-around.cypher",
          "evidence.cypher",
          "shortest-paths.cypher",
          "top-by-score.cypher",
          "top-by-degree.cypher",
          "bans-migrations-announcements.cypher",
          "platform-owners.cypher");

  private SearchPhrases() {}

  /**
   * Every search phrase, parsed from its file; a file that does not parse is an error naming it.
   */
  static List<SearchPhrase> list() {
    return FILES.stream()
        .map(file -> parse(file, BloomCypher.text("search-phrases/" + file)))
        .toList();
  }

  static SearchPhrase parse(String file, String text) {
    String name = null;
    String phrase = null;
    List<QueryParameter> parameters = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int line = 0;
    for (; line < lines.length; line++) {
      String stripped = lines[line].strip();
      Matcher header = HEADER.matcher(stripped);
      if (header.matches()) {
        String value = header.group(2).strip();
        switch (header.group(1)) {
          case "name" -> name = value;
          case "phrase" -> phrase = value;
          default -> parameters.add(parameter(file, line + 1, value));
        }
      } else if (!(stripped.isEmpty() || stripped.startsWith("//"))) {
        break;
      }
    }
    String cypher = String.join("\n", List.of(lines).subList(line, lines.length)).strip();
    return new SearchPhrase(file, name, phrase, parameters, cypher);
  }

  private static QueryParameter parameter(String file, int line, String value) {
    Matcher matcher = PARAM.matcher(value);
    String where = "cypher/bloom/search-phrases/" + file + ":" + line + ": ";
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          where + "a parameter reads 'NAME TYPE DEFAULT|- DESCRIPTION', not '" + value + "'");
    }
    String defaultValue = matcher.group(3).equals("-") ? null : matcher.group(3);
    try {
      return new QueryParameter(matcher.group(1), matcher.group(2), defaultValue, matcher.group(4));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
  }

  static ArrayNode templates(List<SearchPhrase> phrases) {
    ArrayNode templates = JSON.arrayNode();
    for (int i = 0; i < phrases.size(); i++) {
      templates.add(template(phrases.get(i), PerspectiveGenerator.CREATED_AT + i));
    }
    return templates;
  }

  private static ObjectNode template(SearchPhrase phrase, long createdAt) {
    ObjectNode template = JSON.objectNode();
    template.put("name", phrase.name());
    template.put("id", "tmpl:" + createdAt);
    template.put("createdAt", createdAt);
    template.put("text", phrase.text());
    template.put("cypher", phrase.cypher());
    template.putNull("isUpdateQuery");
    ArrayNode params = template.putArray("params");
    phrase.parameters().forEach(p -> params.add(parameter(p)));
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

package org.driftgraph.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis from {@code cypher/queries/NAME.cypher}: its header (name, description, parameters)
 * and its Cypher. These files are the single source for the CLI, the reports and the notebooks.
 */
public record SavedQuery(
    String name, String description, List<QueryParameter> parameters, String cypher) {

  public SavedQuery {
    if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("saved query name '" + name + "' is not kebab-case");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("saved query " + name + " has no description");
    }
    parameters = List.copyOf(parameters);
    if (cypher == null || cypher.isBlank()) {
      throw new IllegalArgumentException("saved query " + name + " has no Cypher");
    }
  }

  /**
   * Builds the Cypher parameter map: given values converted to their declared types, defaults for
   * the rest. An undeclared or missing required parameter is an error that names the query.
   */
  public Map<String, Object> bind(Map<String, String> given) {
    Map<String, QueryParameter> declared = new LinkedHashMap<>();
    parameters.forEach(p -> declared.put(p.name(), p));
    for (String key : given.keySet()) {
      if (!declared.containsKey(key)) {
        throw new IllegalArgumentException(
            "query "
                + name
                + " has no parameter '"
                + key
                + "' (it takes "
                + declared.keySet()
                + ")");
      }
    }
    Map<String, Object> bound = new HashMap<>();
    for (QueryParameter parameter : parameters) {
      String value = given.get(parameter.name());
      Object converted = value != null ? parameter.convert(value) : parameter.defaultOrNull();
      if (converted == null) {
        throw new IllegalArgumentException(
            "query "
                + name
                + " needs parameter '"
                + parameter.name()
                + "' ("
                + parameter.description()
                + ")");
      }
      bound.put(parameter.name(), converted);
    }
    return bound;
  }
}

package org.driftgraph.serve.bloom;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.query.QueryParameter;

/**
 * One Bloom search phrase, from a file of {@code cypher/bloom/search-phrases/}.
 *
 * @param file the file name, for messages
 * @param name what Bloom lists under the phrase: the question as an analyst reads it
 * @param text what the analyst types, each parameter as {@code $name} ({@code Migration chain of
 *     $actor})
 * @param parameters the parameters in the order the text names them
 * @param cypher Cypher that returns nodes, relationships or paths (or lists of them) for Bloom to
 *     draw
 */
record SearchPhrase(
    String file, String name, String text, List<QueryParameter> parameters, String cypher) {
  private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)");

  SearchPhrase {
    require(file, name != null && !name.isBlank(), "has no '// name:' line");
    require(file, text != null && !text.isBlank(), "has no '// phrase:' line");
    require(file, cypher != null && !cypher.isBlank(), "has no Cypher");
    parameters = List.copyOf(parameters);
    List<String> declared = parameters.stream().map(QueryParameter::name).toList();
    require(
        file,
        declared.equals(List.copyOf(named(text))),
        "the phrase names the parameters "
            + named(text)
            + " but the '// param:' lines declare "
            + declared
            + " (same names, same order)");
    for (String parameter : declared) {
      require(
          file,
          named(cypher).contains(parameter),
          "the Cypher does not use the parameter $" + parameter);
    }
  }

  /** The parameter names a text uses, in order of first use. */
  static Set<String> named(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PARAMETER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static void require(String file, boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("cypher/bloom/search-phrases/" + file + " " + problem);
    }
  }
}

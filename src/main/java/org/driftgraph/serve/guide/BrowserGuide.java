package org.driftgraph.serve.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.query.QueryParameter;
import org.driftgraph.query.SavedQuery;
import org.jsoup.nodes.Entities;

/**
 * The Neo4j Browser guide ({@code :guide URL} or {@code :play URL}): the hand-written slides on the
 * model in {@code /guide/driftgraph-guide.html}, then one slide for each saved query of {@code
 * cypher/queries/}, generated from its header so that the guide never drifts from the files.
 * Browser shows each {@code <slide>} as a page; a {@code pre.runnable} block goes into the editor
 * on a click.
 */
public final class BrowserGuide {
  static final String TEMPLATE = "/guide/driftgraph-guide.html";
  static final String PLACEHOLDER = "<!-- saved queries -->";

  /** The example a required parameter's description gives: "id of the entity, e.g. tamtam". */
  private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\.\\s+([^\\s,;]+)");

  private BrowserGuide() {}

  /** The guide's HTML with a slide for every query, in the order given. */
  public static String html(List<SavedQuery> queries) {
    String template = template();
    if (!template.contains(PLACEHOLDER)) {
      throw new IllegalStateException(
          TEMPLATE + " has no '" + PLACEHOLDER + "' line for the saved queries");
    }
    StringBuilder slides = new StringBuilder();
    for (SavedQuery query : queries) {
      slides.append(slide(query));
    }
    return template.replace(PLACEHOLDER, slides.toString().strip());
  }

  /**
   * The text Browser puts into its editor for a query: a {@code :param} line for each parameter
   * (its default, or the example its description gives), then the query, separated by {@code ;} so
   * that Browser runs them one after the other.
   */
  public static String runnable(SavedQuery query) {
    StringBuilder text = new StringBuilder();
    for (QueryParameter parameter : query.parameters()) {
      text.append(":param ")
          .append(parameter.name())
          .append(" => ")
          .append(literal(query, parameter))
          .append(";\n");
    }
    return text.append(query.cypher().strip()).append(';').toString();
  }

  private static String slide(SavedQuery query) {
    StringBuilder html = new StringBuilder();
    html.append("<slide class=\"row-fluid\">\n");
    html.append("<h3>").append(escape(query.name())).append("</h3>\n");
    html.append("<p>").append(escape(query.description())).append("</p>\n");
    if (!query.parameters().isEmpty()) {
      html.append("<ul>\n");
      for (QueryParameter parameter : query.parameters()) {
        html.append("<li><code>$")
            .append(escape(parameter.name()))
            .append("</code> (")
            .append(escape(parameter.type()))
            .append(parameter.defaultValue() == null ? ", required" : "")
            .append("): ")
            .append(escape(parameter.description()))
            .append("</li>\n");
      }
      html.append(
          "</ul>\n<p>Change the <code>:param</code> lines to ask about something else.</p>\n");
    }
    html.append("<pre class=\"runnable\">").append(escape(runnable(query))).append("</pre>\n");
    html.append("<p>From the command line: <code>./driftgraph query ")
        .append(escape(query.name()))
        .append("</code>.</p>\n");
    return html.append("</slide>\n").toString();
  }

  private static String literal(SavedQuery query, QueryParameter parameter) {
    String value = parameter.defaultValue();
    if (value == null) {
      Matcher example = EXAMPLE.matcher(parameter.description());
      if (!example.find()) {
        throw new IllegalArgumentException(
            "saved query "
                + query.name()
                + ": required parameter "
                + parameter.name()
                + " gives no example ('e.g. VALUE') for the Browser guide");
      }
      value = example.group(1);
    }
    Object converted = parameter.convert(value);
    if (converted instanceof String text) {
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    return converted.toString();
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }

  private static String template() {
    try (InputStream in = BrowserGuide.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("no " + TEMPLATE + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TEMPLATE, e);
    }
  }
}

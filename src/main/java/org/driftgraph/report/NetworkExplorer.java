package org.driftgraph.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.driftgraph.model.EntityType;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * The explorable network of {@code report.html}: the fact graph and the platform flow drawn by
 * Apache ECharts' graph series, which the page carries inline (from the {@code
 * org.webjars.npm:echarts} jar on the class path), so that nothing is loaded when it is read. The
 * nodes are placed by the same seeded layout as the SVG pictures, which stay for print and
 * Markdown. The data is bounded: the entities with most facts and the facts with most claims among
 * them ({@link ReportLimits#networkNodes()}, {@link ReportLimits#networkLinks()}).
 */
final class NetworkExplorer {
  /** The ECharts version of the webjar in the pom; its full build has the graph series. */
  static final String ECHARTS_VERSION = "5.3.1";

  static final String ECHARTS =
      "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
  private static final String SCRIPT = "/report/network-explorer.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<EntityType, String> TYPE_COLOURS =
      Map.of(
          EntityType.ACTOR, "#c0392b",
          EntityType.PLATFORM, "#2b5d8a",
          EntityType.OUTLET, "#d68910",
          EntityType.ORGANIZATION, "#6c3483",
          EntityType.EVENT, "#3c9a5f");

  private NetworkExplorer() {}

  /** The explorer's HTML (controls, chart, panel, library and data), or "" with nothing to draw. */
  static String html(ReportData data) {
    if (data.network().isEmpty() && data.platformFlow().isEmpty()) {
      return "";
    }
    Map<String, Object> views = new LinkedHashMap<>();
    views.put("facts", facts(data.network()));
    views.put("flow", flow(data.platformFlow()));
    Map<String, Object> model = new LinkedHashMap<>();
    List<TypeColour> types = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      types.add(new TypeColour(type.label(), TYPE_COLOURS.get(type)));
    }
    model.put("entityTypes", types);
    model.put("views", views);
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"explorer\" id=\"network-explorer\">\n")
        .append("<p class=\"controls\"><label>Show <select id=\"network-view\">")
        .append("<option value=\"facts\">the fact graph</option>")
        .append("<option value=\"flow\">the platform flow</option></select></label>\n")
        .append(
            "<label>Fact type <select id=\"network-fact-type\"><option value=\"\">all</option>");
    data.holdings()
        .factsByType()
        .keySet()
        .forEach(
            type -> html.append("<option>").append(ReportHtml.escape(type)).append("</option>"));
    html.append("</select></label></p>\n")
        .append("<div id=\"network-chart\"></div>\n")
        .append("<div id=\"network-panel\" aria-live=\"polite\"><p class=\"meta\">")
        .append("Click a node for its facts and their strongest claims. Scroll to zoom, drag to")
        .append(" pan; the legend shows and hides entity types.</p></div>\n")
        .append("<p class=\"meta\">")
        .append(ReportHtml.escape(note(data)))
        .append("</p>\n</div>\n")
        .append("<script type=\"application/json\" id=\"network-data\">")
        .append(inlineJson(model))
        .append("</script>\n<script>\n")
        .append(resource(ECHARTS))
        .append("\n</script>\n<script>\n")
        .append(resource(SCRIPT))
        .append("</script>\n");
    return html.toString();
  }

  /** What the explorer draws, and what it leaves out at scale. */
  private static String note(ReportData data) {
    long inFacts =
        data.facts().stream()
            .flatMap(f -> Stream.of(Rows.text(f, "subject"), Rows.text(f, "object")))
            .distinct()
            .count();
    long drawn =
        data.network().stream()
            .flatMap(f -> Stream.of(Rows.text(f, "subject"), Rows.text(f, "object")))
            .distinct()
            .count();
    String facts =
        String.format(
            Locale.ROOT,
            "The fact graph draws %d of the %d entities that take part in a fact and %d of the %d"
                + " facts",
            drawn,
            inFacts,
            data.network().size(),
            data.facts().size());
    return drawn < inFacts || data.network().size() < data.facts().size()
        ? facts + ": the entities with most facts and, among them, the facts with most claims."
        : facts + ".";
  }

  /**
   * A legend entry. Records, not {@code Map.of}, for the explorer's fixed shapes: Jackson writes a
   * record's fields in declaration order, and {@code Map.of}'s order changes from one JVM to the
   * next, which made two reports of the same store differ.
   */
  private record TypeColour(String name, String colour) {}

  /** One view of the explorer: nodes placed by the seeded layout and the links between them. */
  private record View(List<Map<String, Object>> nodes, List<Map<String, Object>> links) {}

  private static View facts(List<Map<String, Object>> network) {
    Map<String, Map<String, Object>> nodes = new TreeMap<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (Map<String, Object> fact : network) {
      node(nodes, fact, "subject", "subjectName", Rows.text(fact, "subjectType"));
      node(nodes, fact, "object", "objectName", Rows.text(fact, "objectType"));
      Map<String, Object> link = link(fact, "subject", "subjectName", "object", "objectName");
      link.put("type", Rows.text(fact, "type"));
      link.put("claims", fact.get("claims"));
      link.put("evidence", Rows.list(fact, "evidence"));
      links.add(link);
    }
    return view(nodes, links);
  }

  private static View flow(List<Map<String, Object>> flow) {
    Map<String, Map<String, Object>> nodes = new TreeMap<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (Map<String, Object> move : flow) {
      node(nodes, move, "from", "fromName", EntityType.PLATFORM.label());
      node(nodes, move, "to", "toName", EntityType.PLATFORM.label());
      Map<String, Object> link = link(move, "from", "fromName", "to", "toName");
      link.put("type", "DISPLACED_TO");
      link.put("claims", move.get("evidence") instanceof Number n ? n : 0);
      link.put("actors", Rows.strings(move, "actors"));
      link.put("evidence", List.of());
      links.add(link);
    }
    return view(nodes, links);
  }

  private static void node(
      Map<String, Map<String, Object>> nodes,
      Map<String, Object> row,
      String idKey,
      String nameKey,
      String type) {
    Map<String, Object> node =
        nodes.computeIfAbsent(
            Rows.text(row, idKey),
            id -> {
              Map<String, Object> created = new LinkedHashMap<>();
              created.put("id", id);
              String name = Rows.text(row, nameKey);
              created.put("name", name.isEmpty() ? id : name);
              created.put("type", type);
              created.put("facts", 0);
              return created;
            });
    node.put("facts", (Integer) node.get("facts") + 1);
  }

  private static Map<String, Object> link(
      Map<String, Object> row, String from, String fromName, String to, String toName) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("source", Rows.text(row, from));
    link.put("sourceName", Rows.text(row, fromName));
    link.put("target", Rows.text(row, to));
    link.put("targetName", Rows.text(row, toName));
    return link;
  }

  /** Nodes placed by the seeded layout, with the links between them. */
  private static View view(
      Map<String, Map<String, Object>> nodes, List<Map<String, Object>> links) {
    LayoutModel2D<String> layout =
        NetworkPicture.layout(
            nodes.keySet(),
            links.stream()
                .map(l -> List.of((String) l.get("source"), (String) l.get("target")))
                .toList());
    for (Map<String, Object> node : nodes.values()) {
      Point2D at = layout.get((String) node.get("id"));
      node.put("x", Math.round(at.getX() * 10) / 10.0);
      node.put("y", Math.round(at.getY() * 10) / 10.0);
    }
    return new View(List.copyOf(nodes.values()), links);
  }

  /**
   * JSON that cannot end the script element it sits in, nor read as markup to any tool that scans
   * the page: every {@code <}, {@code >} and {@code &} is written as its JSON unicode escape, which
   * {@code JSON.parse} reads back unchanged.
   */
  private static String inlineJson(Object value) {
    try {
      return JSON.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the network as JSON", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = NetworkExplorer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is not on the class path: the report draws its network with it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}

package org.driftgraph.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.driftgraph.model.EntityType;
import org.jfree.svg.SVGGraphics2D;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultUndirectedGraph;

/**
 * Network pictures: nodes placed by JGraphT's Fruchterman-Reingold layout (seeded, vertices and
 * edges added in sorted order, so the same graph gives the same picture), drawn as SVG with
 * JFreeSVG: a circle per entity coloured by type, an arrow per relationship.
 */
final class NetworkPicture {
  static final int WIDTH = 960;
  static final int HEIGHT = 620;
  static final long SEED = 42L;
  private static final int MARGIN = 70;
  private static final int RADIUS = 9;

  private static final Map<EntityType, Color> TYPE_COLOURS =
      Map.of(
          EntityType.ACTOR, new Color(0xc0392b),
          EntityType.PLATFORM, new Color(0x2b5d8a),
          EntityType.OUTLET, new Color(0xd68910),
          EntityType.ORGANIZATION, new Color(0x6c3483),
          EntityType.EVENT, new Color(0x3c9a5f));

  private NetworkPicture() {}

  /** A node: its label and type. */
  private record Node(String label, EntityType type) {}

  /** A relationship to draw: ids of both ends and the label on it (may be empty). */
  private record Arrow(String from, String to, String label) {}

  /** The DISPLACED_TO flow between platforms (rows of the {@code platform-flow} query). */
  static String platformFlow(List<Map<String, Object>> flow) {
    Map<String, Node> nodes = new TreeMap<>();
    List<Arrow> arrows =
        flow.stream()
            .map(
                f -> {
                  nodes.put(
                      Rows.text(f, "from"),
                      new Node(Rows.text(f, "fromName"), EntityType.PLATFORM));
                  nodes.put(
                      Rows.text(f, "to"), new Node(Rows.text(f, "toName"), EntityType.PLATFORM));
                  return new Arrow(
                      Rows.text(f, "from"),
                      Rows.text(f, "to"),
                      String.join(", ", Rows.strings(f, "actors")));
                })
            .toList();
    return draw("platform-flow", nodes, arrows);
  }

  /** The facts around the top entities (rows of the {@code facts-around} query). */
  static String facts(List<Map<String, Object>> facts) {
    Map<String, Node> nodes = new TreeMap<>();
    List<Arrow> arrows =
        facts.stream()
            .map(
                f -> {
                  nodes.put(
                      Rows.text(f, "subject"),
                      new Node(
                          Rows.text(f, "subjectName"),
                          EntityType.fromLabel(Rows.text(f, "subjectType"))));
                  nodes.put(
                      Rows.text(f, "object"),
                      new Node(
                          Rows.text(f, "objectName"),
                          EntityType.fromLabel(Rows.text(f, "objectType"))));
                  return new Arrow(Rows.text(f, "subject"), Rows.text(f, "object"), "");
                })
            .toList();
    return draw("fact-graph", nodes, arrows);
  }

  /**
   * Places nodes with the seeded Fruchterman-Reingold layout in the picture's box; the same nodes
   * and edges give the same places.
   *
   * @param edges pairs of node ids (from, to)
   */
  static LayoutModel2D<String> layout(Collection<String> nodes, List<List<String>> edges) {
    Graph<String, DefaultEdge> graph = new DefaultUndirectedGraph<>(DefaultEdge.class);
    new TreeSet<>(nodes).forEach(graph::addVertex);
    edges.stream()
        .filter(e -> !e.get(0).equals(e.get(1)))
        .sorted(Comparator.comparing((List<String> e) -> e.get(0)).thenComparing(e -> e.get(1)))
        .forEach(e -> graph.addEdge(e.get(0), e.get(1)));
    LayoutModel2D<String> layout =
        new MapLayoutModel2D<>(
            new Box2D(MARGIN, MARGIN, WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN));
    new FRLayoutAlgorithm2D<String, DefaultEdge>(
            FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
            FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
            new Random(SEED))
        .layout(graph, layout);
    return layout;
  }

  private static String draw(String id, Map<String, Node> nodes, List<Arrow> arrows) {
    LayoutModel2D<String> layout =
        layout(nodes.keySet(), arrows.stream().map(a -> List.of(a.from(), a.to())).toList());

    SVGGraphics2D g2 = SvgCanvas.canvas(id, WIDTH, HEIGHT);
    g2.setPaint(Color.WHITE);
    g2.fillRect(0, 0, WIDTH, HEIGHT);
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    g2.setStroke(new BasicStroke(1.2f));
    for (Arrow arrow : arrows) {
      Point2D from = layout.get(arrow.from());
      Point2D to = layout.get(arrow.to());
      if (arrow.from().equals(arrow.to())) {
        continue;
      }
      g2.setPaint(new Color(0x8a96a3));
      arrow(g2, from, to);
      if (!arrow.label().isEmpty()) {
        g2.setFont(small);
        g2.setPaint(new Color(0x5b6572));
        g2.drawString(
            arrow.label(),
            (float) ((from.getX() + to.getX()) / 2),
            (float) ((from.getY() + to.getY()) / 2 - 4));
      }
    }
    Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    g2.setFont(label);
    FontMetrics metrics = g2.getFontMetrics();
    for (Map.Entry<String, Node> entry : nodes.entrySet()) {
      Point2D p = layout.get(entry.getKey());
      g2.setPaint(TYPE_COLOURS.get(entry.getValue().type()));
      g2.fill(new Ellipse2D.Double(p.getX() - RADIUS, p.getY() - RADIUS, 2 * RADIUS, 2 * RADIUS));
      g2.setPaint(new Color(0x1d2430));
      String text = entry.getValue().label();
      g2.drawString(
          text,
          (float) (p.getX() - metrics.stringWidth(text) / 2.0),
          (float) (p.getY() + RADIUS + 13));
    }
    legend(g2, small);
    return SvgCanvas.element(g2, id, WIDTH, HEIGHT);
  }

  /** A line from the edge of one circle to the edge of the other, with a head at the target. */
  private static void arrow(SVGGraphics2D g2, Point2D from, Point2D to) {
    double dx = to.getX() - from.getX();
    double dy = to.getY() - from.getY();
    double length = Math.hypot(dx, dy);
    if (length < 2 * RADIUS) {
      return;
    }
    double ux = dx / length;
    double uy = dy / length;
    double x1 = from.getX() + ux * RADIUS;
    double y1 = from.getY() + uy * RADIUS;
    double x2 = to.getX() - ux * RADIUS;
    double y2 = to.getY() - uy * RADIUS;
    g2.draw(new Line2D.Double(x1, y1, x2, y2));
    Path2D head = new Path2D.Double();
    head.moveTo(x2, y2);
    head.lineTo(x2 - ux * 9 - uy * 4, y2 - uy * 9 + ux * 4);
    head.lineTo(x2 - ux * 9 + uy * 4, y2 - uy * 9 - ux * 4);
    head.closePath();
    g2.fill(head);
  }

  private static void legend(SVGGraphics2D g2, Font font) {
    g2.setFont(font);
    int x = 12;
    for (EntityType type : EntityType.values()) {
      g2.setPaint(TYPE_COLOURS.get(type));
      g2.fill(new Ellipse2D.Double(x, 12, 10, 10));
      g2.setPaint(new Color(0x1d2430));
      g2.drawString(type.label(), x + 14, 21);
      x += 30 + g2.getFontMetrics().stringWidth(type.label());
    }
  }
}

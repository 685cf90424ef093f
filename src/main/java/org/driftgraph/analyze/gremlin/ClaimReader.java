package org.driftgraph.analyze.gremlin;

import static org.driftgraph.analyze.gremlin.GraphShape.ABOUT;
import static org.driftgraph.analyze.gremlin.GraphShape.CLAIM;
import static org.driftgraph.analyze.gremlin.GraphShape.FROM;
import static org.driftgraph.analyze.gremlin.GraphShape.OBJECT;
import static org.driftgraph.analyze.gremlin.GraphShape.STATED_IN;
import static org.driftgraph.analyze.gremlin.GraphShape.SUBJECT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversal;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.model.EntityType;

/**
 * Reads claims with one traversal per question. A claim without an article (no STATED_IN) is no
 * evidence and is left out, as the fact derivation leaves it out of the facts.
 */
final class ClaimReader {
  private final GraphTraversalSource g;

  ClaimReader(GraphTraversalSource g) {
    this.g = g;
  }

  /** The claims behind the fact {@code subject -[type]-> object}, in {@link Evidence#ORDER}. */
  List<ClaimRow> ofFact(String subjectId, String type, String objectId) {
    return read(
        GraphShape.entity(g, objectId)
            .in(OBJECT)
            .hasLabel(CLAIM)
            .has("type", type)
            .where(__.out(SUBJECT).has(GraphShape.KEY, GraphShape.entityVertex(subjectId))));
  }

  /** Every dated claim of this type whose SUBJECT is the entity, in {@link Evidence#ORDER}. */
  List<ClaimRow> datedBySubject(String subjectId, String type) {
    return read(
        GraphShape.entity(g, subjectId).in(SUBJECT).hasLabel(CLAIM).has("type", type).has("date"));
  }

  /** Every dated claim of this type about the event (ABOUT edge), in {@link Evidence#ORDER}. */
  List<ClaimRow> datedAbout(String eventId, String type) {
    return read(
        GraphShape.entity(g, eventId)
            .hasLabel(EntityType.EVENT.label())
            .in(ABOUT)
            .hasLabel(CLAIM)
            .has("type", type)
            .has("date"));
  }

  /**
   * The claims' evidence in the claims' order (the readers return them in {@link Evidence#ORDER}).
   */
  static List<Evidence> evidence(Collection<ClaimRow> claims) {
    return claims.stream().map(ClaimRow::evidence).toList();
  }

  /** The sorted distinct ids the claims name as left behind. */
  static List<String> from(Collection<ClaimRow> claims) {
    SortedSet<String> ids = new TreeSet<>();
    claims.forEach(claim -> ids.addAll(claim.from()));
    return List.copyOf(ids);
  }

  private static List<ClaimRow> read(GraphTraversal<Vertex, Vertex> claims) {
    // A by() that yields nothing filters the claim out (TinkerPop 3.6+): no article, no evidence.
    return claims
        .project("claim", "article", "subject", "object", "from")
        .by(__.elementMap("id", "date", "start", "sentence"))
        .by(__.out(STATED_IN).elementMap("id", "title", "file"))
        .by(__.out(SUBJECT).values("id"))
        .by(__.out(OBJECT).elementMap("id", "name"))
        .by(__.out(FROM).values("id").fold())
        .toStream()
        .map(ClaimReader::claimRow)
        .sorted((a, b) -> Evidence.ORDER.compare(a.evidence(), b.evidence()))
        .toList();
  }

  private static ClaimRow claimRow(Map<String, Object> row) {
    Map<?, ?> claim = (Map<?, ?>) row.get("claim");
    Map<?, ?> article = (Map<?, ?>) row.get("article");
    Object start = claim.get("start");
    Evidence evidence =
        new Evidence(
            (String) claim.get("id"),
            (String) article.get("id"),
            (String) article.get("title"),
            (String) article.get("file"),
            (String) claim.get("date"),
            start == null ? 0 : ((Number) start).intValue(),
            (String) claim.get("sentence"));
    List<String> from = ((List<?>) row.get("from")).stream().map(String.class::cast).toList();
    return new ClaimRow(
        evidence,
        (String) row.get("subject"),
        GraphShape.entityRef((Map<?, ?>) row.get("object")),
        from);
  }
}

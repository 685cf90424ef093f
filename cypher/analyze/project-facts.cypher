// Projects the facts projection (Projection.FACTS) into the GDS catalog as a simple graph, with a
// Cypher aggregation. $graph: the catalog name (unique per run); $undirected: read every pair both
// ways. Every :Entity is projected, isolated ones too (a node without a fact comes with a null
// target). The fact types are written out, not given as a list to filter on: an expansion by type
// reads only an entity's fact relationships, where a filter on type(r) reads every relationship of
// every entity, the claims' SUBJECT and OBJECT links and the articles' MENTIONS included, which grow
// with the corpus while the facts hardly do. ProjectionScriptsTest keeps the list equal to
// Projection.FACTS.
// Self-loops are dropped and parallel relationships collapsed (DISTINCT source, target). Undirected:
// each unordered pair once (the lower element id first), declared undirected so GDS reads it both ways.
MATCH (source:Entity)
OPTIONAL MATCH (source)-[r:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH]-(target:Entity)
WHERE target <> source
  AND CASE WHEN $undirected THEN elementId(source) < elementId(target) ELSE startNode(r) = source END
WITH DISTINCT source, target
WITH gds.graph.project($graph, source, target, {}, {
  undirectedRelationshipTypes: CASE WHEN $undirected THEN ['*'] ELSE [] END
}) AS graph
RETURN graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount;

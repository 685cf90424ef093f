// Projects a centrality projection into the GDS catalog as a simple graph, with a Cypher aggregation.
// $graph: the catalog name (unique per run); $label: the node label (every node with it is projected,
// isolated ones too: a node without a matching relationship comes with a null target);
// $types: the relationship types; $undirected: read every pair both ways.
// Self-loops are dropped and parallel relationships collapsed (DISTINCT source, target). Undirected:
// each unordered pair once (the lower element id first), declared undirected so GDS reads it both ways.
MATCH (source:$($label))
OPTIONAL MATCH (source)-[r]-(target:$($label))
WHERE type(r) IN $types
  AND target <> source
  AND CASE WHEN $undirected THEN elementId(source) < elementId(target) ELSE startNode(r) = source END
WITH DISTINCT source, target
WITH gds.graph.project($graph, source, target, {}, {
  undirectedRelationshipTypes: CASE WHEN $undirected THEN ['*'] ELSE [] END
}) AS graph
RETURN graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount;

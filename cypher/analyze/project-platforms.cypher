// Projects the platforms projection (Projection.PLATFORMS) into the GDS catalog as a simple graph,
// as project-facts.cypher does: every :Platform, with DISPLACED_TO (ProjectionScriptsTest keeps the
// type equal to Projection.PLATFORMS). $graph: the catalog name; $undirected: read pairs both ways.
MATCH (source:Platform)
OPTIONAL MATCH (source)-[r:DISPLACED_TO]-(target:Platform)
WHERE target <> source
  AND CASE WHEN $undirected THEN elementId(source) < elementId(target) ELSE startNode(r) = source END
WITH DISTINCT source, target
WITH gds.graph.project($graph, source, target, {}, {
  undirectedRelationshipTypes: CASE WHEN $undirected THEN ['*'] ELSE [] END
}) AS graph
RETURN graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount;

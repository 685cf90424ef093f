// Streams gds.degree.stream over the projected graph $graph with $configuration (built by Neo4jEngine
// from CentralityParameters), one row per node of the projection.
CALL gds.degree.stream($graph, $configuration)
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS node, score
RETURN node.id AS id, node.name AS name, node.type AS type, score;

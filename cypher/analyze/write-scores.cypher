// Stores one centrality run as a node property, for Bloom and Cypher to sort and style by.
// $label: the projection's node label; $property: the score property (Projection.scoreProperty, checked
// by ScoreWriter); $scores: [{id, score}] for the nodes of the run.
// First every node of the projection loses the property, so a rerun leaves no stale values.
MATCH (n:$($label))
WHERE n[$property] IS NOT NULL
SET n[$property] = null;

UNWIND $scores AS row
MATCH (n:Entity {id: row.id})
WHERE $label IN labels(n)
SET n[$property] = row.score
RETURN count(n) AS written;

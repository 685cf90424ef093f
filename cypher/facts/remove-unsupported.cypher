// Removes the facts of the given subjects that no claim supports any more.
// $subjectIds: entity ids; $types: the fact relationship types (RelationType names).
UNWIND $subjectIds AS sid
MATCH (s:Entity {id: sid})-[f]->(o:Entity)
WHERE type(f) IN $types
  AND NOT EXISTS { MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o) WHERE c.type = type(f) }
DELETE f;

// Every entity that is the subject of a claim or of a fact: what deriveAllFacts rebuilds.
// $types: the fact relationship types.
MATCH (s:Entity)
WHERE EXISTS { (s)<-[:SUBJECT]-(:Claim) }
   OR EXISTS { MATCH (s)-[f]->(:Entity) WHERE type(f) IN $types }
RETURN s.id AS id
ORDER BY id;

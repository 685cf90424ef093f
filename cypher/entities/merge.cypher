// Merges entity $fromId into entity $intoId (both exist): its MENTIONS (counts summed) and its
// claims' SUBJECT, OBJECT, FROM and ABOUT links move to the target, its name and surface forms join the
// target's names, claims that now relate the target to itself are deleted, and the entity goes
// (DETACH also removes its facts). Returns the subjects whose facts must be re-derived.
MATCH (from:Entity {id: $fromId}), (into:Entity {id: $intoId})
CALL (from) {
  OPTIONAL MATCH (from)<-[:SUBJECT|OBJECT|FROM|ABOUT]-(:Claim)-[:SUBJECT]->(s:Entity)
  RETURN collect(DISTINCT s.id) AS subjects
}
CALL (from, into) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(from)
  WITH a, m, into
  WHERE m IS NOT NULL
  MERGE (a)-[n:MENTIONS]->(into)
  SET n.count = coalesce(n.count, 0) + m.count
  DELETE m
  RETURN count(*) AS mentionLinks
}
CALL (from, into) {
  OPTIONAL MATCH (c:Claim)-[r:SUBJECT]->(from)
  WITH c, r, into
  WHERE r IS NOT NULL
  MERGE (c)-[:SUBJECT]->(into)
  DELETE r
  RETURN count(*) AS subjectLinks
}
CALL (from, into) {
  OPTIONAL MATCH (c:Claim)-[r:OBJECT]->(from)
  WITH c, r, into
  WHERE r IS NOT NULL
  MERGE (c)-[:OBJECT]->(into)
  DELETE r
  RETURN count(*) AS objectLinks
}
CALL (from, into) {
  OPTIONAL MATCH (c:Claim)-[r:FROM]->(from)
  WITH c, r, into
  WHERE r IS NOT NULL
  MERGE (c)-[:FROM]->(into)
  DELETE r
  RETURN count(*) AS fromLinks
}
CALL (from, into) {
  OPTIONAL MATCH (c:Claim)-[r:ABOUT]->(from)
  WITH c, r, into
  WHERE r IS NOT NULL
  MERGE (c)-[:ABOUT]->(into)
  DELETE r
  RETURN count(*) AS aboutLinks
}
SET into.names = reduce(acc = [], x IN coalesce(into.names, []) + [from.name] + coalesce(from.names, []) |
                   CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH from, into, subjects, mentionLinks, subjectLinks + objectLinks + fromLinks + aboutLinks AS claimLinks,
     [from.name] + coalesce(from.names, []) AS movedNames
CALL (into) {
  OPTIONAL MATCH (into)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(into)
  WITH c
  WHERE c IS NOT NULL
  DETACH DELETE c
  RETURN count(*) AS selfClaims
}
DETACH DELETE from
RETURN [s IN subjects | CASE WHEN s = $fromId THEN $intoId ELSE s END] + [$intoId] AS subjects,
       mentionLinks, claimLinks, selfClaims, into.names AS names,
       reduce(acc = [], x IN movedNames | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS movedNames;

// Entities for review, with what supports them: the articles that mention them, the number of
// mentions, and the claims that name them (as subject, object, platform left or event announced).
// $discoveredOnly: only entities marked discovered; $type: a type label, or null for all.
MATCH (e:Entity)
WHERE (NOT $discoveredOnly OR e.discovered = true)
  AND ($type IS NULL OR e.type = $type)
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH a, m
  ORDER BY a.file, a.id
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, file: a.file} END) AS articles,
         coalesce(sum(m.count), 0) AS mentions
}
CALL (e) {
  OPTIONAL MATCH (c:Claim)-[:SUBJECT|OBJECT|FROM|ABOUT]->(e)
  RETURN count(DISTINCT c) AS claims
}
RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name, coalesce(e.names, []) AS names,
       coalesce(e.discovered, false) AS discovered, articles, mentions, claims
ORDER BY mentions DESC, id;

// An article whose text changed keeps its source key but gets a new id: the old version goes,
// with its claims (and, through DETACH, its mentions), and nothing else.
// $articles: [{id, sourceKey}]. Returns the old ids and the subjects of the removed claims.
// replan=skip: planned once, with the index on sourceKey required by the hint, so that a plan made
// on a new store's first batch stays right as it grows; re-planning each time the counts drift
// costs every import.
CYPHER replan=skip
UNWIND $articles AS a
MATCH (old:Article {sourceKey: a.sourceKey})
USING INDEX old:Article(sourceKey)
WHERE old.id <> a.id
OPTIONAL MATCH (old)<-[:STATED_IN]-(c:Claim)
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
WITH old, old.id AS oldId, collect(DISTINCT c) AS claims, collect(DISTINCT s.id) AS subjects
FOREACH (c IN claims | DETACH DELETE c)
DETACH DELETE old
RETURN oldId, subjects;

// name: top-entities-by-degree
// description: Entities ranked by their degree in the stored graph: how many articles mention them and how many facts touch them.
// param: limit integer 10 how many entities to return
MATCH (e:Entity)
WITH e,
     COUNT { (:Article)-[:MENTIONS]->(e) } AS articles,
     COUNT { (e)-[:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH|DISPLACED_TO]-() } AS facts
WITH e, articles, facts, articles + facts AS degree
WHERE degree > 0
RETURN e.id AS id, e.name AS name, e.type AS type, degree, articles, facts
ORDER BY degree DESC, id ASC
LIMIT $limit

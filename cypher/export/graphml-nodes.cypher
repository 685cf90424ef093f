// GraphML nodes. The node key is "<id space>/<id>" because Entity, Article and Claim ids are
// unique only within their label; label is the most specific label (the entity type label,
// else Article or Claim), labels the Neo4j labels as ":Entity:Platform".
MATCH (n)
WHERE n:Entity OR n:Article OR n:Claim
WITH n, CASE WHEN n:Entity THEN 'Entity' WHEN n:Article THEN 'Article' ELSE 'Claim' END AS space
WITH n, space, [l IN labels(n) WHERE l <> space] AS others
RETURN space + '/' + n.id AS key,
       coalesce(head(others), space) AS label,
       reduce(text = ':' + space, l IN others | text + ':' + l) AS labels,
       properties(n) AS properties
ORDER BY key

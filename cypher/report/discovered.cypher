// name: discovered
// description: The $limit most mentioned entities found by extraction rather than taken from the gazetteer, as the saved query discovered-entities lists them all.
// param: limit integer 25 rows returned
MATCH (e:Entity)
WHERE e.discovered
WITH e, COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY articles DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.names AS names, articles

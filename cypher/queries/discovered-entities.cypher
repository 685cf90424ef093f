// name: discovered-entities
// description: Entities found by extraction rather than taken from the gazetteer, awaiting review (keep, rename or merge): id, name, type, surface forms and how many articles mention them. Most mentioned first, then by id.
MATCH (e:Entity)
WHERE e.discovered
RETURN e.id AS id, e.name AS name, e.type AS type, e.names AS names,
       COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY articles DESC, id

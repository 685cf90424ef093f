// name: Top entities by a centrality score, with the facts between them
// phrase: Top $limit entities by $property
// param: limit integer 10 how many entities to show
// param: property string pagerank the score property, e.g. pagerank, betweenness or platformsPagerank
// The scores are those `./driftgraph analyze centrality --write` stores; entities without the
// property are left out.
MATCH (entity:Entity)
WHERE entity[$property] IS NOT NULL
WITH entity
ORDER BY entity[$property] DESC, entity.id
LIMIT $limit
WITH collect(entity) AS top
UNWIND top AS entity
OPTIONAL MATCH (entity)-[fact:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH|DISPLACED_TO]->(other:Entity)
  WHERE other IN top
RETURN entity, collect(fact) AS facts

// name: Best connected entities: the most mentioned and most linked, with the facts between them
// phrase: Top $limit entities by degree
// param: limit integer 10 how many entities to show
// Degree: the articles that mention the entity plus the facts that touch it.
MATCH (entity:Entity)
WITH entity,
     COUNT { (:Article)-[:MENTIONS]->(entity) }
       + COUNT { (entity)-[:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH|DISPLACED_TO]-() } AS degree
WHERE degree > 0
WITH entity
ORDER BY degree DESC, entity.id
LIMIT $limit
WITH collect(entity) AS top
UNWIND top AS entity
OPTIONAL MATCH (entity)-[fact:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH|DISPLACED_TO]->(other:Entity)
  WHERE other IN top
RETURN entity, collect(fact) AS facts

// name: migrating-actors
// description: Every actor or outlet with at least one MIGRATED_TO fact, by id: the actors whose migration chains a report lists.
MATCH (actor:Entity)-[:MIGRATED_TO]->(:Entity)
RETURN DISTINCT actor.id AS id, actor.name AS name, actor.type AS type
ORDER BY id

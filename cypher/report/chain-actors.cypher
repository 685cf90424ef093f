// name: chain-actors
// description: The actors whose migration chains a report lists: of every actor or outlet with a MIGRATED_TO fact, the $limit with the most of them, by id, each row with the number of such actors in all.
// param: limit integer 25 rows returned
MATCH (actor:Entity)
WHERE EXISTS { (actor)-[:MIGRATED_TO]->(:Entity) }
WITH actor, COUNT { (actor)-[:MIGRATED_TO]->(:Entity) } AS moves
ORDER BY moves DESC, actor.id
WITH collect(actor) AS actors
UNWIND actors[0..$limit] AS actor
WITH actor, size(actors) AS total
ORDER BY actor.id
RETURN actor.id AS id, actor.name AS name, actor.type AS type, total

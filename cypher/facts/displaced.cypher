// (:Platform)-[:DISPLACED_TO {actors, evidence}]->(:Platform) from every MIGRATED_TO that names
// the platforms left, so that migration chains are paths. Rebuilt in place: first upsert what the
// facts support, then remove what they no longer support.
MATCH (a:Entity)-[m:MIGRATED_TO]->(to:Platform)
WHERE size(coalesce(m.from, [])) > 0
UNWIND m.from AS fromId
MATCH (origin:Platform {id: fromId})
WHERE origin <> to
WITH origin, to, a, m
ORDER BY a.id
WITH origin, to, collect(DISTINCT a.id) AS actors, sum(m.evidence) AS evidence
MERGE (origin)-[d:DISPLACED_TO]->(to)
SET d.actors = actors,
    d.evidence = evidence;

MATCH (origin:Platform)-[d:DISPLACED_TO]->(to:Platform)
WHERE NOT EXISTS { MATCH (:Entity)-[m:MIGRATED_TO]->(to) WHERE origin.id IN coalesce(m.from, []) }
DELETE d;

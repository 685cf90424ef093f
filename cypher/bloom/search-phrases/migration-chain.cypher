// name: Migration chain of an actor or outlet: the platforms it moved to, and from where
// phrase: Migration chain of $actor
// param: actor string - id of the actor or outlet, e.g. isis
// The actor, its MIGRATED_TO facts (their firstDate says when) and, for each platform it moved
// to, the DISPLACED_TO flows from the platforms that migration left.
MATCH (actor:Entity {id: $actor})-[migration:MIGRATED_TO]->(platform:Entity)
OPTIONAL MATCH flow = (left:Platform)-[:DISPLACED_TO]->(platform)
  WHERE left.id IN coalesce(migration.from, [])
RETURN actor, migration, platform, collect(flow) AS flows

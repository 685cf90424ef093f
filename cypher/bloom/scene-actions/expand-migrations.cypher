// name: Expand migrations
// The migrations around the selected entities: an actor's or outlet's MIGRATED_TO facts, and the
// DISPLACED_TO flows into and out of a platform (and the actors that moved to it).
MATCH (entity:Entity)
WHERE elementId(entity) IN $nodes
MATCH migration = (entity)-[:MIGRATED_TO|DISPLACED_TO]-(:Entity)
RETURN migration

// name: Displacement after bans: who banned whom, and where the banned went
// phrase: Displacement after bans
// Every BANNED_BY fact with the MIGRATED_TO facts of the banned actor or outlet to anywhere but
// the banner. Compare the facts' firstDate to read how fast they moved
// (`./driftgraph analyze displacement` gives the days).
MATCH (actor:Entity)-[ban:BANNED_BY]->(banner:Entity)
MATCH (actor)-[migration:MIGRATED_TO]->(platform:Entity)
WHERE platform <> banner
RETURN actor, ban, banner, migration, platform

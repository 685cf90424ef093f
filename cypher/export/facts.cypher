// facts.csv: every entity-to-entity relationship except the derived DISPLACED_TO
// (MIGRATED_TO, BANNED_BY, ANNOUNCED_ON, OWNED_BY and the secondary fact types).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) <> 'DISPLACED_TO'
RETURN a.id AS `:START_ID(Entity)`,
       type(r) AS `:TYPE`,
       b.id AS `:END_ID(Entity)`,
       r.evidence AS `evidence:int`,
       r.articles AS `articles:int`,
       r.firstDate AS firstDate,
       r.lastDate AS lastDate,
       r.confidence AS `confidence:double`,
       r.modality AS modality,
       r.from AS `from:string[]`,
       r.events AS `events:string[]`
ORDER BY a.id, type(r), b.id

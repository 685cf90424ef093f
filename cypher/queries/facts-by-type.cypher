// name: facts-by-type
// description: How many facts (one relationship per subject, type and object) the graph holds per type, with the claims behind them, by type. DISPLACED_TO, derived for paths, is not a fact.
MATCH (:Entity)-[f]->(:Entity)
WHERE type(f) IN ['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']
RETURN type(f) AS type, count(f) AS facts, sum(f.evidence) AS claims
ORDER BY type

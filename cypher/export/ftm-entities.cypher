// FollowTheMoney export: every entity with its type label, for the schema it maps to.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.names AS names, e.kind AS kind, e.date AS date,
       e.discovered AS discovered, [l IN labels(e) WHERE l <> 'Entity'][0] AS label
ORDER BY id

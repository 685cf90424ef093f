// entities.csv: one row per :Entity. Column aliases are the neo4j-admin import header.
MATCH (n:Entity)
RETURN n.id AS `id:ID(Entity)`,
       labels(n) AS `:LABEL`,
       n.name AS name,
       n.names AS `names:string[]`,
       n.type AS type,
       n.kind AS kind,
       n.date AS date,
       n.discovered AS `discovered:boolean`
ORDER BY n.id

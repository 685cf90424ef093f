// mentions.csv: (:Article)-[:MENTIONS {count}]->(:Entity).
MATCH (a:Article)-[r:MENTIONS]->(e:Entity)
RETURN a.id AS `:START_ID(Article)`,
       type(r) AS `:TYPE`,
       e.id AS `:END_ID(Entity)`,
       r.count AS `count:int`
ORDER BY a.id, e.id

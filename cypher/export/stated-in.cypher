// stated-in.csv: (:Claim)-[:STATED_IN]->(:Article).
MATCH (c:Claim)-[r:STATED_IN]->(a:Article)
RETURN c.id AS `:START_ID(Claim)`,
       type(r) AS `:TYPE`,
       a.id AS `:END_ID(Article)`
ORDER BY c.id, a.id

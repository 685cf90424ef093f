// claim-links.csv: a claim's arguments, (:Claim)-[:SUBJECT|OBJECT|FROM]->(:Entity).
// STATED_IN ends in the Article ID space, so it has its own file (stated-in.csv).
MATCH (c:Claim)-[r:SUBJECT|OBJECT|FROM]->(e:Entity)
RETURN c.id AS `:START_ID(Claim)`,
       type(r) AS `:TYPE`,
       e.id AS `:END_ID(Entity)`
ORDER BY c.id, type(r), e.id

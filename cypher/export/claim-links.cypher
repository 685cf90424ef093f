// claim-links.csv: a claim's arguments and the events it is about,
// (:Claim)-[:SUBJECT|OBJECT|FROM|ABOUT]->(:Entity).
// STATED_IN ends in the Article ID space, so it has its own file (stated-in.csv).
MATCH (c:Claim)-[r:SUBJECT|OBJECT|FROM|ABOUT]->(e:Entity)
RETURN c.id AS `:START_ID(Claim)`,
       type(r) AS `:TYPE`,
       e.id AS `:END_ID(Entity)`
ORDER BY c.id, type(r), e.id

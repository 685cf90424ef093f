// displaced.csv: (:Platform)-[:DISPLACED_TO {actors, evidence}]->(:Platform).
MATCH (a:Entity)-[r:DISPLACED_TO]->(b:Entity)
RETURN a.id AS `:START_ID(Entity)`,
       type(r) AS `:TYPE`,
       b.id AS `:END_ID(Entity)`,
       r.actors AS `actors:string[]`,
       r.evidence AS `evidence:int`
ORDER BY a.id, b.id

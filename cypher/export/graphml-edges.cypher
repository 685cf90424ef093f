// GraphML edges between the exported nodes, keyed like graphml-nodes.cypher.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Article OR a:Claim) AND (b:Entity OR b:Article OR b:Claim)
WITH r,
     CASE WHEN a:Entity THEN 'Entity' WHEN a:Article THEN 'Article' ELSE 'Claim' END + '/' + a.id AS source,
     CASE WHEN b:Entity THEN 'Entity' WHEN b:Article THEN 'Article' ELSE 'Claim' END + '/' + b.id AS target
RETURN source, target, type(r) AS label, properties(r) AS properties
ORDER BY source, label, target

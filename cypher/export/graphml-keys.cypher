// Property keys of the exported nodes and edges with the Cypher types of their values,
// so that GraphML <key> declarations can be written before the streamed elements.
MATCH (n)
WHERE n:Entity OR n:Article OR n:Claim
UNWIND keys(n) AS name
RETURN 'node' AS domain, name, collect(DISTINCT valueType(n[name])) AS types
UNION ALL
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Article OR a:Claim) AND (b:Entity OR b:Article OR b:Claim)
UNWIND keys(r) AS name
RETURN 'edge' AS domain, name, collect(DISTINCT valueType(r[name])) AS types

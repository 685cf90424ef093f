// name: Show evidence
// The claims behind the selection, each with its subject, object, the platforms left, the events it
// is about and the article that states it. A selected entity: every claim about it. A selected fact:
// the claims of its type from its subject to its object; for DISPLACED_TO, the MIGRATED_TO claims
// that left the one platform for the other. Three queries joined by UNION rather than a CALL
// subquery, so that it runs on every Neo4j 5 server.
MATCH (entity:Entity)<-[:SUBJECT|OBJECT]-(claim:Claim)
WHERE elementId(entity) IN coalesce($nodes, [])
MATCH evidence = (claim)-[:SUBJECT|OBJECT|FROM|ABOUT|STATED_IN]->()
RETURN evidence
UNION
MATCH (subject:Entity)-[fact]->(object:Entity)
WHERE elementId(fact) IN coalesce($relationships, [])
MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: type(fact)})-[:OBJECT]->(object)
MATCH evidence = (claim)-[:SUBJECT|OBJECT|FROM|ABOUT|STATED_IN]->()
RETURN evidence
UNION
MATCH (left:Platform)-[fact:DISPLACED_TO]->(to:Platform)
WHERE elementId(fact) IN coalesce($relationships, [])
MATCH (left)<-[:FROM]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
MATCH evidence = (claim)-[:SUBJECT|OBJECT|FROM|ABOUT|STATED_IN]->()
RETURN evidence

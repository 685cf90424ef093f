// The FROM platforms of new claims (write/new/claims.cypher): one row per claim and platform.
// $links: [{claimId, entityId}], distinct.
UNWIND $links AS l
MATCH (c:Claim {id: l.claimId})
MATCH (p:Entity {id: l.entityId})
CREATE (c)-[:FROM]->(p);

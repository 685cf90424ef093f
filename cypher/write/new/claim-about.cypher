// The events new claims (write/new/claims.cypher) are ABOUT: one row per claim and event.
// $links: [{claimId, entityId}], distinct.
UNWIND $links AS l
MATCH (c:Claim {id: l.claimId})
MATCH (e:Entity {id: l.entityId})
CREATE (c)-[:ABOUT]->(e);

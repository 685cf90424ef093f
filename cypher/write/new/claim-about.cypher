// The events new claims (write/new/claims.cypher) are ABOUT: one row per claim and event.
// $links: [{claimId, entityId}], distinct.
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $links AS l
MATCH (c:Claim {id: l.claimId})
MATCH (e:Entity {id: l.entityId})
CREATE (c)-[:ABOUT]->(e);

// Makes each article's claims exactly the given ones. A claim id already says its article, type,
// subject, object and offsets, so only its properties, its FROM platforms and the events it is
// ABOUT can differ.
// $articles: [{id, claims: [{id, subjectId, objectId, fromIds, eventIds, properties}]}].
UNWIND $articles AS a
MATCH (n:Article {id: a.id})
CALL (n, a) {
  MATCH (n)<-[:STATED_IN]-(old:Claim)
  WHERE NOT old.id IN [c IN a.claims | c.id]
  DETACH DELETE old
}
CALL (n, a) {
  UNWIND a.claims AS c
  MATCH (s:Entity {id: c.subjectId}), (o:Entity {id: c.objectId})
  MERGE (claim:Claim {id: c.id})
  SET claim = c.properties
  MERGE (claim)-[:STATED_IN]->(n)
  MERGE (claim)-[:SUBJECT]->(s)
  MERGE (claim)-[:OBJECT]->(o)
  WITH claim, c
  CALL (claim, c) {
    MATCH (claim)-[f:FROM]->(p:Entity)
    WHERE NOT p.id IN c.fromIds
    DELETE f
  }
  CALL (claim, c) {
    UNWIND c.fromIds AS fromId
    MATCH (p:Entity {id: fromId})
    MERGE (claim)-[:FROM]->(p)
  }
  CALL (claim, c) {
    MATCH (claim)-[a:ABOUT]->(e:Entity)
    WHERE NOT e.id IN c.eventIds
    DELETE a
  }
  CALL (claim, c) {
    UNWIND c.eventIds AS eventId
    MATCH (e:Entity {id: eventId})
    MERGE (claim)-[:ABOUT]->(e)
  }
};

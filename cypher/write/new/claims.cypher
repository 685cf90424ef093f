// The claims of new articles, one row per claim (claims.cypher's rows, flattened, one row per id).
// A claim id holds its article's id, so the claims of an article not stored yet are new: created
// with their STATED_IN, SUBJECT and OBJECT, where claims.cypher MERGEs each of them.
// $claims: [{articleId, subjectId, objectId, properties}].
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $claims AS c
MATCH (n:Article {id: c.articleId})
MATCH (s:Entity {id: c.subjectId})
MATCH (o:Entity {id: c.objectId})
CREATE (claim:Claim)
SET claim = c.properties
CREATE (claim)-[:STATED_IN]->(n),
       (claim)-[:SUBJECT]->(s),
       (claim)-[:OBJECT]->(o);

// The MENTIONS of new articles, one row per article and entity (mentions.cypher's rows, flattened):
// the article has no relationship yet, so each is created, never matched first.
// $mentions: [{articleId, entityId, count}].
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $mentions AS x
MATCH (n:Article {id: x.articleId})
MATCH (e:Entity {id: x.entityId})
CREATE (n)-[:MENTIONS {count: x.count}]->(e);

// Makes each article's MENTIONS exactly the given ones: one relationship per entity with its count.
// $articles: [{id, mentions: [{entityId, count}]}].
UNWIND $articles AS a
MATCH (n:Article {id: a.id})
CALL (n, a) {
  MATCH (n)-[m:MENTIONS]->(e:Entity)
  WHERE NOT e.id IN [x IN a.mentions | x.entityId]
  DELETE m
}
CALL (n, a) {
  UNWIND a.mentions AS x
  MATCH (e:Entity {id: x.entityId})
  MERGE (n)-[m:MENTIONS]->(e)
  SET m.count = x.count
};

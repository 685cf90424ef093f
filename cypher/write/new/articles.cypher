// Creates articles that are not stored yet (GraphWriter checked their ids in the same transaction):
// CREATE, where articles.cypher MERGEs and then deletes what a stored version had. Same properties.
// $articles: [{properties}].
UNWIND $articles AS a
CREATE (n:Article)
SET n = a.properties;

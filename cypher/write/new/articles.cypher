// Creates articles that are not stored yet (GraphWriter checked their ids in the same transaction):
// CREATE, where articles.cypher MERGEs and then deletes what a stored version had. Same properties.
// $articles: [{properties}].
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $articles AS a
CREATE (n:Article)
SET n = a.properties;

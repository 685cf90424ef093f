// Creates or refreshes articles; SET = replaces every property, so a property now null goes away.
// $articles: [{id, properties}].
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
SET n = a.properties;

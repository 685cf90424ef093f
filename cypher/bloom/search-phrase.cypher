// The Bloom search phrase around one saved query, filled in by org.driftgraph.bloom.SearchPhrases:
// {{query}} is cypher/queries/NAME.cypher as it is, {{columns}} the columns of its RETURN, {{facts}}
// the fact relationship types. Bloom draws graph elements, not rows, so the phrase returns the
// entities the rows name (every entity whose id is a string somewhere in a row, nested lists and
// maps included) and the facts between them. Needs APOC (apoc.convert.toJson).
CALL () {
{{query}}
}
WITH collect(apoc.convert.toJson([{{columns}}])) AS rows
MATCH (entity:Entity)
WHERE any(row IN rows WHERE row CONTAINS '"' + entity.id + '"')
WITH collect(entity) AS entities
OPTIONAL MATCH (subject:Entity)-[fact:{{facts}}]->(object:Entity)
WHERE subject IN entities AND object IN entities
RETURN entities, collect(fact) AS facts

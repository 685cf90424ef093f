// name: Discovered entities awaiting review, with the articles that mention them
// phrase: Discovered entities
// Names the extractor found from cues rather than from the gazetteer: review them, then keep,
// rename or fold them in with `./driftgraph merge`.
MATCH (entity:Entity {discovered: true})
OPTIONAL MATCH mention = (:Article)-[:MENTIONS]->(entity)
RETURN entity, collect(mention) AS mentions

// Suggestions for a search phrase parameter that takes an entity id, filled in by
// org.driftgraph.bloom.ParameterSuggestions: {{labels}} is the list of type labels the parameter
// admits. Best connected first, so that the first suggestion is one the graph says much about.
MATCH (entity:Entity)
WHERE any(label IN labels(entity) WHERE label IN {{labels}})
RETURN entity.id AS id
ORDER BY COUNT { (entity)--() } DESC, entity.id

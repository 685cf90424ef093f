// Suggestions for a search phrase parameter with a fixed set of values (relation types, score
// properties, a default), filled in by org.driftgraph.bloom.ParameterSuggestions.
UNWIND {{values}} AS value
RETURN value

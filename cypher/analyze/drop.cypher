// Drops a projected graph from the GDS catalog; a graph that is gone already is no error.
CALL gds.graph.drop($graph, false)
YIELD graphName
RETURN graphName;

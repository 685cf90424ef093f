// driftgraph's schema on JanusGraph. Run it once per graph before the first `--gremlin-load`: in the
// Gremlin Console (`:load gremlin/janusgraph-schema.groovy` with `graph` open), or as a Gremlin Server
// start-up script (ScriptFileGremlinPlugin `files:`), which is how JanusGraphServerIT uses it.
//
// The loader lets JanusGraph choose vertex ids and keeps driftgraph's key ("Entity/isis",
// "Claim/<id>") in the property vertexKey; every lookup goes through it, so it gets a composite index.
// Everything else is left to JanusGraph's default schema maker: String, Long, Double and Boolean
// values with SINGLE cardinality (the loader writes list values as JSON array strings).
// An index declared after data was loaded covers only new vertices until it is reindexed
// (ManagementSystem.updateIndex(..., SchemaAction.REINDEX)): declare it first.

def defineDriftgraphSchema(graph) {
  def management = graph.openManagement()
  if (management.getGraphIndex('driftgraphByVertexKey') != null) {
    management.rollback()
    return
  }
  def vertexKey = management.containsPropertyKey('vertexKey')
      ? management.getPropertyKey('vertexKey')
      : management.makePropertyKey('vertexKey')
          .dataType(String.class)
          .cardinality(org.janusgraph.core.Cardinality.SINGLE)
          .make()
  management.buildIndex('driftgraphByVertexKey', org.apache.tinkerpop.gremlin.structure.Vertex.class)
      .addKey(vertexKey)
      .buildCompositeIndex()
  management.commit()
}

defineDriftgraphSchema(graph)

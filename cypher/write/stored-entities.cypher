// The stored state of entities, in the shape of the rows of entities.cypher, so that an import
// rewrites only the gazetteer entities that changed: upserting hundreds of unchanged entities
// at every import costs a write transaction for nothing.
// $ids: entity ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.type AS label, n.name AS name, n.names AS names, n.kind AS kind,
       n.date AS date, n.discovered AS discovered;

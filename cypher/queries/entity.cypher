// name: entity
// description: One entity by id: its id, English name and type label. No row when the graph has no entity with that id.
// param: id string - id of the entity, e.g. tamtam
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type

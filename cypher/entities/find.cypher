// One entity by id, as the merge checks it. $id.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name, coalesce(e.names, []) AS names,
       coalesce(e.discovered, false) AS discovered;

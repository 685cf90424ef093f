// The ids among $ids that name a stored entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id;

// name: all-entities
// description: Every entity with its id, English name and type, by id: what a report compares with the previous one to list new entities.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type
ORDER BY id

// Every entity id, sorted: what an unknown id is compared with to suggest the nearest ones.
MATCH (e:Entity)
RETURN e.id AS id
ORDER BY id;

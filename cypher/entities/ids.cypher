// Every entity id: what an unknown id is compared with to suggest the nearest ones.
MATCH (e:Entity)
RETURN e.id AS id;

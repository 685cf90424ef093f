// name: owned-platforms
// description: Every platform with at least one OWNED_BY fact, by id: the platforms whose ownership chains a report lists.
MATCH (platform:Platform)-[:OWNED_BY]->(:Entity)
RETURN DISTINCT platform.id AS id, platform.name AS name, platform.type AS type
ORDER BY id

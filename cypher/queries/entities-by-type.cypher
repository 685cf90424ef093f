// name: entities-by-type
// description: How many entities the graph holds per type label (Actor, Platform, ...), by type.
MATCH (e:Entity)
RETURN e.type AS type, count(e) AS entities
ORDER BY type

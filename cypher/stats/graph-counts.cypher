// Node count per label and relationship count per type from Neo4j's count store: constant time,
// built in (no APOC). On Enterprise servers db.stats.retrieve needs the admin role.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NOT NULL AND x.count > 0 | {name: x.label, count: x.count}] AS nodes,
       [x IN data.relationships
          WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL AND x.count > 0
          | {name: x.relationshipType, count: x.count}] AS relationships;

// name: Shortest paths between two entities over the facts, in either direction
// phrase: Shortest paths from $from to $to
// param: from string - id of the entity the path starts at, e.g. nashir-news-agency
// param: to string - id of the entity the path ends at, e.g. mail-ru-group
// At most 15 hops; DISPLACED_TO is left out, as in `./driftgraph analyze path`.
MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
WHERE start <> end
MATCH path = allShortestPaths((start)-[:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH*..15]-(end))
RETURN path

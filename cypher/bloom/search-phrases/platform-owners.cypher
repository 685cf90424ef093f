// name: Platform owners: every platform with an owner, and the owner
// phrase: Platform owners
MATCH (platform:Entity)-[ownership:OWNED_BY]->(owner:Entity)
RETURN platform, ownership, owner

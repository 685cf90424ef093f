// name: Bans, migrations and announcements: the core facts of the graph
// phrase: Bans migrations and announcements
MATCH (subject:Entity)-[fact:BANNED_BY|MIGRATED_TO|ANNOUNCED_ON]->(object:Entity)
RETURN subject, fact, object

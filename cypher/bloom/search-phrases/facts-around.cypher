// name: Facts around an entity: every fact it is the subject or the object of
// phrase: Facts around $entity
// param: entity string - id of the entity, e.g. tamtam
MATCH (entity:Entity {id: $entity})-[fact:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH]-(other:Entity)
RETURN entity, fact, other

// name: Ownership chain of a platform: who owns it, up to the top owner
// phrase: Ownership chain of $platform
// param: platform string - id of the platform, e.g. tamtam
MATCH chain = (:Entity {id: $platform})-[:OWNED_BY*1..10]->(:Entity)
RETURN chain

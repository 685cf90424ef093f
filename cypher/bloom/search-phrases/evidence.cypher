// name: Evidence for a fact: the claims behind it and the articles that state them
// phrase: Evidence for $subject $type $object
// param: subject string - id of the subject entity, e.g. isis
// param: type string - relation type, e.g. MIGRATED_TO
// param: object string - id of the object entity, e.g. tamtam
// Each claim with its subject, object, the platforms left, the events it is about and the article
// that states it (the sentence and the date are on the claim).
MATCH (subject:Entity {id: $subject})<-[:SUBJECT]-(claim:Claim {type: $type})-[:OBJECT]->(:Entity {id: $object})
MATCH evidence = (claim)-[:SUBJECT|OBJECT|FROM|ABOUT|STATED_IN]->()
RETURN evidence

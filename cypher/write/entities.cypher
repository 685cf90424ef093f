// Upserts entities by id with their one type label.
// $entities: [{id, label, name, names, kind, date, discovered}]; label is an EntityType label.
// A gazetteer entity (discovered = false) is never overwritten by a discovered one. When a
// discovered entity is seen again, its surface forms accumulate.
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
WITH n, e
WHERE n.discovered IS NULL OR n.discovered OR NOT e.discovered
WITH n, e,
     CASE WHEN n.discovered AND e.discovered
       THEN reduce(acc = [], x IN coalesce(n.names, []) + e.names | CASE WHEN x IN acc THEN acc ELSE acc + x END)
       ELSE e.names
     END AS names
REMOVE n:Actor:Platform:Outlet:Organization:Event
SET n:$(e.label),
    n.name = e.name,
    n.names = names,
    n.type = e.label,
    n.kind = e.kind,
    n.date = e.date,
    n.discovered = e.discovered;

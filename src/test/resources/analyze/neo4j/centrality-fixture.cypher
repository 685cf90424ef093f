// A star for the centrality measures, with facts written directly (no claims): TamTam in the
// middle of alpha, bravo, charlie and Mail.Ru Group; Hoop, Riot and Telegram have no facts.
// Parallel facts (alpha MIGRATED_TO and BANNED_BY TamTam) and a self-loop (TamTam PARTNERED_WITH
// TamTam) must not change a score; DISPLACED_TO is only in the platforms projection.
UNWIND [
  {id: 'alpha', label: 'Actor'}, {id: 'bravo', label: 'Actor'}, {id: 'charlie', label: 'Actor'},
  {id: 'tamtam', label: 'Platform'}, {id: 'hoop', label: 'Platform'}, {id: 'riot', label: 'Platform'},
  {id: 'telegram', label: 'Platform'}, {id: 'mail-ru-group', label: 'Organization'}
] AS e
CREATE (:Entity:$(e.label) {id: e.id, name: toUpper(left(e.id, 1)) + substring(e.id, 1), type: e.label});

UNWIND [
  ['alpha', 'MIGRATED_TO', 'tamtam'], ['alpha', 'BANNED_BY', 'tamtam'], ['bravo', 'MIGRATED_TO', 'tamtam'],
  ['charlie', 'ACTIVE_ON', 'tamtam'], ['charlie', 'MIGRATED_TO', 'tamtam'], ['tamtam', 'OWNED_BY', 'mail-ru-group'],
  ['tamtam', 'PARTNERED_WITH', 'tamtam'],
  ['riot', 'DISPLACED_TO', 'telegram'], ['telegram', 'DISPLACED_TO', 'tamtam'], ['riot', 'DISPLACED_TO', 'tamtam']
] AS r
MATCH (s:Entity {id: r[0]}), (o:Entity {id: r[2]})
CREATE (s)-[:$(r[1])]->(o);

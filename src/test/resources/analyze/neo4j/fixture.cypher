// A small hand-made graph for Neo4jEngineIT: entities, articles and claims about ISIS, Nashir and
// Amaq moving from Riot and Telegram to TamTam. The facts are derived from it by GraphWriter.
// Zello and Zello Inc own each other: an ownership cycle. Sentences are invented for the fixture.
UNWIND [
  {id: 'isis', label: 'Actor', name: 'Islamic State'},
  {id: 'nashir-news-agency', label: 'Outlet', name: 'Nashir News Agency'},
  {id: 'amaq', label: 'Outlet', name: 'Amaq'},
  {id: 'riot', label: 'Platform', name: 'Riot'},
  {id: 'telegram', label: 'Platform', name: 'Telegram'},
  {id: 'tamtam', label: 'Platform', name: 'TamTam'},
  {id: 'hoop', label: 'Platform', name: 'Hoop'},
  {id: 'twitter', label: 'Platform', name: 'Twitter'},
  {id: 'odnoklassniki', label: 'Organization', name: 'Odnoklassniki'},
  {id: 'mail-ru-group', label: 'Organization', name: 'Mail.Ru Group'},
  {id: 'zello', label: 'Platform', name: 'Zello'},
  {id: 'zello-inc', label: 'Organization', name: 'Zello Inc'},
  {id: 'london-bridge-attack-2019', label: 'Event', name: 'London Bridge attack (2019)'}
] AS e
CREATE (n:Entity:$(e.label) {id: e.id, name: e.name, names: [e.name], type: e.label, discovered: false});

UNWIND [
  {id: 'art-1', file: 'corpus/a.txt', title: 'First report'},
  {id: 'art-2', file: 'corpus/b.txt', title: 'Second report'},
  {id: 'art-3', file: 'corpus/c.txt', title: 'Third report'}
] AS a
CREATE (:Article {id: a.id, sourceKey: a.file, file: a.file, title: a.title, language: 'en',
                  published: '2019-12-05', text: 'Fixture article ' + a.id});

UNWIND [
  {id: 'm1', type: 'MIGRATED_TO', s: 'isis', o: 'telegram', from: ['riot'], date: '2016', article: 'art-1', start: 10},
  {id: 'm2', type: 'MIGRATED_TO', s: 'isis', o: 'tamtam', from: ['telegram'], date: '2019-11-25', article: 'art-2', start: 40},
  {id: 'm3', type: 'MIGRATED_TO', s: 'isis', o: 'tamtam', from: ['telegram'], date: null, article: 'art-1', start: 50},
  {id: 'm4', type: 'MIGRATED_TO', s: 'isis', o: 'hoop', from: [], date: null, article: 'art-3', start: 5},
  {id: 'b1', type: 'BANNED_BY', s: 'isis', o: 'telegram', from: [], date: '2019-11-24', article: 'art-1', start: 20},
  {id: 'b2', type: 'BANNED_BY', s: 'isis', o: 'telegram', from: [], date: '2019-11-22', article: 'art-2', start: 30},
  {id: 'm5', type: 'MIGRATED_TO', s: 'nashir-news-agency', o: 'tamtam', from: ['telegram'], date: '2019-11-02', article: 'art-2', start: 60},
  {id: 'm6', type: 'MIGRATED_TO', s: 'nashir-news-agency', o: 'hoop', from: [], date: '2019-10-30', article: 'art-3', start: 15},
  {id: 'b3', type: 'BANNED_BY', s: 'nashir-news-agency', o: 'telegram', from: [], date: '2019-11', article: 'art-3', start: 25},
  {id: 'b4', type: 'BANNED_BY', s: 'amaq', o: 'twitter', from: [], date: null, article: 'art-1', start: 70},
  {id: 'o1', type: 'OWNED_BY', s: 'tamtam', o: 'odnoklassniki', from: [], date: '2019', article: 'art-1', start: 80},
  {id: 'o2', type: 'OWNED_BY', s: 'odnoklassniki', o: 'mail-ru-group', from: [], date: null, article: 'art-2', start: 90},
  {id: 'o3', type: 'OWNED_BY', s: 'tamtam', o: 'mail-ru-group', from: [], date: null, article: 'art-3', start: 10},
  {id: 'o4', type: 'OWNED_BY', s: 'tamtam', o: 'mail-ru-group', from: [], date: null, article: 'art-1', start: 100},
  {id: 'o5', type: 'OWNED_BY', s: 'zello', o: 'zello-inc', from: [], date: null, article: 'art-3', start: 140},
  {id: 'o6', type: 'OWNED_BY', s: 'zello-inc', o: 'zello', from: [], date: null, article: 'art-3', start: 150},
  {id: 'n1', type: 'ANNOUNCED_ON', s: 'nashir-news-agency', o: 'tamtam', from: [], date: '2019-11-30T17:55Z', article: 'art-1', start: 110, about: 'london-bridge-attack-2019'},
  {id: 'n2', type: 'ANNOUNCED_ON', s: 'amaq', o: 'telegram', from: [], date: '2019-11-30T17:56Z', article: 'art-2', start: 120, about: 'london-bridge-attack-2019'},
  {id: 'n3', type: 'ANNOUNCED_ON', s: 'isis', o: 'tamtam', from: [], date: '2019-11-30T18:10Z', article: 'art-3', start: 30, about: 'london-bridge-attack-2019'},
  {id: 'n4', type: 'ANNOUNCED_ON', s: 'nashir-news-agency', o: 'hoop', from: [], date: '2019-12-02', article: 'art-2', start: 130, about: 'london-bridge-attack-2019'},
  {id: 'n5', type: 'ANNOUNCED_ON', s: 'amaq', o: 'twitter', from: [], date: null, article: 'art-3', start: 40, about: 'london-bridge-attack-2019'}
] AS c
MATCH (s:Entity {id: c.s}), (o:Entity {id: c.o}), (a:Article {id: c.article})
CREATE (claim:Claim {id: c.id, type: c.type, sentence: 'Fixture sentence ' + c.id + '.', sentenceStart: c.start,
                     start: c.start, end: c.start + 12, date: c.date, modality: 'asserted', confidence: 0.8,
                     rule: 'fixture'})
CREATE (claim)-[:SUBJECT]->(s), (claim)-[:OBJECT]->(o), (claim)-[:STATED_IN]->(a)
WITH claim, c
CALL (claim, c) {
  UNWIND c.from AS fromId
  MATCH (p:Entity {id: fromId})
  CREATE (claim)-[:FROM]->(p)
}
CALL (claim, c) {
  MATCH (event:Entity {id: c.about})
  CREATE (claim)-[:ABOUT]->(event)
};

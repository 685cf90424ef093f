// A small graph for the gremlin engine's tests (our own sentences, no corpus text). Facts are not
// written here: the tests derive them from these claims with the store's own fact derivation.
// Hand-checked results are in GremlinEngineIT.
UNWIND [
  {id: 'isis', label: 'Actor', name: 'Islamic State', kind: 'group', names: ['Islamic State', 'داعش']},
  {id: 'nashir-news-agency', label: 'Outlet', name: 'Nashir News Agency', kind: 'propaganda', names: ['Nashir', 'ناشر']},
  {id: 'amaq-news-agency', label: 'Outlet', name: 'Amaq News Agency', kind: 'propaganda', names: ['Amaq', 'أعماق']},
  {id: 'telegram', label: 'Platform', name: 'Telegram', names: ['Telegram', 'تيليجرام']},
  {id: 'tamtam', label: 'Platform', name: 'TamTam', names: ['TamTam', 'تام تام']},
  {id: 'twitter', label: 'Platform', name: 'Twitter', names: ['Twitter']},
  {id: 'riot', label: 'Platform', name: 'Riot', names: ['Riot']},
  {id: 'odnoklassniki', label: 'Platform', name: 'Odnoklassniki', names: ['Odnoklassniki', 'OK']},
  {id: 'mail-ru-group', label: 'Organization', name: 'Mail.Ru Group', kind: 'company', names: ['Mail.Ru Group']},
  {id: 'europol', label: 'Organization', name: 'Europol', kind: 'agency', names: ['Europol']},
  {id: 'london-bridge-attack-2019', label: 'Event', name: 'London Bridge attack (2019)', date: '2019-11-29', names: ['London Bridge attack']}
] AS e
CREATE (n:Entity {id: e.id, name: e.name, names: e.names, type: e.label, kind: e.kind, date: e.date, discovered: false})
SET n:$(e.label);

UNWIND [
  {id: 'a1', title: 'Channels taken down', file: 'fixture/a1.txt', published: '2019-11-26', language: 'en'},
  {id: 'a2', title: 'A new home for the channels', file: 'fixture/a2.txt', published: '2019-11-30', language: 'en'},
  {id: 'a3', title: 'Who announced what', file: 'fixture/a3.txt', published: '2019-12-02', language: 'en'},
  {id: 'a4', title: 'Who owns the messenger', file: 'fixture/a4.txt', published: '2020-01-10', language: 'en'}
] AS a
CREATE (:Article {id: a.id, title: a.title, file: a.file, sourceKey: a.file, published: a.published,
                  language: a.language, sha256: a.id, text: 'Fixture article ' + a.id + '.'});

// Claims: c.from are the platforms left (FROM edges), c.about the event (ABOUT edge).
UNWIND [
  {id: 'c01', type: 'MIGRATED_TO', s: 'isis', o: 'tamtam', from: ['telegram'], art: 'a2', date: '2019-11-25', start: 10, sentence: 'The group took its channels to TamTam on 25 November.'},
  {id: 'c02', type: 'MIGRATED_TO', s: 'isis', o: 'tamtam', from: ['telegram'], art: 'a1', date: '2019-11', start: 200, sentence: 'In November the group started posting on TamTam.'},
  {id: 'c03', type: 'BANNED_BY', s: 'isis', o: 'telegram', art: 'a1', date: '2019-11-22', start: 50, sentence: 'Telegram took the group offline on 22 November.'},
  {id: 'c04', type: 'MIGRATED_TO', s: 'isis', o: 'telegram', from: ['twitter'], art: 'a3', date: '2015', start: 300, sentence: 'Back in 2015 the group left Twitter for Telegram.'},
  {id: 'c05', type: 'MIGRATED_TO', s: 'nashir-news-agency', o: 'tamtam', art: 'a2', start: 80, sentence: 'The agency publishes on TamTam now.'},
  {id: 'c06', type: 'MIGRATED_TO', s: 'nashir-news-agency', o: 'telegram', art: 'a3', date: '2016', start: 20, sentence: 'The agency joined Telegram in 2016.'},
  {id: 'c07', type: 'ANNOUNCED_ON', s: 'nashir-news-agency', o: 'tamtam', about: 'london-bridge-attack-2019', art: 'a2', date: '2019-11-29T17:55Z', start: 150, sentence: 'The agency posted the claim on TamTam at 17:55 GMT.'},
  {id: 'c08', type: 'ANNOUNCED_ON', s: 'nashir-news-agency', o: 'tamtam', about: 'london-bridge-attack-2019', art: 'a3', start: 400, sentence: 'The agency also repeated the claim on TamTam.'},
  {id: 'c09', type: 'ANNOUNCED_ON', s: 'nashir-news-agency', o: 'telegram', about: 'london-bridge-attack-2019', art: 'a3', date: '2019-11-29T17:56Z', start: 120, sentence: 'A minute later, at 17:56 GMT, it appeared on Telegram.'},
  {id: 'c10', type: 'ANNOUNCED_ON', s: 'isis', o: 'telegram', about: 'london-bridge-attack-2019', art: 'a3', date: '2019-11-29T18:10Z', start: 500, sentence: 'The group itself posted on Telegram at 18:10 GMT.'},
  {id: 'c11', type: 'ANNOUNCED_ON', s: 'amaq-news-agency', o: 'riot', about: 'london-bridge-attack-2019', art: 'a3', date: '2019-11-30', start: 600, sentence: 'Amaq carried it on Riot the next day.'},
  {id: 'c12', type: 'CLAIMED', s: 'nashir-news-agency', o: 'london-bridge-attack-2019', art: 'a2', date: '2019-11-29', start: 160, sentence: 'The agency claimed the London Bridge attack.'},
  {id: 'c13', type: 'BANNED_BY', s: 'amaq-news-agency', o: 'telegram', art: 'a1', date: '2019-11-22', start: 90, sentence: 'Amaq lost its Telegram channels on 22 November.'},
  {id: 'c14', type: 'MIGRATED_TO', s: 'amaq-news-agency', o: 'tamtam', from: ['telegram'], art: 'a1', date: '2019-11-24', start: 120, sentence: 'Amaq moved from Telegram to TamTam on 24 November.'},
  {id: 'c15', type: 'MIGRATED_TO', s: 'amaq-news-agency', o: 'telegram', art: 'a3', date: '2019-12-01', start: 700, sentence: 'Amaq was back on Telegram by 1 December.'},
  {id: 'c16', type: 'MIGRATED_TO', s: 'amaq-news-agency', o: 'riot', art: 'a1', date: '2019-10-30', start: 20, sentence: 'Amaq had opened a Riot room on 30 October.'},
  {id: 'c17', type: 'MIGRATED_TO', s: 'amaq-news-agency', o: 'riot', art: 'a3', date: '2019', start: 800, sentence: 'Amaq used Riot in 2019.'},
  {id: 'c18', type: 'AFFILIATED_WITH', s: 'amaq-news-agency', o: 'isis', art: 'a1', start: 5, sentence: 'Amaq speaks for the group.'},
  {id: 'c19', type: 'OWNED_BY', s: 'tamtam', o: 'odnoklassniki', art: 'a4', date: '2017', start: 10, sentence: 'TamTam was launched by Odnoklassniki in 2017.'},
  {id: 'c20', type: 'OWNED_BY', s: 'odnoklassniki', o: 'mail-ru-group', art: 'a4', start: 60, sentence: 'Odnoklassniki belongs to Mail.Ru Group.'},
  {id: 'c21', type: 'OWNED_BY', s: 'tamtam', o: 'mail-ru-group', art: 'a4', date: '2018', start: 120, sentence: 'Mail.Ru Group ran TamTam in 2018.'},
  {id: 'c22', type: 'ANNOUNCED_ON', s: 'amaq-news-agency', o: 'telegram', art: 'a3', date: '2019-11-28', start: 900, sentence: 'Amaq announced something else on Telegram.'},
  {id: 'c23', type: 'BANNED_BY', s: 'nashir-news-agency', o: 'twitter', art: 'a1', start: 300, sentence: 'Twitter suspended the agency at some point.'}
] AS c
MATCH (s:Entity {id: c.s}), (o:Entity {id: c.o}), (article:Article {id: c.art})
CREATE (claim:Claim {id: c.id, type: c.type, sentence: c.sentence, start: c.start, end: c.start + size(c.sentence),
                     date: c.date, datePrecision: CASE size(coalesce(c.date, '')) WHEN 0 THEN null WHEN 4 THEN 'YEAR'
                       WHEN 7 THEN 'MONTH' WHEN 10 THEN 'DAY' ELSE 'MINUTE' END,
                     modality: 'asserted', confidence: 0.8, rule: 'fixture'})
CREATE (claim)-[:STATED_IN]->(article), (claim)-[:SUBJECT]->(s), (claim)-[:OBJECT]->(o)
WITH claim, c
CALL (claim, c) {
  UNWIND coalesce(c.from, []) AS fromId
  MATCH (p:Entity {id: fromId})
  CREATE (claim)-[:FROM]->(p)
}
CALL (claim, c) {
  UNWIND CASE WHEN c.about IS NULL THEN [] ELSE [c.about] END AS eventId
  MATCH (e:Entity {id: eventId})
  CREATE (claim)-[:ABOUT]->(e)
};

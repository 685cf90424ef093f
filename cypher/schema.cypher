// driftgraph schema: applied at every start; every statement is idempotent (IF NOT EXISTS).
// The last statement waits until the indexes are online, so a fresh import can use them at once.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;

CREATE INDEX article_source_key IF NOT EXISTS FOR (a:Article) ON (a.sourceKey);
// No index on Article.sha256: no statement looks an article up by it (the id is its prefix), and
// its 64-character values made it the largest of the article indexes (docs/benchmarks.md).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);

// Lucene's Arabic analyzer folds hamza forms and strips the article and the conjunction wa-,
// so 'تيليجرام' finds 'والتيليجرام'. Latin words are lowercased and found as usual.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (a:Article) ON EACH [a.title, a.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.names]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};

CALL db.awaitIndexes(300);

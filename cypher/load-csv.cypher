// Loads the CSV files that CsvExporter writes (the CLI writes them to import/csv/) into the
// running database with LOAD CSV. Paths are relative to the DBMS import directory (the project's
// import/), so 'file:///csv/entities.csv' is import/csv/entities.csv.
//
// Run it statement by statement in auto-commit transactions (cypher-shell, Neo4j Browser, or the
// driver's session.run): CALL { ... } IN TRANSACTIONS commits every 1000 rows and is refused inside
// an explicit transaction. Every statement MERGEs on ids, so running the script again updates the
// graph instead of duplicating it. The uniqueness constraints come first so that MERGE is an index
// lookup, and IF NOT EXISTS leaves the store's own schema in place when it is already applied.
//
// Relationship types are written out, one fixed type per MERGE: MERGE with a type read from the
// row ($(row.`:TYPE`)) is planned as a scan of every relationship for each row, which makes a
// load quadratic. With a fixed type it expands from the two nodes (Expand(Into)), in linear time.
// A file that holds several types (claim-links.csv, facts.csv) goes through a UNION of one MERGE
// per type, each taken only by the rows of its type: a row of any other type is skipped.
//
// The header names are read as written, with their neo4j-admin types: row.`count:int` and so on.
// Labels and list elements are separated by the array delimiter, a semicolon, written below as the
// escape \u003B so that the script holds a semicolon only where a statement ends. A missing
// property is an empty field (null), an empty list a quoted empty field (''), read back as [].
// (The import tool below reads that empty field as no value: there the list property is missing.)
//
// The same files load faster, into a new database, with the import tool:
//
//   bin/neo4j-admin database import full neo4j \
//     --nodes=import/csv/entities.csv --nodes=import/csv/articles.csv --nodes=import/csv/claims.csv \
//     --relationships=import/csv/mentions.csv --relationships=import/csv/claim-links.csv \
//     --relationships=import/csv/stated-in.csv --relationships=import/csv/facts.csv \
//     --relationships=import/csv/displaced.csv \
//     --delimiter=, --array-delimiter=U+003B --quote=U+0022 --multiline-fields=true \
//     --id-type=string --input-encoding=UTF-8

CREATE CONSTRAINT IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///csv/entities.csv' AS row
CALL (row) {
  MERGE (n:Entity {id: row.`id:ID(Entity)`})
  SET n:$(split(row.`:LABEL`, '\u003B')),
      n.name = row.name,
      n.names = CASE row.`names:string[]` WHEN '' THEN [] ELSE split(row.`names:string[]`, '\u003B') END,
      n.type = row.type,
      n.kind = row.kind,
      n.date = row.date,
      n.discovered = toBoolean(row.`discovered:boolean`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/articles.csv' AS row
CALL (row) {
  MERGE (n:Article {id: row.`id:ID(Article)`})
  SET n:$(split(row.`:LABEL`, '\u003B')),
      n.sourceKey = row.sourceKey,
      n.title = row.title,
      n.url = row.url,
      n.published = row.published,
      n.language = row.language,
      n.publisher = row.publisher,
      n.file = row.file,
      n.sha256 = row.sha256,
      n.encoding = row.encoding,
      n.encodingEvidence = row.encodingEvidence,
      n.text = row.text
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/claims.csv' AS row
CALL (row) {
  MERGE (n:Claim {id: row.`id:ID(Claim)`})
  SET n:$(split(row.`:LABEL`, '\u003B')),
      n.type = row.type,
      n.sentence = row.sentence,
      n.sentenceStart = toInteger(row.`sentenceStart:int`),
      n.start = toInteger(row.`start:int`),
      n.end = toInteger(row.`end:int`),
      n.date = row.date,
      n.datePrecision = row.datePrecision,
      n.modality = row.modality,
      n.confidence = toFloat(row.`confidence:double`),
      n.rule = row.rule
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/mentions.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (e:Entity {id: row.`:END_ID(Entity)`})
  WITH a, e, row WHERE row.`:TYPE` = 'MENTIONS'
  MERGE (a)-[r:MENTIONS]->(e)
  SET r.count = toInteger(row.`count:int`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/claim-links.csv' AS row
CALL (row) {
  MATCH (c:Claim {id: row.`:START_ID(Claim)`})
  MATCH (e:Entity {id: row.`:END_ID(Entity)`})
  CALL (row, c, e) {
    WITH * WHERE row.`:TYPE` = 'SUBJECT' MERGE (c)-[:SUBJECT]->(e)
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'OBJECT' MERGE (c)-[:OBJECT]->(e)
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'FROM' MERGE (c)-[:FROM]->(e)
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'ABOUT' MERGE (c)-[:ABOUT]->(e)
  }
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/stated-in.csv' AS row
CALL (row) {
  MATCH (c:Claim {id: row.`:START_ID(Claim)`})
  MATCH (a:Article {id: row.`:END_ID(Article)`})
  WITH c, a, row WHERE row.`:TYPE` = 'STATED_IN'
  MERGE (c)-[:STATED_IN]->(a)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/facts.csv' AS row
CALL (row) {
  MATCH (a:Entity {id: row.`:START_ID(Entity)`})
  MATCH (b:Entity {id: row.`:END_ID(Entity)`})
  CALL (row, a, b) {
    WITH * WHERE row.`:TYPE` = 'MIGRATED_TO' MERGE (a)-[r:MIGRATED_TO]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'BANNED_BY' MERGE (a)-[r:BANNED_BY]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'ANNOUNCED_ON' MERGE (a)-[r:ANNOUNCED_ON]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'OWNED_BY' MERGE (a)-[r:OWNED_BY]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'AFFILIATED_WITH' MERGE (a)-[r:AFFILIATED_WITH]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'CLAIMED' MERGE (a)-[r:CLAIMED]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'ACTIVE_ON' MERGE (a)-[r:ACTIVE_ON]->(b) RETURN r
    UNION ALL
    WITH * WHERE row.`:TYPE` = 'PARTNERED_WITH' MERGE (a)-[r:PARTNERED_WITH]->(b) RETURN r
  }
  SET r.evidence = toInteger(row.`evidence:int`),
      r.articles = toInteger(row.`articles:int`),
      r.firstDate = row.firstDate,
      r.lastDate = row.lastDate,
      r.confidence = toFloat(row.`confidence:double`),
      r.modality = row.modality,
      r.from = CASE row.`from:string[]` WHEN '' THEN [] ELSE split(row.`from:string[]`, '\u003B') END,
      r.events = CASE row.`events:string[]` WHEN '' THEN [] ELSE split(row.`events:string[]`, '\u003B') END
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///csv/displaced.csv' AS row
CALL (row) {
  MATCH (a:Entity {id: row.`:START_ID(Entity)`})
  MATCH (b:Entity {id: row.`:END_ID(Entity)`})
  WITH a, b, row WHERE row.`:TYPE` = 'DISPLACED_TO'
  MERGE (a)-[r:DISPLACED_TO]->(b)
  SET r.actors = CASE row.`actors:string[]` WHEN '' THEN [] ELSE split(row.`actors:string[]`, '\u003B') END,
      r.evidence = toInteger(row.`evidence:int`)
} IN TRANSACTIONS OF 1000 ROWS;

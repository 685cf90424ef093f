// What every stored article was extracted from (ArticleInputs: its metadata, the digest of its
// text and the extraction set-up), read once before an import decides which articles it need not
// extract again. Articles stored without it (by an older build) are left out: they are extracted.
MATCH (a:Article)
WHERE a.inputs IS NOT NULL
RETURN a.id AS id, a.inputs AS inputs;

// FollowTheMoney export: every article, as an Article (a document) entity.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published, a.language AS language,
       a.publisher AS publisher, a.file AS file, a.encoding AS encoding, a.text AS text
ORDER BY id

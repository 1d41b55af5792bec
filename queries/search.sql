-- name: search
-- description: Full-text search over the paragraphs, best match first (bm25):
-- description: the cable, its date, the paragraph (its seq and printed number)
-- description: and a snippet with the matched words in **bold**.
-- param: q an FTS5 query: words (all must match), "a phrase", OR, NOT, prefix*, NEAR(a b)
-- param: limit default 50 how many paragraphs at most
-- The best :limit matches are chosen by rank first, so snippets are made
-- for those rows only, not for every match.
WITH best AS (
  SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH :q ORDER BY rank LIMIT :limit
)
SELECT p.cable_id, substr(c.dtg, 1, 10) AS date, p.seq AS paragraph, p.num,
       snippet(paragraphs_fts, 0, '**', '**', '…', 16) AS snippet,
       round(-bm25(paragraphs_fts), 3) AS score
FROM paragraphs_fts
JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid
JOIN cables c ON c.id = p.cable_id
WHERE paragraphs_fts MATCH :q AND paragraphs_fts.rowid IN (SELECT rowid FROM best)
ORDER BY bm25(paragraphs_fts), p.cable_id, p.seq;

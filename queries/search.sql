-- name: search
-- description: Full-text search over the paragraphs, best match first (bm25):
-- description: the cable, its date, the paragraph (its seq and printed number)
-- description: and a snippet with the matched words in **bold**.
-- param: q words (all must match, as written: non-proliferation, U.S.-India), or an FTS5 query: "a phrase", OR, NOT, prefix*, NEAR(a b)
-- param: limit default 50 how many paragraphs at most
-- The best :limit matches are chosen by rank inside the full-text query, so
-- snippets are made for those rows only, not for every match. fts_words
-- (a cablesql function) quotes each word of text not written as FTS5 syntax.
WITH best AS (
  SELECT rowid AS rid, snippet(paragraphs_fts, 0, '**', '**', '…', 16) AS snippet,
         -bm25(paragraphs_fts) AS score
  FROM paragraphs_fts
  WHERE paragraphs_fts MATCH fts_words(:q)
  ORDER BY rank
  LIMIT :limit
)
SELECT p.cable_id, c.date, p.seq AS paragraph, p.num,
       b.snippet, round(b.score, 3) AS score
FROM best b
JOIN paragraphs p ON p.rowid = b.rid
JOIN cables c ON c.id = p.cable_id
ORDER BY b.score DESC, p.cable_id, p.seq;

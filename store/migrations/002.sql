-- Version 2: ingest writes the full-text rows of new paragraphs itself, in
-- the transaction that writes the paragraphs (see schema.sql); the insert
-- trigger of version 1 would index them twice. FTS5 merge settings and the
-- covering indexes of the saved queries, as in schema.sql.
DROP TRIGGER IF EXISTS paragraphs_ai;
INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('automerge', 16);
DROP INDEX IF EXISTS cables_origin;
CREATE INDEX cables_origin ON cables(origin, station, dtg);
DROP INDEX IF EXISTS activities_iso2;
CREATE INDEX activities_iso2 ON activities(iso2, action, country);

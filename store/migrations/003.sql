-- Version 3: paragraphs inserted by any other writer (sqlite3, Python, the
-- shell) reach the full-text index through an insert trigger; cablesql's
-- ingest drops it inside its own transaction and restores it before it
-- commits (see schema.sql). Paragraphs inserted by other writers before
-- this version are not indexed: INSERT INTO paragraphs_fts(paragraphs_fts)
-- VALUES ('rebuild') indexes them.
CREATE TRIGGER IF NOT EXISTS paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.rowid, new.text);
END;

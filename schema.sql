-- cablesql schema. The public contract: column names documented in README.md.
-- Applied by store.Open to a new database; PRAGMA user_version records the
-- schema version and store/migrations/*.sql carry older stores forward.

-- One row per cable, keyed by its canonical reference id.
CREATE TABLE IF NOT EXISTS cables (
  id              TEXT PRIMARY KEY,      -- canonical reference id, e.g. 09STATE111693
  dtg             TEXT,                  -- date-time group, ISO 8601 UTC: 2009-10-29T15:42Z
  precedence      TEXT,                  -- FLASH, IMMEDIATE, PRIORITY, ROUTINE
  classification  TEXT,                  -- UNCLASSIFIED, LIMITED OFFICIAL USE, CONFIDENTIAL, SECRET, ...
  caveats         TEXT,                  -- space-separated: NOFORN SIPDIS EXDIS ...
  station         TEXT,                  -- station from the id: STATE, ANKARA, USUNNEWYORK ...
  origin          TEXT,                  -- publisher's origin name: "Embassy Ankara"
  subject         TEXT,                  -- SUBJECT line, joined, markings removed
  subject_source  TEXT,                  -- 'subject' (from SUBJECT:) or 'title' (from a page title)
  tags            TEXT,                  -- space-separated TAGS, repaired
  declassify_on   TEXT,                  -- ISO date from the E.O. line
  declassify_text TEXT,                  -- raw E.O. declassification text (OADR, X1, N/A, ...)
  classified_by   TEXT,
  reason          TEXT,
  signer          TEXT,
  created         TEXT,                  -- publisher metadata, ISO 8601
  released        TEXT,                  -- publisher metadata, ISO 8601
  header          TEXT,                  -- raw transmission header
  body            TEXT,                  -- raw body
  ingested_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  published_id    TEXT,                  -- the id as published when it was repaired (09EFTOLONDON2187)
  date            TEXT                   -- YYYY-MM-DD: the DTG's, else the publisher's created date
) STRICT;
CREATE INDEX IF NOT EXISTS cables_dtg ON cables(dtg);
CREATE INDEX IF NOT EXISTS cables_date ON cables(date);
CREATE INDEX IF NOT EXISTS cables_published_id ON cables(published_id) WHERE published_id IS NOT NULL;
-- origin with station and date: cables per origin (the saved query
-- cables_by_origin) reads this index alone, not the rows with their bodies.
CREATE INDEX IF NOT EXISTS cables_origin ON cables(origin, station, date);
CREATE INDEX IF NOT EXISTS cables_classification ON cables(classification);

-- TAGS, one row per tag; kind is geo, subject, program, organization or person.
CREATE TABLE IF NOT EXISTS cable_tags (
  cable_id TEXT NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  tag      TEXT NOT NULL,
  kind     TEXT NOT NULL,
  PRIMARY KEY (cable_id, tag)
) STRICT;
CREATE INDEX IF NOT EXISTS cable_tags_tag ON cable_tags(tag);

-- Cables referenced by a cable (REF: lines, cables.csv references column).
CREATE TABLE IF NOT EXISTS cable_refs (
  cable_id TEXT NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  ref_id   TEXT NOT NULL,
  PRIMARY KEY (cable_id, ref_id)
) STRICT, WITHOUT ROWID;

-- Where each cable was read from; a cable seen in two sources has two rows.
CREATE TABLE IF NOT EXISTS cable_sources (
  cable_id TEXT NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  path     TEXT NOT NULL,
  format   TEXT NOT NULL,                -- html, cablescsv, text, newssite, json
  sha256   TEXT NOT NULL,
  line     INTEGER,
  PRIMARY KEY (cable_id, path, sha256)
) STRICT;

-- Paragraphs in order; num is the printed number (NULL when unnumbered).
CREATE TABLE IF NOT EXISTS paragraphs (
  cable_id TEXT NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  num      INTEGER,
  marking  TEXT,                         -- U, C, S, SBU, ...
  text     TEXT NOT NULL,                -- normalised text
  raw      TEXT NOT NULL,                -- text as published
  PRIMARY KEY (cable_id, seq)
) STRICT;

-- Full-text index over paragraph text, with external content: the text is
-- stored once, in paragraphs. The triggers below keep the index in step
-- with every writer (sqlite3, Python, the shell). cablesql's ingest drops
-- the insert trigger inside its own transaction and restores it before it
-- commits (other connections never see it gone): it adds the rows of a
-- batch's paragraphs with one statement, since a trigger would make FTS5
-- flush a segment per statement.
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
  text, content='paragraphs', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
-- Ingest writes one index segment per batch; let a batch pend in memory
-- (16 MB) rather than flush it in pieces, and merge 16 segments at a time
-- rather than 4: a third less FTS work during an ingest, and still few
-- segments per search (about 30 after 250,000 cables; 'optimize' makes one).
-- https://sqlite.org/fts5.html#fts5_configuration_options_config_table_
INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('automerge', 16);
CREATE TRIGGER IF NOT EXISTS paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_au AFTER UPDATE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.rowid, new.text);
END;

-- The gazetteer: every country and territory.
CREATE TABLE IF NOT EXISTS countries (
  iso2 TEXT PRIMARY KEY,                 -- ISO 3166-1 alpha-2
  name TEXT NOT NULL,                    -- short name
  fips TEXT                              -- FIPS 10-4 code used in TAGS
) STRICT, WITHOUT ROWID;

-- Names a country goes by: aliases, demonyms, government abbreviations.
CREATE TABLE IF NOT EXISTS country_names (
  iso2 TEXT NOT NULL REFERENCES countries(iso2),
  name TEXT NOT NULL COLLATE NOCASE,
  kind TEXT NOT NULL,                    -- alias, demonym, gov
  PRIMARY KEY (iso2, name, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS country_names_name ON country_names(name);

-- Events with canonical names ("10th International Export Control Conference").
CREATE TABLE IF NOT EXISTS events (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL                     -- conference, training, plenary, regime, programme, meeting, other
) STRICT;

-- Facts from the prose: country x action x event x date, traceable to the sentence.
CREATE TABLE IF NOT EXISTS activities (
  id        INTEGER PRIMARY KEY,
  cable_id  TEXT NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  iso2      TEXT NOT NULL,
  country   TEXT NOT NULL,
  action    TEXT NOT NULL,               -- attended, trained, informed, urged, discussed, assisted, hosted
  event_id  INTEGER REFERENCES events(id),
  event     TEXT,                        -- canonical event name (events.name)
  date_from TEXT,                        -- ISO date
  date_to   TEXT,                        -- ISO date
  date_text TEXT,                        -- the date as written
  sentence  TEXT NOT NULL,
  paragraph INTEGER                      -- paragraphs.seq of the sentence
) STRICT;
CREATE INDEX IF NOT EXISTS activities_cable ON activities(cable_id);
-- Covers the counts per country and action (participation_by_country).
CREATE INDEX IF NOT EXISTS activities_iso2 ON activities(iso2, action, country);
CREATE INDEX IF NOT EXISTS activities_event ON activities(event_id);

-- Training topics of an activity, one row per item.
CREATE TABLE IF NOT EXISTS activity_topics (
  activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  topic       TEXT NOT NULL,
  PRIMARY KEY (activity_id, topic)
) STRICT;

-- One row per ingest run, for provenance.
CREATE TABLE IF NOT EXISTS ingest_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  new         INTEGER NOT NULL DEFAULT 0,
  updated     INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  errors      INTEGER NOT NULL DEFAULT 0
) STRICT;

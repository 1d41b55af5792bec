-- Version 4: cables.date, the cable's date (the DTG's, else the publisher's
-- created date: partial extracts have no DTG), and cables.published_id,
-- the id as published when it was repaired (09EFTOLONDON2187 is stored as
-- 09LONDON2187). Cables stored before this version have no published_id;
-- ingesting their sources again fills it.
ALTER TABLE cables ADD COLUMN published_id TEXT;
-- date is a column the writer fills, not a generated one: an index on a
-- virtual column does not cover it, and cables_by_origin would read every
-- cable's row, body included.
ALTER TABLE cables ADD COLUMN date TEXT;
UPDATE cables SET date = substr(coalesce(dtg, created), 1, 10);
CREATE INDEX IF NOT EXISTS cables_date ON cables(date);
CREATE INDEX IF NOT EXISTS cables_published_id ON cables(published_id) WHERE published_id IS NOT NULL;
-- cables per origin (cables_by_origin) reads the date from this index.
DROP INDEX IF EXISTS cables_origin;
CREATE INDEX cables_origin ON cables(origin, station, date);

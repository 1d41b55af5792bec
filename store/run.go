package store

import (
	"context"
	"fmt"
	"time"
)

// Run is one ingest run, recorded in the ingest_runs table for provenance.
type Run struct {
	Started, Finished       time.Time
	New, Updated, Unchanged int
	Errors                  int
}

// RecordRun adds a row to ingest_runs.
func (db *DB) RecordRun(ctx context.Context, r Run) error {
	const iso = "2006-01-02T15:04:05Z"
	_, err := db.db.ExecContext(ctx, `INSERT INTO ingest_runs(started_at, finished_at, new, updated, unchanged, errors)
		VALUES (?, ?, ?, ?, ?, ?)`, r.Started.UTC().Format(iso), r.Finished.UTC().Format(iso),
		r.New, r.Updated, r.Unchanged, r.Errors)
	if err != nil {
		return fmt.Errorf("record ingest run: %w", err)
	}
	return nil
}

// Optimize lets SQLite gather the statistics its query planner uses,
// after an ingest has changed the tables. It reads a sample of each index,
// so it is quick whatever the store's size.
// https://sqlite.org/pragma.html#pragma_optimize
func (db *DB) Optimize(ctx context.Context) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	defer conn.Close()
	for _, pragma := range []string{"PRAGMA analysis_limit = 1000", "PRAGMA optimize = 0x10002", "PRAGMA analysis_limit = 0"} {
		if _, err := conn.ExecContext(ctx, pragma); err != nil {
			return fmt.Errorf("optimize: %w", err)
		}
	}
	return nil
}

// MergeSearchIndex merges the full-text index into a single segment
// (FTS5 'optimize'), which makes searches as fast as they get. It rewrites
// the whole index, so it takes time in proportion to the store.
// https://sqlite.org/fts5.html#the_optimize_command
func (db *DB) MergeSearchIndex(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("merge search index: %w", err)
	}
	return nil
}

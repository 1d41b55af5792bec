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

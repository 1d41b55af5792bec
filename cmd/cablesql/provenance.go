package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/shell"
)

// provenance is the sidecar record -provenance writes beside an export,
// so a table cited in an article can be traced and made again.
type provenance struct {
	Tool       string            `json:"tool"`
	Version    string            `json:"version"`
	ExportedAt string            `json:"exported_at"`
	Command    []string          `json:"command"`
	Output     outputRecord      `json:"output"`
	SavedQuery *savedRecord      `json:"saved_query,omitempty"`
	Query      string            `json:"query"`
	Parameters map[string]string `json:"parameters"`
	Database   databaseRecord    `json:"database"`
}

type outputRecord struct {
	File    string   `json:"file"`
	Format  string   `json:"format"`
	SHA256  string   `json:"sha256"`
	Rows    int      `json:"rows"`
	Columns []string `json:"columns"`
}

type savedRecord struct {
	Name    string `json:"name"`
	Source  string `json:"source"` // file:line of its -- name: header
	Builtin bool   `json:"builtin"`
	Pivot   string `json:"pivot,omitempty"`
}

type databaseRecord struct {
	File       string `json:"file"` // absolute path, or "bundled sample"
	Cables     int64  `json:"cables"`
	LastIngest string `json:"last_ingest"` // newest cables.ingested_at or ingest run
}

// storeFactsSQL reads what the provenance record says about the store.
const storeFactsSQL = `SELECT (SELECT count(*) FROM cables),
  (SELECT max(t) FROM (SELECT max(ingested_at) AS t FROM cables
                       UNION ALL SELECT max(coalesce(finished_at, started_at)) FROM ingest_runs))`

func newProvenance(ctx context.Context, from export, res *shell.Result, file, format string) (*provenance, error) {
	p := &provenance{
		Tool:       "cablesql",
		Version:    cablesql.Version,
		ExportedAt: time.Now().UTC().Format(time.RFC3339),
		Command:    from.command,
		Query:      from.query,
		Parameters: from.params,
		Output:     outputRecord{Format: format, Rows: len(res.Rows), Columns: res.Columns},
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	p.Output.File = abs
	if p.Output.SHA256, err = fileSHA256(file); err != nil {
		return nil, err
	}
	p.Database.File = "bundled sample"
	if from.dbPath != "" {
		if p.Database.File, err = filepath.Abs(from.dbPath); err != nil {
			return nil, err
		}
	}
	var last sql.NullString
	if err := from.db.SQL().QueryRowContext(ctx, storeFactsSQL).Scan(&p.Database.Cables, &last); err != nil {
		return nil, fmt.Errorf("provenance: %w", err)
	}
	p.Database.LastIngest = last.String
	if q := from.saved; q != nil {
		p.SavedQuery = &savedRecord{Name: q.Name, Source: fmt.Sprintf("%s:%d", q.Source, q.Line), Builtin: q.Builtin}
		if q.Pivot != nil {
			p.SavedQuery.Pivot = q.Pivot.String()
		}
	}
	return p, nil
}

func (p *provenance) write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(p)
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

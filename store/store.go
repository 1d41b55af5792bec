// Package store owns the cablesql SQLite file: opening it with the right
// PRAGMAs, applying and migrating the schema, writing cables one
// transaction at a time, and the catalogue of saved queries.
package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/cablesql/cablesql"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SchemaVersion is the version of cablesql.Schema, stored in PRAGMA
// user_version. A store at an older version is carried forward by the
// files in migrations/, named NNN.sql for the version they produce.
const SchemaVersion = 2

//go:embed migrations
var migrationsFS embed.FS

// Options configure Open.
type Options struct {
	// ReadOnly opens the file with mode=ro and query_only, so any write
	// fails. The file must exist.
	ReadOnly bool
}

// DB is an open cablesql store.
type DB struct {
	// Path is the database file, or ":memory:" for an in-memory store.
	Path string
	// ReadOnly reports whether the store refuses writes.
	ReadOnly bool

	db *sql.DB
}

var memorySeq atomic.Int64

// newStorePageSize is the page size of a new store. A cable's body
// (some 10 KB) fits in one 16 KB page instead of a 4 KB page and two or
// three overflow pages: fewer, bigger writes, a store 5% smaller, and 14%
// less CPU in the writer (BenchmarkWriter). A store keeps the page size
// it was made with. https://sqlite.org/pragma.html#pragma_page_size
const newStorePageSize = 16384

// DSN builds the modernc.org/sqlite data source name for path. PRAGMAs go
// in the DSN so they apply to every pooled connection, not just one:
// WAL lets readers run while an ingest writes, busy_timeout makes a
// writer wait instead of failing, and SQLite does not enforce foreign keys
// unless told to.
// https://sqlite.org/pragma.html
func DSN(path string, readOnly bool) string {
	q := url.Values{}
	pragmas := []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)"}
	if readOnly {
		q.Set("mode", "ro")
		pragmas = append(pragmas, "query_only(1)")
	} else if path != ":memory:" {
		// page_size only takes effect on a new, empty file, so it must
		// come before the journal mode (the driver applies _journal_mode
		// after the _pragma list); a store keeps the page size it has.
		pragmas = append(pragmas, fmt.Sprintf("page_size(%d)", newStorePageSize))
		q.Set("_journal_mode", "WAL")
	}
	q["_pragma"] = pragmas
	q.Set("_txlock", "immediate")
	if path == ":memory:" {
		// A named shared-cache memory database, so every pooled
		// connection sees the same data.
		q.Set("mode", "memory")
		q.Set("cache", "shared")
		return fmt.Sprintf("file:cablesql-mem-%d?%s", memorySeq.Add(1), q.Encode())
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Open opens (creating when needed, unless read-only) the store at path
// and brings its schema to SchemaVersion. path ":memory:" opens a private
// in-memory store.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open %s read-only: %w", path, err)
		}
	} else if path != ":memory:" {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("open %s: %w", path, err)
			}
		}
	}
	sqldb, err := sql.Open("sqlite", DSN(path, opts.ReadOnly))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := &DB{Path: path, ReadOnly: opts.ReadOnly, db: sqldb}
	if path == ":memory:" {
		// The shared-cache memory database lives while one connection does.
		sqldb.SetMaxIdleConns(4)
		sqldb.SetConnMaxLifetime(0)
		sqldb.SetConnMaxIdleTime(0)
	}
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if !opts.ReadOnly {
		if err := db.migrate(ctx); err != nil {
			sqldb.Close()
			return nil, fmt.Errorf("migrate %s: %w", path, err)
		}
	} else {
		var v int
		if err := sqldb.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			sqldb.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		if v != SchemaVersion {
			sqldb.Close()
			return nil, fmt.Errorf("open %s read-only: schema version %d, want %d (open it once read-write to migrate)", path, v, SchemaVersion)
		}
	}
	return db, nil
}

// SQL returns the underlying database handle for ad-hoc queries.
func (db *DB) SQL() *sql.DB { return db.db }

// Close closes the store.
func (db *DB) Close() error { return db.db.Close() }

// migrate applies the schema to a new store, or the migrations after the
// store's user_version to an older one, each step in one transaction.
func (db *DB) migrate(ctx context.Context) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var version int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version > SchemaVersion {
		return fmt.Errorf("schema version %d is newer than this cablesql (%d)", version, SchemaVersion)
	}
	if version == SchemaVersion {
		return nil
	}
	steps := []struct {
		to  int
		sql string
	}{}
	if version == 0 {
		steps = append(steps, struct {
			to  int
			sql string
		}{SchemaVersion, cablesql.Schema})
	} else {
		names, err := migrationsFS.ReadDir("migrations")
		if err != nil {
			return err
		}
		sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
		for _, e := range names {
			n, err := strconv.Atoi(strings.TrimSuffix(e.Name(), ".sql"))
			if err != nil || n <= version || n > SchemaVersion {
				continue
			}
			b, err := migrationsFS.ReadFile("migrations/" + e.Name())
			if err != nil {
				return err
			}
			steps = append(steps, struct {
				to  int
				sql string
			}{n, string(b)})
		}
	}
	for _, s := range steps {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("to version %d: %w", s.to, err)
		}
		// PRAGMA takes no bound parameters; s.to is an integer we own.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", s.to)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// FileName is the file a -db value names: path itself, or the file of a
// "file:" URI (file:x.db?mode=ro, file:///abs/x.db) as sqlite3 reads it.
func FileName(path string) string {
	if !strings.HasPrefix(path, "file:") {
		return path
	}
	u, err := url.Parse(path)
	if err != nil {
		return strings.TrimPrefix(path, "file:")
	}
	if u.Opaque != "" {
		name, err := url.PathUnescape(u.Opaque)
		if err != nil {
			return u.Opaque
		}
		return name
	}
	return u.Path
}

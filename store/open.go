package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"modernc.org/sqlite"
)

// dsnKind is how a file is opened.
type dsnKind int

const (
	dsnStore     dsnKind = iota // a cablesql store, read-write: WAL and the store's PRAGMAs
	dsnReadOnly                 // any file, read-only: mode=ro
	dsnImmutable                // read-only on read-only media: mode=ro&immutable=1
	dsnAsIs                     // a foreign file, read-write: as sqlite3 opens it
	dsnProbe                    // an existing file, read-write, to learn what it is
)

// dsn builds the data source name for path opened as kind. PRAGMAs go
// in the DSN so they apply to every pooled connection, not just one:
// WAL lets readers run while an ingest writes, busy_timeout makes a
// writer wait instead of failing, and SQLite does not enforce foreign
// keys unless told to. A foreign file gets busy_timeout alone.
// https://sqlite.org/pragma.html https://sqlite.org/uri.html
func dsn(path string, kind dsnKind) string {
	q := url.Values{}
	if u, err := url.Parse(path); err == nil && u.Scheme == "file" {
		q = u.Query()
	}
	pragmas := []string{"busy_timeout(10000)"}
	switch kind {
	case dsnStore:
		pragmas = append(pragmas, "foreign_keys(1)", "synchronous(NORMAL)")
		if path != ":memory:" {
			// page_size only takes effect on a new, empty file, so it must
			// come before the journal mode (the driver applies
			// _journal_mode after the _pragma list); a store keeps the
			// page size it has.
			pragmas = append(pragmas, fmt.Sprintf("page_size(%d)", newStorePageSize))
			q.Set("_journal_mode", "WAL")
		}
		q.Set("_txlock", "immediate")
	case dsnReadOnly, dsnImmutable:
		pragmas = append(pragmas, "foreign_keys(1)")
		q.Set("mode", "ro")
		if kind == dsnImmutable {
			q.Set("immutable", "1")
		}
	case dsnProbe, dsnAsIs:
		if q.Get("mode") == "" {
			q.Set("mode", "rw") // never create
		}
		if kind == dsnProbe {
			// As the store's: the probe connection of a current store
			// becomes the store's (adopt). _txlock only says how
			// database/sql's BeginTx begins, which only the store's own
			// writes use (PutCountries), never on a foreign file.
			q.Set("_txlock", "immediate")
		}
	}
	q["_pragma"] = pragmas
	if path == ":memory:" {
		// A named shared-cache memory database, so every pooled
		// connection sees the same data.
		q.Set("mode", "memory")
		q.Set("cache", "shared")
		return fmt.Sprintf("file:cablesql-mem-%d?%s", memorySeq.Add(1), q.Encode())
	}
	return "file:" + (&url.URL{Path: FileName(path)}).EscapedPath() + "?" + q.Encode()
}

// sqliteCantOpen is SQLite's SQLITE_CANTOPEN result code: a WAL file read
// where its -shm cannot be made.
const sqliteCantOpen = 14

// Open opens the store at path (a file name or a "file:" URI), or
// ":memory:" for a private in-memory store.
//
// A new or empty file becomes a store with the current schema (only
// ingest asks for that; the reading commands refuse such a path first).
// A cablesql store of an older version is migrated when opened
// read-write, with a notice to Options.Notify, and refused read-only. A
// SQLite file that is not a cablesql store is opened as it is: no
// tables added, no migration, its journal mode untouched (DB.Foreign).
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	file := FileName(path)
	info, statErr := os.Stat(file)
	exists := statErr == nil && info.Size() > 0
	if path == ":memory:" || (!exists && !opts.ReadOnly && !uriReadOnly(path)) {
		return create(ctx, path)
	}
	if !exists {
		if statErr == nil {
			statErr = errors.New("an empty file, not a store")
		}
		return nil, fmt.Errorf("open %s read-only: %w", file, statErr)
	}
	readOnly := opts.ReadOnly || uriReadOnly(path)
	kind := dsnProbe
	if readOnly {
		kind = dsnReadOnly
	}
	db, err := openKind(ctx, path, kind)
	if readOnly && isCode(err, sqliteCantOpen) {
		// A WAL file on read-only media: SQLite cannot make its -shm.
		db, err = openKind(ctx, path, dsnImmutable)
	}
	if err != nil {
		if !readOnly && (isCode(err, sqliteCantOpen) || isCode(err, sqliteReadOnly)) {
			return nil, fmt.Errorf("open %s: %w (the file or its folder cannot be written; -readonly opens it read-only)", file, err)
		}
		return nil, fmt.Errorf("open %s: %w", file, err)
	}
	db.ReadOnly = readOnly
	version, isStore, err := db.identify(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", file, err)
	}
	switch {
	case !isStore:
		db.Foreign = true
		return db, nil
	case readOnly && version != SchemaVersion:
		db.Close()
		return nil, fmt.Errorf("open %s read-only: a cablesql store of schema version %d; this cablesql reads version %d (open it once without -readonly to migrate it)", file, version, SchemaVersion)
	case readOnly:
		return db, nil
	}
	if version == SchemaVersion {
		adopted, err := db.adopt(ctx, path)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", file, err)
		}
		if adopted {
			return db, nil
		}
	}
	db.Close()
	if db, err = openKind(ctx, path, dsnStore); err != nil {
		return nil, fmt.Errorf("open %s: %w", file, err)
	}
	if version < SchemaVersion && opts.Notify != nil {
		opts.Notify(fmt.Sprintf("migrating %s from schema version %d to %d", file, version, SchemaVersion))
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", file, err)
	}
	return db, nil
}

// create opens path as a new store (creating its directory) and applies
// the schema.
func create(ctx context.Context, path string) (*DB, error) {
	file := FileName(path)
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return nil, fmt.Errorf("open %s: %w", file, err)
		}
	}
	db, err := openKind(ctx, path, dsnStore)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", file, err)
	}
	if path == ":memory:" {
		// The shared-cache memory database lives while one connection does.
		db.db.SetMaxIdleConns(4)
		db.db.SetConnMaxLifetime(0)
		db.db.SetConnMaxIdleTime(0)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", file, err)
	}
	return db, nil
}

// adopt makes the probe handle of a store at the current version that
// is in WAL mode already the store's handle, without opening the file
// again: its one connection is given the store's per-connection PRAGMAs
// (busy_timeout and _txlock it has) and new connections the store's DSN,
// whose page_size and journal mode would change nothing. Reopening would
// read and parse the schema a second time, and closing the probe would
// delete the -wal and -shm files for the store's connection to make them
// again: most of what cablesql query 'SELECT 1' did beyond what any Go
// program must (scripts/startup.sh). It reports false, changing nothing,
// when the store must be reopened: another journal mode, or more than one
// connection open.
func (db *DB) adopt(ctx context.Context, path string) (bool, error) {
	if db.db.Stats().OpenConnections != 1 {
		return false, nil
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return false, err
	}
	if !strings.EqualFold(mode, "wal") {
		return false, nil
	}
	for _, pragma := range []string{"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"} {
		if _, err := conn.ExecContext(ctx, pragma); err != nil {
			return false, err
		}
	}
	db.connector.dsn.Store(new(dsn(path, dsnStore)))
	return true, nil
}

// connector opens each new connection of a DB with the DSN it holds at
// the time, so that adopt can change it for the connections to come.
type connector struct {
	dsn    atomic.Pointer[string]
	driver driver.Driver // the "sqlite" driver, with cablesql's functions
}

func (c *connector) Connect(ctx context.Context) (driver.Conn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.driver.Open(*c.dsn.Load())
}

func (c *connector) Driver() driver.Driver { return c.driver }

// openKind opens path with the DSN of kind and checks that it answers.
func openKind(ctx context.Context, path string, kind dsnKind) (*DB, error) {
	name := dsn(path, kind)
	base, err := sqlite.NewConnector(name)
	if err != nil {
		return nil, err
	}
	c := &connector{driver: base.Driver()}
	c.dsn.Store(&name)
	sqldb := sql.OpenDB(c)
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	// Reading the schema is the first read of the file: an unreadable
	// file (not a database, a WAL without its -shm) fails here.
	if _, err := sqldb.ExecContext(ctx, "SELECT count(*) FROM sqlite_schema"); err != nil {
		sqldb.Close()
		return nil, err
	}
	return &DB{Path: FileName(path), db: sqldb, connector: c}, nil
}

// identify reads the file's schema version and whether it is a cablesql
// store: a user_version set and the cables and paragraphs tables there.
func (db *DB) identify(ctx context.Context) (version int, isStore bool, err error) {
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, false, err
	}
	var n int
	err = db.db.QueryRowContext(ctx,
		"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('cables', 'paragraphs')").Scan(&n)
	return version, version > 0 && n == 2, err
}

// uriReadOnly reports whether path is a "file:" URI that asks for
// mode=ro or immutable=1.
func uriReadOnly(path string) bool {
	u, err := url.Parse(path)
	if err != nil || u.Scheme != "file" {
		return false
	}
	q := u.Query()
	return q.Get("mode") == "ro" || q.Get("immutable") == "1"
}

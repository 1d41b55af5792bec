package store_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/store"
)

// MustOpenDB opens a store in a temporary file.
func MustOpenDB(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"), store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func sampleCable(sha string) *cablesql.Cable {
	return &cablesql.Cable{
		ID: "09STATE111693", DTG: "2009-10-29T15:42Z", Classification: "CONFIDENTIAL",
		Subject: "Missile Technology Control Regime (Mtcr): U.S.", SubjectSource: "title",
		Paragraphs: []cablesql.Paragraph{{Seq: 1, Num: 1, Marking: "U", Text: "This is an action request.", Raw: "This is an action request."}},
		Source:     cablesql.Source{Path: "a.txt", Format: "newssite", SHA256: sha, Line: 1},
	}
}

func count(t *testing.T, db *store.DB, query string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestDB_OpenSetsPragmasAndVersion(t *testing.T) {
	db := MustOpenDB(t)
	var mode string
	if err := db.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if got := count(t, db, "PRAGMA foreign_keys"); got != 1 {
		t.Errorf("foreign_keys = %d, want 1", got)
	}
	if got := count(t, db, "PRAGMA user_version"); got != store.SchemaVersion {
		t.Errorf("user_version = %d, want %d", got, store.SchemaVersion)
	}
	if got := count(t, db, "PRAGMA page_size"); got != 16384 {
		t.Errorf("page_size of a new store = %d, want 16384", got)
	}
}

// A store opened again read-write keeps the connection it was identified
// on (adopt): that one and every new one have the store's PRAGMAs.
func TestDB_ReopenedStoreHasPragmasOnEveryConnection(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = store.Open(ctx, path, store.Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var conns []*sql.Conn
	for range 2 {
		conn, err := db.SQL().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conns = append(conns, conn)
	}
	for i, conn := range conns {
		for pragma, want := range map[string]int{"foreign_keys": 1, "synchronous": 1, "busy_timeout": 10000} {
			var got int
			if err := conn.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil || got != want {
				t.Errorf("connection %d: %s = %d, %v; want %d", i, pragma, got, err, want)
			}
		}
	}
	// _txlock=immediate: a transaction begun through database/sql takes
	// the write lock at once, so another connection cannot.
	for i, conn := range conns {
		other := conns[1-i]
		if _, err := other.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
			t.Fatal(err)
		}
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := other.ExecContext(ctx, "BEGIN IMMEDIATE"); err == nil {
			other.ExecContext(ctx, "ROLLBACK")
			t.Errorf("connection %d: BEGIN IMMEDIATE beside its BeginTx succeeded; want its transactions immediate", i)
		}
		tx.Rollback()
	}
}

func TestDB_PutIsIdempotentAndMerges(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	acts := []cablesql.Activity{{ISO2: "AL", Country: "Albania", Action: "attended", Event: "10th International Export Control Conference",
		EventKind: "conference", DateFrom: "2009-06-01", DateTo: "2009-06-30", DateText: "In June 2009", Sentence: "s", Paragraph: 1}}
	if res, err := db.Put(ctx, sampleCable("aaa"), acts); err != nil || res != store.New {
		t.Fatalf("first Put = %v, %v; want new", res, err)
	}
	if res, err := db.Put(ctx, sampleCable("aaa"), acts); err != nil || res != store.Unchanged {
		t.Fatalf("second Put = %v, %v; want unchanged", res, err)
	}
	richer := sampleCable("bbb")
	richer.Subject, richer.SubjectSource = "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S. REPORT ON CONTACTS WITH NON-PARTNERS", "subject"
	richer.Tags = []cablesql.Tag{{Name: "MTCRE", Kind: "organization"}, {Name: "BR", Kind: "geo"}}
	richer.Origin = "Secretary of State"
	richer.Paragraphs = append(richer.Paragraphs, cablesql.Paragraph{Seq: 2, Num: 2, Marking: "C", Text: "More.", Raw: "More."})
	if res, err := db.Put(ctx, richer, nil); err != nil || res != store.Updated {
		t.Fatalf("merge Put = %v, %v; want updated", res, err)
	}
	var subject, origin, tags string
	if err := db.SQL().QueryRow("SELECT subject, origin, tags FROM cables").Scan(&subject, &origin, &tags); err != nil {
		t.Fatal(err)
	}
	if subject != richer.Subject || origin != "Secretary of State" || tags != "MTCRE BR" {
		t.Errorf("merged cable = %q, %q, %q", subject, origin, tags)
	}
	if got := count(t, db, "SELECT count(*) FROM cable_sources"); got != 2 {
		t.Errorf("sources = %d, want 2", got)
	}
	if got := count(t, db, "SELECT count(*) FROM paragraphs"); got != 2 {
		t.Errorf("paragraphs = %d, want 2 (the more complete text)", got)
	}
	if got := count(t, db, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'action'"); got != 1 {
		t.Errorf("fts matches = %d, want 1", got)
	}
}

func TestDB_PutIsAtomic(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	c := sampleCable("x")
	// Two paragraphs with the same seq violate the primary key half way.
	c.Paragraphs = append(c.Paragraphs, c.Paragraphs[0])
	if _, err := db.Put(ctx, c, nil); err == nil {
		t.Fatal("Put with duplicate paragraph seq succeeded")
	}
	for _, table := range []string{"cables", "paragraphs", "cable_sources"} {
		if got := count(t, db, "SELECT count(*) FROM "+table); got != 0 {
			t.Errorf("%s has %d rows after a failed Put, want 0", table, got)
		}
	}
}

func TestDB_ReadOnlyRefusesWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.SQL().Exec("DELETE FROM cables"); err == nil {
		t.Error("DELETE on a read-only store succeeded")
	}
}

func TestDB_ExplainReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.SQL().Exec("DELETE FROM cables")
	if err = ro.Explain(err); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Explain(DELETE on read-only) = %v, want ErrReadOnly", err)
	}
	_, err = ro.SQL().Exec("SELECT nope")
	if err = ro.Explain(err); errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Explain(bad column) = %v, want no read-only hint", err)
	}
}

func TestSQLiteMessage(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "m.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tc := range []struct{ sql, want string }{
		{"SELECT nosuch FROM cables", "no such column: nosuch"},
		{"SELECT FROM", `near "FROM": syntax error`},
		{"SELECT * FROM nosuch", "no such table: nosuch"},
	} {
		_, err := db.SQL().Exec(tc.sql)
		if err == nil {
			t.Fatalf("%s: no error", tc.sql)
		}
		if got := store.SQLiteMessage(err); got != tc.want {
			t.Errorf("SQLiteMessage(%q) = %q, want %q", err, got, tc.want)
		}
	}
	if got := store.SQLiteMessage(errors.New("plain: error (1)")); got != "plain: error (1)" {
		t.Errorf("SQLiteMessage(a non-SQLite error) = %q, want it unchanged", got)
	}
}

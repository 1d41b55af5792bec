package shell

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

func testDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TABLE t(a TEXT, b INTEGER); INSERT INTO t VALUES ('x', 1), (NULL, 2), ('', 3);`); err != nil {
		t.Fatal(err)
	}
	return db
}

func runScript(t *testing.T, db *sql.DB, script string, bail bool) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &Shell{DB: db, In: &ScriptReader{Scanner: bufio.NewScanner(strings.NewReader(script))}, Out: &out, Err: &errb, Bail: bail}
	err := s.Run(context.Background())
	return out.String(), errb.String(), err
}

func TestShellScript(t *testing.T) {
	db := testDB(t)
	out, errs, err := runScript(t, db, "SELECT a, b FROM t\n  ORDER BY b;\n.mode csv\n.headers on\nSELECT a FROM t ORDER BY b;\n", false)
	if err != nil {
		t.Fatalf("Run = %v (%s)", err, errs)
	}
	want := "x|1\n|2\n|3\na\nx\n\n\"\"\n"
	if out != want {
		t.Errorf("output = %q, want %q", out, want)
	}
}

func TestShellFailureAndBail(t *testing.T) {
	db := testDB(t)
	script := "SELECT nope FROM t;\nSELECT 'after';\n"
	out, errs, err := runScript(t, db, script, false)
	if !errors.Is(err, ErrFailed) || !strings.Contains(errs, "no such column: nope") || out != "after\n" {
		t.Errorf("without bail: err %v, stderr %q, out %q", err, errs, out)
	}
	out, _, err = runScript(t, db, script, true)
	if !errors.Is(err, ErrFailed) || out != "" {
		t.Errorf("with bail: err %v, out %q", err, out)
	}
}

func TestShellExport(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "out.csv")
	_, errs, err := runScript(t, db, "SELECT a, b FROM t ORDER BY b;\n.export "+file+"\n", false)
	if err != nil {
		t.Fatalf("Run = %v (%s)", err, errs)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), "a,b\nx,1\n,2\n\"\",3\n"; got != want {
		t.Errorf("exported %q, want %q", got, want)
	}
}

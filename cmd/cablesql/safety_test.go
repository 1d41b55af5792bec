package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sampleStore ingests the sample cable into a new store in dir and
// returns its path.
func sampleStore(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "c.db")
	seed, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, seed); code != 0 {
		t.Fatalf("ingest: %s %s", out, errs)
	}
	return db
}

// TestQueryRunsEveryStatement: query prints the result of every
// statement in order, reports rows changed on stderr, and -readonly
// still refuses the write.
func TestQueryRunsEveryStatement(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	paras := storeCount(t, db, "SELECT count(*) FROM paragraphs")
	out, errs, code := runBinary(t, dir, "", "query", "-db", db, "-format", "csv",
		"SELECT count(*) AS n FROM cables; SELECT count(*) AS p FROM paragraphs; DELETE FROM paragraphs WHERE seq > 1; SELECT count(*) AS left FROM paragraphs")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "n\n1\np\n" + itoa(paras) + "\nleft\n1\n"
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if wantErr := itoa(paras-1) + " rows deleted\n"; errs != wantErr {
		t.Errorf("stderr %q, want %q", errs, wantErr)
	}

	out, errs, code = runBinary(t, dir, "", "query", "-db", db, "-format", "json", "SELECT 1 AS a; SELECT 'x' AS b UNION ALL SELECT 'y'")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var arrays [][]map[string]any
	for dec.More() {
		var a []map[string]any
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("json output %q: %v", out, err)
		}
		arrays = append(arrays, a)
	}
	if len(arrays) != 2 || len(arrays[0]) != 1 || len(arrays[1]) != 2 || arrays[1][1]["b"] != "y" {
		t.Errorf("json: %q, want one array per statement", out)
	}

	_, errs, code = runBinary(t, dir, "", "query", "-readonly", "-db", db, "SELECT 1; DELETE FROM cables")
	if code == 0 || !strings.Contains(errs, "read-only (-readonly)") {
		t.Errorf("-readonly SELECT; DELETE: %q, exit %d", errs, code)
	}
	if n := storeCount(t, db, "SELECT count(*) FROM cables"); n != 1 {
		t.Errorf("after -readonly DELETE: %d cables, want 1", n)
	}
	// A failure stops the run: the statements after it do not run, and
	// -o writes nothing.
	out, errs, code = runBinary(t, dir, "", "query", "-db", db, "-o", filepath.Join(dir, "x.csv"), "SELECT 1; SELECT nope; DELETE FROM cables")
	if code == 0 || !strings.Contains(errs, "no such column: nope") || fileExists(filepath.Join(dir, "x.csv")) {
		t.Errorf("failing statement: %q %q exit %d; want the error and no file", out, errs, code)
	}
	if n := storeCount(t, db, "SELECT count(*) FROM cables"); n != 1 {
		t.Errorf("the DELETE after a failed statement ran: %d cables", n)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// TestReadingCommandsNeverCreateAStore: query, run and the shell refuse
// a -db (or $CABLESQL_DB) that does not exist or is empty, naming it and
// saying how a store is made, and leave no file or folder behind.
func TestReadingCommandsNeverCreateAStore(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, stdin, db string
		args            []string
	}{
		{"query in a missing folder", "", "nodir/x.db", []string{"query", "-db", "nodir/x.db", "SELECT 1"}},
		{"run", "", "typo.db", []string{"run", "-db", "typo.db", "cables_by_origin"}},
		{"piped shell", "SELECT 1;\n", "typo.db", []string{"-db", "typo.db"}},
		{"readonly", "", "typo.db", []string{"query", "-readonly", "-db", "typo.db", "SELECT 1"}},
		{"empty file", "", empty, []string{"query", "-db", empty, "SELECT 1"}},
	}
	for _, c := range cases {
		out, errs, code := runBinary(t, dir, c.stdin, c.args...)
		if code == 0 || out != "" || !strings.Contains(errs, c.db) || !strings.Contains(errs, "cablesql ingest -db") {
			t.Errorf("%s: %q %q exit %d; want an error naming %s and ingest", c.name, out, errs, code, c.db)
		}
	}
	// $CABLESQL_DB naming a missing file is refused the same way.
	_, errs, code := cli(t, []string{"CABLESQL_DB=" + filepath.Join(dir, "env.db")}, "query", "SELECT 1")
	if code == 0 || !strings.Contains(errs, "env.db: no such store") {
		t.Errorf("$CABLESQL_DB missing: %q exit %d", errs, code)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
	if info, _ := os.Stat(empty); info.Size() != 0 {
		t.Errorf("the empty file was written: %d bytes", info.Size())
	}
}

// TestBundledSampleIsAnnounced: with no store named, query, run and a
// piped script say on stderr that they answer from the one-cable sample.
func TestBundledSampleIsAnnounced(t *testing.T) {
	const notice = "using the bundled sample (1 cable); -db FILE for your store"
	for _, args := range [][]string{{"query", "SELECT count(*) FROM cables"}, {"run", "cables_by_origin"}, {}} {
		out, errs, code := runBinary(t, t.TempDir(), "SELECT count(*) FROM cables;\n", args...)
		if code != 0 || out == "" || !strings.Contains(errs, notice) {
			t.Errorf("%v: %q %q exit %d; want the result and the notice", args, out, errs, code)
		}
	}
	// A store named says nothing of the sample.
	dir := t.TempDir()
	db := sampleStore(t, dir)
	if _, errs, _ := runBinary(t, dir, "", "query", "-db", db, "SELECT 1"); errs != "" {
		t.Errorf("with -db: stderr %q", errs)
	}
}

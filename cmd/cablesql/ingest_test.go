package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/synth"
	"github.com/cablesql/cablesql/store"
)

// synthDir writes n cables made from the bench seeds as text files in a
// temporary directory.
func synthDir(t *testing.T, n int) string {
	t.Helper()
	seeds, err := synth.LoadSeeds("../../testdata/bench")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err = synth.Generate(seeds, n, func(c synth.Cable) error {
		return os.WriteFile(filepath.Join(dir, c.ID+".txt"), []byte(c.Text()), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// storeCount runs a count query on the store at path.
func storeCount(t *testing.T, path, query string) int {
	t.Helper()
	n, err := tryCount(path, query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// tryCount runs a count query on the store at path, which may not be
// ready yet.
func tryCount(path, query string) (int, error) {
	db, err := store.Open(context.Background(), path, store.Options{ReadOnly: true})
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.SQL().QueryRow(query).Scan(&n)
	return n, err
}

// checkWholeCables fails unless every cable in the store at path is whole:
// it has its source and paragraphs, and the full-text index matches the
// paragraphs.
func checkWholeCables(t *testing.T, path string) {
	t.Helper()
	for _, q := range []string{
		"SELECT count(*) FROM cables c WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.cable_id = c.id)",
		"SELECT count(*) FROM cables c WHERE NOT EXISTS (SELECT 1 FROM cable_sources s WHERE s.cable_id = c.id)",
	} {
		if n := storeCount(t, path, q); n != 0 {
			t.Errorf("%s = %d, want 0", q, n)
		}
	}
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SQL().Exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("full-text index out of step with paragraphs: %v", err)
	}
}

var summaryRE = regexp.MustCompile(`: (\d+) new, (\d+) merged, (\d+) unchanged, (\d+) activities, (\d+) errors in \S+( \(interrupted\))?\n$`)

// parseSummary returns the counts of ingest's summary line: new, updated,
// unchanged, activities, errors.
func parseSummary(t *testing.T, out string) [5]int {
	t.Helper()
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line in %q", out)
	}
	var n [5]int
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	return n
}

func TestIngestCountsMatchTheStoreAndRerunIsUnchanged(t *testing.T) {
	src := synthDir(t, 120)
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	out, errs, code := runBinary(t, dir, "", "ingest", "-db", db, src)
	if !strings.HasPrefix(out, db+": ") || strings.Count(out, "\n") != 1 {
		t.Errorf("summary = %q, want one line naming the store", out)
	}
	n := parseSummary(t, out)
	// A file is new, an error, or (when the synthesiser could not put the
	// new serial into a seed's text) the same bytes as an earlier one.
	if n[0] == 0 || n[0]+n[1]+n[2]+n[4] != 120 {
		t.Fatalf("summary %q: want each of the 120 files counted once", out)
	}
	if got := storeCount(t, db, "SELECT count(*) FROM cables"); got != n[0] {
		t.Errorf("store holds %d cables, summary says %d new", got, n[0])
	}
	// Not a terminal: no progress bar, only the errors, one per line.
	for _, l := range strings.Split(strings.TrimSuffix(errs, "\n"), "\n") {
		if l != "" && !strings.HasPrefix(l, src+string(filepath.Separator)) {
			t.Errorf("stderr line %q is not a file:line error", l)
		}
	}
	if strings.ContainsRune(errs, '\r') || (n[4] == 0) != (code == 0) {
		t.Errorf("stderr %q, exit %d with %d errors", errs, code, n[4])
	}
	checkWholeCables(t, db)

	out, _, _ = runBinary(t, dir, "", "ingest", "-db", db, src)
	if again := parseSummary(t, out); again[0] != 0 || again[1] != 0 || again[2] != n[0]+n[1]+n[2] {
		t.Errorf("second run: %q, want 0 new, 0 merged, %d unchanged", out, n[0]+n[1]+n[2])
	}
	out, _, _ = runBinary(t, dir, "", "ingest", "-q", "-optimize", "-db", db, src)
	if out != "" {
		t.Errorf("-q printed %q", out)
	}
	checkWholeCables(t, db)
	if got := storeCount(t, db, "SELECT count(*) FROM ingest_runs"); got != 3 {
		t.Errorf("ingest_runs has %d rows after 3 runs", got)
	}
}

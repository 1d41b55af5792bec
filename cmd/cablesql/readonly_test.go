package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOnlyRefusesWrites opens a store with -readonly through the
// shell, query and run: a DELETE fails with a message naming -readonly,
// and the cables stay.
func TestReadOnlyRefusesWrites(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	seed, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, seed); code != 0 {
		t.Fatalf("ingest: %s %s", out, errs)
	}
	_, errs, code := runBinary(t, dir, "", "query", "-readonly", "-db", db, "DELETE FROM cables")
	if code == 0 || !strings.Contains(errs, "read-only (-readonly)") {
		t.Errorf("query -readonly DELETE: %q, exit %d", errs, code)
	}
	_, errs, code = runBinary(t, dir, "DELETE FROM cables;\nSELECT count(*) FROM cables;\n", "-readonly", "-db", db)
	if code == 0 || !strings.Contains(errs, "read-only (-readonly)") {
		t.Errorf("shell -readonly DELETE: %q, exit %d", errs, code)
	}
	out, errs, code := runBinary(t, dir, "", "query", "-readonly", "-db", db, "-format", "csv", "SELECT count(*) AS n FROM cables")
	if code != 0 || out != "n\n1\n" {
		t.Errorf("after the refused DELETEs: %q %q, want the cable still there", out, errs)
	}
	if _, errs, code = runBinary(t, dir, "", "query", "-readonly", "-db", filepath.Join(dir, "missing.db"), "SELECT 1"); code == 0 || !strings.Contains(errs, "missing.db") {
		t.Errorf("-readonly on a missing file: %q, exit %d; want an error naming it", errs, code)
	}
}

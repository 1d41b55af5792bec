package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedCorpus is the real corpus beside the repository, when present.
const sharedCorpus = "../../../shared/corpus"

// TestIngestSharedCorpus ingests every file of ../shared/corpus through
// the binary: no internal error, every file that is not a cable named as
// "not a cable", and every other error a file:line message. Skipped when
// the corpus is absent.
func TestIngestSharedCorpus(t *testing.T) {
	corpus, _ := filepath.Abs(sharedCorpus)
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no corpus at %s", corpus)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	out, errs, _ := runBinary(t, dir, "", "ingest", "-db", db, corpus)
	if strings.Contains(errs, "internal error") {
		t.Errorf("internal errors:\n%s", grepLines(errs, "internal error"))
	}
	for _, notCable := range []string{"INDEX.tsv", "PROVENANCE.md", "vrruiz+cablegate-sp/csv/sp.csv"} {
		if !strings.Contains(grepLines(errs, notCable), notCable+":1: not a cable: ") {
			t.Errorf("%s: want \"not a cable\", got %q", notCable, grepLines(errs, notCable))
		}
	}
	n := parseSummary(t, out)
	if n[0] == 0 || n[0] != storeCount(t, db, "SELECT count(*) FROM cables") {
		t.Errorf("summary %q, store %d cables", out, storeCount(t, db, "SELECT count(*) FROM cables"))
	}
	t.Logf("%s", strings.TrimSpace(out))
}

func grepLines(text, sub string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestIngestExcludeAndNotACable: files that are not cables (the test
// corpus's index and README) are "not a cable"; -exclude skips them by
// name, in folders and named directly; a cable read again from another
// source is counted as merged.
func TestIngestExcludeAndNotACable(t *testing.T) {
	src, _ := filepath.Abs("../../ingest/testdata/corpus")
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	_, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, filepath.Join(src, "INDEX.tsv"), filepath.Join(src, "README.md"))
	for _, f := range []string{"INDEX.tsv:1: not a cable: a tab-separated table", "README.md:1: not a cable: a Markdown document"} {
		if code == 0 || !strings.Contains(errs, f) {
			t.Errorf("want %q, got %q (exit %d)", f, errs, code)
		}
	}
	out, errs, code := runBinary(t, dir, "", "ingest", "-db", db, "-exclude", "*.tsv", "-exclude", "*.md", src)
	if code != 0 || errs != "" {
		t.Errorf("-exclude: exit %d, %q", code, errs)
	}
	first := parseSummary(t, out)
	_, errs, code = runBinary(t, dir, "", "ingest", "-q", "-db", db, "-exclude", "*.md", filepath.Join(src, "README.md"))
	if code != 0 || errs != "" {
		t.Errorf("-exclude on a file named: exit %d, %q", code, errs)
	}
	// The sample cable as text and as its Scoop copy: the second is merged.
	seed, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	scoop, _ := filepath.Abs("../../sample/09STATE111693.scoop.txt")
	out, _, _ = runBinary(t, dir, "", "ingest", "-db", filepath.Join(dir, "new.db"), seed, scoop)
	if n := parseSummary(t, out); n[0] != 1 || n[1] != 1 || !strings.Contains(out, "1 new, 1 merged") {
		t.Errorf("two sources of one cable: %q, want 1 new, 1 merged", out)
	}
	if first[0] == 0 {
		t.Errorf("the test corpus gave no cables: %q", out)
	}
}

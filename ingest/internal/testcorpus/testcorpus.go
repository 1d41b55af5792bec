// Package testcorpus reads the test corpus of the ingest packages
// (ingest/testdata/corpus) for tests that hold a fast path to the
// expression it replaces on real cable text. Only tests import it.
package testcorpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// dir returns ingest/testdata/corpus, found from this file's place in
// the tree so that tests of any package under ingest can call Files.
func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "corpus")
}

// Files returns the text of every file of the test corpus.
func Files(t *testing.T) []string {
	t.Helper()
	var files []string
	filepath.WalkDir(dir(), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, string(b))
		return nil
	})
	if len(files) == 0 {
		t.Fatal("no test corpus")
	}
	return files
}

// Lines returns every line of the test corpus.
func Lines(t *testing.T) []string {
	var lines []string
	for _, s := range Files(t) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	return lines
}

// Path returns the path of the corpus file name (INDEX.tsv, say).
func Path(name string) string { return filepath.Join(dir(), name) }

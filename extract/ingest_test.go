package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
)

// parseFile reads the one cable of a file with the ingest parser.
func parseFile(t testing.TB, path string) *cablesql.Cable {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var c *cablesql.Cable
	err = source.Read(path, f, func(d *source.Document, err error) error {
		if err != nil {
			return err
		}
		c, err = ingest.Parse(d)
		return err
	})
	if err != nil || c == nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return c
}

// TestNewsSiteSameAsOriginal checks that the news site's re-publication of
// 09STATE111693, which lost the one-word country headings and the lines
// holding a single word, gives the same facts as the original text, and
// that both give the expected facts.
func TestNewsSiteSameAsOriginal(t *testing.T) {
	dir := filepath.Join("..", "testdata")
	orig := parseFile(t, filepath.Join(dir, "09STATE111693.txt"))
	news := parseFile(t, filepath.Join("..", "sample", "09STATE111693.scoop.txt"))
	if news.DTG == "" {
		news.DTG = orig.DTG
	}
	want := readLines(t, filepath.Join("testdata", "09STATE111693.expected.tsv"))
	got := extract.Activities(orig)
	diffSets(t, "original", factSet(got), want)
	diffSets(t, "news site", factSet(extract.Activities(news)), want)
	for _, a := range got {
		if a.ISO2 == "US" || a.Sentence == "" || a.Paragraph == 0 {
			t.Errorf("bad activity %+v", a)
		}
	}
}

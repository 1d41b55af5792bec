package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/source"
)

// fuzzSeeds adds every file under the repository's testdata directories
// whose detected format is format as a seed.
func fuzzSeeds(f *testing.F, format string) {
	f.Helper()
	var files []string
	for _, pattern := range []string{"testdata/*", "testdata/*/*", "../testdata/*", "../testdata/*/*"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	n := 0
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil || len(b) > 1<<20 {
			continue
		}
		if source.Detect(b) == format {
			f.Add(b)
			n++
		}
	}
	if n == 0 {
		f.Logf("no %s seeds found in testdata", format)
	}
}

// readAndParseAll reads data as a source and parses every cable in it, checking
// that every problem is reported as a positioned *Error.
func readAndParseAll(t *testing.T, data []byte) {
	const name = "fuzz.input"
	err := source.Read(name, bytes.NewReader(data), func(doc *source.Document, err error) error {
		if err != nil {
			var pe *source.Error
			if !errors.As(err, &pe) || pe.File != name {
				t.Fatalf("reader error %v (%T) does not name the file", err, err)
			}
			return nil
		}
		c, err := Parse(doc)
		if err != nil {
			var pe *source.Error
			if !errors.As(err, &pe) || pe.File != name {
				t.Fatalf("parse error %v (%T) does not name the file", err, err)
			}
			return nil
		}
		if c.ID == "" {
			t.Fatalf("Parse returned a cable without an id and no error")
		}
		if strings.ContainsAny(c.ID, " \n\t") {
			t.Fatalf("cable id %q holds white space", c.ID)
		}
		for i, p := range c.Paragraphs {
			if p.Seq != i+1 {
				t.Fatalf("paragraph %d has seq %d", i, p.Seq)
			}
		}
		return nil
	})
	if err != nil {
		var pe *source.Error
		if !errors.As(err, &pe) {
			t.Fatalf("Read = %v (%T), want a positioned error or nil", err, err)
		}
	}
}

// FuzzReadHTML feeds mutated WikiLeaks cable pages to the readers.
func FuzzReadHTML(f *testing.F) {
	fuzzSeeds(f, source.FormatHTML)
	f.Fuzz(readAndParseAll)
}

// FuzzReadCablesCSV feeds mutated cables.csv rows to the readers.
func FuzzReadCablesCSV(f *testing.F) {
	fuzzSeeds(f, source.FormatCablesCSV)
	f.Add([]byte(`"1","1/2/2009 3:04","09STATE1","Secretary of State","SECRET","","P 020304Z JAN 09","S E C R E T STATE 000001 \"q\" \\"` + "\n"))
	f.Fuzz(readAndParseAll)
}

// FuzzReadText feeds mutated plain-text cables to the readers.
func FuzzReadText(f *testing.F) {
	fuzzSeeds(f, source.FormatText)
	f.Fuzz(readAndParseAll)
}

// FuzzReadNewsSite feeds mutated news-site re-publications to the readers.
func FuzzReadNewsSite(f *testing.F) {
	fuzzSeeds(f, source.FormatNewsSite)
	f.Fuzz(readAndParseAll)
}

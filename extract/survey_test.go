package extract_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/internal/cputime"
)

// corpusCables reads the cables of a corpus directory: text files through
// the ingest reader, cable pages from the text of their <pre> blocks.
func corpusCables(t testing.TB, root string) []*cablesql.Cable {
	t.Helper()
	var out []*cablesql.Cable
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".txt":
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			return source.Read(path, f, func(doc *source.Document, err error) error {
				if err != nil {
					return nil
				}
				if c, err := ingest.Parse(doc); err == nil {
					out = append(out, c)
				}
				return nil
			})
		case ".html":
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			blocks := preRE.FindAllStringSubmatch(string(b), -1)
			if len(blocks) == 0 {
				return nil
			}
			doc := &source.Document{Format: source.FormatHTML, Path: path, Line: 1}
			doc.Meta.ID = strings.TrimSuffix(filepath.Base(path), ".html")
			texts := make([]string, len(blocks))
			for i, m := range blocks {
				texts[i] = preText(m[0])
			}
			doc.Body = texts[len(texts)-1]
			if len(texts) > 1 {
				doc.Header = texts[0]
			}
			if c, err := ingest.Parse(doc); err == nil {
				out = append(out, c)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCorpusSurvey runs the extractor over the real cables of the shared
// corpus (when CABLESQL_CORPUS names it) and reports the rows per cable;
// every row must name a country other than the United States, an action
// of the vocabulary and a sentence of the cable.
func TestCorpusSurvey(t *testing.T) {
	root := os.Getenv("CABLESQL_CORPUS")
	if root == "" {
		t.Skip("CABLESQL_CORPUS not set")
	}
	actions := map[string]bool{extract.Attended: true, extract.Trained: true, extract.Informed: true, extract.Urged: true,
		extract.Discussed: true, extract.Assisted: true, extract.Hosted: true}
	type row struct {
		id string
		n  int
	}
	var rows []row
	total := 0
	cables := corpusCables(t, root)
	for _, c := range cables {
		acts := extract.Activities(c)
		total += len(acts)
		rows = append(rows, row{c.ID, len(acts)})
		for _, a := range acts {
			if a.ISO2 == "US" || !actions[a.Action] || !strings.Contains(c.Body, firstWords(a.Sentence)) {
				t.Errorf("%s: bad row %+v", c.ID, a)
			}
			if os.Getenv("CABLESQL_SURVEY_ROWS") != "" {
				t.Logf("%s\t%s\t%s\t%s\t%s..%s\t%s", c.ID, a.ISO2, a.Action, a.Event, a.DateFrom, a.DateTo, a.Sentence)
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n })
	zero := 0
	for _, r := range rows {
		if r.n == 0 {
			zero++
		}
	}
	t.Logf("%d cables, %d rows, %d cables without rows", len(cables), total, zero)
	for _, r := range rows[:min(25, len(rows))] {
		t.Logf("%6d %s", r.n, r.id)
	}
}

// firstWords returns the first three words of a sentence, which the raw
// body holds as written (the rest may wrap over lines).
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(1, len(f))], " ")
}

// BenchmarkCorpus runs the extractor over the cables of the shared corpus
// (when CABLESQL_CORPUS names it): the time per op is for all of them.
func BenchmarkCorpus(b *testing.B) {
	root := os.Getenv("CABLESQL_CORPUS")
	if root == "" {
		b.Skip("CABLESQL_CORPUS not set")
	}
	cables := corpusCables(b, root)
	b.ReportMetric(float64(len(cables)), "cables")
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, c := range cables {
			extract.Activities(c)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkLearn runs the extractor's per-cable reading alone (the
// layout and the cable-wide learning) over the cables of
// CABLESQL_CORPUS.
func BenchmarkLearn(b *testing.B) {
	root := os.Getenv("CABLESQL_CORPUS")
	if root == "" {
		b.Skip("CABLESQL_CORPUS not set")
	}
	cables := corpusCables(b, root)
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, c := range cables {
			extract.Learn(c)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkLayout runs the extractor's layout alone (the sentences and
// their mentions) over the cables of CABLESQL_CORPUS.
func BenchmarkLayout(b *testing.B) {
	root := os.Getenv("CABLESQL_CORPUS")
	if root == "" {
		b.Skip("CABLESQL_CORPUS not set")
	}
	cables := corpusCables(b, root)
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, c := range cables {
			extract.Layout(c)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

// TestUSHintsRead holds usHintAt, which reads each sentence's usHint once
// for the rules and the learned reader, to usHint asked again after both,
// on the bench cables and the corpus: the people it reads must all be
// learnt before the first reader asks.
func TestUSHintsRead(t *testing.T) {
	cables := corpusCables(t, "../testdata/bench")
	root := os.Getenv("CABLESQL_CORPUS")
	if root == "" {
		root = "/work/shared/corpus" // as matchtest.CorpusLines
	}
	if _, err := os.Stat(root); err == nil {
		cables = append(cables, corpusCables(t, root)...)
	}
	total := 0
	for _, c := range cables {
		read, changed := extract.USHintsRead(c)
		total += read
		for _, s := range changed {
			t.Errorf("%s: usHint of %q changed after it was read", c.ID, s)
		}
	}
	if total < 1000 {
		t.Fatalf("%d sentences read: the test checks too little", total)
	}
}

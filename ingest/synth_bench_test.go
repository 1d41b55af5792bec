package ingest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/internal/synth"
)

// These benchmarks read and parse a corpus made from the 42 real cables
// in ../testdata/bench (see internal/synth), the one scripts/bench.sh
// uses; MB/s is of the input bytes.

// benchCorpus returns n cables from the bench seeds.
func benchCorpus(b *testing.B, n int) []synth.Cable {
	b.Helper()
	seeds, err := synth.LoadSeeds("../testdata/bench")
	if err != nil {
		b.Fatal(err)
	}
	var out []synth.Cable
	synth.Generate(seeds, n, func(c synth.Cable) error {
		out = append(out, c)
		return nil
	})
	return out
}

// readAll reads src as one source and returns its documents; it skips
// the benchmark when the reader does not support the format yet.
func readAll(b *testing.B, name string, src []byte) []*source.Document {
	var docs []*source.Document
	var firstErr error
	err := source.Read(name, bytes.NewReader(src), func(d *source.Document, err error) error {
		if err != nil && firstErr == nil {
			firstErr = err
		}
		if d != nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if len(docs) == 0 {
		b.Skipf("%s: no documents read: %v", name, firstErr)
	}
	return docs
}

// BenchmarkReadTextFiles reads single-cable text files.
func BenchmarkReadTextFiles(b *testing.B) {
	var files [][]byte
	var size int64
	for _, c := range benchCorpus(b, 200) {
		files = append(files, []byte(c.Text()))
		size += int64(len(c.Text()))
	}
	readAll(b, "probe.txt", files[0])
	b.SetBytes(size)
	for b.Loop() {
		for _, f := range files {
			source.Read("cable.txt", bytes.NewReader(f), func(*source.Document, error) error { return nil })
		}
	}
}

// BenchmarkReadSynthCablesCSV streams rows in the cables.csv layout.
func BenchmarkReadSynthCablesCSV(b *testing.B) {
	var buf bytes.Buffer
	for _, c := range benchCorpus(b, 500) {
		synth.WriteCablesCSV(&buf, c)
	}
	src := buf.Bytes()
	if got := len(readAll(b, "cables.csv", src)); got != 500 {
		b.Fatalf("read %d rows, want 500", got)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		source.Read("cables.csv", bytes.NewReader(src), func(*source.Document, error) error { return nil })
	}
}

// BenchmarkReadCablePages reads WikiLeaks cable pages (mostly navigation: the
// cable is 10-20% of a page's bytes).
func BenchmarkReadCablePages(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/bench/*.html")
	var pages [][]byte
	var size int64
	for _, p := range paths {
		page, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
		size += int64(len(page))
	}
	readAll(b, paths[0], pages[0])
	b.SetBytes(size)
	for b.Loop() {
		for _, p := range pages {
			source.Read("cable.html", bytes.NewReader(p), func(*source.Document, error) error { return nil })
		}
	}
}

// BenchmarkParseSynth parses documents into cables: header fields,
// paragraphs, normalised text.
func BenchmarkParseSynth(b *testing.B) {
	var docs []*source.Document
	var size int64
	for _, c := range benchCorpus(b, 200) {
		docs = append(docs, readAll(b, c.ID+".txt", []byte(c.Text()))...)
		size += int64(len(c.Text()))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			ingest.Parse(d)
		}
	}
}

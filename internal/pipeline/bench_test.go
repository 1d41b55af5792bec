package pipeline

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/internal/cputime"
	"github.com/cablesql/cablesql/internal/synth"
	"github.com/cablesql/cablesql/store"
)

// benchInput writes n cables from the bench seeds in the cables.csv
// layout, or, while the cables.csv reader is missing, as text files in a
// directory; it returns the input and its size in bytes.
func benchInput(b *testing.B, n int) (Input, int64) {
	b.Helper()
	seeds, err := synth.LoadSeeds("../../testdata/bench")
	if err != nil {
		b.Fatal(err)
	}
	var csv bytes.Buffer
	var cables []synth.Cable
	synth.Generate(seeds, n, func(c synth.Cable) error {
		cables = append(cables, c)
		return synth.WriteCablesCSV(&csv, c)
	})
	if len(readDocs(b, Input{Path: "bench.csv", R: bytes.NewReader(csv.Bytes())})) > 0 {
		return Input{Path: "bench.csv", R: bytes.NewReader(csv.Bytes())}, int64(csv.Len())
	}
	dir := b.TempDir()
	for _, c := range cables {
		if err := os.WriteFile(filepath.Join(dir, c.ID+".txt"), []byte(c.Text()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return Input{Path: dir}, int64(csv.Len())
}

// readDocs returns the documents of in.
func readDocs(b *testing.B, in Input) []*source.Document {
	var docs []*source.Document
	keep := func(d *source.Document, err error) error {
		if d != nil {
			docs = append(docs, d)
		}
		return nil
	}
	if in.R != nil {
		source.Read(in.Path, in.R, keep)
		return docs
	}
	paths, _ := filepath.Glob(filepath.Join(in.Path, "*"))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		source.Read(p, f, keep)
		f.Close()
	}
	return docs
}

// BenchmarkParseExtract parses cables and extracts their activities: the
// work of one pipeline worker.
func BenchmarkParseExtract(b *testing.B) {
	in, _ := benchInput(b, 300)
	docs := readDocs(b, in)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Header) + len(d.Body))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			if c, err := ingest.Parse(d); err == nil {
				extract.Activities(c)
			}
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "cables/s")
}

// BenchmarkIngest runs the whole pipeline (read, parse, extract, write)
// into a new store; MB/s is of the cables.csv bytes.
func BenchmarkIngest(b *testing.B) {
	const n = 2000
	in, size := benchInput(b, n)
	var csv []byte
	if in.R != nil {
		csv, _ = io.ReadAll(in.R)
	}
	b.SetBytes(size)
	for b.Loop() {
		b.StopTimer()
		db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if in.R != nil {
			in.R = bytes.NewReader(csv)
		}
		b.StartTimer()
		run := &Run{DB: db}
		if err := run.Ingest(context.Background(), []Input{in}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "cables/s")
}

// BenchmarkWrite runs the writer alone (the ordered, batched Puts and
// commits of an ingest) over cables parsed and extracted beforehand,
// into a new store; MB/s is of the cables' header and body bytes.
func BenchmarkWrite(b *testing.B) {
	const n = 3000
	in, _ := benchInput(b, n)
	var ps []parsed
	var size int64
	for i, d := range readDocs(b, in) {
		p := parse(d, nil)
		p.seq, p.end = i, true
		ps = append(ps, p)
		size += int64(len(d.Header) + len(d.Body))
	}
	b.SetBytes(size)
	var cpu time.Duration // CPU time of the timed parts
	for b.Loop() {
		b.StopTimer()
		db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		results := make(chan parsed, len(ps))
		for _, p := range ps {
			results <- p
		}
		close(results)
		run := &Run{DB: db, cpu: newCPUShare(1)}
		b.StartTimer()
		cpu0 := cputime.Process()
		if err := run.write(context.Background(), results); err != nil {
			b.Fatal(err)
		}
		if run.Errors > 0 || run.Counts[store.New] != len(ps) {
			b.Fatalf("%d errors, %d new cables of %d", run.Errors, run.Counts[store.New], len(ps))
		}
		// Closing checkpoints the WAL: part of the cost.
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Process() - cpu0
	}
	b.ReportMetric(float64(len(ps)*b.N)/b.Elapsed().Seconds(), "cables/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(ps)*b.N), "cpu-µs/cable")
}

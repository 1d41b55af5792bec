package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/cputime"
	"github.com/cablesql/cablesql/internal/synth"
	"github.com/cablesql/cablesql/store"
)

var blankLine = regexp.MustCompile(`\n[ \t]*\n`)

// benchCables makes n cables from the seed cables in testdata/bench, each
// under its own id, with the body split into paragraphs at blank lines:
// the shape and size of what the parser hands the store.
func benchCables(tb testing.TB, n int) []*cablesql.Cable {
	tb.Helper()
	seeds, err := synth.LoadSeeds("../testdata/bench")
	if err != nil {
		tb.Fatal(err)
	}
	var out []*cablesql.Cable
	synth.Generate(seeds, n, func(s synth.Cable) error {
		c := &cablesql.Cable{ID: s.ID, Origin: s.Origin, Classification: s.Classification,
			Refs: s.Refs, Header: s.Header, Body: s.Body, Subject: "Subject of " + s.ID, SubjectSource: "subject",
			Tags:   []cablesql.Tag{{Name: "PREL", Kind: "subject"}, {Name: "ETTC", Kind: "subject"}, {Name: "BR", Kind: "geo"}},
			Source: cablesql.Source{Path: "bench.csv", Format: "cablescsv", SHA256: fmt.Sprintf("%064x", s.Seq), Line: s.Seq}}
		for _, p := range blankLine.Split(s.Body, -1) {
			if p = strings.TrimSpace(p); p != "" {
				c.Paragraphs = append(c.Paragraphs, cablesql.Paragraph{Seq: len(c.Paragraphs) + 1,
					Text: strings.Join(strings.Fields(p), " "), Raw: p})
			}
		}
		out = append(out, c)
		return nil
	})
	return out
}

// BenchmarkDB_Put writes cables one transaction each.
func BenchmarkDB_Put(b *testing.B) {
	cables := benchCables(b, 500)
	db := MustOpenDB(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c := *cables[i%len(cables)]
		c.ID = fmt.Sprintf("%s-%d", c.ID, i)
		if _, err := db.Put(ctx, &c, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriter writes cables in batches of 500, as cablesql ingest
// does; the bytes are those of the cables' header and body.
func BenchmarkWriter(b *testing.B) {
	for _, batch := range []int{100, 500, 2000} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			cables := benchCables(b, 6000)
			var size int64
			for _, c := range cables {
				size += int64(len(c.Header) + len(c.Body))
			}
			ctx := context.Background()
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), store.Options{})
				if err != nil {
					b.Fatal(err)
				}
				w, err := db.NewWriter(ctx)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				cpu0 := cputime.Process()
				for _, c := range cables {
					if _, err := w.Put(ctx, c, nil); err != nil {
						b.Fatal(err)
					}
					if w.Pending() >= batch {
						if err := w.Commit(ctx); err != nil {
							b.Fatal(err)
						}
					}
				}
				if err := w.Commit(ctx); err != nil {
					b.Fatal(err)
				}
				// Closing checkpoints the WAL: part of the cost.
				w.Close()
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
				cpu += cputime.Process() - cpu0
			}
			b.SetBytes(size)
			b.ReportMetric(float64(len(cables)*b.N)/b.Elapsed().Seconds(), "cables/s")
			b.ReportMetric(float64(cpu.Microseconds())/float64(len(cables)*b.N), "cpu-µs/cable")
		})
	}
}

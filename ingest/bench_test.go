package ingest

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"

	"github.com/cablesql/cablesql/ingest/source"
)

// sampleCSV builds a cables.csv from the sample pages, repeated to at
// least n bytes.
func sampleCSV(b *testing.B, n int) []byte {
	b.Helper()
	idx := readIndexB(b)
	var rows bytes.Buffer
	for rows.Len() < n {
		for _, e := range idx {
			if e.format != "html" {
				continue
			}
			rows.WriteString(cablesCSVRow(rows.Len(), e, mustReadFileB(b, filepath.Join("testdata/corpus", e.path))))
		}
	}
	return rows.Bytes()
}

func readIndexB(b *testing.B) []indexEntry {
	t := &testing.T{}
	return readIndex(t, "testdata/corpus/INDEX.tsv")
}

func mustReadFileB(b *testing.B, path string) []byte {
	t := &testing.T{}
	return mustReadFile(t, path)
}

// BenchmarkReadCablesCSV measures the cables.csv reader alone (bytes/s;
// allocations per row stay flat whatever the file's size).
func BenchmarkReadCablesCSV(b *testing.B) {
	data := sampleCSV(b, 8<<20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := source.Read("cables.csv", bytes.NewReader(data), func(d *source.Document, err error) error {
			if err != nil {
				b.Fatal(err)
			}
			n++
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse measures the parser on the sample's cables.
func BenchmarkParse(b *testing.B) {
	var docs []*source.Document
	source.Read("cables.csv", bytes.NewReader(sampleCSV(b, 1)), func(d *source.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	size := 0
	for _, d := range docs {
		size += len(d.Header) + len(d.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLongCSVField reads a row with a 100 MB field: memory stays
// near the 64 MB field limit (see B/op).
func BenchmarkLongCSVField(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r := io.MultiReader(bytes.NewReader([]byte(`"1","1/1/2009 1:00","09X1","o","c","","","`)), &repeatReader{b: []byte("0123456789abcdef"), n: 100 << 20})
		source.Read("big.csv", r, func(d *source.Document, err error) error { return nil })
	}
}

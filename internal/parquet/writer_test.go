package parquet_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/parquet"
	"github.com/cablesql/cablesql/internal/parquet/parquettest"
)

// edgeColumns and edgeRows are values a Parquet writer gets wrong.
var edgeColumns = []parquet.Column{
	{Name: "i", Kind: parquet.Int64}, {Name: "d", Kind: parquet.Double},
	{Name: "s", Kind: parquet.String}, {Name: "b", Kind: parquet.Bytes},
	{Name: "nothing", Kind: parquet.String}, {Name: "ünï côdé", Kind: parquet.String},
}

func edgeRows() [][]any {
	long := strings.Repeat("Ω cable text, ", 27000/14+1)[:27000]
	return [][]any{
		{int64(math.MinInt64), math.NaN(), "", []byte{}, nil, "first"},
		{int64(math.MaxInt64), math.Inf(1), nil, nil, nil, nil},
		{int64(0), math.Inf(-1), "ünïcödé 日本語 🌍", []byte{0, 0xff, 'a'}, nil, "x"},
		{nil, math.Copysign(0, -1), long, []byte(long), nil, ""},
		{int64(-1), 1e300, "\x00nul\x00", "text in a blob", nil, "y"},
		{int64(1) << 53, nil, "'quoted' \"double\"\n\r\t", nil, nil, "z"},
		{int64(-7), 5e-324, "NULL", []byte("NULL"), nil, nil},
	}
}

func write(t testing.TB, cols []parquet.Column, rows [][]any, opts parquet.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := parquet.NewWriter(&buf, cols, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := w.Row(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// same says whether a value read back is the value written: NaN is
// NaN, -0 is -0, a string is its bytes.
func same(got, want any) bool {
	switch w := want.(type) {
	case float64:
		g, ok := got.(float64)
		return ok && (math.Float64bits(g) == math.Float64bits(w) || math.IsNaN(g) && math.IsNaN(w))
	case string:
		g, ok := got.([]byte)
		return ok && string(g) == w
	case []byte:
		g, ok := got.([]byte)
		return ok && bytes.Equal(g, w)
	}
	return got == want
}

// readBack reads a file with parquettest's reader and checks it holds
// rows, with null_count and bounds that hold for each row group.
func readBack(t *testing.T, data []byte, cols []parquet.Column, rows [][]any) *parquettest.File {
	t.Helper()
	f, err := parquettest.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if f.CreatedBy != "cablesql" || f.NumRows != int64(len(rows)) || len(f.Columns) != len(cols) {
		t.Fatalf("created by %q, %d rows, %d columns; want cablesql, %d, %d", f.CreatedBy, f.NumRows, len(f.Columns), len(rows), len(cols))
	}
	physical := map[parquet.Kind]string{parquet.Int64: "INT64", parquet.Double: "DOUBLE", parquet.String: "BYTE_ARRAY", parquet.Bytes: "BYTE_ARRAY"}
	for j, c := range f.Columns {
		if c.Name != cols[j].Name || c.Physical != physical[cols[j].Kind] || c.String != (cols[j].Kind == parquet.String) {
			t.Errorf("column %d is %+v, want %+v", j, c, cols[j])
		}
		for i, r := range rows {
			if !same(c.Values[i], r[j]) {
				t.Errorf("row %d column %s: %v, want %v", i, c.Name, c.Values[i], r[j])
			}
		}
	}
	first := 0
	for _, g := range f.RowGroups {
		for j, m := range g.Chunks {
			checkStatistics(t, m.Struct(12), cols[j].Kind, f.Columns[j].Values[first:first+int(g.NumRows)])
		}
		first += int(g.NumRows)
	}
	return f
}

// checkStatistics checks a chunk's null_count, min_value and max_value.
func checkStatistics(t *testing.T, st parquettest.Struct, k parquet.Kind, vals []any) {
	t.Helper()
	nulls, lo, hi := 0, math.Inf(1), math.Inf(-1)
	var ilo, ihi int64 = math.MaxInt64, math.MinInt64
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			nulls++
		case int64:
			ilo, ihi = min(ilo, x), max(ihi, x)
		case float64:
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	if st.Int(3) != int64(nulls) {
		t.Errorf("null_count %d, want %d", st.Int(3), nulls)
	}
	bound := func(id int16) uint64 {
		if b := st.Bytes(id); len(b) == 8 {
			return binary.LittleEndian.Uint64(b)
		}
		return 0
	}
	switch {
	case k == parquet.Int64 && nulls < len(vals):
		if int64(bound(6)) != ilo || int64(bound(5)) != ihi {
			t.Errorf("INT64 bounds %d..%d, want %d..%d", int64(bound(6)), int64(bound(5)), ilo, ihi)
		}
	case k == parquet.Double && !math.IsNaN(lo):
		if g := math.Float64frombits(bound(6)); g != lo || lo == 0 && !math.Signbit(g) {
			t.Errorf("DOUBLE min %v, want %v", g, lo)
		}
		if g := math.Float64frombits(bound(5)); g != hi || hi == 0 && math.Signbit(g) {
			t.Errorf("DOUBLE max %v, want %v", g, hi)
		}
	case st.Bytes(5) != nil || st.Bytes(6) != nil:
		t.Errorf("bounds %x..%x for a %s column without values", st.Bytes(6), st.Bytes(5), k)
	}
}

func TestEdgeValuesReadBack(t *testing.T) {
	data := write(t, edgeColumns, edgeRows(), parquet.Options{})
	n := int(binary.LittleEndian.Uint32(data[len(data)-8:]))
	if string(data[:4]) != "PAR1" || string(data[len(data)-4:]) != "PAR1" || n <= 0 || n > len(data)-12 {
		t.Fatalf("magic %q %q, footer %d bytes of %d", data[:4], data[len(data)-4:], n, len(data))
	}
	f := readBack(t, data, edgeColumns, edgeRows())
	if len(f.RowGroups) != 1 || f.Meta.Int(1) != 1 || len(f.Meta.List(7)) != len(edgeColumns) {
		t.Errorf("%d row groups, version %d, %d column orders", len(f.RowGroups), f.Meta.Int(1), len(f.Meta.List(7)))
	}
	if m := f.RowGroups[0].Chunks[0]; m.Int(4) != 2 || fmt.Sprint(m.List(2)) != "[0 3]" {
		t.Errorf("codec %d, encodings %v; want 2 (GZIP), [0 3] (PLAIN, RLE)", m.Int(4), m.List(2))
	}
}

func TestNoRows(t *testing.T) {
	f := readBack(t, write(t, edgeColumns, nil, parquet.Options{}), edgeColumns, nil)
	if len(f.RowGroups) != 0 {
		t.Errorf("%d row groups for no rows", len(f.RowGroups))
	}
}

// manyRows are n rows with NULLs in runs and alone, for levels of both
// encodings.
func manyRows(n int) [][]any {
	r := rand.New(rand.NewPCG(1, 2))
	rows := make([][]any, n)
	for i := range rows {
		var a, b, c any = int64(i*7919 - n), float64(i) / 3, fmt.Sprint("row ", i)
		if i%3 == 0 || (i/100)%5 == 1 {
			a = nil
		}
		if r.IntN(10) == 0 {
			b = nil
		}
		if (i/1000)%2 == 1 {
			c = nil
		}
		rows[i] = []any{a, b, c}
	}
	return rows
}

var manyColumns = []parquet.Column{{Name: "a", Kind: parquet.Int64}, {Name: "b", Kind: parquet.Double}, {Name: "c", Kind: parquet.String}}

func TestRowGroupsAndPages(t *testing.T) {
	rows := manyRows(2500)
	f := readBack(t, write(t, manyColumns, rows, parquet.Options{RowGroupRows: 1000, PageBytes: 512}), manyColumns, rows)
	if len(f.RowGroups) != 3 || f.RowGroups[2].NumRows != 500 || f.RowGroups[0].Pages[0] < 5 {
		t.Errorf("%d row groups (want 3), the last of %d rows (want 500), %d pages in the first chunk", len(f.RowGroups), f.RowGroups[2].NumRows, f.RowGroups[0].Pages[0])
	}
	rows = manyRows(300_000)
	f = readBack(t, write(t, manyColumns, rows, parquet.Options{}), manyColumns, rows)
	if len(f.RowGroups) != 3 || f.RowGroups[0].NumRows != parquet.DefaultRowGroupRows {
		t.Errorf("%d row groups of 300,000 rows, the first of %d", len(f.RowGroups), f.RowGroups[0].NumRows)
	}
}

func TestRowGroupBytes(t *testing.T) {
	cols := []parquet.Column{{Name: "text", Kind: parquet.String}}
	r := rand.New(rand.NewPCG(5, 6))
	var rows [][]any
	for range 100 {
		b := make([]byte, 5000) // random, so that it does not compress
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		rows = append(rows, []any{string(b)})
	}
	f := readBack(t, write(t, cols, rows, parquet.Options{RowGroupBytes: 20_000, PageBytes: 8000}), cols, rows)
	if len(f.RowGroups) < 5 {
		t.Errorf("%d row groups for 100 rows of 5 kB or more, at most 20 kB a group", len(f.RowGroups))
	}
}

func TestLevelsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 200 {
		cols := []parquet.Column{{Name: "x", Kind: parquet.Int64}}
		var rows [][]any
		for range n {
			var v any
			if r.IntN(4) != 0 && n%7 != 0 || n%11 == 0 {
				v = int64(r.IntN(5))
			}
			if n%13 == 0 && len(rows)%17 < 9 {
				v = nil
			}
			rows = append(rows, []any{v})
		}
		readBack(t, write(t, cols, rows, parquet.Options{PageBytes: 1 + n%40}), cols, rows)
	}
}

func TestWriterErrors(t *testing.T) {
	var buf bytes.Buffer
	if _, err := parquet.NewWriter(&buf, []parquet.Column{{Name: "a"}, {Name: "a"}}, parquet.Options{}); err == nil || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("two columns named a: %v", err)
	}
	if _, err := parquet.NewWriter(&buf, nil, parquet.Options{}); err == nil {
		t.Error("no columns: no error")
	}
	w, err := parquet.NewWriter(&buf, manyColumns, parquet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Row([]any{"text", 1.0, "x"}); err == nil || !strings.Contains(err.Error(), "string") {
		t.Errorf("text in an INT64 column: %v", err)
	}
	if err := w.Close(); err == nil {
		t.Error("Close after a failed Row: no error")
	}
	if _, err := parquet.NewWriter(&buf, []parquet.Column{{Name: "a", Kind: 9}}, parquet.Options{}); err == nil {
		t.Error("kind 9: no error")
	}
}

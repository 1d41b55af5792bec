package shell

import (
	"fmt"
	"io"
	"slices"

	"github.com/parquet-go/parquet-go"
)

// parquetKind is the type of a Parquet column.
type parquetKind int

// The column types a Parquet export writes; every column is optional, so
// NULL stays NULL.
const (
	parquetInt64  parquetKind = iota // INT64
	parquetDouble                    // DOUBLE
	parquetText                      // BYTE_ARRAY, UTF8 string
	parquetBlob                      // BYTE_ARRAY
)

// parquetKindOf is the column type that holds every value of a column:
// integers only INT64, with reals DOUBLE, any text a string (numbers
// written as text), any blob bytes. A column of NULLs only is text.
func parquetKindOf(hasInt, hasReal, hasText, hasBlob bool) parquetKind {
	switch {
	case hasBlob:
		return parquetBlob
	case hasText:
		return parquetText
	case hasReal:
		return parquetDouble
	case hasInt:
		return parquetInt64
	}
	return parquetText
}

// orderedGroup is a Parquet group whose columns keep the result's order;
// parquet.Group alone sorts them by name.
type orderedGroup struct {
	parquet.Group
	order []string
}

func (g orderedGroup) Fields() []parquet.Field {
	fields := slices.Clone(g.Group.Fields())
	slices.SortStableFunc(fields, func(a, b parquet.Field) int {
		return slices.Index(g.order, a.Name()) - slices.Index(g.order, b.Name())
	})
	return fields
}

// parquetWriter writes rows of known column types to a Parquet file,
// zstd-compressed.
type parquetWriter struct {
	pw    *parquet.GenericWriter[any]
	kinds []parquetKind
	buf   []parquet.Row
}

// newParquetWriter starts a Parquet file of the columns cols, of types
// kinds. Two columns of one name are an error: Parquet names columns.
func newParquetWriter(w io.Writer, cols []string, kinds []parquetKind) (*parquetWriter, error) {
	g := orderedGroup{Group: parquet.Group{}, order: cols}
	for i, c := range cols {
		if _, dup := g.Group[c]; dup {
			return nil, fmt.Errorf("parquet: two columns are named %q; name them apart (AS)", c)
		}
		var leaf parquet.Node
		switch kinds[i] {
		case parquetInt64:
			leaf = parquet.Leaf(parquet.Int64Type)
		case parquetDouble:
			leaf = parquet.Leaf(parquet.DoubleType)
		case parquetText:
			leaf = parquet.String()
		default:
			leaf = parquet.Leaf(parquet.ByteArrayType)
		}
		g.Group[c] = parquet.Optional(parquet.Compressed(leaf, &parquet.Zstd))
	}
	schema := parquet.NewSchema("cablesql", g)
	return &parquetWriter{pw: parquet.NewGenericWriter[any](w, schema), kinds: kinds}, nil
}

// parquetBatch is how many rows are handed to the writer at once.
const parquetBatch = 1024

// Row writes one row; a value is converted to its column's type.
func (p *parquetWriter) Row(vals []any) error {
	row := make(parquet.Row, len(vals))
	for i, v := range vals {
		row[i] = p.value(i, v)
	}
	p.buf = append(p.buf, row)
	if len(p.buf) >= parquetBatch {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) value(col int, v any) parquet.Value {
	if v == nil {
		return parquet.NullValue().Level(0, 0, col)
	}
	var pv parquet.Value
	switch p.kinds[col] {
	case parquetInt64:
		pv = parquet.Int64Value(v.(int64))
	case parquetDouble:
		f, ok := v.(float64)
		if !ok {
			f = float64(v.(int64))
		}
		pv = parquet.DoubleValue(f)
	case parquetText:
		pv = parquet.ByteArrayValue([]byte(formatValue(v)))
	default:
		b, ok := v.([]byte)
		if !ok {
			b = []byte(formatValue(v))
		}
		pv = parquet.ByteArrayValue(b)
	}
	return pv.Level(0, 1, col)
}

func (p *parquetWriter) flush() error {
	_, err := p.pw.WriteRows(p.buf)
	p.buf = p.buf[:0]
	return err
}

// Close finishes the file; stopped, when not nil, abandons it.
func (p *parquetWriter) Close(stopped error) error {
	if stopped != nil {
		return nil
	}
	if err := p.flush(); err != nil {
		return err
	}
	return p.pw.Close()
}

// parquetResult holds a result's rows until its column types are known.
type parquetResult struct {
	w    io.Writer
	cols []string
	rows [][]any
}

func newParquetResult(w io.Writer, cols []string, _ Options) (rowWriter, error) {
	return &parquetResult{w: w, cols: cols}, nil
}

func (p *parquetResult) Row(vals []any) error {
	p.rows = append(p.rows, vals)
	return nil
}

func (p *parquetResult) Close(stopped error) error {
	if stopped != nil {
		return nil
	}
	kinds := make([]parquetKind, len(p.cols))
	for j := range p.cols {
		var i, r, t, b bool
		for _, row := range p.rows {
			switch row[j].(type) {
			case int64:
				i = true
			case float64:
				r = true
			case string:
				t = true
			case []byte:
				b = true
			}
		}
		kinds[j] = parquetKindOf(i, r, t, b)
	}
	pw, err := newParquetWriter(p.w, p.cols, kinds)
	if err != nil {
		return err
	}
	for _, row := range p.rows {
		if err := pw.Row(row); err != nil {
			return err
		}
	}
	return pw.Close(nil)
}

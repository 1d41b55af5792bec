package shell

import (
	"fmt"
	"io"
	"slices"

	"github.com/parquet-go/parquet-go"
)

// ParquetKind is the type of a Parquet column.
type ParquetKind int

// The column types a Parquet export writes; every column is optional, so
// NULL stays NULL.
const (
	ParquetInt64  ParquetKind = iota // INT64
	ParquetDouble                    // DOUBLE
	ParquetText                      // BYTE_ARRAY, UTF8 string
	ParquetBlob                      // BYTE_ARRAY
)

// ParquetKindOf is the column type that holds every value of a column:
// integers only INT64, with reals DOUBLE, any text a string (numbers
// written as text), any blob bytes. A column of NULLs only is text.
func ParquetKindOf(hasInt, hasReal, hasText, hasBlob bool) ParquetKind {
	switch {
	case hasBlob:
		return ParquetBlob
	case hasText:
		return ParquetText
	case hasReal:
		return ParquetDouble
	case hasInt:
		return ParquetInt64
	}
	return ParquetText
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

// ParquetWriter writes rows of known column types to a Parquet file,
// zstd-compressed.
type ParquetWriter struct {
	pw    *parquet.Writer
	kinds []ParquetKind
	buf   []parquet.Row
}

// NewParquetWriter starts a Parquet file of the columns cols, of types
// kinds. Two columns of one name are an error: Parquet names columns.
func NewParquetWriter(w io.Writer, cols []string, kinds []ParquetKind) (*ParquetWriter, error) {
	g := orderedGroup{Group: parquet.Group{}, order: cols}
	for i, c := range cols {
		if _, dup := g.Group[c]; dup {
			return nil, fmt.Errorf("parquet: two columns are named %q; name them apart (AS)", c)
		}
		var leaf parquet.Node
		switch kinds[i] {
		case ParquetInt64:
			leaf = parquet.Leaf(parquet.Int64Type)
		case ParquetDouble:
			leaf = parquet.Leaf(parquet.DoubleType)
		case ParquetText:
			leaf = parquet.String()
		default:
			leaf = parquet.Leaf(parquet.ByteArrayType)
		}
		g.Group[c] = parquet.Optional(parquet.Compressed(leaf, &parquet.Zstd))
	}
	schema := parquet.NewSchema("cablesql", g)
	return &ParquetWriter{pw: parquet.NewWriter(w, schema), kinds: kinds}, nil
}

// parquetBatch is how many rows are handed to the writer at once.
const parquetBatch = 1024

// Row writes one row; a value is converted to its column's type.
func (p *ParquetWriter) Row(vals []any) error {
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

func (p *ParquetWriter) value(col int, v any) parquet.Value {
	if v == nil {
		return parquet.NullValue().Level(0, 0, col)
	}
	var pv parquet.Value
	switch p.kinds[col] {
	case ParquetInt64:
		pv = parquet.Int64Value(v.(int64))
	case ParquetDouble:
		f, ok := v.(float64)
		if !ok {
			f = float64(v.(int64))
		}
		pv = parquet.DoubleValue(f)
	case ParquetText:
		pv = parquet.ByteArrayValue([]byte(FormatValue(v)))
	default:
		b, ok := v.([]byte)
		if !ok {
			b = []byte(FormatValue(v))
		}
		pv = parquet.ByteArrayValue(b)
	}
	return pv.Level(0, 1, col)
}

func (p *ParquetWriter) flush() error {
	_, err := p.pw.WriteRows(p.buf)
	p.buf = p.buf[:0]
	return err
}

// Close finishes the file; stopped, when not nil, abandons it.
func (p *ParquetWriter) Close(stopped error) error {
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

func newParquetResult(w io.Writer, cols []string, _ Options) (RowWriter, error) {
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
	kinds := make([]ParquetKind, len(p.cols))
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
		kinds[j] = ParquetKindOf(i, r, t, b)
	}
	pw, err := NewParquetWriter(p.w, p.cols, kinds)
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

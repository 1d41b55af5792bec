package shell

import (
	"fmt"
	"io"
	"slices"

	"github.com/cablesql/cablesql/internal/parquet"
)

// parquetKindOf is the column type that holds every value of a column:
// integers only INT64, with reals DOUBLE, any text a string (numbers
// written as text), any blob bytes. A column of NULLs only is text.
func parquetKindOf(hasInt, hasReal, hasText, hasBlob bool) parquet.Kind {
	switch {
	case hasBlob:
		return parquet.Bytes
	case hasText:
		return parquet.String
	case hasReal:
		return parquet.Double
	case hasInt:
		return parquet.Int64
	}
	return parquet.String
}

// parquetWriter writes rows of known column types to a Parquet file
// (package parquet: every column OPTIONAL, GZIP), converting each value
// to its column's type.
type parquetWriter struct {
	pw    *parquet.Writer
	kinds []parquet.Kind
	row   []any
}

// newParquetWriter starts a Parquet file of the columns cols, of types
// kinds, in the order of cols. Two columns of one name are an error:
// Parquet names columns.
func newParquetWriter(w io.Writer, cols []string, kinds []parquet.Kind) (*parquetWriter, error) {
	pcols := make([]parquet.Column, len(cols))
	for i, c := range cols {
		if slices.Contains(cols[:i], c) {
			return nil, fmt.Errorf("parquet: two columns are named %q; name them apart (AS)", c)
		}
		pcols[i] = parquet.Column{Name: c, Kind: kinds[i]}
	}
	pw, err := parquet.NewWriter(w, pcols, parquet.Options{})
	if err != nil {
		return nil, err
	}
	return &parquetWriter{pw: pw, kinds: kinds, row: make([]any, len(cols))}, nil
}

// Row writes one row; a value is converted to its column's type.
func (p *parquetWriter) Row(vals []any) error {
	for i, v := range vals {
		p.row[i] = parquetValue(p.kinds[i], v)
	}
	return p.pw.Row(p.row)
}

// parquetValue is v as a column of kind k holds it: an integer in a
// DOUBLE column is a float64, any value in a string column its text, a
// value other than a blob in a bytes column its text.
func parquetValue(k parquet.Kind, v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case int64:
		switch k {
		case parquet.Int64:
			return x
		case parquet.Double:
			return float64(x)
		}
	case float64:
		if k == parquet.Double {
			return x
		}
	case []byte:
		return x
	}
	return formatValue(v)
}

// Close finishes the file; stopped, when not nil, abandons it.
func (p *parquetWriter) Close(stopped error) error {
	if stopped != nil {
		return nil
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
	kinds := make([]parquet.Kind, len(p.cols))
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

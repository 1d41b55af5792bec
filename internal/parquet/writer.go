package parquet

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Kind is the type of a column.
type Kind uint8

// The column types written; every column is OPTIONAL.
const (
	Int64  Kind = iota // INT64
	Double             // DOUBLE
	String             // BYTE_ARRAY, logical type STRING (converted type UTF8)
	Bytes              // BYTE_ARRAY
)

func (k Kind) String() string {
	return [...]string{"INT64", "DOUBLE", "STRING", "BYTES"}[k]
}

// Column names and types a column.
type Column struct {
	Name string
	Kind Kind
}

// Options bound the memory a Writer holds. A zero field takes its
// default.
type Options struct {
	// RowGroupRows: a row group ends after this many rows (default 131,072).
	RowGroupRows int
	// RowGroupBytes: a row group ends once its pages hold this many bytes
	// (default 64 MiB), compressed, and the page being filled, not.
	RowGroupBytes int
	// PageBytes: a page ends once its values take this many bytes
	// (default 1 MiB), before compression.
	PageBytes int
}

// Defaults of Options.
const (
	DefaultRowGroupRows  = 128 << 10
	DefaultRowGroupBytes = 64 << 20
	DefaultPageBytes     = 1 << 20
)

// Writer writes rows to a Parquet file. Rows are held, column by
// column, until a row group is full, then written; Close writes the
// footer.
type Writer struct {
	out    *bufio.Writer
	offset int64 // bytes written to out
	opts   Options
	cols   []*column
	rows   int   // rows of the row group being filled
	total  int64 // rows in the row groups written
	groups []rowGroup
	gz     *gzip.Writer
	page   bytes.Buffer // a page before compression
	zpage  bytes.Buffer // a page compressed
	err    error        // the first write error; the file is then broken
}

// NewWriter starts a Parquet file of the columns cols on w. Two columns
// of one name are an error. The Writer buffers; Close flushes it but
// does not close w.
func NewWriter(w io.Writer, cols []Column, opts Options) (*Writer, error) {
	if len(cols) == 0 {
		return nil, errors.New("parquet: no columns")
	}
	seen := map[string]bool{}
	pw := &Writer{out: bufio.NewWriterSize(w, 256<<10), opts: opts}
	for _, c := range cols {
		if seen[c.Name] {
			return nil, fmt.Errorf("parquet: two columns are named %q", c.Name)
		}
		if c.Kind > Bytes {
			return nil, fmt.Errorf("parquet: column %q: unknown kind %d", c.Name, c.Kind)
		}
		seen[c.Name] = true
		pw.cols = append(pw.cols, &column{Column: c})
	}
	if pw.opts.RowGroupRows <= 0 {
		pw.opts.RowGroupRows = DefaultRowGroupRows
	}
	if pw.opts.RowGroupBytes <= 0 {
		pw.opts.RowGroupBytes = DefaultRowGroupBytes
	}
	if pw.opts.PageBytes <= 0 {
		pw.opts.PageBytes = DefaultPageBytes
	}
	// BestSpeed: gzip's default level takes twice the time for files
	// a sixth smaller.
	pw.gz, _ = gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	pw.write([]byte(magic))
	return pw, pw.err
}

const magic = "PAR1"

// Row adds a row, a value for each column: nil (NULL), or an int64 for
// an Int64 column, a float64 for a Double column, a string or []byte
// for a String or Bytes column. The values are copied.
func (w *Writer) Row(vals []any) error {
	if w.err != nil {
		return w.err
	}
	if len(vals) != len(w.cols) {
		return fmt.Errorf("parquet: %d values for %d columns", len(vals), len(w.cols))
	}
	for i, c := range w.cols {
		if err := c.add(vals[i]); err != nil {
			w.err = err // the columns before hold the row: the file is broken
			return err
		}
	}
	w.rows++
	held := 0
	for _, c := range w.cols {
		if len(c.values) >= w.opts.PageBytes {
			w.endPage(c)
		}
		held += len(c.pages) + len(c.values) + len(c.levels)
	}
	if w.rows >= w.opts.RowGroupRows || held >= w.opts.RowGroupBytes {
		w.flushRowGroup()
	}
	return w.err
}

// Close writes the rows held and the footer, and flushes the Writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	w.flushRowGroup()
	meta := w.fileMetaData()
	w.write(meta)
	w.write(binary.LittleEndian.AppendUint32(nil, uint32(len(meta))))
	w.write([]byte(magic))
	if w.err == nil {
		w.err = w.out.Flush()
	}
	return w.err
}

func (w *Writer) write(b []byte) {
	if w.err != nil {
		return
	}
	n, err := w.out.Write(b)
	w.offset += int64(n)
	w.err = err
}

// flushRowGroup writes the rows held as a row group: each column's
// pages, one column after the other.
func (w *Writer) flushRowGroup() {
	if w.rows == 0 || w.err != nil {
		return
	}
	g := rowGroup{rows: int64(w.rows), offset: w.offset}
	for _, c := range w.cols {
		w.endPage(c)
		ch := c.chunk
		ch.offset = w.offset
		ch.values = int64(w.rows)
		ch.compressed = int64(len(c.pages))
		w.write(c.pages)
		g.columns = append(g.columns, ch)
		g.size += ch.uncompressed
		g.compressed += ch.compressed
		c.pages = c.pages[:0]
		c.chunk = chunk{}
	}
	w.groups = append(w.groups, g)
	w.total += int64(w.rows)
	w.rows = 0
}

// endPage ends the page column c is filling: a page header, then,
// gzip-compressed, the definition levels (their length in four bytes,
// then the hybrid encoding) and the values, PLAIN.
func (w *Writer) endPage(c *column) {
	if len(c.levels) == 0 || w.err != nil {
		return
	}
	w.page.Reset()
	lv := appendLevels(nil, c.levels)
	w.page.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(lv))))
	w.page.Write(lv)
	w.page.Write(c.values)
	w.zpage.Reset()
	w.gz.Reset(&w.zpage)
	w.gz.Write(w.page.Bytes())
	if err := w.gz.Close(); err != nil {
		w.err = err
		return
	}
	if w.page.Len() > math.MaxInt32 {
		w.err = fmt.Errorf("parquet: column %q: a page of %d bytes is too large", c.Name, w.page.Len())
		return
	}
	header := pageHeader(len(c.levels), w.page.Len(), w.zpage.Len())
	c.pages = append(c.pages, header...)
	c.pages = append(c.pages, w.zpage.Bytes()...)
	c.chunk.uncompressed += int64(len(header) + w.page.Len())
	c.levels, c.values = c.levels[:0], c.values[:0]
}

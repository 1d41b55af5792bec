// Package parquettest reads back the Parquet files that package parquet
// writes, for tests: its own reader, written apart from the writer, and
// DuckDB through node when it is installed. It reads only what the
// writer writes: a flat schema of OPTIONAL columns, DATA_PAGE pages,
// PLAIN values, RLE/bit-packed definition levels, UNCOMPRESSED or GZIP.
package parquettest

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// File is a Parquet file read back.
type File struct {
	Meta      Struct // the footer, FileMetaData
	CreatedBy string
	NumRows   int64
	Columns   []Column
	RowGroups []RowGroup
}

// Column is a column and all its values: nil (NULL), int64, float64 or
// []byte.
type Column struct {
	Name     string
	Physical string // INT64, DOUBLE or BYTE_ARRAY
	String   bool   // logical type STRING and converted type UTF8
	Values   []any
}

// RowGroup is what the footer says of a row group, and the pages read.
type RowGroup struct {
	NumRows int64
	Chunks  []Struct // each column's ColumnMetaData
	Pages   []int    // how many pages each column has
}

var physical = map[int64]string{2: "INT64", 5: "DOUBLE", 6: "BYTE_ARRAY"}

// Read reads a whole Parquet file, checking its magic, footer and pages
// as it goes.
func Read(data []byte) (*File, error) {
	if len(data) < 12 || string(data[:4]) != "PAR1" || string(data[len(data)-4:]) != "PAR1" {
		return nil, errors.New("parquet: no PAR1 at both ends")
	}
	n := int(binary.LittleEndian.Uint32(data[len(data)-8:]))
	start := len(data) - 8 - n
	if start < 4 {
		return nil, fmt.Errorf("parquet: footer of %d bytes in a file of %d", n, len(data))
	}
	meta, used, err := DecodeStruct(data[start : len(data)-8])
	if err != nil || used != n {
		return nil, fmt.Errorf("parquet: footer: %v (%d of %d bytes read)", err, used, n)
	}
	f := &File{Meta: meta, CreatedBy: string(meta.Bytes(6)), NumRows: meta.Int(3)}
	schema := meta.List(2)
	if len(schema) == 0 || int(schema[0].(Struct).Int(5)) != len(schema)-1 {
		return nil, errors.New("parquet: schema is not a root and its leaves")
	}
	for _, e := range schema[1:] {
		s := e.(Struct)
		if s.Int(3) != 1 {
			return nil, fmt.Errorf("parquet: column %s is not OPTIONAL", s.Bytes(4))
		}
		utf8 := s[6] != nil && s.Int(6) == 0
		str := s.Struct(10) != nil && s.Struct(10).Struct(1) != nil
		if utf8 != str {
			return nil, fmt.Errorf("parquet: column %s: converted type UTF8 %v, logical type STRING %v", s.Bytes(4), utf8, str)
		}
		f.Columns = append(f.Columns, Column{Name: string(s.Bytes(4)), Physical: physical[s.Int(1)], String: str})
	}
	for _, g := range meta.List(4) {
		if err := f.readRowGroup(data, g.(Struct)); err != nil {
			return nil, err
		}
	}
	return f, nil
}

func (f *File) readRowGroup(data []byte, g Struct) error {
	rg := RowGroup{NumRows: g.Int(3)}
	chunks := g.List(1)
	if len(chunks) != len(f.Columns) {
		return fmt.Errorf("parquet: row group of %d columns, schema has %d", len(chunks), len(f.Columns))
	}
	for i, ch := range chunks {
		m := ch.(Struct).Struct(3)
		col := &f.Columns[i]
		if got := physical[m.Int(1)]; got != col.Physical || string(m.List(3)[0].([]byte)) != col.Name {
			return fmt.Errorf("parquet: column chunk %d is %s %q, schema has %s %q", i, got, m.List(3)[0], col.Physical, col.Name)
		}
		before := len(col.Values)
		pages, err := col.readChunk(data, m)
		if err != nil {
			return fmt.Errorf("parquet: column %s: %w", col.Name, err)
		}
		if got := int64(len(col.Values) - before); got != rg.NumRows || m.Int(5) != got {
			return fmt.Errorf("parquet: column %s: %d values, num_values %d, row group has %d rows", col.Name, got, m.Int(5), rg.NumRows)
		}
		rg.Chunks, rg.Pages = append(rg.Chunks, m), append(rg.Pages, pages)
	}
	f.RowGroups = append(f.RowGroups, rg)
	return nil
}

// readChunk reads a column chunk's pages, and returns how many.
func (c *Column) readChunk(data []byte, m Struct) (int, error) {
	pos, end := m.Int(9), m.Int(9)+m.Int(7)
	if pos < 4 || end > int64(len(data)) {
		return 0, fmt.Errorf("chunk at %d..%d of %d bytes", pos, end, len(data))
	}
	pages := 0
	for want := m.Int(5); want > 0; pages++ {
		h, n, err := DecodeStruct(data[pos:end])
		if err != nil {
			return pages, err
		}
		pos += int64(n)
		size := h.Int(3)
		if h.Int(1) != 0 || pos+size > end {
			return pages, fmt.Errorf("page %d: type %d, %d bytes", pages, h.Int(1), size)
		}
		body, err := uncompress(m.Int(4), data[pos:pos+size], h.Int(2))
		if err != nil {
			return pages, err
		}
		pos += size
		dp := h.Struct(5)
		if dp.Int(2) != 0 || dp.Int(3) != 3 {
			return pages, fmt.Errorf("page %d: encoding %d, levels %d", pages, dp.Int(2), dp.Int(3))
		}
		if err := c.readPage(body, int(dp.Int(1))); err != nil {
			return pages, fmt.Errorf("page %d: %w", pages, err)
		}
		want -= dp.Int(1)
	}
	if pos != end {
		return pages, fmt.Errorf("chunk has %d bytes after its pages", end-pos)
	}
	return pages, nil
}

func uncompress(codec int64, b []byte, size int64) ([]byte, error) {
	switch codec {
	case 0:
	case 2:
		r, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		if b, err = io.ReadAll(r); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("codec %d", codec)
	}
	if int64(len(b)) != size {
		return nil, fmt.Errorf("page of %d bytes, header says %d", len(b), size)
	}
	return b, nil
}

// readPage reads a page of n values: the definition levels, then the
// values that are not NULL.
func (c *Column) readPage(b []byte, n int) error {
	if len(b) < 4 {
		return errShort
	}
	ln := int(binary.LittleEndian.Uint32(b))
	if 4+ln > len(b) {
		return errShort
	}
	levels, err := Levels(b[4:4+ln], n)
	if err != nil {
		return err
	}
	b = b[4+ln:]
	for _, l := range levels {
		if l == 0 {
			c.Values = append(c.Values, nil)
			continue
		}
		var v any
		switch c.Physical {
		case "INT64", "DOUBLE":
			if len(b) < 8 {
				return errShort
			}
			u := binary.LittleEndian.Uint64(b)
			v, b = int64(u), b[8:]
			if c.Physical == "DOUBLE" {
				v = math.Float64frombits(u)
			}
		default:
			if len(b) < 4 || 4+int(binary.LittleEndian.Uint32(b)) > len(b) {
				return errShort
			}
			k := 4 + int(binary.LittleEndian.Uint32(b))
			v, b = bytes.Clone(b[4:k]), b[k:]
		}
		c.Values = append(c.Values, v)
	}
	if len(b) != 0 {
		return fmt.Errorf("%d bytes after the values", len(b))
	}
	return nil
}

// Levels decodes n definition levels of bit width 1 in the RLE/bit-packed
// hybrid encoding.
func Levels(b []byte, n int) ([]byte, error) {
	d := decoder{b: b}
	var out []byte
	for len(out) < n {
		h := d.uvarint()
		if d.err != nil {
			return nil, d.err
		}
		if h&1 == 0 {
			v := d.byte()
			if v > 1 {
				return nil, fmt.Errorf("level %d", v)
			}
			out = append(out, bytes.Repeat([]byte{v}, int(h>>1))...)
			if len(out) > n {
				return nil, fmt.Errorf("a run of %d levels goes past the %d of the page", h>>1, n)
			}
			continue
		}
		for g := uint64(0); g < h>>1; g++ {
			x := d.byte()
			for k := range 8 {
				out = append(out, x>>k&1)
			}
		}
	}
	if d.err != nil || d.pos != len(b) {
		return nil, fmt.Errorf("levels: %v, %d of %d bytes read", d.err, d.pos, len(b))
	}
	return out[:n], nil
}

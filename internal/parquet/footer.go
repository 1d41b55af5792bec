package parquet

import (
	"encoding/binary"
	"math"
)

// rowGroup is what the footer says of a row group.
type rowGroup struct {
	rows       int64
	offset     int64
	size       int64 // uncompressed, page headers included
	compressed int64
	columns    []chunk
}

// Values of parquet.thrift's enums.
const (
	typeInt64       = 2 // Type
	typeDouble      = 5
	typeByteArray   = 6
	optional        = 1 // FieldRepetitionType
	convertedUTF8   = 0 // ConvertedType
	encodingPlain   = 0 // Encoding
	encodingRLE     = 3
	codecGzip       = 2 // CompressionCodec
	pageTypeData    = 0 // PageType
	createdBy       = "cablesql"
	fileMetaVersion = 1
)

func (k Kind) physical() int32 {
	switch k {
	case Int64:
		return typeInt64
	case Double:
		return typeDouble
	}
	return typeByteArray
}

// pageHeader is a PageHeader of a DATA_PAGE of n values (NULLs
// included), PLAIN, its definition levels RLE.
func pageHeader(n, size, compressed int) []byte {
	var c compact
	c.begin(0)
	c.i32(1, pageTypeData)
	c.i32(2, int32(size))
	c.i32(3, int32(compressed))
	c.begin(5) // DataPageHeader
	c.i32(1, int32(n))
	c.i32(2, encodingPlain)
	c.i32(3, encodingRLE)
	c.i32(4, encodingRLE)
	c.end()
	c.end()
	return c.buf
}

// fileMetaData is the footer: FileMetaData.
func (w *Writer) fileMetaData() []byte {
	var c compact
	c.begin(0)
	c.i32(1, fileMetaVersion)
	c.list(2, ctStruct, len(w.cols)+1)
	c.begin(0) // the root SchemaElement
	c.str(4, "schema")
	c.i32(5, int32(len(w.cols)))
	c.end()
	for _, col := range w.cols {
		schemaElement(&c, col.Column)
	}
	c.i64(3, w.total)
	c.list(4, ctStruct, len(w.groups))
	for _, g := range w.groups {
		c.begin(0)
		c.list(1, ctStruct, len(g.columns))
		for i, ch := range g.columns {
			columnChunk(&c, w.cols[i].Column, ch)
		}
		c.i64(2, g.size)
		c.i64(3, g.rows)
		c.i64(5, g.offset)
		c.i64(6, g.compressed)
		c.end()
	}
	c.str(6, createdBy)
	c.list(7, ctStruct, len(w.cols)) // column_orders: needed for min_value and max_value
	for range w.cols {
		c.begin(0)
		c.begin(1) // TYPE_ORDER: TypeDefinedOrder
		c.end()
		c.end()
	}
	c.end()
	return c.buf
}

// schemaElement writes a column's SchemaElement.
func schemaElement(c *compact, col Column) {
	c.begin(0)
	c.i32(1, col.Kind.physical())
	c.i32(3, optional)
	c.str(4, col.Name)
	if col.Kind == String {
		c.i32(6, convertedUTF8)
		c.begin(10) // LogicalType
		c.begin(1)  // STRING: StringType
		c.end()
		c.end()
	}
	c.end()
}

// columnChunk writes a ColumnChunk and its ColumnMetaData.
func columnChunk(c *compact, col Column, ch chunk) {
	c.begin(0)
	c.i64(2, ch.offset)
	c.begin(3)
	c.i32(1, col.Kind.physical())
	c.list(2, ctI32, 2)
	c.varint(encodingPlain)
	c.varint(encodingRLE)
	c.list(3, ctBinary, 1)
	c.uvarint(uint64(len(col.Name)))
	c.buf = append(c.buf, col.Name...)
	c.i32(4, codecGzip)
	c.i64(5, ch.values)
	c.i64(6, ch.uncompressed)
	c.i64(7, ch.compressed)
	c.i64(9, ch.offset)
	statistics(c, col.Kind, ch)
	c.end()
	c.end()
}

// statistics writes a chunk's Statistics: null_count, and min_value and
// max_value of an Int64 or Double column that holds a value other than
// NaN. A zero bound is -0 as a minimum and +0 as a maximum, as the
// format asks.
func statistics(c *compact, k Kind, ch chunk) {
	c.begin(12)
	c.i64(3, ch.nulls)
	if ch.hasBounds {
		var lo, hi uint64
		switch k {
		case Int64:
			lo, hi = uint64(ch.minI), uint64(ch.maxI)
		case Double:
			if ch.minF == 0 {
				ch.minF = math.Copysign(0, -1)
			}
			if ch.maxF == 0 {
				ch.maxF = 0
			}
			lo, hi = math.Float64bits(ch.minF), math.Float64bits(ch.maxF)
		}
		c.binary(5, binary.LittleEndian.AppendUint64(nil, hi))
		c.binary(6, binary.LittleEndian.AppendUint64(nil, lo))
	}
	c.end()
}

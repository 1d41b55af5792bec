package parquet

import "encoding/binary"

// Thrift compact protocol type codes.
const (
	ctI32    = 5
	ctI64    = 6
	ctBinary = 8
	ctList   = 9
	ctStruct = 12
)

// compact writes Thrift's compact protocol: each field is a header
// (the field id as a delta from the previous one, and a type), then its
// value; a struct ends with a zero byte. last holds the previous field
// id of each struct being written, innermost last; the outermost struct
// too starts with begin(0).
type compact struct {
	buf  []byte
	last []int16
}

func (c *compact) uvarint(v uint64) { c.buf = binary.AppendUvarint(c.buf, v) }

// varint writes v zigzag-encoded, as compact does for i16, i32 and i64.
func (c *compact) varint(v int64) { c.uvarint(uint64(v<<1) ^ uint64(v>>63)) }

func (c *compact) field(id int16, typ byte) {
	last := &c.last[len(c.last)-1]
	if d := id - *last; d > 0 && d <= 15 {
		c.buf = append(c.buf, byte(d)<<4|typ)
	} else {
		c.buf = append(c.buf, typ)
		c.varint(int64(id))
	}
	*last = id
}

func (c *compact) i32(id int16, v int32) {
	c.field(id, ctI32)
	c.varint(int64(v))
}

func (c *compact) i64(id int16, v int64) {
	c.field(id, ctI64)
	c.varint(v)
}

func (c *compact) binary(id int16, b []byte) {
	c.field(id, ctBinary)
	c.uvarint(uint64(len(b)))
	c.buf = append(c.buf, b...)
}

func (c *compact) str(id int16, s string) { c.binary(id, []byte(s)) }

// list starts a list field of n elements of type elem; the elements
// follow without field headers.
func (c *compact) list(id int16, elem byte, n int) {
	c.field(id, ctList)
	if n < 15 {
		c.buf = append(c.buf, byte(n)<<4|elem)
		return
	}
	c.buf = append(c.buf, 0xf0|elem)
	c.uvarint(uint64(n))
}

// begin starts a struct: a field of one when id > 0, else a list
// element or the outermost struct.
func (c *compact) begin(id int16) {
	if id > 0 {
		c.field(id, ctStruct)
	}
	c.last = append(c.last, 0)
}

// end ends the struct begin started.
func (c *compact) end() {
	c.buf = append(c.buf, 0)
	c.last = c.last[:len(c.last)-1]
}

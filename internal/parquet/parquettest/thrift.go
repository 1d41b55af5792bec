package parquettest

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Struct is a Thrift struct as decoded: its fields by id. A value is an
// int64 (byte, i16, i32, i64), bool, float64, []byte, []any (list or
// set) or Struct. Maps are not read: Parquet's footer has none.
type Struct map[int16]any

// Int is the integer field id, 0 when absent.
func (s Struct) Int(id int16) int64 { v, _ := s[id].(int64); return v }

// Bytes is the binary field id, nil when absent.
func (s Struct) Bytes(id int16) []byte { v, _ := s[id].([]byte); return v }

// Struct is the struct field id, nil when absent.
func (s Struct) Struct(id int16) Struct { v, _ := s[id].(Struct); return v }

// List is the list field id, nil when absent.
func (s Struct) List(id int16) []any { v, _ := s[id].([]any); return v }

// decoder reads Thrift's compact protocol.
type decoder struct {
	b   []byte
	pos int
	err error
}

var errShort = errors.New("thrift: data ends early")

func (d *decoder) byte() byte {
	if d.pos >= len(d.b) {
		d.err = errShort
		return 0
	}
	d.pos++
	return d.b[d.pos-1]
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b[min(d.pos, len(d.b)):])
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// structure reads a struct's fields up to its stop byte.
func (d *decoder) structure() Struct {
	s := Struct{}
	var last int16
	for d.err == nil {
		h := d.byte()
		if h == 0 {
			break
		}
		id := last + int16(h>>4)
		if h>>4 == 0 {
			id = int16(d.varint())
		}
		last = id
		switch typ := h & 0xf; typ {
		case 1, 2:
			s[id] = typ == 1
		default:
			s[id] = d.value(typ)
		}
	}
	return s
}

// value reads a value of type typ that is not a field's bool.
func (d *decoder) value(typ byte) any {
	switch typ {
	case 1, 2: // a bool in a list
		return d.byte() == 1
	case 3:
		return int64(int8(d.byte()))
	case 4, 5, 6:
		return d.varint()
	case 7:
		if d.pos+8 > len(d.b) {
			d.err = errShort
			return 0.0
		}
		d.pos += 8
		return math.Float64frombits(binary.LittleEndian.Uint64(d.b[d.pos-8:]))
	case 8:
		n := int(d.uvarint())
		if n < 0 || d.pos+n > len(d.b) {
			d.err = errShort
			return []byte(nil)
		}
		d.pos += n
		return d.b[d.pos-n : d.pos]
	case 9, 10:
		h := d.byte()
		n := int(h >> 4)
		if n == 15 {
			n = int(d.uvarint())
		}
		var l []any
		for i := 0; i < n && d.err == nil; i++ {
			l = append(l, d.value(h&0xf))
		}
		return l
	case 12:
		return d.structure()
	}
	d.err = fmt.Errorf("thrift: type %d not read", typ)
	return nil
}

// DecodeStruct reads one struct of Thrift's compact protocol from the
// start of b, and returns it and its length.
func DecodeStruct(b []byte) (Struct, int, error) {
	d := decoder{b: b}
	s := d.structure()
	return s, d.pos, d.err
}

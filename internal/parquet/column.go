package parquet

import (
	"encoding/binary"
	"fmt"
	"math"
)

// column holds a column's values of the row group being filled: the
// pages ended, each header and compressed data, and the page being
// filled, its definition levels and PLAIN values.
type column struct {
	Column
	pages  []byte
	levels []byte // 0 for NULL, 1 for a value
	values []byte
	chunk  chunk
}

// chunk is what the footer says of a column in a row group.
type chunk struct {
	offset       int64 // of the first page
	values       int64 // NULLs included
	nulls        int64
	uncompressed int64 // page headers included
	compressed   int64
	// the least and greatest value of an Int64 or Double column, when
	// it holds one (NaN is left out), PLAIN encoded
	hasBounds bool
	minI      int64
	maxI      int64
	minF      float64
	maxF      float64
}

// add appends a value, nil being NULL.
func (c *column) add(v any) error {
	if v == nil {
		c.levels = append(c.levels, 0)
		c.chunk.nulls++
		return nil
	}
	c.levels = append(c.levels, 1)
	switch x := v.(type) {
	case int64:
		if c.Kind == Int64 {
			c.values = binary.LittleEndian.AppendUint64(c.values, uint64(x))
			c.boundInt(x)
			return nil
		}
	case float64:
		if c.Kind == Double {
			c.values = binary.LittleEndian.AppendUint64(c.values, math.Float64bits(x))
			c.boundFloat(x)
			return nil
		}
	case string:
		if c.Kind == String || c.Kind == Bytes {
			c.values = binary.LittleEndian.AppendUint32(c.values, uint32(len(x)))
			c.values = append(c.values, x...)
			return nil
		}
	case []byte:
		if c.Kind == String || c.Kind == Bytes {
			c.values = binary.LittleEndian.AppendUint32(c.values, uint32(len(x)))
			c.values = append(c.values, x...)
			return nil
		}
	}
	c.levels = c.levels[:len(c.levels)-1]
	return fmt.Errorf("parquet: column %q is %s: a value of type %T", c.Name, c.Kind, v)
}

func (c *column) boundInt(x int64) {
	ch := &c.chunk
	if !ch.hasBounds {
		ch.minI, ch.maxI, ch.hasBounds = x, x, true
		return
	}
	ch.minI, ch.maxI = min(ch.minI, x), max(ch.maxI, x)
}

func (c *column) boundFloat(x float64) {
	ch := &c.chunk
	switch {
	case math.IsNaN(x):
	case !ch.hasBounds:
		ch.minF, ch.maxF, ch.hasBounds = x, x, true
	default:
		ch.minF, ch.maxF = math.Min(ch.minF, x), math.Max(ch.maxF, x)
	}
}

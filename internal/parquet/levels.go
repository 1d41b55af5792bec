package parquet

import "encoding/binary"

// appendLevels appends definition levels, each 0 (NULL) or 1, in the
// RLE/bit-packed hybrid encoding of bit width 1: a run of eight or more
// equal levels is one RLE run (its length, then the level in a byte);
// other levels go in bit-packed runs of groups of eight, a byte each,
// the first level in the lowest bit. The last group is padded with 0.
func appendLevels(dst, levels []byte) []byte {
	for i := 0; i < len(levels); {
		if r := runLength(levels, i, len(levels)); r >= 8 {
			dst = binary.AppendUvarint(dst, uint64(r)<<1)
			dst = append(dst, levels[i])
			i += r
			continue
		}
		groups := 0
		for j := i; j < len(levels); {
			groups++
			j += 8
			if j < len(levels) && runLength(levels, j, 8) >= 8 {
				break
			}
		}
		dst = binary.AppendUvarint(dst, uint64(groups)<<1|1)
		for g := 0; g < groups; g++ {
			var b byte
			for k := 0; k < 8 && i < len(levels); k++ {
				b |= levels[i] << k
				i++
			}
			dst = append(dst, b)
		}
	}
	return dst
}

// runLength is how many levels from i on equal levels[i], counting at
// most limit.
func runLength(levels []byte, i, limit int) int {
	n := 1
	for n < limit && i+n < len(levels) && levels[i+n] == levels[i] {
		n++
	}
	return n
}

package textmatch

import (
	"iter"
	"maps"
	"strings"
	"unicode/utf8"
)

// WordTable is a map from lower-case words that tells most words it does
// not hold by their shape (Shapes), before hashing them. The zero value
// is an empty table.
type WordTable[V any] struct {
	m      map[string]V
	shapes Shapes
}

// Set maps the word w, in lower case, to v.
func (t *WordTable[V]) Set(w string, v V) {
	if t.m == nil {
		t.m = map[string]V{}
	}
	t.m[w] = v
	t.shapes.Add(w)
}

// Get returns the value of w in lower case, or the zero value.
func (t *WordTable[V]) Get(w string) V {
	if !IsASCII(w) {
		return LookupLower(t.m, w) // lower-casing may change its shape
	}
	return t.GetASCII(w)
}

// GetASCII is Get for a word of ASCII bytes.
func (t *WordTable[V]) GetASCII(w string) V {
	if !t.shapes.MayHold(w) {
		var zero V
		return zero
	}
	return LookupLower(t.m, w)
}

// Words returns the table's words, in no order.
func (t *WordTable[V]) Words() iter.Seq[string] { return maps.Keys(t.m) }

// LookupLower returns m[w in lower case], lower-casing a short ASCII word
// on the stack, not the heap.
func LookupLower[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[lowerASCII(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[lowerASCII(w)]
		}
		buf[i] = lowerByte(c)
	}
	return m[string(buf[:len(w)])]
}

// lowerASCII lower-cases a word, without allocating when it is already.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// Shapes records the shapes of a set of lower-case keys: length, first
// byte and last byte. A word of another shape is not among them, which is
// cheaper to tell than a map lookup for most words of a text. The zero
// value holds no shape.
type Shapes struct {
	// lastBytes[n][f] has bit b set for a key of length n (the last
	// slot: any longer) that begins with byte class f and ends with b.
	lastBytes [16][27]uint32
}

// shapeClass maps a byte to 0-25 for a lower-case letter, 26 otherwise.
func shapeClass(c byte) int {
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}

// Add records the shape of key.
func (ws *Shapes) Add(key string) {
	if key == "" {
		return
	}
	n := min(len(key), len(ws.lastBytes)-1)
	ws.lastBytes[n][shapeClass(key[0])] |= 1 << shapeClass(key[len(key)-1])
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// upperByte upper-cases an ASCII letter.
func upperByte(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// MayHold reports whether a key of the shape of w was added, ASCII case
// aside: w may be a word as written.
func (ws *Shapes) MayHold(w string) bool {
	if w == "" {
		return true
	}
	n := min(len(w), len(ws.lastBytes)-1)
	return ws.lastBytes[n][shapeClass(lowerByte(w[0]))]&(1<<shapeClass(lowerByte(w[len(w)-1]))) != 0
}

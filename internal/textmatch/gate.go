package textmatch

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Gate is the quick test of several expressions (what Needs tests of
// each) made in one pass over a text: a reader that runs several gated
// Words on the same sentence, most of which hold none of the texts their
// matches need, looks once for all their texts instead of once for each
// Word. Scan's bit i is Needs(exprs[i]).MayHold: a Word of exprs[i]
// finds nothing in a text whose bit is clear, and need not be asked.
type Gate struct {
	exprs []string
	once  sync.Once // guards the making of the tables, on first use
	*gateTables
}

// gateTables are the tables of a Gate, made when first used.
type gateTables struct {
	always  uint64               // the expressions with no quick test: a match may be in any text
	all     uint64               // every expression's bit
	byFirst [256][]gateText      // the texts by their first byte, in either case when folded
	pairs   [1 << 16 / 64]uint64 // their first two bytes, as needs.pairs
}

// gateText is one text looked for, and the expressions that need it.
type gateText struct {
	text string // lower-cased when fold; for a twin, the rune's first two bytes
	fold bool   // ASCII case aside
	twin bool   // a non-ASCII rune that folding matches with a letter of a text
	bits uint64
}

// gateRegistry lists every Gate made, for the harness.
var gateRegistry []*Gate

// maxGate is the most expressions a Gate holds: one bit each.
const maxGate = 64

// NewGate returns the quick test of the expressions, read when first
// used. It panics with more than 64.
func NewGate(exprs ...string) *Gate {
	if len(exprs) > maxGate {
		panic("textmatch.NewGate: more than 64 expressions")
	}
	g := &Gate{exprs: exprs}
	gateRegistry = append(gateRegistry, g)
	return g
}

// ready makes the tables, once, from each expression's needs.
func (g *Gate) ready() {
	g.once.Do(func() {
		t := &gateTables{}
		for i, expr := range g.exprs {
			bit := uint64(1) << i
			t.all |= bit
			n := newNeeds(expr)
			if n == nil {
				t.always |= bit
				continue
			}
			for k := range t.pairs {
				t.pairs[k] |= n.pairs[k]
			}
			for _, s := range n.texts {
				t.add(gateText{text: s, fold: n.fold, bits: bit})
			}
			for _, tw := range n.twins {
				t.add(gateText{text: string(tw[:]), twin: true, bits: bit})
			}
		}
		g.gateTables = t
	})
}

// add enters e under its first byte (and its upper case, when folded),
// joined with an entry of the same text.
func (t *gateTables) add(e gateText) {
	firsts := []byte{e.text[0]}
	if u := upperByte(e.text[0]); e.fold && u != e.text[0] {
		firsts = append(firsts, u)
	}
	for _, c := range firsts {
		joined := false
		for k, o := range t.byFirst[c] {
			if o.text == e.text && o.fold == e.fold && o.twin == e.twin {
				t.byFirst[c][k].bits |= e.bits
				joined = true
			}
		}
		if !joined {
			t.byFirst[c] = append(t.byFirst[c], e)
		}
	}
}

// Scan returns the expressions that may match in s: bit i set for
// exprs[i] when s holds one of the texts its matches need (or a twin),
// or when it has no quick test.
func (g *Gate) Scan(s string) uint64 {
	g.ready()
	t := g.gateTables
	found := t.always
	if len(s) < 2 {
		return found
	}
	pairs := &t.pairs
	c0 := s[0] // read each byte once, as needs.mayMatch does
	for i := 1; i < len(s) && found != t.all; i++ {
		c1 := s[i]
		if pair := uint16(c0)<<8 | uint16(c1); pairs[pair/64]&(1<<(pair%64)) != 0 {
			found = t.at(s, i-1, found)
		}
		c0 = c1
	}
	return found
}

// at returns found with the bits of the texts that begin at s[i], whose
// first two bytes are a pair of the texts'.
func (t *gateTables) at(s string, i int, found uint64) uint64 {
	c0, c1 := s[i], s[i+1]
	for _, e := range t.byFirst[c0] {
		if found&e.bits == e.bits {
			continue
		}
		var ok bool
		switch {
		case e.twin:
			ok = c0 >= utf8.RuneSelf && c1 == e.text[1]
		case e.fold:
			ok = HasLowerPrefix(s[i:], e.text)
		default:
			ok = strings.HasPrefix(s[i:], e.text)
		}
		if ok {
			found |= e.bits
		}
	}
	return found
}

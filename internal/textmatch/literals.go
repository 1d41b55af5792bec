package textmatch

import (
	"strings"
	"sync"
)

// Literals is a set of strings to look for in a text at once: one pass
// over the text, trying at each byte only the strings that begin with it
// (and only where the first two bytes open one of them), instead of one
// strings.Contains per string.
type Literals struct {
	words []string  // as given, for the test that holds In to strings.Contains
	once  sync.Once // guards the making of the tables, on first use
	*literalTables
}

// literalTables are the tables of a Literals, made when first used.
type literalTables struct {
	byFirst [256][]string
	pairs   [1 << 16 / 64]uint64 // the first two bytes of the strings, as bits of a 16-bit number
}

// NewLiterals returns the set of words, each of two bytes at least (it
// panics otherwise). The tables are made when the set is first used.
func NewLiterals(words []string) *Literals {
	for _, w := range words {
		if len(w) < 2 {
			panic("textmatch.NewLiterals: strings must have two bytes at least")
		}
	}
	l := &Literals{words: words}
	literalSets = append(literalSets, l)
	return l
}

// literalSets lists every Literals made, for the test that holds them to
// strings.Contains.
var literalSets []*Literals

// ready makes the tables, once; Each and In call it first.
func (l *Literals) ready() {
	l.once.Do(func() {
		t := &literalTables{}
		for _, w := range l.words {
			t.byFirst[w[0]] = append(t.byFirst[w[0]], w)
			pair := uint16(w[0])<<8 | uint16(w[1])
			t.pairs[pair/64] |= 1 << (pair % 64)
		}
		l.literalTables = t
	})
}

// In reports whether s holds one of the strings.
func (l *Literals) In(s string) bool {
	found := false
	l.scan(s, func(string) bool {
		found = true
		return false
	})
	return found
}

// scan calls f with every string that s holds, in order, until f returns
// false.
func (l *Literals) scan(s string, f func(string) bool) {
	l.ready()
	for i := 0; i+1 < len(s); i++ {
		if pair := uint16(s[i])<<8 | uint16(s[i+1]); l.pairs[pair/64]&(1<<(pair%64)) == 0 {
			continue
		}
		for _, w := range l.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], w) && !f(w) {
				return
			}
		}
	}
}

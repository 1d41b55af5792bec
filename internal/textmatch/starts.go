package textmatch

import "sync"

// Starts is the quick test of where a match of an expression may begin,
// read from its syntax tree as a Word reads it before its search: the
// first bytes of every match, lower-cased (startsOf). It is for a search
// that tries an expression at chosen offsets of a text (the
// classification level at each byte of a cable's header), in place of a
// list of first letters typed by hand.
type Starts struct {
	expr string
	once sync.Once
	w    *Word
}

// startsRegistry lists every Starts made, for the harness.
var startsRegistry []*Starts

// NewStarts returns the quick test of where a match of expr may begin,
// read when first used.
func NewStarts(expr string) *Starts {
	s := &Starts{expr: expr}
	startsRegistry = append(startsRegistry, s)
	return s
}

// At reports whether a match of the expression may begin at text[i]: it
// is false only where none can.
func (s *Starts) At(text string, i int) bool {
	s.once.Do(func() {
		s.w = &Word{expr: s.expr}
		s.w.ready()
	})
	if s.w.starts == nil {
		return true // a match may begin with anything, or with too many texts to list
	}
	return s.w.mayStart(text[i:min(len(text), i+startLen)])
}

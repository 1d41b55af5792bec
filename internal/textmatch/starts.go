package textmatch

import "sync"

// firstUse is an expression and what is read from it, read when first
// asked (get): the shape of Starts and Needs.
type firstUse[T any] struct {
	expr string
	once sync.Once
	v    T
}

// get returns what read reads from the expression, reading it once.
func (f *firstUse[T]) get(read func(expr string) T) T {
	f.once.Do(func() { f.v = read(f.expr) })
	return f.v
}

// Starts is the quick test of where a match of an expression may begin,
// read from its syntax tree as a Word reads it before its search: the
// first bytes of every match, lower-cased (startsOf). It is for a search
// that tries an expression at chosen offsets of a text (the
// classification level at each byte of a cable's header), in place of a
// list of first letters typed by hand.
type Starts struct{ firstUse[*Word] }

// startsRegistry lists every Starts made, for the harness.
var startsRegistry []*Starts

// NewStarts returns the quick test of where a match of expr may begin,
// read when first used.
func NewStarts(expr string) *Starts {
	s := &Starts{firstUse[*Word]{expr: expr}}
	startsRegistry = append(startsRegistry, s)
	return s
}

// readyWord returns expr as a Word with its quick tests read.
func readyWord(expr string) *Word {
	w := &Word{expr: expr}
	w.ready()
	return w
}

// At reports whether a match of the expression may begin at text[i]: it
// is false only where none can.
func (s *Starts) At(text string, i int) bool {
	w := s.get(readyWord)
	if w.starts == nil {
		return true // a match may begin with anything, or with too many texts to list
	}
	return w.mayStart(text[i:min(len(text), i+startLen)])
}

// Needs is the quick test of a gated Word on its own (needs.go): the
// texts one of which every match of an expression holds, read from its
// syntax tree, for code that runs the expression, or a hand-written
// reading of it, only on the texts that may hold a match.
type Needs struct{ firstUse[*needs] }

// needsRegistry lists every Needs made, for the harness.
var needsRegistry []*Needs

// NewNeeds returns the quick test of what every match of expr holds,
// read when first used.
func NewNeeds(expr string) *Needs {
	q := &Needs{firstUse[*needs]{expr: expr}}
	needsRegistry = append(needsRegistry, q)
	return q
}

// MayHold reports whether s may hold a match: false only when it holds
// none of the texts every match needs.
func (q *Needs) MayHold(s string) bool {
	n := q.get(newNeeds)
	return n == nil || n.mayMatch(s)
}

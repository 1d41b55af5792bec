package textmatch

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
)

// What the harness (package textmatch_test) reads of the matchers.

// Words returns every Word made.
func Words() []*Word { return registry }

// LiteralSets returns every Literals made.
func LiteralSets() []*Literals { return literalSets }

// Plain returns the expression compiled by regexp alone.
func (w *Word) Plain() *regexp.Regexp {
	w.ready()
	return w.re
}

// Fast reports whether the fast search takes the expression.
func (w *Word) Fast() bool {
	w.ready()
	return w.fast
}

// Tail reports whether every match ends at the text's end.
func (w *Word) Tail() bool {
	w.ready()
	return w.tail
}

// Begins reports whether every match begins at the text's start, which
// the Word's automaton judges before regexp.
func (w *Word) Begins() bool {
	w.ready()
	return w.begins != nil
}

// Strings returns the strings of the set.
func (l *Literals) Strings() []string { return l.words }

// NeedsOf returns the texts a gated Word of expr looks for, and its quick
// test; nil when it would have none.
func NeedsOf(expr string) ([]string, func(string) bool) {
	n := newNeeds(expr)
	if n == nil {
		return nil, nil
	}
	return n.texts, n.mayMatch
}

// Ungated returns w's expression as a Word without a quick test, left out
// of Words.
func Ungated(w *Word) *Word { return &Word{expr: w.expr} }

// Lines returns every Line made.
func Lines() []*Line { return lineRegistry }

// PlainLine returns the expression of l compiled by regexp alone.
func PlainLine(l *Line) *regexp.Regexp {
	l.ready()
	return l.re
}

// MayMatch reports whether the quick tests of l let s through.
func (l *Line) MayMatch(s string) bool {
	l.ready()
	return l.mayMatch(s)
}

// String returns the expression of l.
func (l *Line) String() string { return l.expr }

// AllStarts returns every Starts made.
func AllStarts() []*Starts { return startsRegistry }

// Expr returns the expression of s.
func (s *Starts) Expr() string { return s.expr }

// AllNeeds returns every Needs made.
func AllNeeds() []*Needs { return needsRegistry }

// Expr returns the expression of q.
func (q *Needs) Expr() string { return q.expr }

// DFAOf returns the automaton's answer for expr (dfa.go), whether it may
// match at a text's start, and whether it has made as many states as it
// keeps.
func DFAOf(expr string) (may func(string) bool, full func() bool) {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	d := newDFA(tree.Simplify())
	return d.mayMatch, func() bool {
		d.mu.Lock()
		defer d.mu.Unlock()
		return len(d.states) == maxDFAStates
	}
}

// EndOf returns the end automaton's answer for expr (ends.go): where
// the match at a text's start ends, -1 for none, and whether it could
// tell.
func EndOf(expr string) func(string) (int, bool) {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	d := newEndDFA(tree.Simplify())
	return func(s string) (int, bool) { return d.matchEnd(s, 0) }
}

// UnlistedWord returns a Word of expr that the registry does not list,
// for a test of its own.
func UnlistedWord(expr string) *Word { return &Word{expr: expr} }

// AllGates returns every Gate made.
func AllGates() []*Gate { return gateRegistry }

// Exprs returns the expressions of g.
func (g *Gate) Exprs() []string { return g.exprs }

// WordStarts returns where words start in s, as a Word's search steps
// through them (wordStartsIn).
func WordStarts(s string) []int {
	var out []int
	for p := 0; p < len(s); {
		starts, n := wordStartsIn(s, p)
		for ; starts != 0; starts &= starts - 1 {
			out = append(out, p+bits.TrailingZeros64(starts)>>3)
		}
		p += n
	}
	return out
}

package textmatch

import (
	"regexp/syntax"
	"unicode/utf8"
)

// An end automaton (newEndDFA) finds where regexp's match at a text's
// start ends, where the dfa of dfa.go only tells whether there is one:
// for a Word's search that asks no submatches, the answer without
// regexp, whose backtracker or NFA finding that end was about a tenth of
// the extractor's CPU.
//
// Its states are RE2's for leftmost-first matching, as regexp's NFA
// (regexp/exec.go, machine.step and machine.add) runs them: a state is
// the ordered list of the instructions the threads of the last byte go on
// to (the roots), each thread before the ones of lower priority, and the
// kind of that byte. On the next rune the roots are followed in order,
// through alternations (Out before Arg), captures and the zero-width
// assertions that hold between the two runes, to the instructions that
// read a rune or match, each kept the first time it is reached, as
// machine.add keeps it; these are read in order: one that reads the rune
// adds where it goes to the next state's roots, and a match ends the
// matches of lower priority, as machine.step cuts the threads after it.
// A transition says whether a match ends before its rune; the last such
// is regexp's match, as a later match comes only from a thread of higher
// priority than the earlier one's, which regexp prefers.
//
// It answers on ASCII texts only, and only while it may make states: a
// non-ASCII byte, or a state past maxDFAStates, leaves it to regexp.

// endsHere marks a transition of an end automaton before whose rune a
// match ends.
const endsHere = 1 << 30

// newEndDFA returns the end automaton of a parsed and simplified
// expression, or nil when it does not compile.
func newEndDFA(tree *syntax.Regexp) *dfa {
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil
	}
	d := &dfa{prog: prog, index: map[string]int{}, ordered: true}
	d.classify()
	for _, prev := range startKinds {
		d.add([]uint32{uint32(prog.Start)}, prev)
	}
	return d
}

// startKinds are the kinds of byte before a match's start (kindOf, -1 at
// the text's start), in the order of an end automaton's first states:
// state k is the start after a byte of kind startKinds[k].
var startKinds = [...]rune{-1, '\n', 'a', ' '}

// startAfter returns the start state of an end automaton for a match
// that begins at p in s, an ASCII text: after the byte before p.
func startAfter(s string, p int) int {
	switch {
	case p == 0:
		return 0
	case s[p-1] == '\n':
		return 1
	case IsWordByte(s[p-1]):
		return 2
	}
	return 3
}

// matchEnd returns where the match at the start of s ends, -1 when there
// is none, and ok; or false when it cannot tell (a non-ASCII byte, or all
// its states made). The match is the one regexp finds at s[0] when s is
// the text's rest and k, a start state (startAfter), says what byte came
// before it; with k 0, the one it finds searching s alone.
func (d *dfa) matchEnd(s string, k int) (end int, ok bool) {
	if d == nil {
		return 0, false
	}
	table, end := *d.table.Load(), -1
	for i := 0; ; i++ {
		c := byte(eot)
		if i < len(s) {
			if c = s[i]; c >= utf8.RuneSelf {
				return 0, false
			}
		}
		t := k*d.classes + int(d.class[c])
		n := table[t].Load()
		if n == unknown {
			table, n = d.next(k, c, t)
		}
		if n&endsHere != 0 {
			end, n = i, n&^endsHere
		}
		switch n {
		case dead:
			return end, true
		case matched:
			return 0, false
		}
		k = int(n - firstState)
	}
}

// stepOrdered is step for an end automaton: the transition of state k on
// r (-1 at the text's end), with endsHere when a match ends before r. The
// caller holds d.mu.
func (d *dfa) stepOrdered(k int, r rune) int32 {
	st := &d.states[k]
	var here, next pcSet
	here.init(len(d.prog.Inst))
	flags := syntax.EmptyOpContext(st.prev, r)
	for _, pc := range st.pcs {
		d.closure(&here, pc, flags, true)
	}
	next.init(len(d.prog.Inst))
	var ends int32
	for _, pc := range here.list {
		inst := &d.prog.Inst[pc]
		if inst.Op == syntax.InstMatch {
			ends = endsHere // the threads after this one are cut
			break
		}
		if r >= 0 && d.reads(pc, r) && !next.has(inst.Out) {
			next.mark(inst.Out)
			next.list = append(next.list, inst.Out)
		}
	}
	if len(next.list) == 0 {
		return ends | dead
	}
	return ends | d.add(next.list, kindOf(r))
}

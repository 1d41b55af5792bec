package textmatch

import (
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// dfa answers whether an expression matches at the start of a text,
// before regexp is asked where the match ends and what it holds. A
// Word's tries at a word's start fail nine times in ten, most within a
// few bytes, where regexp's set-up alone costs more than reading them.
// The dfa is the expression's program (regexp/syntax, compiled as
// regexp compiles it) run as a deterministic automaton whose states,
// sets of the program's instructions, are made when first reached and
// kept: RE2's lazy DFA, without the submatches or the match's bounds,
// which regexp still gives.
//
// It is exact on ASCII text: the zero-width assertions (`\b`, `$`) are
// judged at each position from the bytes on either side, as regexp
// judges them (syntax.EmptyOpContext), a state remembering the kind of
// byte before. Bytes move along kept transitions, one per class of
// bytes the program does not tell apart. A non-ASCII byte, or a full
// cache, answers "may match", and regexp decides.
type dfa struct {
	prog    *syntax.Prog
	class   [eot + 1]byte // each ASCII byte's class, eot's the last
	classes int
	ordered bool // a first-match automaton (ends.go): its states are ordered

	// table holds the transitions, classes a state, state 0 the start:
	// read without a lock, replaced by a larger copy as states are made.
	// It is safe because every write goes to the current table under mu,
	// grow copies under mu before it publishes, and a state's number is
	// published only once its row fits in the table that holds it: a
	// reader of an old table finds only rows that table has.
	table atomic.Pointer[[]atomic.Int32]

	mu     sync.Mutex     // guards the fields below and the table's growth
	index  map[string]int // a state's key (stateKey) to its number
	states []dfaState
}

// maxDFAStates bounds the states a dfa keeps; past it, a text not yet
// read to the end through kept states "may match".
const maxDFAStates = 1000

// eot is the input after a text's last byte, at its end.
const eot = utf8.RuneSelf

// The transitions a state keeps besides the next state's number (stored plus
// firstState).
const (
	unknown    = 0 // not yet made
	dead       = 1 // no match at the text's start
	matched    = 2 // a match ends before this byte (or may: see dfa); in an end automaton, it is full
	firstState = 3
)

// dfaState is a set of the program's instructions that the text read so
// far leads to, before any zero-width assertion that depends on the next
// rune is judged, and the kind of rune read last.
type dfaState struct {
	pcs  []uint32
	prev rune // the last rune's kind, as EmptyOpContext reads it: -1 at the start, '\n', 'a' a word byte, ' ' another
}

// newDFA returns the automaton of a parsed and simplified expression, or
// nil when it does not compile.
func newDFA(tree *syntax.Regexp) *dfa {
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil
	}
	d := &dfa{prog: prog, index: map[string]int{}}
	d.classify()
	var set pcSet
	set.init(len(prog.Inst))
	d.closure(&set, uint32(prog.Start), 0, false)
	d.add(set.list, -1)
	return d
}

// classify puts the ASCII bytes that every instruction of the program
// reads alike, and that are of one kind, in one class.
func (d *dfa) classify() {
	var readers []uint32 // the instructions that read a byte
	for pc := range d.prog.Inst {
		switch d.prog.Inst[pc].Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			readers = append(readers, uint32(pc))
		}
	}
	seen := map[string]byte{}
	var sig, pcs []byte
	for c := range rune(eot) {
		pcs = pcs[:0]
		for _, pc := range readers {
			if d.reads(pc, c) {
				pcs = appendPC(pcs, pc)
			}
		}
		sig = append(append(sig[:0], byte(kindOf(c))), pcs...)
		k, ok := seen[string(sig)]
		if !ok {
			k = byte(len(seen))
			seen[string(sig)] = k
		}
		d.class[c] = k
	}
	d.class[eot] = byte(len(seen))
	d.classes = len(seen) + 1
}

// mayMatch reports whether the expression may match at the start of s,
// as regexp would search s alone: false only when it does not. A
// non-ASCII byte leaves it to regexp.
func (d *dfa) mayMatch(s string) bool {
	if d == nil {
		return true
	}
	table, k := *d.table.Load(), 0
	for i := 0; ; i++ {
		c := byte(eot)
		if i < len(s) {
			if c = s[i]; c >= utf8.RuneSelf {
				return true
			}
		}
		t := k*d.classes + int(d.class[c])
		n := table[t].Load()
		if n == unknown {
			table, n = d.next(k, c, t)
		}
		switch n {
		case dead:
			return false
		case matched:
			return true
		}
		k = int(n - firstState)
	}
}

// next makes and keeps the transition t, of state k on c, and returns
// the table as it now is and the transition.
func (d *dfa) next(k int, c byte, t int) ([]atomic.Int32, int32) {
	d.mu.Lock()
	defer d.mu.Unlock()
	table := *d.table.Load()
	if n := table[t].Load(); n != unknown {
		return table, n
	}
	r := rune(c)
	if c == eot {
		r = -1
	}
	var n int32
	if d.ordered {
		n = d.stepOrdered(k, r)
	} else {
		n = d.step(k, r)
	}
	table = *d.table.Load() // step may have grown it
	table[t].Store(n)
	return table, n
}

// step returns the transition of state k on r (-1 at the text's end),
// making the state it leads to when new. The caller holds d.mu.
func (d *dfa) step(k int, r rune) int32 {
	st := &d.states[k]
	flags := syntax.EmptyOpContext(st.prev, r)
	var here, after pcSet
	here.init(len(d.prog.Inst))
	after.init(len(d.prog.Inst))
	for _, pc := range st.pcs {
		d.closure(&here, pc, flags, true)
	}
	if here.hasMatch {
		return matched
	}
	if r < 0 {
		return dead
	}
	for _, pc := range here.list {
		if d.reads(pc, r) {
			d.closure(&after, d.prog.Inst[pc].Out, 0, false)
		}
	}
	if len(after.list) == 0 {
		return dead
	}
	return d.add(after.list, kindOf(r))
}

// add returns the transition to the state of pcs after a rune of kind
// prev, made when new (pcs sorted, unless the automaton is ordered);
// matched when no more can be kept. The caller holds d.mu, or is newDFA
// or newEndDFA.
func (d *dfa) add(pcs []uint32, prev rune) int32 {
	if !d.ordered {
		slices.Sort(pcs)
	}
	key := stateKey(pcs, prev)
	if k, ok := d.index[key]; ok {
		return int32(k + firstState)
	}
	k := len(d.states)
	if k == maxDFAStates {
		return matched
	}
	d.states = append(d.states, dfaState{pcs: slices.Clone(pcs), prev: prev})
	d.index[key] = k
	d.grow()
	return int32(k + firstState)
}

// grow makes the table hold the transitions of every state, copying it
// into one twice as large when it is full. The caller holds d.mu.
func (d *dfa) grow() {
	need := len(d.states) * d.classes
	old := d.table.Load()
	if old != nil && len(*old) >= need {
		return
	}
	table := make([]atomic.Int32, max(2*need, 8*d.classes))
	if old != nil {
		for i := range *old {
			table[i].Store((*old)[i].Load())
		}
	}
	d.table.Store(&table)
}

// stateKey is the key of a state in dfa.index.
func stateKey(pcs []uint32, prev rune) string {
	b := make([]byte, 0, 1+4*len(pcs))
	b = append(b, byte(prev+1))
	for _, pc := range pcs {
		b = appendPC(b, pc)
	}
	return string(b)
}

// appendPC appends an instruction's number to a key, in four bytes.
func appendPC(b []byte, pc uint32) []byte {
	return append(b, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
}

// kindOf is the kind of rune c, as EmptyOpContext tells them apart.
func kindOf(c rune) rune {
	switch {
	case c == '\n':
		return '\n'
	case syntax.IsWordChar(c):
		return 'a'
	}
	return ' '
}

// reads reports whether the instruction at pc reads r.
func (d *dfa) reads(pc uint32, r rune) bool {
	inst := &d.prog.Inst[pc]
	switch inst.Op {
	case syntax.InstRune:
		return inst.MatchRune(r)
	case syntax.InstRune1:
		return r == inst.Rune[0]
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return false
}

// closure adds to set the instructions pc leads to without reading a
// byte. A zero-width assertion is passed when follow is set and flags
// hold it, and kept in the set otherwise, to be judged with the next
// byte.
func (d *dfa) closure(set *pcSet, pc uint32, flags syntax.EmptyOp, follow bool) {
	if set.has(pc) {
		return
	}
	set.mark(pc)
	inst := &d.prog.Inst[pc]
	switch inst.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		d.closure(set, inst.Out, flags, follow)
		d.closure(set, inst.Arg, flags, follow)
	case syntax.InstCapture, syntax.InstNop:
		d.closure(set, inst.Out, flags, follow)
	case syntax.InstEmptyWidth:
		if !follow {
			set.list = append(set.list, pc)
		} else if syntax.EmptyOp(inst.Arg)&^flags == 0 {
			d.closure(set, inst.Out, flags, follow)
		}
	case syntax.InstMatch:
		set.hasMatch = true
		set.list = append(set.list, pc)
	case syntax.InstFail:
	default:
		set.list = append(set.list, pc)
	}
}

// pcSet is a set of instructions, with their list (which add sorts).
type pcSet struct {
	seen     []bool
	list     []uint32
	hasMatch bool
}

func (s *pcSet) init(n int)         { s.seen = make([]bool, n) }
func (s *pcSet) has(pc uint32) bool { return s.seen[pc] }
func (s *pcSet) mark(pc uint32)     { s.seen[pc] = true }

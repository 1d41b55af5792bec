package textmatch

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"
)

// Word is a regular expression whose every match begins a word
// (`\b(?:urged|urges|...)`), searched faster than regexp does it, with
// the results of regexp.
//
// Go's regexp has no fast skip to where a match may begin when the
// expression is case-insensitive or an alternation: it runs its matcher
// from every byte of the text. The extractor's expressions are mostly
// of that kind, and were about two thirds of its time. A Word tries
// the expression, anchored, only at the starts of words that begin with
// a byte a match can begin with; the leftmost start where it matches is
// the leftmost match, and the anchored expression keeps regexp's choice
// among the matches that start there, so the results are those of
// regexp. The few texts where a match could begin with a non-ASCII rune
// (case folding makes "ſ" an "s") go to regexp as they are.
type Word struct {
	expr  string    // the expression, compiled on first use (see ready)
	gated bool      // made by NewGatedWord
	once  sync.Once // guards the compilation
	*compiledWord
}

// compiledWord is a Word once compiled: allocated only then, so that
// the expressions of a process that never extracts cost nothing.
type compiledWord struct {
	re       *regexp.Regexp  // the expression as written
	anchored *regexp.Regexp  // ^(?:expression), tried at each possible start
	first    [256]bool       // ASCII bytes a match may begin with (none of the others)
	fast     bool            // whether the expression has the shape the fast search needs
	maxLen   int             // the longest match in bytes, -1 when unbounded or when it may end at the text's end
	maxRunes int             // the longest match in runes, when maxLen is not -1: its bytes in an ASCII text
	starts   map[string]bool // lower-cased texts, up to startLen bytes, one of which every match begins with; nil: any
	// startsOne has the one-byte texts of starts, startsTwo the first two
	// bytes of the longer ones: a Word's search asks them (mayOpen) at each
	// word start before its dfa, which nine times in ten they spare.
	startsOne [utf8.RuneSelf]bool
	startsTwo [utf8.RuneSelf][2]uint64

	// Non-ASCII runes a match may begin with ("ſ" for a case-insensitive
	// "s"), and whether any may: a text holding one right after a word
	// character goes to regexp (see useFast).
	firstRunes  []rune
	anyNonASCII bool

	// For an expression whose every match ends at the text's end
	// (`\b(?:in|at)\s+$`), tail is set and alphabet holds the bytes a
	// match may hold: a match covers the text from its start, so it
	// starts after the last byte of the text outside the alphabet.
	tail     bool
	alphabet [256]bool

	// alts, when the expression matches a few fixed texts only, finds
	// the match at a start without regexp (when no submatches are asked).
	alts *altSet

	// dfa, for an expression with the shape the fast search needs, tells
	// whether it matches at a start before regexp is asked (dfa.go).
	dfa *dfa

	// ends finds where the match at a start ends (ends.go), for the
	// searches that ask no submatches: of an expression the fast search
	// takes, at the word starts it tries; of another, at the bytes of
	// firstASCII (find), when it may not match the empty text or is
	// anchored at the text's start.
	ends       *dfa
	firstASCII [utf8.RuneSelf]bool // the ASCII bytes a match may begin with

	// needs, for a Word made by NewGatedWord, are texts one of which every
	// match holds: a text without one is turned away before the search.
	needs *needs

	// begins, for an expression whose every match begins at the text's
	// start (`^\s*(?:that|which)\b`), tells whether it matches there: most
	// texts are turned away within a few bytes, before regexp, which is
	// then given only the text's head when the match's length is bounded
	// (head).
	begins *dfa
}

// NewWord returns expr, compiled like regexp.MustCompile when first used
// (so that a process that never searches does not pay for it at
// start-up; a bad expression panics then). An expression without the
// shape the fast search needs (one that may match where no word begins)
// is still correct: it is searched by regexp alone.
func NewWord(expr string) *Word {
	w := &Word{expr: expr}
	registry = append(registry, w)
	return w
}

// NewGatedWord is NewWord for an expression whose matches need texts
// rarer than the words they may begin with ("the following week" begins
// with "the"): each search first looks for those texts, read from the
// expression's syntax tree (needs.go), in one pass over the text, and
// gives up without one. Where the texts are as common as the words, the
// pass costs more than it saves: measure before choosing it.
func NewGatedWord(expr string) *Word {
	w := NewWord(expr)
	w.gated = true
	return w
}

// ready compiles the expression, once; every search calls it first.
func (w *Word) ready() { w.once.Do(w.compile) }

func (w *Word) compile() {
	expr := w.expr
	w.compiledWord = &compiledWord{}
	w.re, w.anchored = regexp.MustCompile(expr), regexp.MustCompile(`^(?:`+expr+`)`)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	tree = tree.Simplify()
	var first firstSet
	nullable := first.add(tree)
	w.fast = !nullable && leadsWith(tree, syntax.OpWordBoundary) && !hasTextAnchor(tree)
	w.firstRunes, w.anyNonASCII = first.runes, first.anyNonASCII
	w.maxLen, w.maxRunes = maxLen(tree, false), maxLen(tree, true)
	if ps, ok := startsOf(tree); ok {
		w.starts = map[string]bool{}
		for _, p := range ps {
			w.starts[p.text] = true
		}
		if w.starts[""] {
			w.starts = nil // a match may begin with anything
		}
		for t := range w.starts {
			switch {
			case len(t) == 1:
				w.startsOne[t[0]] = true
			case len(t) >= 2 && t[1] < utf8.RuneSelf:
				w.startsTwo[t[0]][t[1]/64] |= 1 << (t[1] % 64)
			}
		}
	}
	if hasEndAnchor(tree) {
		w.maxLen = -1
	}
	if w.gated {
		w.needs = newNeeds(expr)
	}
	if endsAtTextEnd(tree) {
		w.tail = true
		addAlphabet(&w.alphabet, tree)
	}
	for c := range utf8.RuneSelf {
		switch {
		case !first.ascii[c]:
		case IsWordByte(byte(c)):
			w.first[c] = true
		default:
			w.fast = false // a match may begin with a byte that is not a word's
		}
	}
	if w.fast {
		w.alts = newAlts(tree)
		w.dfa = newDFA(tree)
	}
	if leadsWith(tree, syntax.OpBeginText) {
		w.begins = newDFA(tree)
	}
	if w.fast || !nullable || w.begins != nil {
		w.ends = newEndDFA(tree)
		w.firstASCII = first.ascii
	}
}

// registry lists every Word made, for the test that holds them to
// regexp's results.
var registry []*Word

// String returns the expression as written.
func (w *Word) String() string { return w.expr }

// next returns the leftmost match at or after from in s, as
// FindStringSubmatchIndex numbers it but counted in s, or nil.
func (w *Word) next(s string, from int, submatches bool) []int {
	p := from
	if w.tail {
		t := len(s)
		for t > p && w.alphabet[s[t-1]] {
			t--
		}
		p = t
	}
	// A match begins only at a word's start, not inside the word from
	// may be in.
	for p < len(s) {
		starts, n := wordStartsIn(s, p)
		for ; starts != 0; starts &= starts - 1 {
			start := p + bits.TrailingZeros64(starts)>>3
			if !w.mayOpen(s, start) {
				continue
			}
			if loc := w.tryAt(s, start, submatches); loc != nil {
				return loc
			}
		}
		p += n
	}
	return nil
}

// MatchAt returns the match that begins at p in s, counted in s, as
// regexp's leftmost-first choice among the matches there, or nil; p must
// be the start of a word (an ASCII word byte, not after one), as the
// starts a Word's own search tries are. For a reader that knows where
// matches may begin, and only for an expression the fast search takes
// (every match begins a word, no text anchor): it panics on another.
func (w *Word) MatchAt(s string, p int) []int {
	w.ready()
	if !w.fast {
		panic("textmatch: MatchAt of an expression whose matches need not begin a word: " + w.expr)
	}
	return w.matchAt(s, p, false)
}

// matchAt returns the match that begins at start, the start of a word in
// s, or nil.
func (w *Word) matchAt(s string, start int, submatches bool) []int {
	if !w.mayOpen(s, start) {
		return nil
	}
	return w.tryAt(s, start, submatches)
}

// mayOpen reports whether a match may begin at p, the start of a word in
// s, as its first two bytes tell: only a byte the expression may begin
// with (an ASCII one: useFast made sure) can begin one, and only with a
// second byte that one of starts has after it (mayStart's quick half). It
// is asked at every word start of a search: the first byte's test is
// inlined there, the second's made only when the first passes.
func (w *Word) mayOpen(s string, p int) bool {
	return w.first[s[p]] && w.secondMayOpen(s, p)
}

// secondMayOpen is mayOpen's test of the byte after p. A non-ASCII
// byte, or none, lets the start through.
func (w *Word) secondMayOpen(s string, p int) bool {
	c := lowerByte(s[p])
	if w.starts == nil || w.startsOne[c] || p+1 == len(s) {
		return true
	}
	d := lowerByte(s[p+1])
	return d >= utf8.RuneSelf || w.startsTwo[c][d/64]&(1<<(d%64)) != 0
}

// tryAt returns the match that begins at start, the start of a word in s
// where mayOpen holds, or nil, where the automaton finds one.
func (w *Word) tryAt(s string, start int, submatches bool) []int {
	// regexp's backtracker clears a bitmap as long as the text times the
	// program before each search: a bounded match needs the text only up
	// to its longest length, and a byte more for a `\b`.
	end := len(s)
	if w.maxLen >= 0 {
		n := w.maxRunes
		if !IsASCII(s[start:min(len(s), start+n)]) {
			n = w.maxLen
		}
		end = min(end, start+n+1)
	}
	if !submatches {
		if e, ok := w.ends.matchEnd(s[start:end], 0); ok {
			if e < 0 {
				return nil
			}
			return []int{start, start + e}
		}
	}
	if !w.dfa.mayMatch(s[start:end]) {
		return nil
	}
	if w.alts != nil && !submatches {
		if e, ok := w.alts.matchAt(s, start); ok {
			if e < 0 {
				return nil
			}
			return []int{start, e}
		}
	}
	var loc []int
	if submatches {
		loc = w.anchored.FindStringSubmatchIndex(s[start:end])
	} else {
		loc = w.anchored.FindStringIndex(s[start:end])
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += start
		}
	}
	return loc
}

// mayStart reports whether a match may begin with the text at hand: one
// of starts opens it, case aside. A non-ASCII byte, which case folding may
// make a letter of the expression's, lets it through.
func (w *Word) mayStart(head string) bool {
	var buf [startLen]byte
	for i := 0; i < len(head); i++ {
		c := head[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(head) == 0 {
		return false
	}
	if w.startsOne[buf[0]] {
		return true
	}
	if len(head) < 2 || w.startsTwo[buf[0]][buf[1]/64]&(1<<(buf[1]%64)) == 0 {
		return false
	}
	for n := 2; n <= len(head); n++ {
		if w.starts[string(buf[:n])] {
			return true
		}
	}
	return false
}

// useFast reports whether s can be searched the fast way. A match may
// begin with a non-ASCII rune only where `\b` holds before it, after an
// ASCII word character ("xſent"), which the anchored expression cannot
// see; a text with such a rune in such a place goes to regexp.
func (w *Word) useFast(s string) bool {
	w.ready()
	if !w.fast {
		return false
	}
	if w.firstRunes == nil && !w.anyNonASCII {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i] < utf8.RuneSelf || !IsWordByte(s[i-1]) {
			continue
		}
		if w.anyNonASCII {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if slices.Contains(w.firstRunes, r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// lacks reports whether s lacks what a match needs, for a gated Word, or
// does not open with a match, for an expression anchored at its start.
func (w *Word) lacks(s string) bool {
	w.ready()
	return w.needs != nil && !w.needs.mayMatch(s) || w.begins != nil && !w.begins.mayMatch(s)
}

// head returns the part of s regexp needs to read: for an expression
// anchored at the text's start whose matches are at most maxLen bytes
// long (and need not end at the text's end), up to the byte after the
// longest, which a `\b` after it reads; s otherwise. No path of the
// search reads further (maxLen counts UTFMax bytes for each rune a step
// may read that is not ASCII, so no rune a path reads is cut, and `\b`
// is alike before any byte that is not ASCII), so regexp's results are
// the same, and its backtracker clears a bitmap only as long as the head.
func (w *Word) head(s string) string {
	if w.begins == nil || w.maxLen < 0 || w.maxLen >= len(s) {
		return s
	}
	return s[:w.maxLen+1]
}

// find returns regexp's leftmost match in s at or after from, counted
// in s, for a text the fast search does not take (useFast is false),
// found by the end automaton: at the text's start alone for an
// expression anchored there (begins), else tried at each byte from the
// left that a match may begin with, the first start where it matches
// being regexp's leftmost match. ok is false when it cannot tell: a text
// that is not ASCII, an expression that may match the empty text (and
// is not anchored), a search of an anchored one past the start, or a
// full automaton.
func (w *Word) find(s string, from int) (loc []int, ok bool) {
	if w.ends == nil {
		return nil, false
	}
	if w.begins != nil {
		s = w.head(s)
		if from > 0 || !IsASCII(s) {
			return nil, false
		}
		e, ok := w.ends.matchEnd(s, 0)
		if !ok || e < 0 {
			return nil, ok
		}
		return []int{0, e}, true
	}
	if !IsASCII(s) {
		return nil, false
	}
	for p := from; p < len(s); p++ {
		if !w.firstASCII[s[p]] {
			continue
		}
		e, ok := w.ends.matchEnd(s[p:], startAfter(s, p))
		if !ok {
			return nil, false
		}
		if e >= 0 {
			return []int{p, p + e}, true
		}
	}
	return nil, true
}

// MatchString is regexp.Regexp.MatchString.
func (w *Word) MatchString(s string) bool {
	if w.lacks(s) {
		return false
	}
	if !w.useFast(s) {
		if loc, ok := w.find(s, 0); ok {
			return loc != nil
		}
		return w.re.MatchString(w.head(s))
	}
	return w.next(s, 0, false) != nil
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (w *Word) FindStringIndex(s string) []int {
	if w.lacks(s) {
		return nil
	}
	if !w.useFast(s) {
		if loc, ok := w.find(s, 0); ok {
			return loc
		}
		return w.re.FindStringIndex(w.head(s))
	}
	return w.next(s, 0, false)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (w *Word) FindStringSubmatchIndex(s string) []int {
	if w.lacks(s) {
		return nil
	}
	if !w.useFast(s) {
		return w.re.FindStringSubmatchIndex(w.head(s))
	}
	return w.next(s, 0, true)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (w *Word) FindStringSubmatch(s string) []string {
	if w.lacks(s) {
		return nil
	}
	if !w.useFast(s) {
		return w.re.FindStringSubmatch(w.head(s))
	}
	loc := w.next(s, 0, true)
	if loc == nil {
		return nil
	}
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (w *Word) FindAllStringIndex(s string, n int) [][]int {
	return w.searchAll(s, n, false)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (w *Word) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return w.searchAll(s, n, true)
}

// findAll is FindAllStringIndex for a text the fast search does not
// take, by find, for an expression not anchored at the text's start
// (whose matches are then never empty: find asks that); ok is false when
// find cannot tell.
func (w *Word) findAll(s string, n int) (out [][]int, ok bool) {
	if w.begins != nil {
		return nil, false
	}
	for from := 0; n < 0 || len(out) < n; {
		loc, ok := w.find(s, from)
		if !ok {
			return nil, false
		}
		if loc == nil {
			break
		}
		out = append(out, loc)
		from = loc[1]
	}
	return out, true
}

func (w *Word) searchAll(s string, n int, submatches bool) [][]int {
	if w.lacks(s) {
		return nil
	}
	if !w.useFast(s) {
		if submatches {
			return w.re.FindAllStringSubmatchIndex(w.head(s), n)
		}
		if out, ok := w.findAll(s, n); ok {
			return out
		}
		return w.re.FindAllStringIndex(w.head(s), n)
	}
	var out [][]int
	// No match is empty (compile checks), so each next search starts
	// where the last match ended, as regexp's does.
	for from := 0; n < 0 || len(out) < n; {
		loc := w.next(s, from, submatches)
		if loc == nil {
			break
		}
		out = append(out, loc)
		from = loc[1]
	}
	return out
}

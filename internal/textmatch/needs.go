package textmatch

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// needs is a quick test read from an expression's syntax tree: texts one
// of which every match holds, looked for in one pass over the text,
// which may stop at the first found. It is what a gated Word (see
// NewGatedWord) checks before it searches, cheaper than the search where
// the texts are rarer than the words a match may begin with: "the next
// day" begins with "the", but needs "next" or one of a few others.
//
// The texts are read as RE2's prefilter reads them: a formula of texts
// joined by and and or (needsyntax.go), then cut to one text of a few:
// each and keeps the part that is not where a match begins (the search
// checks that part at each word anyway), else the part whose shortest
// text is longest. Looking for every part of an and turned away more
// texts, but cost more than the search it saved ("the" is in every
// sentence).
type needs struct {
	texts []string // lower-cased when fold
	fold  bool     // ASCII case aside

	// twins are the first two bytes of the non-ASCII runes that folding
	// matches with a letter of a text ("ſ" for "s", "K" for "k"): a text
	// holding one may match, whatever else it holds.
	twins [][2]byte

	byFirst [256][]string        // the texts by their first byte, in either case when fold
	pairs   [1 << 16 / 64]uint64 // their first two bytes (in any case when fold), as bits of a 16-bit number
}

// newNeeds returns what every match of expr needs, or nil when a match
// may be found in any text, or the texts would be too many.
//
// Case folding is ASCII's: the texts of a case-insensitive expression are
// looked for case aside (its case-sensitive parts too), and a text holding
// a non-ASCII rune that (?i) matches with a letter of theirs may match
// whatever it holds; a non-ASCII rune of a case-insensitive literal cuts
// the text it stands in ("(?i)café" needs "caf").
func newNeeds(expr string) *needs {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = unfactor(re.Simplify())
	b := needBuilder{}
	b.fold, _ = literalFolds(re)
	in := b.info(re)
	root := b.toMatch(in).pruned(in.lead)
	if root == nil {
		return nil
	}
	n := &needs{fold: b.fold}
	for _, sub := range root.flat(needAny) {
		n.texts = append(n.texts, sub.text) // pruned: atoms only
	}
	if len(n.texts) > maxNeeds {
		return nil
	}
	for _, t := range n.texts {
		n.add(t)
	}
	for _, r := range b.twins {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		n.twins = append(n.twins, [2]byte{buf[0], buf[1]})
		n.setPair(buf[0], buf[1])
	}
	return n
}

// maxNeeds bounds the texts of a needs: more would cost more than the
// search.
const maxNeeds = 64

// add enters the text t in the tables.
func (n *needs) add(t string) {
	n.byFirst[t[0]] = append(n.byFirst[t[0]], t)
	n.setPair(t[0], t[1])
	if !n.fold {
		return
	}
	u0, u1 := upperByte(t[0]), upperByte(t[1])
	if u0 != t[0] {
		n.byFirst[u0] = append(n.byFirst[u0], t)
	}
	n.setPair(u0, t[1])
	n.setPair(t[0], u1)
	n.setPair(u0, u1)
}

// setPair marks the two bytes c0, c1 as the opening of a text looked for.
func (n *needs) setPair(c0, c1 byte) {
	pair := uint16(c0)<<8 | uint16(c1)
	n.pairs[pair/64] |= 1 << (pair % 64)
}

// mayMatch reports whether s holds one of the texts, or a twin. The
// loop reads each byte once, keeping the one before (c0), and asks the
// pairs' bits first: it runs over every byte of most sentences several
// times over.
func (n *needs) mayMatch(s string) bool {
	if len(s) < 2 {
		return false
	}
	pairs := &n.pairs
	c0 := s[0]
	for i := 1; i < len(s); i++ {
		c1 := s[i]
		if pair := uint16(c0)<<8 | uint16(c1); pairs[pair/64]&(1<<(pair%64)) != 0 && n.at(s, i-1) {
			return true
		}
		c0 = c1
	}
	return false
}

// at reports whether one of the texts, or a twin, begins at s[i], whose
// first two bytes are a pair of the texts'.
func (n *needs) at(s string, i int) bool {
	c0 := s[i]
	if c0 >= utf8.RuneSelf && slices.Contains(n.twins, [2]byte{c0, s[i+1]}) {
		return true
	}
	for _, t := range n.byFirst[c0] {
		if n.fold && HasLowerPrefix(s[i:], t) || !n.fold && strings.HasPrefix(s[i:], t) {
			return true
		}
	}
	return false
}

// pruned returns nd cut to an or of atoms: each and cut to one of its
// parts, the first of those (see better) whose texts do not all open like
// a match (lead), which the search checks at each word anyway.
func (nd *need) pruned(lead []string) *need {
	if nd == nil || nd.op == needAtom {
		return nd
	}
	subs := make([]*need, len(nd.subs))
	for i, sub := range nd.subs {
		subs[i] = sub.pruned(lead)
	}
	if nd.op == needAny {
		var atoms []*need
		for _, sub := range subs {
			atoms = append(atoms, sub.flat(needAny)...)
		}
		return joined(needAny, atoms)
	}
	best := subs[0]
	for _, sub := range subs[1:] {
		if sub.better(best, lead) {
			best = sub
		}
	}
	return best
}

// better reports whether the or of atoms nd is more worth looking for
// than other: it is not where a match begins while other is, or its
// shortest text is longer, or it has fewer texts.
func (nd *need) better(other *need, lead []string) bool {
	if l, o := nd.leads(lead), other.leads(lead); l != o {
		return o
	}
	if l, o := nd.shortest(), other.shortest(); l != o {
		return l > o
	}
	return len(nd.flat(needAny)) < len(other.flat(needAny))
}

// leads reports whether every text of the or of atoms nd opens like a
// match: with one of lead, or with a start of one.
func (nd *need) leads(lead []string) bool {
	for _, a := range nd.flat(needAny) {
		if !slices.ContainsFunc(lead, func(l string) bool {
			return l != "" && (strings.HasPrefix(a.text, l) || strings.HasPrefix(l, a.text))
		}) {
			return false
		}
	}
	return true
}

// shortest returns the length of the shortest text of the or of atoms nd.
func (nd *need) shortest() int {
	n := -1
	for _, a := range nd.flat(needAny) {
		if n < 0 || len(a.text) < n {
			n = len(a.text)
		}
	}
	return n
}

package sentmodel

import (
	"math/bits"
	"slices"
)

// Table is an action's weights keyed by the hash of their features'
// names, for a Scorer. It is read only and shared.
//
// The hashes are looked up in an open-addressed table of their own
// (linear probing from the hash's high bits, twice as many slots as
// weights or more), which the sentences' hundred lookups each reach in
// fewer steps than a map.
type Table struct {
	slots []slot // a weight's slot holds its hash; an empty one 0
	shift uint   // 64 less the bits of len(slots): the first slot of h is h>>shift
	zero  int64  // the weight of the feature whose hash is 0, which no slot can hold
}

// slot is a weight in units (see Prob) with its feature's hash.
type slot struct {
	key uint64
	w   int64
}

// newTable returns the table of the weights, keyed by the hashes of
// their features' names.
func newTable(ws map[string]float64) *Table {
	n := bits.Len(uint(2*len(ws)) | 1)
	t := &Table{slots: make([]slot, 1<<n), shift: uint(64 - n)}
	for f, v := range ws {
		t.set(hashString(offset64, f), units(v))
	}
	return t
}

// set gives the hash h the weight w.
func (t *Table) set(h uint64, w int64) {
	if h == 0 {
		t.zero = w
		return
	}
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.key == 0 || s.key == h {
			s.key, s.w = h, w
			return
		}
	}
}

// weight returns the weight of the hash h: 0 when the table has none.
func (t *Table) weight(h uint64) int64 {
	if h == 0 {
		return t.zero
	}
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case h:
			return t.slots[i].w
		case 0:
			return 0
		}
	}
}

// Table returns the table of the action's weights, built once; nil when
// the model has none for it.
func (m *Model) Table(action string) *Table {
	m.once.Do(func() {
		m.tables = map[string]*Table{}
		for a, ws := range m.Weights {
			m.tables[a] = newTable(ws)
		}
	})
	return m.tables[action]
}

// Scorer gives the probability Model.Prob gives a sentence's Features for
// one action, without building the features' names: each name is hashed
// as it is read, and the weights are looked up by hash. Ingest reads the
// sentences that may give a row with it. TestScorerMatchesProb (random
// text) and extract's TestScorerOnGold (the dev split) hold it to
// Prob(Features), exactly. A Scorer is for one goroutine.
type Scorer struct {
	t     *Table
	subj  string // the last subject read ("" to begin with, whose sum is 0)
	subjZ int64  // the sum of its features' weights
}

// NewScorer returns a Scorer of the table's action.
func (t *Table) NewScorer() *Scorer { return &Scorer{t: t} }

// FNV-1a, 64 bits: the hash of a feature's name.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// The hashes of the features' fixed names and of the prefixes of the
// others: the state FNV is in after them.
var (
	hashBias  = hashString(offset64, "bias")
	hashPara  = hashString(offset64, "para:")
	hashW     = hashString(offset64, "w:")
	hashP     = hashString(offset64, "p:")
	hashS     = hashString(offset64, "s:")
	hashB     = hashString(offset64, "b:")
	hashBegin = hashString(hashString(hashB, "^"), "_") // "b:^_", the first word's bigram
	hashHas   = [len(masks) + 1]uint64{hashString(offset64, "has:"+masks[0]), hashString(offset64, "has:"+masks[1]),
		hashString(offset64, "has:"+masks[2]), hashString(offset64, "has:both")}
)

// hashString goes on hashing h with the bytes of s.
func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}

// hashWord hashes a word as Words spells it: lower case but for a mask.
func hashWord(h uint64, w string) uint64 {
	if isMask(w) {
		return hashString(h, w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * prime64
	}
	return h
}

// Hashes is what a Scorer reads of a sentence: the hashes of its
// Features' names but the subject's, without repeats, and its subject. A sentence hashed once (Read) is scored for each action
// (Scorer.ProbOf) without being read again.
type Hashes struct {
	h       []uint64
	subject string
	seen    []uint64 // the hashes read so far, open-addressed (unique)
}

// Read makes hs the hashes of the sentence's features, in the memory of
// the last ones.
func (hs *Hashes) Read(sent Sentence) {
	buf := append(hs.h[:0], hashBias, hashString(hashPara, paraName(sent.Para)))
	var has [len(masks)]bool
	pair := hashBegin // "b:" and the word before, and "_"
	eachWord(sent.Masked, func(w string) {
		buf = append(buf, hashWord(hashW, w), hashWord(pair, w))
		pair = hashString(hashWord(hashB, w), "_")
		for k, m := range masks {
			has[k] = has[k] || w == m
		}
	})
	buf = append(buf, hashString(pair, "$"))
	for k := range masks {
		if has[k] {
			buf = append(buf, hashHas[k])
		}
	}
	if has[0] && has[1] {
		buf = append(buf, hashHas[len(masks)])
	}
	eachWord(sent.Prev, func(w string) { buf = append(buf, hashWord(hashP, w)) })
	hs.h, hs.subject = hs.unique(buf), sent.Subject
}

// unique returns buf without the repeats of a hash, in place: each kept
// where it first stands, found in an open-addressed set of them (the
// order does not matter to a sum, and sorting them cost more).
func (hs *Hashes) unique(buf []uint64) []uint64 {
	n := bits.Len(uint(2*len(buf)) | 1)
	if len(hs.seen) < 1<<n {
		hs.seen = make([]uint64, 1<<n)
	}
	set := hs.seen[:1<<n]
	clear(set)
	mask, shift := uint64(len(set)-1), uint(64-n)
	out, zero := buf[:0], false
	for _, h := range buf {
		if h == 0 { // no slot holds 0, the mark of an empty one
			if !zero {
				out, zero = append(out, h), true
			}
			continue
		}
		for i := h >> shift; ; i = (i + 1) & mask {
			if set[i] == h {
				break
			}
			if set[i] == 0 {
				set[i] = h
				out = append(out, h)
				break
			}
		}
	}
	return out
}

// ProbOf returns the probability that the sentence hs holds states the
// action.
func (s *Scorer) ProbOf(hs *Hashes) float64 {
	z := s.subjectZ(hs.subject)
	for _, h := range hs.h {
		z += s.t.weight(h)
	}
	return sigmoid(z)
}

// subjectZ returns the sum of the weights of a subject's features, read
// once for the sentences of a cable.
func (s *Scorer) subjectZ(subj string) int64 {
	if subj == s.subj {
		return s.subjZ
	}
	var hs []uint64
	eachWord(subj, func(w string) { hs = append(hs, hashWord(hashS, w)) })
	slices.Sort(hs)
	var z int64
	for _, h := range slices.Compact(hs) {
		z += s.t.weight(h)
	}
	s.subj, s.subjZ = subj, z
	return z
}

// KeepTables builds every action's Table and lets go of the features'
// names, which only Prob and Write read (they panic and fail after it):
// what a reader that scores with Scorers keeps of a model (the names
// take four times the memory).
func (m *Model) KeepTables() {
	m.Table("")
	m.Weights = nil
}

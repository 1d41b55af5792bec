package sentmodel

import (
	"slices"
)

// Table is an action's weights keyed by the hash of their features'
// names, for a Scorer. It is read only and shared.
type Table struct{ w map[uint64]int64 } // weights in units (see Prob)

// Table returns the table of the action's weights, built once; nil when
// the model has none for it.
func (m *Model) Table(action string) *Table {
	m.once.Do(func() {
		m.tables = map[string]*Table{}
		for a, ws := range m.Weights {
			t := &Table{w: make(map[uint64]int64, len(ws))}
			for f, v := range ws {
				t.w[hashString(offset64, f)] = units(v)
			}
			m.tables[a] = t
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
	buf   []uint64
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

// Prob returns the probability that the sentence states the action.
func (s *Scorer) Prob(sent Sentence) float64 {
	buf := s.buf[:0]
	buf = append(buf, hashString(offset64, "bias"), hashString(offset64, "para:"+paraName(sent.Para)))
	var has [3]bool
	prev := "^"
	eachWord(sent.Masked, func(w string) {
		buf = append(buf, hashWord(hashString(offset64, "w:"), w), bigram(prev, w))
		prev = w
		for k, m := range masks {
			has[k] = has[k] || w == m
		}
	})
	buf = append(buf, bigram(prev, "$"))
	for k, m := range masks {
		if has[k] {
			buf = append(buf, hashString(offset64, "has:"+m))
		}
	}
	if has[0] && has[1] {
		buf = append(buf, hashString(offset64, "has:both"))
	}
	eachWord(sent.Prev, func(w string) { buf = append(buf, hashWord(hashString(offset64, "p:"), w)) })
	slices.Sort(buf)
	buf = slices.Compact(buf)
	z := s.subjectZ(sent.Subject)
	for _, h := range buf {
		z += s.t.w[h]
	}
	s.buf = buf
	return sigmoid(z)
}

// bigram hashes the feature of two adjacent words, "^" and "$" standing
// for the sentence's ends as Features has them.
func bigram(a, b string) uint64 {
	h := hashString(offset64, "b:")
	if a == "^" {
		h = hashString(h, a)
	} else {
		h = hashWord(h, a)
	}
	h = hashString(h, "_")
	if b == "$" {
		return hashString(h, b)
	}
	return hashWord(h, b)
}

// subjectZ returns the sum of the weights of a subject's features, read
// once for the sentences of a cable.
func (s *Scorer) subjectZ(subj string) int64 {
	if subj == s.subj {
		return s.subjZ
	}
	var hs []uint64
	eachWord(subj, func(w string) { hs = append(hs, hashWord(hashString(offset64, "s:"), w)) })
	slices.Sort(hs)
	var z int64
	for _, h := range slices.Compact(hs) {
		z += s.t.w[h]
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

package sentmodel

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// randomText returns words, masks, numbers and punctuation in any case.
func randomText(r *rand.Rand) string {
	parts := []string{"Poloff", "met", "MET", "with", "the", "Minister", "on", "May", "12", "2009", Host, US, Other,
		"hostcountry", "told", "us", ",", ".", "(", "'s", "-", "Emb", "off", "x", "Z", "  ", "\n", "é", "O'Neil"}
	var b strings.Builder
	for range r.IntN(40) {
		b.WriteString(parts[r.IntN(len(parts))])
		if r.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestScorerMatchesProb holds the Scorer to Prob over Features on random
// sentences, with weights on four in five of their features (the others
// have none, as a feature the model never saw).
func TestScorerMatchesProb(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var sents []Sentence
	m := &Model{Weights: map[string]map[string]float64{"a": {}}}
	for range 2000 {
		s := Sentence{Masked: randomText(r), Prev: randomText(r), Para: r.IntN(7) - 1, Subject: randomText(r)}
		if len(sents) > 0 && r.IntN(4) == 0 {
			s.Subject = sents[len(sents)-1].Subject // the Scorer's cache
		}
		sents = append(sents, s)
		for _, f := range Features(s) {
			if r.IntN(5) > 0 {
				m.Weights["a"][f] = r.NormFloat64()
			}
		}
	}
	sc := m.Table("a").NewScorer()
	var hs Hashes
	for _, s := range sents {
		hs.Read(s)
		want, got := m.Prob("a", Features(s)), sc.ProbOf(&hs)
		if want != got {
			t.Fatalf("%+v: Scorer %v, Prob %v", s, got, want)
		}
	}
}

package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// TestInlineParagraphNeeds holds the quick tests of splitInlineParagraphs
// to the expressions they stand before: no corpus line, and no random
// line of the expressions' pieces, in which inlineParaRE or refProseRE
// finds a match is turned away.
func TestInlineParagraphNeeds(t *testing.T) {
	matched, turned := 0, 0
	check := func(l string) {
		for _, g := range []struct {
			name  string
			match bool
			may   bool
		}{
			{"inlineParaNeeds", inlineParaRE.MatchString(l), inlineParaNeeds.MayHold(l)},
			{"refProseNeeds", refProseRE.MatchString(l), refProseNeeds.MayHold(l)},
		} {
			switch {
			case g.match && !g.may:
				t.Fatalf("%q: a match, but %s turns it away", l, g.name)
			case g.match:
				matched++
			case !g.may:
				turned++
			}
		}
	}
	for _, l := range testcorpus.Lines(t) {
		check(l)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := append([]string{" ", "  ", "\t", ".", ":", "1.", "12. ", "3 ", ")", "(", "(U//FOUO)", "U//FOUO", "The", "Th", "T",
		"REF", "REFS:", "REF:", "STATE", "(A)", "A.", "12345", ",", ";", "Poloff delivered the", "points", "é", "\xc5"},
		inlineMarkings...)
	for _, m := range inlineMarkings {
		pieces = append(pieces, "("+m+")", ". ("+m+") Th", "1. ("+m+")  A", "  ("+m+") ")
	}
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
	if matched < 1000 || turned < 10000 {
		t.Fatalf("%d matches, %d lines turned away: the test checks too little", matched, turned)
	}
	t.Logf("%d matches, %d lines turned away", matched, turned)
}

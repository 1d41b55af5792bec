package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestQuickTestsRejectNoMatch checks the word and line-end tests in
// front of inlineStopRE and signerInlineRE on random lines.
func TestQuickTestsRejectNoMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	pieces := []string{"REF:", "REFS:", "REF(S):", "Classified By", "Classified by", "CLASSIFIED BY", "¶", " 1. (C", " 1.(S",
		"SENSITIVE BUT UNCLASSIFIED", ". ", "? ", "\" ", "” ", "CLINTON", "O'BRIEN", "VAN-VOORST", "D’ARCY", " ", "\t", "#", "\\",
		"\"", "x", "Ab", "ZZ", "1"}
	inline, signer := 0, 0
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		l := b.String()
		if want := inlineStopRE.FindStringIndex(l); want != nil {
			inline++
			if got := findInlineStop(l); got == nil || got[0] != want[0] || got[1] != want[1] {
				t.Fatalf("findInlineStop(%q) = %v, want %v", l, got, want)
			}
		}
		if signerInlineRE.MatchString(l) {
			signer++
			if !mayEndWithSigner(l) {
				t.Fatalf("signerInlineRE matches %q but mayEndWithSigner rejects it", l)
			}
		}
	}
	if inline < 1000 || signer < 1000 {
		t.Fatalf("%d inline stops, %d signers matched: the test tries too little", inline, signer)
	}
}

// TestCaptionQuickTestsRejectNoMatch does the same for findReason,
// findClassifierCut and the SUBJ test before subjectInTagsRE.
func TestCaptionQuickTestsRejectNoMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	pieces := []string{"for reasons", "Reason:", "REASONS", "reaſon", "per", "PER ", " Per", "E.O.", "e.o.", " - ", " -- ",
		"-", ",", ";", "(", "Subj:", "SUBJECT:", "ſubj:", "subjet:", "for", "FOR", "fort", " ", "x", "Ambassador", "1.4"}
	counts := map[string]int{}
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, c := range []struct {
			name      string
			want, got []int
		}{
			{"reason", reasonRE.FindStringIndex(s), findReason(s)},
			{"classifier cut", classifierCutRE.FindStringIndex(s), findClassifierCut(s)},
		} {
			if c.want != nil {
				counts[c.name]++
			}
			if len(c.got) != len(c.want) || c.want != nil && (c.got[0] != c.want[0] || c.got[1] != c.want[1]) {
				t.Fatalf("%s in %q: got %v, want %v", c.name, s, c.got, c.want)
			}
		}
		if subjectInTagsRE.MatchString(s) {
			counts["subject in tags"]++
			if !containsUpper(s, "SUBJ") {
				t.Fatalf("subjectInTagsRE matches %q, which has no SUBJ", s)
			}
		}
	}
	for _, name := range []string{"reason", "classifier cut", "subject in tags"} {
		if counts[name] < 1000 {
			t.Errorf("%s: only %d matches: the test tries too little", name, counts[name])
		}
	}
}

package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLiteralsIn holds every set of literals the extractor uses to one
// strings.Contains per string, on random texts made of the strings,
// parts of them and other bytes.
func TestLiteralsIn(t *testing.T) {
	if len(literalSets) < 5 {
		t.Fatalf("only %d sets of literals", len(literalSets))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, set := range literalSets {
		words := set.words
		pieces := []string{" ", "a", ".", "U", "S", "W", "e", "We", "Embass", "day", "that", "é", "t", "h"}
		for _, w := range words {
			pieces = append(pieces, w, w[:len(w)/2], w[len(w)/2:], strings.ToUpper(w), strings.ToLower(w))
		}
		hits := 0
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(6) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			want := false
			for _, w := range words {
				want = want || strings.Contains(s, w)
			}
			if got := set.in(s); got != want {
				t.Fatalf("%q: in(%q) = %v, want %v", words, s, got, want)
			}
			if want {
				hits++
			}
		}
		if hits < 500 {
			t.Fatalf("%q: only %d texts hold a string: the test checks too little", words, hits)
		}
	}
}

// TestEventKindOnePass holds eventKind, which looks for the words of all
// kinds in one pass, to the kinds tried one after the other with
// strings.Contains, on random names made of the words, parts of them and
// other words.
func TestEventKindOnePass(t *testing.T) {
	byContains := func(name string) string {
		if name == "" {
			return ""
		}
		l := " " + strings.ToLower(name) + " "
		for _, k := range eventKinds {
			for _, w := range k.words {
				if strings.Contains(l, w) {
					return k.kind
				}
			}
		}
		return "other"
	}
	pieces := []string{" ", "the ", "Code", "Group", "Regional", "of", "s", "-", "ASEAN"}
	for _, k := range eventKinds {
		for _, w := range k.words {
			pieces = append(pieces, w, strings.ToUpper(w), strings.TrimSpace(w), w[:len(w)/2+1])
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	kinds := map[string]int{}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		name := b.String()
		want := byContains(name)
		if got := eventKind(name); got != want {
			t.Fatalf("eventKind(%q) = %q, want %q", name, got, want)
		}
		kinds[want]++
	}
	for _, k := range eventKinds {
		if kinds[k.kind] < 100 {
			t.Fatalf("only %d names of kind %s: the test checks too little", kinds[k.kind], k.kind)
		}
	}
}

package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLiteralsIn holds literals.in to one strings.Contains per string,
// on random texts made of the strings, parts of them and other bytes.
func TestLiteralsIn(t *testing.T) {
	words := append(append([]string(nil), usHints...), "following", "that day", "arlier")
	set := newLiterals(words)
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{" ", "a", ".", "U", "S", "W", "e", "We", "Embass", "day", "that", "é"}
	for _, w := range words {
		pieces = append(pieces, w, w[:len(w)/2], w[len(w)/2:])
	}
	hits := 0
	for range 20000 {
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
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d texts hold a string: the test checks too little", hits)
	}
}

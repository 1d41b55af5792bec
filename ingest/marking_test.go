package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestShortMarkingMatchesExpression checks that shortMarking reads what
// markingRE reads wherever it accepts a text.
func TestShortMarkingMatchesExpression(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"(", "(", ")", ")", "C", "SBU", "s", "u", "TS", "ABCDE", ".", " ", "\t", "/", "NF", " ENTIRE TEXT", "-", "x", "1"}
	accepted := 0
	for range 50000 {
		var b strings.Builder
		b.WriteString("(") // where a marking starts
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		letters, n, ok := shortMarking(s)
		if !ok {
			continue
		}
		accepted++
		mm := markingRE.FindStringSubmatch(s)
		if mm == nil || mm[0] != s[:n] || mm[1] != letters || mm[2] != "" {
			t.Fatalf("shortMarking(%q) = %q, %d; markingRE reads %q", s, letters, n, mm)
		}
	}
	if accepted < 1000 {
		t.Fatalf("only %d texts accepted: the test tries too little", accepted)
	}
}

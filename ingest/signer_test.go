package ingest

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// TestSignerInlineFromKeepsMatch checks that signerInlineRE finds the
// same submatches in t[signerInlineFrom(t):] as in t, on the corpus lines
// and on random endings of lines.
func TestSignerInlineFromKeepsMatch(t *testing.T) {
	matched := 0
	check := func(l string) {
		want := signerInlineRE.FindStringSubmatch(l)
		from := signerInlineFrom(l)
		got := signerInlineRE.FindStringSubmatch(l[from:])
		if !slices.Equal(got, want) {
			t.Fatalf("%q from %d: %q, the whole line %q", l, from, got, want)
		}
		if want != nil {
			matched++
		}
	}
	for _, l := range testcorpus.Lines(t) {
		check(strings.TrimSpace(l))
	}
	rng := rand.New(rand.NewPCG(33, 34))
	pieces := []string{".", "!", "?", "\"", "”", "’", "'", "-", " ", "  ", "\t", "#", "\\", "CLINTON", "VAN VOORST", "O'DONOHUE",
		"RICE", "Rice", "ab", "x", "é", "\xe2", "\x80", "\x9d", "\x99", "END", "1"}
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
	if matched < 300 {
		t.Fatalf("only %d lines matched: the test tries too little", matched)
	}
}

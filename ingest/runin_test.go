package ingest

import (
	"math/rand/v2"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// runInAtRE is the slow, obvious runInAt: the first match of runInParaRE
// whose number is num.
func runInAtRE(l string, num int) int {
	for _, m := range runInParaRE.FindAllStringSubmatchIndex(l, -1) {
		if textmatch.Atoi(l[m[2]:m[3]]) == num {
			return m[2]
		}
	}
	return -1
}

// TestRunInAt holds runInAt to runInParaRE on the corpus lines and on
// random lines made of the expression's pieces, for every paragraph
// number a line may hold.
func TestRunInAt(t *testing.T) {
	matched := 0
	check := func(l string, upTo int) {
		for num := 0; num <= upTo; num++ {
			got, want := runInAt(l, num), runInAtRE(l, num)
			if got != want {
				t.Fatalf("runInAt(%q, %d) = %d, the expression %d", l, num, got, want)
			}
			if want >= 0 {
				matched++
			}
		}
	}
	for _, l := range testcorpus.Lines(t) {
		check(l, 100)
	}
	if matched < 5 {
		t.Fatalf("only %d run-in paragraphs in the corpus lines: the test tries too little", matched)
	}
	matched = 0
	rng := rand.New(rand.NewPCG(41, 42))
	pieces := []string{" ", "  ", "\t", ".", "(", ")", "1", "2", "12", "123", "U", "C", "S", "SBU", "/", "//", "NF", "A", "a", `"`, "x", "5. (C) T", " 6.(U) A"}
	for range 50000 {
		var b []byte
		for range 1 + rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		check(string(b), 30) // the pieces make no number above 30 that a match can read
	}
	if matched < 1000 {
		t.Fatalf("only %d matches in the random lines: the test tries too little", matched)
	}
}

package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayLeadYearKeepsMatches checks that the cheap test before
// yearBeforeRE never rejects text the expression matches: every 30-byte
// window of the test cables and random strings of its words.
func TestMayLeadYearKeepsMatches(t *testing.T) {
	check := func(s string) {
		if yearBeforeRE.MatchString(s) && !mayLeadYear(s) {
			t.Fatalf("mayLeadYear(%q) = false, but yearBeforeRE matches", s)
		}
	}
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no test cables")
	}
	matched := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for i := 1; i < len(s); i++ {
			w := s[max(0, i-30):i]
			check(w)
			if yearBeforeRE.MatchString(w) {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Fatal("the test cables never lead a year: the check checks nothing")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"in", "IN", "During", "since", "ſince", "throughout", "by", "until", "through", "For", "early", "Mid",
		"late", "x", "in-", " ", " ", "-", "\t", "\n", "\v", "_", "1", "é", "."}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

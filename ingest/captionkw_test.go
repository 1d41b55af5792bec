package ingest

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// captionKeywordRE is the expression nextCaptionKeyword reads by hand.
var captionKeywordRE = regexp.MustCompile(captionKeywordExpr)

// TestNextCaptionKeywordIsRegexp holds nextCaptionKeyword to
// captionKeywordRE.FindAllStringIndex on the corpus lines and on random
// lines made of pieces of the keywords, and checks that the quick test
// before it lets every line with a match through.
func TestNextCaptionKeywordIsRegexp(t *testing.T) {
	matched := 0
	check := func(l string) {
		s := l[:scan.CutAtRune(l, min(len(l), 2000))]
		want := captionKeywordRE.FindAllStringIndex(s, -1)
		var got [][]int
		for at, end := nextCaptionKeyword(s, 0); at >= 0; at, end = nextCaptionKeyword(s, end) {
			got = append(got, []int{at, end})
		}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: nextCaptionKeyword finds %v, the regexp %v", s, got, want)
		}
		matched += len(want)
		if want != nil && !captionKeywordNeeds.MayHold(s) {
			t.Fatalf("%q: a match, but captionKeywordNeeds turns it away", l)
		}
	}
	for _, l := range testcorpus.Lines(t) {
		check(l)
	}
	if matched < 300 {
		t.Fatalf("only %d matches in the corpus: the test tries too little", matched)
	}
	rng := rand.New(rand.NewPCG(31, 32))
	pieces := []string{"SIPDIS", "sipdiſ", "ſ", "Sipdis", "E.O.", "e.o. ", "E.O.1", "EO 1", "eo 12958", "1", "12", "x", "_",
		" ", "  ", "TAG", "tags", "S", ":", ";", "SUBJECT", "Subject", "subj", "SUBJ:", "REF", "refs", "REF(S):", "ref(s)",
		"CLASSIFIED", "Classified ", "classified  by", "By", "by", "y", "Y", "é", "\xc5", "\xbf", "\xe2", "."}
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

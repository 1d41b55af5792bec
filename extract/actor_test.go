package extract

import (
	"regexp"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

func TestIrrealis(t *testing.T) {
	for _, lead := range []string{"Azerbaijani officials will ", "Post recommends that EXBS continue to ",
		"Kenya's willingness to ", "Uganda offered to ", "they did not ", "he didn't ", "the U.S. plans to ",
		"Azimov asked for U.S. ", "the Department would like to ", "if Brazil ", "the U.S. is seeking ",
		"in the event of no progress in ", "XXXX urged the United States and China to have a ",
		"Post advocates a sustained, continued investment in "} {
		if !irrealis(lead) {
			t.Errorf("irrealis(%q) = false, want true", lead)
		}
	}
	for _, lead := range []string{"In June 2009, Albania ", "the United States ", "EXBS continued to ",
		"the U.S. has continued ", "Since 2003 the EXBS program has "} {
		if irrealis(lead) {
			t.Errorf("irrealis(%q) = true, want false", lead)
		}
	}
}

// TestLabelEnd holds labelEnd, read by labelsRE, to the expression it
// stands for, `^(?:labelExpr)*`, on the gold cables' lines, the corpus's
// and random text of bullets, labels and words.
func TestLabelEnd(t *testing.T) {
	plain := regexp.MustCompile(`^(?:` + labelExpr + `)*`)
	texts := append(matchtest.GoldLines(t), matchtest.CorpusLines(5, 20000)...)
	pieces := []string{"-", "--", "*", "(C)", "(SBU)", "(1)", "(abcd)", "Summary:", "Bilateral contacts:", "Visit/Plan", "The", "A/S",
		"Ambassador", "met", "x", ":", "é", "ſ", "K", "9", "_"}
	texts = append(texts, matchtest.RandomTexts(4, pieces, []string{"", " ", "  ", "\t", "/", ":"}, 8, 20000)...)
	labelled := 0
	for _, s := range texts {
		want := plain.FindStringIndex(s)[1]
		if got := labelEnd(s); got != want {
			t.Fatalf("%q: labelEnd gives %d, the expression %d", s, got, want)
		}
		if want > 0 {
			labelled++
		}
	}
	if labelled < 1000 {
		t.Fatalf("only %d texts open with a label: the test checks too little", labelled)
	}
}

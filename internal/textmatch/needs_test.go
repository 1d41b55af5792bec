package textmatch_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// TestNeeds checks the texts read from expressions for their gated Words.
func TestNeeds(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: no quick test
	}{
		// the parser's "f(?:y|iscal)" is read as the texts it was
		{`(?i)\b(?:(in|during|since)\s+)?(?:FY\s?-?\s?|fiscal\s+year\s+)((?:19|20)?\d\d)\b`, []string{"fiscal", "fy"}},
		// an and keeps the part the search does not check at each word
		{`(?i)\b(last|this|past)\s+(month|week)\b`, []string{"month", "week"}},
		{`(?i)\b(?:the\s+(?:following|next)\s+(day|week)|(?:later|earlier)\s+that\s+day)\b`, []string{"following", "next", "that"}},
		// else the part whose shortest text is longest
		{`\b(?:aid|funds)\s+(?:provided|given)\s+by\b`, []string{"given", "provided"}},
		{`(?i)\b(spring|summer)\b`, []string{"spring", "summer"}},
		{`(?i)\bcafé\b`, []string{"caf"}}, // a non-ASCII rune that folds cuts the text
		{`\bcafé\b`, []string{"café"}},
		{`(?i)\b(?:in|at)\b`, []string{"at", "in"}},
		{`\b\w+ed\b`, []string{"ed"}},
		{`\b\w+\b`, nil},
		{`(?i)\b(?:a|an)\s+\w+`, nil}, // "a" is too short
		{`(?i)\b(?:x|y)?(?:ab|cd)`, []string{"ab", "cd"}},
	}
	for _, tt := range tests {
		got, _ := textmatch.NeedsOf(tt.expr)
		got = slices.Sorted(slices.Values(got))
		if !slices.Equal(got, tt.want) {
			t.Errorf("NeedsOf(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestNeedsHold holds the quick test a gated Word of each expression
// would have to the expression, for every Word: no text it matches lacks
// the texts. The texts are the harness's, those of a few the expressions
// end with (for the expressions anchored at the end), each in mixed case,
// and the same with the non-ASCII runes (?i) takes for "s" and "k".
func TestNeedsHold(t *testing.T) {
	all := texts(t)
	all = append(all, tailTexts(all)...)
	all = append(all, matchtest.MixedCase(4, all)...)
	twins := strings.NewReplacer("s", "ſ", "k", "\u212a", "K", "\u212a")
	for _, s := range all[:len(all)/4] {
		all = append(all, twins.Replace(s))
	}
	held, turned, matched := 0, 0, 0
	for _, w := range textmatch.Words() {
		texts, may := textmatch.NeedsOf(w.String())
		if may == nil {
			continue
		}
		held++
		plain := textmatch.Ungated(w) // regexp's results (TestWordsMatchRegexp)
		for _, s := range all {
			m := plain.MatchString(s)
			if m {
				matched++
			}
			if may(s) {
				continue
			}
			turned++
			if m {
				t.Fatalf("%s matches %q, which holds none of %q", w, s, texts)
			}
		}
	}
	if held < 50 || turned < 100000 || matched < 10000 {
		t.Fatalf("%d expressions with texts, %d texts turned away, %d matched: the test checks too little", held, turned, matched)
	}
	t.Logf("%d expressions with texts, %d texts, %d turned away, %d matched", held, len(all), turned, matched)
}

package extract

import (
	"regexp"
	"slices"
	"testing"
)

func TestFirstWordsOf(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`(?i)\b(review(?:ed|s|ing)? (?:[\w'-]+ ){0,6}?with)\b`, []string{"review", "reviewed", "reviewing", "reviews"}},
		{`(?i)\b(co-hosted|cohosted|hosted)\b`, []string{"co-hosted", "cohosted", "hosted"}},
		{`(?i)\b(called (?:on|upon)|demarched)\b`, []string{"called", "demarched"}},
		{`(?i)\b(?:(?:was|were) represented at|sent (?:a\s+)?delegations? to)\b`, []string{"sent", "was", "were"}},
	}
	for _, tt := range tests {
		got, ok := firstWordsOf(tt.expr)
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("firstWordsOf(%q) = %q, %v; want %q", tt.expr, got, ok, tt.want)
		}
	}
	for _, expr := range []string{`\b[a-z]+ed\b`, `(?i)\b\w+ing\b`} {
		if _, ok := firstWordsOf(expr); ok {
			t.Errorf("firstWordsOf(%q): ok, want no list", expr)
		}
	}
}

// TestMayTitle holds mayTitle, the quick test before foreignTitleAfterRE,
// to that expression: every text the expression matches passes it, on the
// gold cables' lines (each suffix after a space) and on random text made
// of the expression's own pieces.
func TestMayTitle(t *testing.T) {
	var texts []string
	for _, line := range goldLines(t) {
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' || i == 0 {
				texts = append(texts, line[i:]) // each suffix after a space, as a mention's end leaves it
			}
		}
	}
	pieces := []string{"'s", "’s", " ", "\t", "\n", "Foreign", "Minister", "President", "Ali", "al-Sharif", "x", "y", "z", "AB", "cd", "é", "7", "-", "counterpart",
		"Foreign Affairs", "Prime Minister", "Crown Prince", "Omar", "bin", "Ali ", " Minister "}
	texts = append(texts, randomTexts(3, pieces, nil, 6, 20000)...)
	title := regexp.MustCompile(foreignTitleAfterExpr)
	matched := 0
	for _, s := range texts {
		if title.MatchString(s) {
			matched++
			if !mayTitle(s) {
				t.Fatalf("foreignTitleAfterRE matches %q, but mayTitle turns it away", s)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d texts matched: the test says little", matched)
	}
}

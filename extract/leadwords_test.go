package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
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
	files, _ := filepath.Glob("../testdata/gold/cables/*")
	for _, f := range files[:min(len(files), 60)] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			for i := 0; i < len(line); i++ {
				if line[i] == ' ' || i == 0 {
					texts = append(texts, line[i:])
				}
			}
		}
	}
	pieces := []string{"'s", "’s", " ", "\t", "\n", "Foreign", "Minister", "President", "Ali", "al-Sharif", "x", "y", "z", "AB", "cd", "é", "7", "-", "counterpart",
		"Foreign Affairs", "Prime Minister", "Crown Prince", "Omar", "bin", "Ali ", " Minister "}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
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

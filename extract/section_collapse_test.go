package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCollapseSpaces holds collapseSpaces to strings.Fields and Join.
func TestCollapseSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "\u00a0x\u0085y\u2003z ", "a\xffb  \xff", "\v\f\r", "é  è", "a b", "\u0085a", "a\u00a0", "\xc2", "a\xc2\xa0b", "  x  "} {
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNormalizeLines holds normalizeLines to its steps one by one.
func TestNormalizeLines(t *testing.T) {
	for _, lines := range [][]string{{"a"}, {"The  U.S. ) talks", "went  on."}, {"Iran,s", "delegation"}, {"x\u00a0y", "z"}, {"é", "  ", "b"}} {
		if got, want := normalizeLines(lines), repairMarks(collapseSpaces(strings.Join(lines, " "))); got != want {
			t.Errorf("normalizeLines(%q) = %q, want %q", lines, got, want)
		}
	}
}

// TestCollapseSpacesRandom holds collapseSpaces to strings.Fields and Join
// on random texts of words, ASCII and Unicode blanks and broken UTF-8.
func TestCollapseSpacesRandom(t *testing.T) {
	pieces := []string{"a", "Iran", "U.S.", "é", " ", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2003",
		"\xc2", "\xa0", "\xff", ",", "-"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
		lines := strings.Split(s, "\n")
		if got, want := normalizeLines(lines), repairMarks(strings.Join(strings.Fields(strings.Join(lines, " ")), " ")); got != want {
			t.Fatalf("normalizeLines(%q) = %q, want %q", lines, got, want)
		}
	}
}

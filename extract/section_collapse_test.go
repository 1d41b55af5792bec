package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
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

// plainCommaApostrophes is commaApostrophes as first written, looking at
// every byte: what TestRepairMarks holds it to.
func plainCommaApostrophes(s string) string {
	b := []byte(s)
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ',' || !textmatch.IsLetter(s[i-1]) {
			continue
		}
		rest := s[i+1:]
		n := 0
		switch {
		case strings.HasPrefix(rest, "ll") || strings.HasPrefix(rest, "re") || strings.HasPrefix(rest, "ve"):
			n = 2
		case len(rest) > 0 && strings.IndexByte("sStTd", rest[0]) >= 0:
			n = 1
		}
		if n == 0 || len(rest) > n && (textmatch.IsLetter(rest[n]) || textmatch.IsDigit(rest[n]) || rest[n] == '_') {
			continue
		}
		b[i] = '\''
	}
	return string(b)
}

// TestRepairMarks holds commaApostrophes, which jumps from comma to
// comma, to the byte-by-byte plainCommaApostrophes, and spacedParen to
// strings.Contains: every sentence and 60-byte window of the test
// cables, and random texts of letters, commas, parentheses and blanks.
func TestRepairMarks(t *testing.T) {
	texts := matchtest.CableTexts(t, 31, 60)
	pieces := []string{"a", "Iran", "don", ",", ",", "s", "S", "t", "d", "ll", "re", "ve", "x", "9", "_", " ", " ", ")", "(", "é", "\xff",
		",s", ",t", ",ll", " ) ", "a )", ") b"}
	texts = append(texts, matchtest.RandomTexts(13, pieces, nil, 8, 30000)...)
	changed, parens := 0, 0
	for _, s := range texts {
		got, want := commaApostrophes(s), plainCommaApostrophes(s)
		if got != want {
			t.Fatalf("commaApostrophes(%q) = %q, want %q", s, got, want)
		}
		if got != s {
			changed++
		}
		if got, want := spacedParen(s), strings.Contains(s, " ) "); got != want {
			t.Fatalf("spacedParen(%q) = %v, want %v", s, got, want)
		} else if got {
			parens++
		}
	}
	if changed < 1000 || parens < 1000 {
		t.Fatalf("%d texts changed, %d with \" ) \": the test checks too little", changed, parens)
	}
}

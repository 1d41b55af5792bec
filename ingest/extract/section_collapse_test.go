package extract

import (
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

package ingest

import (
	"github.com/cablesql/cablesql/internal/textmatch"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// joinLinesByWords is the plain form of joinLines, word by word: the
// specification the faster scan must meet.
func joinLinesByWords(s string) string {
	var b strings.Builder
	space := false // a space is owed before the next word
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if n := len(l); l == "\\" || n > 1 && l[n-1] == '\\' && textmatch.IsBlank(l[n-2]) {
			l = strings.TrimSpace(strings.TrimSuffix(l, "\\")) // a line continuation
		}
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			space = !endsWithWordHyphen(b.String()) || !startsWithLetter(l)
		}
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r < 0x80 && textmatch.IsBlank(byte(r)) }) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			b.WriteString(w)
		}
	}
	return b.String()
}

func TestJoinLinesMatchesWordByWord(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := joinLinesByWords(s)
		wantASCII := !strings.ContainsFunc(want, func(r rune) bool { return r >= utf8.RuneSelf })
		if got, ascii := joinLines(s); got != want || ascii != wantASCII {
			t.Fatalf("joinLines(%q):\n got %q, ASCII %v\nwant %q, ASCII %v", s, got, ascii, want, wantASCII)
		}
	}
	for _, s := range []string{"", " ", "a", " a ", "a  b", "a\tb", "a \t b\n", "well-\nknown", "well -\nknown",
		"1-\n2", "a-\n b", "a\n\n\nb", "\u00a0a\u00a0 b\u00a0\n c", "a\r\nb\r", "a\vb\fc", "x\x00 y", "é-\nb",
		"the \\\nU.S.", "a\\\nb", "\\\n\\", "C:\\ \\\nx"} {
		check(s)
	}
	// Every paragraph-sized piece of the test corpus.
	for _, s := range testcorpus.Files(t) {
		for _, p := range strings.Split(s, "\n\n") {
			check(p)
		}
	}
	// Random strings over blanks, line ends, hyphens and letters.
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{" ", " ", "  ", "\t", "\r", "\v", "\f", "\n", "\n", "-", "a", "Z", "1", "word", "\u00a0", "\u2003", "é", "\x00", "\xff", "\\", " \\"}
	for k := range 40000 {
		var b strings.Builder
		for range rng.IntN(14 + k%3*20) { // some long enough for several eight-byte words
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

func TestFixQuotesMatchesReplacer(t *testing.T) {
	replacer := strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "¶", "")
	rng := rand.New(rand.NewPCG(5, 6))
	// Whole characters and their bytes alone, so that broken sequences
	// are tried too.
	pieces := []string{"a", " ", "‘", "’", "“", "”", "¶", "—", "€", "é", "\xe2", "\x80", "\x98", "\x9d", "\xc2", "\xb6", "\xe2\x80"}
	for k := range 50000 {
		var b strings.Builder
		for range rng.IntN(10 + k%2*20) { // some long enough for several eight-byte words
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := fixQuotes(s), replacer.Replace(s); got != want {
			t.Fatalf("fixQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestContainsUpperMatchesToUpper(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"e", "E", "n", "t", "I", "i", "ı", "ſ", "s", "S", "r", "x", "T", " ", "é", "\xff", "\xc4", "\xb1"}
	for _, upper := range []string{"ENTIRE TEXT", "SUBJ", "IS"} {
		for range 50000 {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			if got, want := containsUpper(s, upper), strings.Contains(strings.ToUpper(s), upper); got != want {
				t.Fatalf("containsUpper(%q, %q) = %v, want %v", s, upper, got, want)
			}
		}
	}
}

func TestCollapseSpaceAndSpacedParenMatchStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	pieces := []string{"a", "word", " ", " ", "  ", "\t", "\n", "\v", "\r", "\u00a0", "\u2003", "\u0085", "é", "\xff", ")", "(", " ) ", "x)", "\x01"}
	for k := range 50000 {
		var b strings.Builder
		for range rng.IntN(8 + k%2*30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := hasSpacedParen(s), strings.Contains(s, " ) "); got != want {
			t.Fatalf("hasSpacedParen(%q) = %v, want %v", s, got, want)
		}
	}
}

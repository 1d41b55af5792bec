package scan

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// TestShortMarkingMatchesExpression checks that shortMarking reads what
// markingRE reads wherever it accepts a text.
func TestShortMarkingMatchesExpression(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"(", "(", ")", ")", "C", "SBU", "s", "u", "TS", "ABCDE", ".", " ", "\t", "/", "NF", " ENTIRE TEXT", "-", "x", "1"}
	accepted := 0
	for range 50000 {
		var b strings.Builder
		b.WriteString("(") // where a marking starts
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		letters, n, ok := shortMarking(s)
		if !ok {
			continue
		}
		accepted++
		if up := strings.ToUpper(letters); isMarkingWord(up) != markingFirstRE.MatchString(up) {
			t.Fatalf("isMarkingWord(%q) = %v, markingFirstRE says %v", up, isMarkingWord(up), !isMarkingWord(up))
		}
		mm := markingRE.FindStringSubmatch(s)
		if mm == nil || mm[0] != s[:n] || mm[1] != letters || mm[2] != "" {
			t.Fatalf("shortMarking(%q) = %q, %d; markingRE reads %q", s, letters, n, mm)
		}
	}
	if accepted < 1000 {
		t.Fatalf("only %d texts accepted: the test tries too little", accepted)
	}
}

// paraNumberByExpression is what paraStart read with paraStartRE.
func paraNumberByExpression(l string) (digits string, at int, ok bool) {
	m := paraStartRE.FindStringSubmatchIndex(l)
	if m == nil {
		return "", 0, false
	}
	at = m[1]
	switch {
	case m[4] >= 0:
		at = m[4]
	case m[6] >= 0:
		at = m[6]
	}
	return l[m[2]:m[3]], at, true
}

func TestParaNumberMatchesExpression(t *testing.T) {
	check := func(l string) {
		t.Helper()
		d, at, ok := paraNumber(l)
		wd, wat, wok := paraNumberByExpression(l)
		if d != wd || at != wat || ok != wok {
			t.Fatalf("paraNumber(%q) = %q %d %v, want %q %d %v", l, d, at, ok, wd, wat, wok)
		}
	}
	for _, l := range testcorpus.Lines(t) {
		check(l)
	}
	rng := rand.New(rand.NewPCG(25, 26))
	pieces := []string{" ", "\t", "¶", "1", "12", "3", ".", " ", "(C)", "(SBU/NF)", "(S/NF", "(X)", "(", "a", "Z", "\"", "'",
		"“", "”", "-", "é"}
	found := 0
	for range 50000 {
		var b strings.Builder
		// Most lines open like a paragraph: blanks, ¶, one to four digits.
		b.WriteString([]string{"", " ", "¶", "\t¶ ", "x"}[rng.IntN(5)])
		b.WriteString([]string{"1", "12", "123", "1234", ""}[rng.IntN(5)])
		for range rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		l := b.String()
		if _, _, ok := paraNumberByExpression(l); ok {
			found++
		}
		check(l)
	}
	if found < 1000 {
		t.Fatalf("only %d paragraph starts: the test tries too little", found)
	}
}

// paraStartRE, the expression paraNumber reads by hand, matches the start of a numbered paragraph: "1. (C)",
// "¶2. (SBU)", "3.(U)", "14.In 2002", "1. C)".
var paraStartRE = regexp.MustCompile(`^[ \t]*¶?[ \t]*(\d{1,3})(?:[ \t]*\.(?:[ \t]+|$|([(A-Za-z"'“]))|[ \t]+(\((?:U|C|S|SBU|LOU|S/NF|C/NF|SBU/NF)\)))`)

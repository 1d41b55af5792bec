package scan

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// The caption's expressions, the slow and obvious reading of a line that
// ScanLine replaces, built from the same word lists as its table.
var lineExpressions = sync.OnceValue(func() (x struct{ eo, tags, subject, ref, classBy, caveat, stop *regexp.Regexp }) {
	x.eo = regexp.MustCompile(`(?i)^[ \t]*¶?[ \t]*E\.?[ \t]?O\.?[ \t]*(\d{4,5})\b[ \t]*[:;,.]?[ \t]*(.*)$`)
	x.tags = regexp.MustCompile(`(?i)^[ \t]*(?:` + alternatives(tagsWords) + `)` + separator(tagsPunct) + `(.*)$`)
	x.subject = regexp.MustCompile(`(?i)^[ \t]*(?:` + alternatives(subjectWords) + `)` + separator(fieldPunct) + `(.*)$`)
	x.ref = regexp.MustCompile(`(?i)^[ \t]*¶?[ \t]*(?:` + alternatives(refWords) + `)` + separator(fieldPunct) + `(.*)$`)
	x.classBy = regexp.MustCompile(`(?i)^[ \t]*(?:¶?[ \t]*\d{1,2}\.[ \t]*)?(?:\([A-Z/ \-]+\)[ \t]*)?` +
		`(?:[A-Z]+[ \t]+-[ \t]+ENTIRE[ \t]+TEXT\.?[ \t]*)?CLASSIFIED[ \t]+BY\b[ \t]*:?[ \t]*(.*)$`)
	var caveats []string
	for _, w := range caveatLineWords {
		if spacedCaveats[w] {
			caveats = append(caveats, strings.Join(strings.Split(w, ""), "[ ]?"))
		} else {
			caveats = append(caveats, regexp.QuoteMeta(w))
		}
	}
	x.caveat = regexp.MustCompile(`(?i)^[ \t]*(?:(?:` + strings.Join(caveats, "|") + `)[` + regexp.QuoteMeta(caveatSeparators) + `]*)+$`)
	var stops []string
	for _, w := range stopWords {
		stops = append(stops, regexp.QuoteMeta(w.word)+map[stopEnd]string{anything: "", boundary: `\b`, blank: `[ \t]`}[w.end])
	}
	x.stop = regexp.MustCompile(`(?i)^[ \t]*(?:` + strings.Join(stops, "|") + `|CLASSIFIED[ \t]+BY|¶|\d{1,3}[ \t]*\.(?:[ \t]|\(|$)` +
		`|E\.?[ ]?O\.?[ \t]*\d{4}|-{3,}|={3,}|_{3,}|PAGE[ \t]+\d)`)
	return x
})

// alternatives writes words as the alternatives of an expression.
func alternatives(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// separator is the expression of what follows a field keyword: blanks
// and one of punct and blanks, or blanks.
func separator(punct string) string {
	return `(?:[ \t]*[` + regexp.QuoteMeta(punct) + `][ \t]*|[ \t]+)`
}

// scanByExpressions is ScanLine read by the expressions, one after the
// other, as the caption parser read a line before ScanLine.
func scanByExpressions(l string) Line {
	x := lineExpressions()
	ln := Line{By: -1, Para: paraStartRE.MatchString(l), Stop: x.stop.MatchString(l)}
	if m := x.classBy.FindStringSubmatchIndex(l); m != nil {
		ln.By = m[2]
	}
	if x.caveat.MatchString(strings.TrimSpace(l)) {
		ln.Kind = Caveat
		return ln
	}
	if m := x.eo.FindStringSubmatchIndex(l); m != nil {
		ln.Kind, ln.Value = EO, m[4]
		return ln
	}
	for _, f := range []struct {
		kind Kind
		re   *regexp.Regexp
	}{{Tags, x.tags}, {Subject, x.subject}, {Ref, x.ref}} {
		if m := f.re.FindStringSubmatchIndex(l); m != nil {
			ln.Kind, ln.Value = f.kind, m[2]
			return ln
		}
	}
	if ln.By >= 0 {
		ln.Kind, ln.Value = ClassifiedBy, ln.By
	}
	return ln
}

// kindsMatched returns the kinds of Caveat, EO, Tags, Subject and Ref
// whose expressions match l: at most one, for a Kind to say which.
func kindsMatched(l string) []Kind {
	x := lineExpressions()
	var kinds []Kind
	for _, f := range []struct {
		kind Kind
		re   *regexp.Regexp
		s    string
	}{{Caveat, x.caveat, strings.TrimSpace(l)}, {EO, x.eo, l}, {Tags, x.tags, l}, {Subject, x.subject, l}, {Ref, x.ref, l}} {
		if f.re.MatchString(f.s) {
			kinds = append(kinds, f.kind)
		}
	}
	return kinds
}

// TestScanLineMatchesExpressions holds ScanLine to the expressions it
// replaces on every line of the test corpus (as given and trimmed, as
// the caption parser passes them), on random bytes, and on random lines
// made of the keywords, blanks, punctuation, digits, ¶ and markings in
// random case.
func TestScanLineMatchesExpressions(t *testing.T) {
	kinds := map[Kind]int{}
	var by, para, stop int
	check := func(l string) {
		t.Helper()
		got, want := ScanLine(l), scanByExpressions(l)
		if got != want {
			t.Fatalf("ScanLine(%q) = %+v, the expressions read %+v", l, got, want)
		}
		if k := kindsMatched(l); len(k) > 1 {
			t.Fatalf("%q is a line of kinds %v", l, k)
		}
		kinds[want.Kind]++
		if want.By >= 0 {
			by++
		}
		if want.Para {
			para++
		}
		if want.Stop {
			stop++
		}
	}
	for _, l := range testcorpus.Lines(t) {
		check(l)
		check(strings.TrimSpace(l))
	}
	rng := rand.New(rand.NewPCG(41, 42))
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		check(string(b))
	}
	pieces := linePieces()
	for range 300000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(randomCase(rng, pieces[rng.IntN(len(pieces))]))
		}
		check(b.String())
	}
	for k := range kindNames {
		if kinds[Kind(k)] < 100 {
			t.Errorf("only %d lines of kind %v: the test tries too little", kinds[Kind(k)], Kind(k))
		}
	}
	if by < 100 || para < 100 || stop < 100 {
		t.Errorf("%d Classified By fields, %d paragraph starts, %d stops: the test tries too little", by, para, stop)
	}
}

// linePieces returns what TestScanLineMatchesExpressions makes lines of:
// every keyword and stop word, their parts, and the bytes around them.
func linePieces() []string {
	pieces := []string{" ", " ", "  ", "\t", "¶", "\n", "\r", "\u00a0", "é", "\xc5", "1", "12", "123", "1234", "12958", "13526",
		".", ":", ";", ",", "/", "-", " - ", "(", ")", "_", "'", "\"", "x", "Q", "S", "K", "E.O. ", "EO", "E. O.", "E O", "e.o.",
		"(C) ", "(SBU)", "(s/nf) ", "(U)\t", "(X-Y/Z)", "1. ", "¶2. ", "3.(U) ", "CLASSIFIED", "BY", "Classified By:",
		"ENTIRE", "TEXT", "CONFIDENTIAL - ENTIRE TEXT ", "SECRET", "---", "===", "___", "PAGE 02", "E F T O", "E FTO",
		"BUT", "UNCLASSIFIED", "BEGIN", "THIS IS AN "}
	for _, list := range [][]string{tagsWords, subjectWords, refWords, caveatLineWords} {
		pieces = append(pieces, list...)
	}
	for _, w := range stopWords {
		pieces = append(pieces, w.word)
	}
	return pieces
}

// randomCase writes s in a random case, with ſ for s and K for k now
// and then, as (?i) reads them.
func randomCase(rng *rand.Rand, s string) string {
	if !utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	mode := rng.IntN(4)
	for _, r := range s {
		switch {
		case (r == 's' || r == 'S') && rng.IntN(8) == 0:
			r = 'ſ'
		case (r == 'k' || r == 'K') && rng.IntN(4) == 0:
			r = '\u212a'
		case mode == 1 || mode == 3 && rng.IntN(2) == 0:
			r = []rune(strings.ToLower(string(r)))[0]
		}
		b.WriteRune(r)
	}
	return b.String()
}

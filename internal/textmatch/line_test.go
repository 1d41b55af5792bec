package textmatch_test

import (
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	_ "github.com/cablesql/cablesql/ingest" // its Lines, to hold
	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// linePieces returns the words of the Lines' expressions, as written, in
// capitals and capitalised, and the bytes lines of furniture are made of.
func linePieces() []string {
	seen := map[string]bool{}
	for _, l := range textmatch.Lines() {
		for _, f := range strings.FieldsFunc(l.String(), func(r rune) bool { return r > 127 || !textmatch.IsWordByte(byte(r)) }) {
			seen[f] = true
		}
	}
	pieces := matchtest.Cased(slices.Sorted(maps.Keys(seen))...)
	return append(pieces, " ", " ", "  ", "\t", "0", "12", "003", "2009", "00001907", "211833Z", "OF", "PAGE", "#", ".", ",",
		"-", "ſ", "é", "x", "Z", "SIPDIS", "sipdis", "SECTION", "1.2")
}

// TestLinesMatchRegexp holds every Line to regexp on the same expression:
// the test cables' lines, lines of the gold cables and the corpus, and
// random lines of the expressions' words, blanks and digits.
func TestLinesMatchRegexp(t *testing.T) {
	lines := textmatch.Lines()
	if len(lines) < 5 {
		t.Fatalf("only %d Lines made", len(lines))
	}
	var in []string
	for _, s := range matchtest.TestCables(t) {
		in = append(in, strings.Split(s, "\n")...)
	}
	in = append(in, matchtest.GoldLines(t)...)
	in = append(in, matchtest.CorpusLines(31, 3000)...)
	in = append(in, matchtest.RandomTexts(7, linePieces(), []string{"", " ", " ", "  ", "\t"}, 8, 30000)...)
	furniture := []string{"PAGE", "SECTION", "OF", "ROME", "ABUJA", "STATE", "SIPDIS", "sipdis", "BT", "NNNN", "#", "YYY", "ZZZZ",
		"SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "UNCLAS", "SENSITIVE", "BUT", "LIMITED", "OFFICIAL", "USE", "TOP", "secret",
		"02", "003", "1", "12", "00001907", "211833Z", "001.2", "004", "2", "x", "ſecret", ",", "."}
	in = append(in, matchtest.RandomTexts(8, furniture, []string{"", " ", "  ", "\t", " \t"}, 6, 100000)...)
	in = append(in, "", " ", "\t", "PAGE", " PAGE 02 ROME 03067 211833Z", "SECTION 1 OF 2", "  sIpDiS  ", "BT", " # ")
	matched, turned := 0, 0
	for _, l := range lines {
		re := textmatch.PlainLine(l)
		for _, s := range in {
			want := re.FindStringSubmatch(s)
			if got := l.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindStringSubmatch = %q, regexp gives %q", l, s, got, want)
			}
			if got := l.MatchString(s); got != (want != nil) {
				t.Fatalf("%s on %q: MatchString = %v, regexp gives %v", l, s, got, want != nil)
			}
			if want != nil {
				matched++
			} else if !l.MayMatch(s) {
				turned++
			}
		}
	}
	if matched < 2000 || turned < len(in) {
		t.Fatalf("%d lines matched, %d turned away by the quick tests: the test checks too little", matched, turned)
	}
	t.Logf("%d expressions, %d lines, %d matches, %d turned away before the search", len(lines), len(in), matched, turned)
}

// TestLineQuickTests checks that the quick tests read from the syntax
// tree turn prose away before the search.
func TestLineQuickTests(t *testing.T) {
	for _, c := range []struct {
		expr, text string
		may        bool
	}{
		{`^[ \t]*PAGE[ \t]+\d{2,3}`, "The Ambassador met", false},           // first byte after the blanks
		{`^[ \t]*PAGE[ \t]+\d{2,3}`, "  PAGE 02", true},                     //
		{`^[ \t]*(?:BT|NNNN)[ \t]*$`, "  BT but longer than that  ", false}, // longest core
		{`^[ \t]*(?:BT|NNNN)[ \t]*$`, "  NNNN \t", true},                    //
		{`(?i)^[ \t]*(?:SIPDIS[ \t,.]*)+$`, "nothing here", false},          // needed text
		{`^[ \t]*[ \t]X`, "  X", true},                                      // a blank the opening run may leave
		{`^[ \t]*\d+ OF \d+[ \t]*$`, "1 OF THEM ", false},                   // last byte before the blanks
		{`^[ \t]*\d+ OF \d+[ \t]*$`, "1 OF 2 \t", true},                     //
		{`^[ \t]*[ \t]$`, " ", true},                                        // the core may be the opening blank
	} {
		if got := textmatch.NewLine(c.expr).MayMatch(c.text); got != c.may {
			t.Errorf("NewLine(%q).MayMatch(%q) = %v, want %v", c.expr, c.text, got, c.may)
		}
	}
}

// TestStartsLetMatchesThrough holds every Starts to its expression: at
// every offset of real and random texts where regexp finds a match
// beginning, the quick test lets it through.
func TestStartsLetMatchesThrough(t *testing.T) {
	all := textmatch.AllStarts()
	if len(all) == 0 {
		t.Fatal("no Starts made")
	}
	var in []string
	for _, s := range matchtest.TestCables(t) {
		in = append(in, strings.Split(s, "\n")...)
	}
	in = append(in, matchtest.CorpusLines(37, 2000)...)
	pieces := append(linePieces(), "C O N F I D E N T I A L", "S E C R E T", "Unclas", "ſecret", "TOP", "top ſecret", "conf")
	in = append(in, matchtest.RandomTexts(9, pieces, []string{"", " ", "  ", "\t", "x"}, 6, 20000)...)
	matched, turned := 0, 0
	for _, st := range all {
		re := regexp.MustCompile(`^(?:` + st.Expr() + `)`)
		for _, s := range in {
			for i := 0; i < len(s); i++ {
				ok := st.At(s, i)
				if re.MatchString(s[i:]) {
					matched++
					if !ok {
						t.Fatalf("%s matches %q at %d, but Starts turns it away", st.Expr(), s, i)
					}
				} else if !ok {
					turned++
				}
			}
		}
	}
	if matched < 1000 || turned < 100000 {
		t.Fatalf("%d matches, %d offsets turned away: the test checks too little", matched, turned)
	}
	t.Logf("%d expressions, %d matches, %d offsets turned away", len(all), matched, turned)
}

// TestNeedsLetMatchesThrough holds every Needs to its expression: a text
// regexp finds a match in is never turned away.
func TestNeedsLetMatchesThrough(t *testing.T) {
	all := textmatch.AllNeeds()
	if len(all) == 0 {
		t.Fatal("no Needs made")
	}
	var in []string
	for _, s := range matchtest.TestCables(t) {
		in = append(in, strings.Split(s, "\n")...)
	}
	in = append(in, matchtest.CorpusLines(41, 3000)...)
	pieces := append(linePieces(), "041820Z JAN 10", "Z ", "Z\t", "1", "SUBJECT:", "Subj:", "E.O. 12958", "TAGS:", "ref:",
		"Classified By", "ſipdis", "É", "tags;", "(", ")", "(U//FOUO)", "(C)", ". (S) Th", "1. (C)  A", "REFS:", "REF:", "(A)", "A.")
	for _, q := range all { // the words of the Needs' own expressions, as each Line's are in linePieces
		pieces = append(pieces, matchtest.Cased(strings.FieldsFunc(q.Expr(), func(r rune) bool { return r > 127 || !textmatch.IsWordByte(byte(r)) })...)...)
	}
	in = append(in, matchtest.RandomTexts(11, pieces, []string{"", " ", "  ", "\t", "x"}, 6, 30000)...)
	matched, turned := 0, 0
	for _, q := range all {
		re := regexp.MustCompile(q.Expr())
		for _, s := range in {
			ok := q.MayHold(s)
			if re.MatchString(s) {
				matched++
				if !ok {
					t.Fatalf("%s matches %q, but Needs turns it away", q.Expr(), s)
				}
			} else if !ok {
				turned++
			}
		}
	}
	if matched < 1000 || turned < 10000 {
		t.Fatalf("%d matches, %d texts turned away: the test checks too little", matched, turned)
	}
	t.Logf("%d expressions, %d matches, %d texts turned away", len(all), matched, turned)
}

// TestDropArtefacts holds what publication set into the prose to the
// texts the extractor and the paragraph text must read.
func TestDropArtefacts(t *testing.T) {
	for in, want := range map[string]string{
		"attended a SIPDIS bilateral meeting":   "attended a bilateral meeting",
		"spoke about UN reform. SIPDIS":         "spoke about UN reform.",
		"SIPDIS non-paper":                      "non-paper",
		"the SIPDISX code and NOSIPDIS stay":    "the SIPDISX code and NOSIPDIS stay",
		"in Geneva on June ¶8. With":            "in Geneva on June 8. With",
		"IN SEPTEMBER, ¶2000. THE":              "IN SEPTEMBER, 2000. THE",
		"reasons: ¶A. (C) Today":                "reasons: ¶A. (C) Today",
		"bor. ¶2. (C) The":                      "bor. ¶2. (C) The",
		"met Secretary SIPDIS Rice on June ¶8.": "met Secretary Rice on June 8.",
		"no artefact at all":                    "no artefact at all",
	} {
		if got := textmatch.DropArtefacts(in); got != want {
			t.Errorf("DropArtefacts(%q) = %q, want %q", in, got, want)
		}
	}
}

package textmatch_test

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"sync"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// dfaCases are expressions beside the Words' that reach what the
// automaton must judge as regexp does: word boundaries before and after,
// the text's and lines' ends, case folding to non-ASCII runes ("ſ" is an
// "s", "K" a "k"), runes beyond ASCII, and more states than it keeps.
var dfaCases = []string{
	`\bus\b`, `\Bing\b`, `(?i)\bstates?\s+$`, `(?m)^Participants:$`, `(?i)ſent|kelvin`,
	`caf[éè]\b`, `[^a-z]{3}`, `(?s)a.*b`, `a.*\bb`, `\b(?:a|b)+\b`, `(a|b)*a(a|b){11}`,
	`(?i)\bU\.S\.|\bUSG\b`, `\$\d+`, `^\s*$`, `x*`, `\A\z`,
}

// TestDFAMatchesRegexp holds the automaton to regexp anchored at the
// text's start: on ASCII texts it answers as regexp does until it has
// made all the states it keeps; on other texts, and after that, it may
// say a match is possible where none is, never the reverse. It runs
// every Word's expression and dfaCases over a tenth of the harness's
// texts.
func TestDFAMatchesRegexp(t *testing.T) {
	exprs := dfaCases
	for _, w := range textmatch.Words() {
		exprs = append(exprs, w.String())
	}
	all := texts(t)
	var in []string
	for i := 0; i < len(all); i += 10 {
		in = append(in, all[i])
	}
	pieces := []string{"us", "US", "ſent", "Kelvin", "café", "a", "b", "\n", "$5", "Participants:"}
	in = append(in, matchtest.RandomTexts(11, pieces, []string{"", " ", "\n", "é"}, 8, 2000)...)
	checked, matched := 0, 0
	for _, expr := range exprs {
		re := regexp.MustCompile(`^(?:` + expr + `)`)
		may, full := textmatch.DFAOf(expr)
		for _, s := range in {
			want, got := re.MatchString(s), may(s)
			checked++
			if want {
				matched++
			}
			if want && !got || !want && got && textmatch.IsASCII(s) && !full() {
				t.Fatalf("%q on %q: the automaton says %v, regexp %v", expr, s, got, want)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("%d of %d searches matched: the test checks too little", matched, checked)
	}
	t.Logf("%d expressions, %d searches, %d matched", len(exprs), checked, matched)
}

// endCases are expressions whose leftmost-first match is not the
// longest nor the shortest, for the end automaton: alternations and
// repetitions whose order regexp keeps, and zero-width assertions
// between them.
var endCases = []string{
	`a|ab`, `ab|a`, `(?:a|ab)(?:c|bcd)`, `a*?b|a+`, `(?:a+?)(?:b|ab)`, `\b(?:us|u)\b|us`,
	`(?:a\b|ab)c?`, `(?:a|\ba)(?:\Bb|b\b)*`, `(?i)\b(?:met|meet|meets)\b`, `a{2,5}?b?`,
	`(?:x|(?:a|ab)*)c`, `(?:\s+|\s*,)\w`,
}

// TestEndDFAMatchesRegexp holds the end automaton to regexp anchored at
// the text's start: wherever it answers, where the match ends is
// regexp's. It answers on ASCII texts only and declines none of them
// here (no expression makes as many states as it keeps). It runs every
// Word's expression, dfaCases and endCases over a tenth of the harness's
// texts and random texts.
func TestEndDFAMatchesRegexp(t *testing.T) {
	exprs := append(append([]string{}, dfaCases...), endCases...)
	for _, w := range textmatch.Words() {
		exprs = append(exprs, w.String())
	}
	all := texts(t)
	var in []string
	for i := 0; i < len(all); i += 10 {
		in = append(in, all[i])
	}
	pieces := []string{"us", "US", "u", "a", "ab", "b", "c", "bcd", "met", "meets", "x", ",", "\n", "ſent", "é"}
	in = append(in, matchtest.RandomTexts(14, pieces, []string{"", " ", "\n", "é"}, 8, 3000)...)
	answered, matched := 0, 0
	for _, expr := range exprs {
		re := regexp.MustCompile(`^(?:` + expr + `)`)
		end := textmatch.EndOf(expr)
		for _, s := range in {
			got, ok := end(s)
			if !ok {
				if textmatch.IsASCII(s) && expr != `(a|b)*a(a|b){11}` {
					t.Fatalf("%q on %q: the automaton declines an ASCII text", expr, s)
				}
				continue
			}
			want := -1
			if loc := re.FindStringIndex(s); loc != nil {
				want = loc[1]
				matched++
			}
			answered++
			if got != want {
				t.Fatalf("%q on %q: the automaton's match ends at %d, regexp's at %d", expr, s, got, want)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("%d of %d answers were matches: the test checks too little", matched, answered)
	}
	t.Logf("%d expressions, %d answers, %d matched", len(exprs), answered, matched)
}

// TestDFAFull checks that an automaton that has made all the states it
// keeps still finds every match: `(a|b)*a(a|b){11}` needs 4,096 states.
func TestDFAFull(t *testing.T) {
	expr := `(a|b)*a(a|b){11}`
	re := regexp.MustCompile(`^(?:` + expr + `)`)
	may, full := textmatch.DFAOf(expr)
	texts := matchtest.RandomTexts(12, []string{"a", "b"}, []string{""}, 40, 3000)
	for _, s := range texts {
		if re.MatchString(s) && !may(s) {
			t.Fatalf("%q: the automaton misses regexp's match", s)
		}
	}
	if !full() {
		t.Fatal("the automaton kept every state it made: the test checks nothing past the bound")
	}
}

// TestDFAShared runs one automaton per expression from four goroutines at
// once, as the ingest's parsers do, each held to regexp: the states and
// transitions one goroutine makes while others read the table (`go test
// -race` checks the reads) must give every goroutine regexp's answer.
func TestDFAShared(t *testing.T) {
	exprs := append([]string{`(a|b)*a(a|b){11}`}, dfaCases...)
	texts := matchtest.RandomTexts(13, []string{"us", "US", "a", "b", "ab", "\n", "Participants:", "kelvin"}, []string{"", " "}, 12, 400)
	for _, expr := range exprs {
		re := regexp.MustCompile(`^(?:` + expr + `)`)
		may, full := textmatch.DFAOf(expr)
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := g; i < len(texts); i += 2 { // goroutines share half their texts, in other orders
					s := texts[i]
					want, got := re.MatchString(s), may(s)
					if want && !got || !want && got && textmatch.IsASCII(s) && !full() {
						t.Errorf("%q on %q: the automaton says %v, regexp %v", expr, s, got, want)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
}

// randomExpr returns a random expression over a, b, c and spaces, of
// alternations, greedy and lazy repetitions, `\b`, `^` and `$`, whose
// leftmost-first match the end automaton must find as regexp does.
func randomExpr(r *rand.Rand, depth int) string {
	if depth == 0 || r.IntN(4) == 0 {
		return []string{"a", "b", "c", " ", "ab", "[ab]", `\b`, `\B`, `\w`, "(?i:A)", "$", "(?m:$)", `\s`, "^", "(?m:^)", ","}[r.IntN(16)]
	}
	x := randomExpr(r, depth-1)
	switch r.IntN(7) {
	case 0, 1:
		return "(?:" + x + "|" + randomExpr(r, depth-1) + ")"
	case 2, 3:
		return x + randomExpr(r, depth-1)
	case 4:
		return "(?:" + x + ")" + []string{"*", "+", "?", "{1,3}"}[r.IntN(4)]
	case 5:
		return "(?:" + x + ")" + []string{"*?", "+?", "??", "{1,3}?"}[r.IntN(4)]
	}
	return "(" + x + ")"
}

// TestEndDFARandomExprs holds the end automaton to regexp on random
// expressions, whose threads reach the same instruction from branches of
// other priorities, and random texts of their letters, spaces and line
// ends.
func TestEndDFARandomExprs(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	texts := matchtest.RandomTexts(16, []string{"a", "b", "c", "ab", "ba"}, []string{"", " ", "\n"}, 8, 300)
	matched := 0
	for range 5000 {
		expr := randomExpr(r, 5)
		re := regexp.MustCompile(`^(?:` + expr + `)`)
		end := textmatch.EndOf(expr)
		for _, s := range texts {
			got, ok := end(s)
			want := -1
			if loc := re.FindStringIndex(s); loc != nil {
				want = loc[1]
				matched++
			}
			if !ok || got != want {
				t.Fatalf("%q on %q: the automaton's match ends at %d (%v), regexp's at %d", expr, s, got, ok, want)
			}
		}
	}
	if matched < 10000 {
		t.Fatalf("%d matches: the test checks too little", matched)
	}
}

// TestWordFindRandomExprs holds a Word's searches to regexp's on random
// expressions and random texts of their letters: those the fast search
// takes, and those it does not (a match may begin with a space or a
// comma, or only at the text's start), which Word.find answers with the
// end automaton tried at each byte a match may begin with.
func TestWordFindRandomExprs(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	texts := matchtest.RandomTexts(18, []string{"a", "b", "c", "ab", "ba", ","}, []string{"", " ", "\n"}, 8, 200)
	matched := 0
	for range 3000 {
		expr := randomExpr(r, 5)
		re := regexp.MustCompile(expr)
		w := textmatch.UnlistedWord(expr)
		for _, s := range texts {
			want := re.FindAllStringIndex(s, -1)
			matched += len(want)
			if got := w.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q on %q: FindAllStringIndex %v, regexp %v", expr, s, got, want)
			}
			if got, want := w.FindStringIndex(s), re.FindStringIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q on %q: FindStringIndex %v, regexp %v", expr, s, got, want)
			}
			if got, want := w.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q on %q: FindAllStringSubmatchIndex %v, regexp %v", expr, s, got, want)
			}
			if got, want := w.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%q on %q: MatchString %v, regexp %v", expr, s, got, want)
			}
		}
	}
	if matched < 10000 {
		t.Fatalf("%d matches: the test checks too little", matched)
	}
}

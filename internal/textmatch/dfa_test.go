package textmatch_test

import (
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

package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestWordREMatchesRegexp holds every wordRE to the results of regexp on
// the same expression: every sentence and line of the test cables, every
// 60-byte window of them, and random strings of the words the
// expressions look for, with the punctuation, case and non-ASCII letters
// around words that the fast search must get right.
func TestWordREMatchesRegexp(t *testing.T) {
	if len(wordREs) == 0 {
		t.Fatal("no wordRE compiled")
	}
	var texts []string
	files, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("../testdata/*.txt")
	files = append(files, more...)
	if len(files) < 10 {
		t.Fatalf("only %d test cables", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		texts = append(texts, strings.Split(s, "\n")...)
		texts = append(texts, strings.Split(strings.Join(strings.Fields(s), " "), ". ")...)
		for i := 0; i < len(s); i += 41 {
			texts = append(texts, s[i:min(len(s), i+60)])
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var pieces []string
	for _, w := range wordREs {
		for _, f := range strings.FieldsFunc(w.String(), func(r rune) bool { return !isWordByte(byte(r)) || r > 127 }) {
			pieces = append(pieces, f, strings.ToUpper(f), strings.ToUpper(f[:1])+f[1:])
		}
	}
	pieces = append(pieces, " ", " ", " ", "  ", "-", ".", ",", "(", "_", "x", "9", "é", "ſ", "K", "\n", "U.S.", "'s")
	for range 6000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	// texts cut before a word, as the expressions ending at the text's end
	// read them ("... was held in the "): prefixes of every 5th sentence
	// and random strings ending in a blank
	var tailTexts []string
	for i := 0; i < len(texts); i += 5 {
		for j := 1; j < len(texts[i]); j++ {
			if texts[i][j-1] == ' ' || texts[i][j-1] == ',' {
				tailTexts = append(tailTexts, texts[i][:j])
			}
		}
	}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		tailTexts = append(tailTexts, b.String()+[]string{" ", "  ", ", ", "-", "\t"}[rng.IntN(5)])
	}
	// a non-ASCII rune that case folding makes a letter of a match,
	// after a word character, where only regexp sees the boundary
	texts = append(texts, "xſent delegates to", "Iran ſent officials to the meeting", "xſince the", "paKistan attended",
		"the GOB xſponsored", "Kosovo; ſent experts to", "The ſummer of 2009 in Berlin")
	fast, matched, tailMatched := 0, 0, 0
	for _, w := range wordREs {
		w.ready()
		if w.fast {
			fast++
		}
		all := texts
		if w.tail {
			all = append(tailTexts, texts...)
		}
		for _, s := range all {
			got, want := w.FindAllStringSubmatchIndex(s, -1), w.re.FindAllStringSubmatchIndex(s, -1)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindAllStringSubmatchIndex = %v, regexp gives %v", w, s, got, want)
			}
			if want != nil {
				matched++
				if w.tail {
					tailMatched++
				}
			}
			if got, want := w.FindAllStringIndex(s, 2), w.re.FindAllStringIndex(s, 2); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindAllStringIndex = %v, regexp gives %v", w, s, got, want)
			}
			if got, want := w.FindStringSubmatch(s), w.re.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindStringSubmatch = %q, regexp gives %q", w, s, got, want)
			}
			if got, want := w.MatchString(s), w.re.MatchString(s); got != want {
				t.Fatalf("%s on %q: MatchString = %v, regexp gives %v", w, s, got, want)
			}
		}
	}
	if fast == 0 || matched < 1000 || tailMatched < 1000 {
		t.Fatalf("%d fast expressions, %d texts matched (%d by expressions ending at the end): the test checks too little",
			fast, matched, tailMatched)
	}
	t.Logf("%d expressions (%d fast), %d texts, %d matches (%d ending at the end)", len(wordREs), fast, len(texts)+len(tailTexts), matched, tailMatched)
}

// TestWordREShape checks which expressions the fast search takes: only
// those whose matches all begin a word.
func TestWordREShape(t *testing.T) {
	for expr, fast := range map[string]bool{
		`(?i)\b(urged|urges)\b`:           true,
		`\bU\.\s?S\.|\b(?:United States)`: true,
		`(?i)\b(?:in|at)\s+(?:the\s+)?$`:  true,
		`urged`:                           false, // may begin inside a word
		`\b(?:urged|\(C\))`:               false, // may begin with "("
		`\b^urged`:                        false,
		`(?i)\b(?:x*)`:                    false, // matches the empty string
	} {
		w := mustWordRE(expr)
		w.ready()
		if got := w.fast; got != fast {
			t.Errorf("mustWordRE(%q).fast = %v, want %v", expr, got, fast)
		}
	}
}

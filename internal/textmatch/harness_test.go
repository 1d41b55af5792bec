package textmatch_test

// The test harness of the matchers: every Word, every Literals and the
// word tables, each held to the plain code it stands for (regexp,
// strings.Contains, a map) on real cable text and on random text. The
// extractor's matchers are made when its package is initialised, which
// importing it does.

import (
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	_ "github.com/cablesql/cablesql/extract" // its matchers, to hold
	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// wordPieces returns the words of the expressions (runs of word bytes in
// them), as written, in capitals and capitalised, in a fixed order.
func wordPieces() []string {
	seen := map[string]bool{}
	for _, w := range textmatch.Words() {
		for _, f := range strings.FieldsFunc(w.String(), func(r rune) bool { return r > 127 || !textmatch.IsWordByte(byte(r)) }) {
			seen[f] = true
		}
	}
	return matchtest.Cased(slices.Sorted(maps.Keys(seen))...)
}

// texts returns the texts the matchers are held on: the test cables'
// lines, sentences and 60-byte windows, every 100th line of the gold
// cables, lines of the corpus when it is there (their first 300
// bytes), random strings of the
// expressions' words with the punctuation, case and non-ASCII letters
// around words that a fast search must get right, and random bytes.
func texts(t *testing.T) []string {
	var out []string
	for _, s := range matchtest.TestCables(t) {
		out = append(out, strings.Split(s, "\n")...)
		out = append(out, strings.Split(strings.Join(strings.Fields(s), " "), ". ")...)
		for i := 0; i < len(s); i += 41 {
			out = append(out, s[i:min(len(s), i+60)])
		}
	}
	for i, l := range matchtest.GoldLines(t) {
		if i%100 == 0 {
			out = append(out, l)
		}
	}
	for _, l := range matchtest.CorpusLines(97, 1000) {
		out = append(out, l[:min(len(l), 300)])
	}
	pieces := append(wordPieces(), " ", " ", " ", "  ", "-", ".", ",", "(", "_", "x", "9", "é", "ſ", "K", "\n", "U.S.", "'s")
	out = append(out, matchtest.RandomTexts(1, pieces, nil, 10, 6000)...)
	out = append(out, matchtest.RandomBytes(2, 40, 2000)...)
	// a non-ASCII rune that case folding makes a letter of a match,
	// after a word character, where only regexp sees the boundary
	return append(out, "xſent delegates to", "Iran ſent officials to the meeting", "xſince the", "paKistan attended",
		"the GOB xſponsored", "Kosovo; ſent experts to", "The ſummer of 2009 in Berlin")
}

// tailTexts returns texts cut before a word, as the expressions ending at
// the text's end read them ("... was held in the "): prefixes of every 5th
// text (their first 200 bytes) and random strings ending in a blank.
func tailTexts(all []string) []string {
	var out []string
	for i := 0; i < len(all); i += 5 {
		for j := 1; j < min(len(all[i]), 200); j++ {
			if all[i][j-1] == ' ' || all[i][j-1] == ',' {
				out = append(out, all[i][:j])
			}
		}
	}
	pieces := append(wordPieces(), " ", "-", ".", "x", "ſ")
	return append(out, matchtest.RandomTexts(3, pieces, []string{"", " ", " ", "  ", ", ", "-", "\t"}, 6, 3000)...)
}

// TestWordsMatchRegexp holds every Word to the results of regexp on the
// same expression, for each of its methods.
func TestWordsMatchRegexp(t *testing.T) {
	words := textmatch.Words()
	if len(words) < 50 {
		t.Fatalf("only %d Words made", len(words))
	}
	all := texts(t)
	tails := tailTexts(all)
	fast, matched, tailMatched, beginMatched := 0, 0, 0, 0
	for _, w := range words {
		if w.Fast() {
			fast++
		}
		in := all
		if w.Tail() {
			in = append(tails, all...)
		}
		for _, s := range in {
			if holdWord(t, w, s) {
				matched++
				if w.Tail() {
					tailMatched++
				}
				if w.Begins() {
					beginMatched++
				}
			}
		}
	}
	if fast == 0 || matched < 1000 || tailMatched < 1000 || beginMatched < 1000 {
		t.Fatalf("%d fast expressions, %d texts matched (%d by expressions ending at the end, %d beginning at the start): the test checks too little",
			fast, matched, tailMatched, beginMatched)
	}
	t.Logf("%d expressions (%d fast), %d texts, %d matches (%d ending at the end, %d beginning at the start)",
		len(words), fast, len(all)+len(tails), matched, tailMatched, beginMatched)
}

// TestWordStarts holds the word starts a Word's search steps through,
// eight bytes at a time, to the plain reading of each byte and the one
// before it (IsWordByte), on the harness's texts, every tail of some,
// random bytes, and every two bytes repeated across eight.
func TestWordStarts(t *testing.T) {
	all := texts(t)
	for _, s := range all[:200] {
		for i := range s {
			all = append(all, s[i:])
		}
	}
	all = append(all, matchtest.RandomBytes(4, 20, 5000)...)
	for c := range 1 << 16 {
		all = append(all, strings.Repeat(string([]byte{byte(c), byte(c >> 8)}), 5))
	}
	for _, s := range all {
		var want []int
		for p := 0; p < len(s); p++ {
			if textmatch.IsWordByte(s[p]) && (p == 0 || !textmatch.IsWordByte(s[p-1])) {
				want = append(want, p)
			}
		}
		if got := textmatch.WordStarts(s); !slices.Equal(got, want) {
			t.Fatalf("WordStarts(%q) = %v, want %v", s, got, want)
		}
	}
}

// holdWord fails the test when a method of w gives on s other than
// regexp does, and reports whether the expression matches s.
func holdWord(t *testing.T, w *textmatch.Word, s string) bool {
	t.Helper()
	re := w.Plain()
	got, want := w.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: FindAllStringSubmatchIndex = %v, regexp gives %v", w, s, got, want)
	}
	if got, want := w.FindAllStringIndex(s, 2), re.FindAllStringIndex(s, 2); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: FindAllStringIndex = %v, regexp gives %v", w, s, got, want)
	}
	if got, want := w.FindStringSubmatch(s), re.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: FindStringSubmatch = %q, regexp gives %q", w, s, got, want)
	}
	if got, want := w.FindStringIndex(s), re.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: FindStringIndex = %v, regexp gives %v", w, s, got, want)
	}
	if got, want := w.MatchString(s), want != nil; got != want {
		t.Fatalf("%s on %q: MatchString = %v, regexp gives %v", w, s, got, want)
	}
	if w.Fast() {
		holdMatchAt(t, w, s, re.FindStringIndex(s))
	}
	return want != nil
}

// holdMatchAt fails the test when MatchAt, at the word starts before the
// leftmost match (first) and at that match's own start, gives other than
// it: nothing before it, the match itself at it.
func holdMatchAt(t *testing.T, w *textmatch.Word, s string, first []int) {
	t.Helper()
	end := len(s)
	if first != nil {
		end = first[0]
	}
	for p := 0; p <= end && p < len(s); p++ {
		if !textmatch.IsWordByte(s[p]) || p > 0 && textmatch.IsWordByte(s[p-1]) {
			continue
		}
		got := w.MatchAt(s, p)
		if first != nil && p == first[0] {
			if !reflect.DeepEqual(got, first) {
				t.Fatalf("%s on %q at %d: MatchAt = %v, regexp's match is %v", w, s, p, got, first)
			}
		} else if got != nil {
			t.Fatalf("%s on %q at %d: MatchAt = %v, before regexp's leftmost match %v", w, s, p, got, first)
		}
	}
}

// TestWordShape checks which expressions the fast search takes: only
// those whose matches all begin a word.
func TestWordShape(t *testing.T) {
	for expr, fast := range map[string]bool{
		`(?i)\b(urged|urges)\b`:           true,
		`\bU\.\s?S\.|\b(?:United States)`: true,
		`(?i)\b(?:in|at)\s+(?:the\s+)?$`:  true,
		`urged`:                           false, // may begin inside a word
		`\b(?:urged|\(C\))`:               false, // may begin with "("
		`\b^urged`:                        false,
		`(?i)\b(?:x*)`:                    false, // matches the empty string
	} {
		if got := textmatch.NewWord(expr).Fast(); got != fast {
			t.Errorf("NewWord(%q).Fast() = %v, want %v", expr, got, fast)
		}
	}
	for expr, begins := range map[string]bool{
		`^\s*(?:that|which)\b`: true,
		`^(?:a|^b)|^c`:         true,
		`(?:^a|b)`:             false, // b may match anywhere
		`(?m)^Participants:`:   false, // at a line's start
		`\b^urged`:             false,
	} {
		if got := textmatch.NewWord(expr).Begins(); got != begins {
			t.Errorf("NewWord(%q).Begins() = %v, want %v", expr, got, begins)
		}
	}
}

// TestLiteralsMatchContains holds every Literals to one strings.Contains
// per string, on the cables' text and on random texts made of the
// strings, parts of them and other bytes.
func TestLiteralsMatchContains(t *testing.T) {
	sets := textmatch.LiteralSets()
	if len(sets) == 0 {
		t.Fatal("no sets of literals: the extractor makes none, so nothing is held")
	}
	cables := texts(t)
	for k, set := range sets {
		words := set.Strings()
		pieces := []string{" ", "a", ".", "U", "S", "W", "e", "We", "Embass", "day", "that", "é", "t", "h"}
		for _, w := range words {
			pieces = append(pieces, w, w[:len(w)/2], w[len(w)/2:], strings.ToUpper(w), strings.ToLower(w))
		}
		hits := 0
		for _, s := range append(matchtest.RandomTexts(uint64(5+k), pieces, nil, 6, 5000), cables...) {
			got, want := set.In(s), containsAny(s, words)
			if got != want {
				t.Fatalf("%q: In(%q) = %v, strings.Contains finds one: %v", words, s, got, want)
			}
			if got {
				hits++
			}
		}
		if hits < 500 {
			t.Fatalf("%q: only %d texts hold a string: the test checks too little", words, hits)
		}
	}
}

// containsAny reports whether s holds one of words, by strings.Contains.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TestWordTable holds a WordTable of the expressions' words to a map
// looked up in lower case, on every word of the cables' and random text.
func TestWordTable(t *testing.T) {
	var table textmatch.WordTable[int]
	m := map[string]int{}
	for i, w := range wordPieces() {
		if strings.ToLower(w) == w {
			table.Set(w, i+1)
			m[w] = i + 1
		}
	}
	if len(m) < 100 {
		t.Fatalf("only %d words in the table", len(m))
	}
	hits := 0
	for _, s := range texts(t) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\n' }) {
			got, want := table.Get(w), m[strings.ToLower(w)]
			if got != want {
				t.Fatalf("Get(%q) = %d, want %d", w, got, want)
			}
			if want != 0 {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d words found: the test checks too little", hits)
	}
}

// TestFirstWords checks the words FirstWords reads from expressions.
func TestFirstWords(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`(?i)\b(review(?:ed|s|ing)? (?:[\w'-]+ ){0,6}?with)\b`, []string{"review", "reviewed", "reviewing", "reviews"}},
		{`(?i)\b(co-hosted|cohosted|hosted)\b`, []string{"co-hosted", "cohosted", "hosted"}},
		{`(?i)\b(called (?:on|upon)|demarched)\b`, []string{"called", "demarched"}},
		{`(?i)\b(?:(?:was|were) represented at|sent (?:a\s+)?delegations? to)\b`, []string{"sent", "was", "were"}},
		{`(?:(?:Deputy|Vice)\s+)*(?:Minister|FM)\s+[A-Z]`, []string{"deputy", "fm", "minister", "vice"}}, // repeated words
	}
	for _, tt := range tests {
		got, ok := textmatch.FirstWords(tt.expr)
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("FirstWords(%q) = %q, %v; want %q", tt.expr, got, ok, tt.want)
		}
	}
	for _, expr := range []string{`\b[a-z]+ed\b`, `(?i)\b\w+ing\b`, `(?:[a-z]+\s+)*ed`} {
		if _, ok := textmatch.FirstWords(expr); ok {
			t.Errorf("FirstWords(%q): ok, want no list", expr)
		}
	}
}

// TestFirstWordsPrefilter holds FirstWords to every expression it reads
// words from: each match of the expression in an ASCII text opens with
// one of the words (its letters and hyphens), in any case.
func TestFirstWordsPrefilter(t *testing.T) {
	all := texts(t)
	held, matched := 0, 0
	for _, w := range textmatch.Words() {
		words, ok := textmatch.FirstWords(w.String())
		if !ok {
			continue
		}
		held++
		for _, s := range all {
			if strings.ContainsFunc(s, func(r rune) bool { return r > 127 }) {
				continue // the words are ASCII: "ſent" is "sent" to (?i)
			}
			for _, loc := range w.Plain().FindAllStringIndex(s, -1) {
				m := s[loc[0]:loc[1]]
				end := strings.IndexFunc(m, func(r rune) bool { return !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
				if end < 0 {
					end = len(m)
				}
				if !slices.Contains(words, strings.ToLower(m[:end])) {
					t.Fatalf("%s matches %q in %q, which opens with none of its first words %q", w, m, s, words)
				}
				matched++
			}
		}
	}
	if held < 10 || matched < 1000 {
		t.Fatalf("%d expressions with first words, %d matches: the test checks too little", held, matched)
	}
}

// TestFirstRuns checks the runs of letters FirstRuns reads from
// expressions, and that it gives none where a match may open a run that
// goes on after it, or begin inside one.
func TestFirstRuns(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`\b(?:hosted|co-hosted|cohosted)\b`, []string{"co", "cohosted", "hosted"}},
		{`\b(?:attended|participated in|took part in)\s+(?:the\s+)?`, []string{"attended", "participated", "took"}},
		{`(?i)\b(?:U\.S\.|USG)\b`, []string{"u", "usg"}},
		{`\b(?:G-?8|EU's)`, []string{"eu", "g"}},
		{`\bco-\bhost`, []string{"co"}},                         // a hyphen ends the run, `\b` or not
		{`\b(?:met|meets)\b(?:x|\s)`, []string{"meets", "met"}}, // no letter after `\b`: "metx" cannot match
	}
	for _, tt := range tests {
		got, ok := textmatch.FirstRuns(tt.expr)
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("FirstRuns(%q) = %q, %v; want %q", tt.expr, got, ok, tt.want)
		}
	}
	for _, expr := range []string{`\bfor`, `(?:at|for)\s`, `\b(?:met|meets)?\b`, `\b[a-z]+ed\b`, `\b(?:1540|workshop)\b`, `\b(?:for\b|form)`} {
		if got, ok := textmatch.FirstRuns(expr); ok {
			t.Errorf("FirstRuns(%q) = %q, ok; want no list", expr, got)
		}
	}
}

// TestFirstRunsPrefilter holds FirstRuns to every expression it reads
// runs from: the run of letters of an ASCII text (all of it, each way from
// the match) that holds each match's first byte is one of them, in any
// case.
func TestFirstRunsPrefilter(t *testing.T) {
	all := texts(t)
	all = append(all, matchtest.MixedCase(8, all[:len(all)/4])...)
	held, matched := 0, 0
	for _, w := range textmatch.Words() {
		runs, ok := textmatch.FirstRuns(w.String())
		if !ok {
			continue
		}
		held++
		for _, s := range all {
			if strings.ContainsFunc(s, func(r rune) bool { return r > 127 }) {
				continue // the runs are ASCII: "ſent" is "sent" to (?i)
			}
			for _, loc := range w.Plain().FindAllStringIndex(s, -1) {
				start, end := loc[0], loc[0]
				for start > 0 && textmatch.IsLetter(s[start-1]) {
					start--
				}
				for end < len(s) && textmatch.IsLetter(s[end]) {
					end++
				}
				if !slices.Contains(runs, strings.ToLower(s[start:end])) {
					t.Fatalf("%s matches %q in %q, whose run %q is none of its first runs %q", w, s[loc[0]:loc[1]], s, s[start:end], runs)
				}
				matched++
			}
		}
	}
	if held < 10 || matched < 10000 {
		t.Fatalf("%d expressions with first runs, %d matches: the test checks too little", held, matched)
	}
	t.Logf("%d expressions with first runs, %d matches", held, matched)
}

// TestEachRun holds EachRun and NextRun, the runs of letters and of
// digits, to the expression they stand for, [A-Za-z]+|[0-9]+, on real and
// random text.
func TestEachRun(t *testing.T) {
	plain := regexp.MustCompile(`[A-Za-z]+|[0-9]+`)
	for _, s := range append(texts(t), matchtest.RandomBytes(5, 60, 20000)...) {
		var got [][]int
		textmatch.EachRun(s, func(run string, digits bool) bool {
			start, end, d := textmatch.NextRun(s, offsetAfter(got))
			if s[start:end] != run || d != digits || digits != textmatch.IsDigit(run[0]) {
				t.Fatalf("%q: EachRun gives %q (digits %v), NextRun %q (digits %v)", s, run, digits, s[start:end], d)
			}
			got = append(got, []int{start, end})
			return true
		})
		if want := plain.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: runs %v, want %v", s, got, want)
		}
	}
}

// offsetAfter returns where the last of locs ends, 0 for none.
func offsetAfter(locs [][]int) int {
	if len(locs) == 0 {
		return 0
	}
	return locs[len(locs)-1][1]
}

// TestWordHead holds the Words anchored at the text's start, which give
// regexp only the text's head (Word.head), to regexp where a match is as
// long as the expression allows and what follows decides it: a word byte
// after a `\b` turns regexp to a shorter alternative ("abx"), a rune may
// be cut where the head ends ("café").
func TestWordHead(t *testing.T) {
	exprs := []string{`^(?:told|informed)\b`, `^(?i:ask|request)`, `^(?:a|ab)\b`, `^(?:ab\b|a)`, `^(?:informed\b|inform)`,
		`^caf[éè]\b`, `^(?:[^,;]{0,5}?\s)?for\b`, `^(?:(?:the|a)\s)?(?:x|yz)\b`, `^(told)(x)?\b`, `^[^,]{0,3}\b`}
	var pieces []string
	for _, p := range []string{"told", "informed", "ask", "ASK", "request", "a", "ab", "caf", "café", "cafè", "for", "the", "x", "yz", "1234"} {
		for _, next := range []string{"", "x", " ", "é", "\xc3", ",", "_", "9", "ſ"} {
			pieces = append(pieces, p+next)
		}
	}
	texts := append(pieces, matchtest.RandomTexts(6, pieces, []string{"", " ", "é"}, 4, 5000)...)
	matched := 0
	for _, expr := range exprs {
		w := textmatch.NewWord(expr)
		if !w.Begins() {
			t.Fatalf("%s: not read as anchored at the start", expr)
		}
		for _, s := range texts {
			if holdWord(t, w, s) {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d matches: the test checks too little", matched)
	}
}

package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// TestSentenceWords holds sentenceWords to wordsOf and mayNameEvent, each
// reading the text on its own: every sentence and 50-byte window of the
// test cables, and random strings of trigger and event words, hyphens,
// case and other bytes; and its private hint (opensPrivate, mayOpen) to
// nonOfficialRE on them, on the words of openedWords and on corpus lines.
func TestSentenceWords(t *testing.T) {
	texts := matchtest.CableTexts(t, 23, 50)
	var pieces []string
	for w := range triggerWords().Words() {
		pieces = append(pieces, w, strings.ToUpper(w))
	}
	for w := range eventWords().Words() {
		pieces = append(pieces, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w[:len(w)-1])
	}
	pieces = append(pieces, " ", " ", "-", "co", "co-", "-", ",", "x", "é", "9", "_")
	privatePieces := []string{"tank", "Presidents for", "President for", "Counsel", "Directors", "Manager", "ſ", "é", "x", "9", "_"}
	for _, w := range slices.Sorted(openedWords().Words()) { // in a fixed order, so that a failure repeats
		if openedWords().Get(w)&(1<<opensPrivate) == 0 {
			continue
		}
		privatePieces = append(privatePieces, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w[:len(w)-1], w+"s", w[1:],
			strings.Replace(w, "s", "ſ", 1), strings.Replace(w, "k", "\u212a", 1)) // "ſ" and the Kelvin sign fold to s and k
	}
	texts = append(texts, matchtest.RandomTexts(11, privatePieces, []string{" ", "", "-", ", ", "'s "}, 4, 20000)...)
	texts = append(texts, matchtest.CorpusLines(5, 30000)...)
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	acts, eventy, private, turned := 0, 0, 0, 0
	for _, s := range texts {
		ws, ev, opens := sentenceWords(s)
		pr := opens&(1<<opensPrivate) != 0
		if ws != wordsOf(s) || ev != mayNameEvent(s) {
			t.Fatalf("sentenceWords(%q) = %b, %v; wordsOf and mayNameEvent give %b, %v", s, ws, ev, wordsOf(s), mayNameEvent(s))
		}
		if m := nonOfficialRE.MatchString(s); m && !pr {
			t.Fatalf("sentenceWords(%q): not private, but nonOfficialRE matches it", s)
		} else if m {
			private++
		} else if !pr {
			turned++
		}
		if ws != 0 {
			acts++
		}
		if ev {
			eventy++
		}
	}
	if acts < 1000 || eventy < 1000 || private < 1000 || turned < 1000 {
		t.Fatalf("%d texts with trigger words, %d with event words, %d nonOfficialRE matches, %d turned away: the test checks too little", acts, eventy, private, turned)
	}
}

// TestTriggerPrefilter holds each trigger's prefilter (the first words
// firstWordsOf reads from its expression's syntax tree, in wordsOf) to the expression:
// every text a trigger's expression matches must hold one of its words.
// Texts: every line of the gold cables and of the test cables, and random
// strings of the triggers' own words.
func TestTriggerPrefilter(t *testing.T) {
	texts := append(matchtest.CableTexts(t, 29, 60), matchtest.GoldLines(t)...)
	var pieces []string
	for _, w := range slices.Sorted(triggerWords().Words()) { // in a fixed order, so that a failure repeats
		pieces = append(pieces, w, strings.ToUpper(w[:1])+w[1:])
	}
	pieces = append(pieces, " ", " ", "the ", "a ", "in ", "with ", "to ", "co-", "re-", "was ", "were ", "represented ", "at ", "part ", "sent ")
	texts = append(texts, matchtest.RandomTexts(21, pieces, nil, 6, 20000)...)
	matched := 0
	for _, s := range texts {
		ws := wordsOf(s)
		for _, tr := range triggers {
			if tr.re.MatchString(s) {
				matched++
				if !tr.mayMatch(ws) {
					t.Fatalf("%q: %s matches, but its prefilter (first words %q) turns it away", s, tr.re, tr.heads)
				}
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("%d matches: the test checks too little", matched)
	}
}

// mayNameEvent reports whether a text may name an event, before the
// costlier scan for names.
func mayNameEvent(s string) bool {
	found := false
	eachWord(s, func(w string) bool {
		found = eventWords().Get(w)
		return !found
	})
	return found
}

// TestEventKindOnePass holds eventKind, which looks its words up in one
// table, to the kinds tried one after the other, word by word, on random
// names made of the words, their plurals, parts of them and other words.
func TestEventKindOnePass(t *testing.T) {
	byKinds := func(name string) string {
		if name == "" {
			return ""
		}
		var words []string
		eachWord(strings.ToLower(name), func(w string) bool {
			words = append(words, w)
			return true
		})
		for _, k := range eventKinds {
			for _, kw := range k.words {
				first, last, phrase := strings.Cut(kw, " ")
				if !phrase {
					last = first
				}
				for i, w := range words {
					if slices.Contains(kindForms(last), w) && (!phrase || i > 0 && words[i-1] == first) {
						return k.kind
					}
				}
			}
		}
		return "other"
	}
	pieces := []string{" ", "the ", "Code", "Group", "Regional", "of", "s", "-", "ASEAN", "video", "task ", "Task ", "Plenary ", " plenaries"}
	for _, k := range eventKinds {
		for _, w := range k.words {
			pieces = append(pieces, w, strings.ToUpper(w), w+"s", w[:len(w)/2+1])
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	kinds := map[string]int{}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		name := b.String()
		want := byKinds(name)
		if got := eventKind(name); got != want {
			t.Fatalf("eventKind(%q) = %q, want %q", name, got, want)
		}
		kinds[want]++
	}
	for _, k := range eventKinds {
		if kinds[k.kind] < 100 {
			t.Fatalf("only %d names of kind %s: the test checks too little", kinds[k.kind], k.kind)
		}
	}
}

// TestEventWords holds eventWords, the words a sentence must hold before
// it is searched for event names (mayNameEvent), to what they stand for:
// every text that eventKind gives a kind, or that eventNounRE,
// readoutKindRE, heldWhenRE or hostedByRE matches, holds one of them. Texts: every
// sentence and window of the test cables, and random strings of the kinds'
// words, their plurals, parts and other words.
func TestEventWords(t *testing.T) {
	texts := matchtest.CableTexts(t, 41, 60)
	pieces := []string{" ", " ", "the ", "a ", "was held ", "were convened ", "hosted by ", "co-sponsored by ", "on ", "Regional ", "-", "video", "task ", "x", "é", "9", "."}
	for _, k := range eventKinds {
		for _, w := range k.words {
			pieces = append(pieces, w, strings.ToUpper(w), w+"s", w[:len(w)/2+1])
		}
	}
	texts = append(texts, matchtest.RandomTexts(43, pieces, nil, 6, 30000)...)
	held := 0
	for _, s := range texts {
		kind := eventKind(s)
		if (kind != "other" && kind != "" || eventNounRE.MatchString(s) || readoutKindRE.MatchString(s) || heldWhenRE.MatchString(s) ||
			hostedByRE.MatchString(s)) && !mayNameEvent(s) {
			t.Fatalf("%q: names an event (kind %q), but holds no word of eventWords", s, kind)
		}
		if kind != "other" && kind != "" {
			held++
		}
	}
	if held < 1000 {
		t.Fatalf("%d texts with an event's word: the test checks too little", held)
	}
}

// TestIrrealisPrefilter holds irrealis's prefilter (irrealisWords, the
// first words of irrealisRE read from its syntax tree) to the expression:
// every text irrealisRE matches holds one of the words. Texts: every
// sentence and window of the test cables, and random strings of the words,
// in other cases and glued to other letters.
func TestIrrealisPrefilter(t *testing.T) {
	texts := matchtest.CableTexts(t, 31, 60)
	var pieces []string
	for _, w := range slices.Sorted(irrealisWords().Words()) {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	pieces = append(pieces, " ", " ", "the ", "n't ", "in the event", "like", "forward", "of", "-", "x", "é")
	texts = append(texts, matchtest.RandomTexts(33, pieces, nil, 6, 20000)...)
	matched := 0
	for _, s := range texts {
		if !irrealisRE.MatchString(s) {
			continue
		}
		matched++
		hit := false
		eachWord(s, func(w string) bool {
			hit = irrealisWords().Get(w)
			return !hit
		})
		if !hit {
			t.Fatalf("%q: irrealisRE matches, but no word of its prefilter is in it", s)
		}
	}
	if matched < 1000 {
		t.Fatalf("%d matches: the test checks too little", matched)
	}
}

// TestUSSide holds usSide, which asks usSideRE's branches one by one, to
// usSideRE itself (MatchString and FindStringIndex), and usAny to
// usActorRE and usSideRE together, on every sentence
// and window of the test cables and on random strings of the branches'
// words, cases and marks.
func TestUSSide(t *testing.T) {
	texts := matchtest.CableTexts(t, 37, 60)
	pieces := []string{" ", " ", "the ", "The ", "Ambassador", "us", "Us", "US", "Pol", "pol", "Econ", "off", "Off", "couns",
		"Couns", "min", "Min", "/", "-", "A/", "D/", "Dep ", "Acting ", "DCM", "CDA", "Charge", "Chargé", "Counselor", "counselor",
		"Political ", "Officer", "officer", "CENTCOM", "COM", "Poloff", "FSN", "RSO", "Senator", "Codel", "(", ")", ".", ",",
		"Rep.", "ODC", "Attache", "Defense ", "x", "é"}
	texts = append(texts, matchtest.RandomTexts(39, pieces, nil, 8, 30000)...)
	for _, c := range matchtest.TestCables(t) {
		texts = append(texts, strings.Split(c, "\n\n")...) // whole paragraphs, as long as sentences get
	}
	texts = append(texts, matchtest.CorpusLines(7, 20000)...)
	matched, ascii := 0, 0
	for _, s := range texts {
		if textmatch.IsASCII(s) {
			ascii++ // read by alternation.leftmost
		}
		want := usSideRE.MatchString(s)
		if got := usSide.MatchString(s); got != want {
			t.Fatalf("%q: usSide.MatchString = %v, usSideRE's = %v", s, got, want)
		}
		if got, want := usSide.FindStringIndex(s), usSideRE.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%q: usSide.FindStringIndex = %v, usSideRE's = %v", s, got, want)
		}
		if got, want := usAny.MatchString(s), usActorRE.MatchString(s) || want; got != want {
			t.Fatalf("%q: usAny.MatchString = %v, usActorRE's or usSideRE's = %v", s, got, want)
		}
		a, b := usActorRE.FindStringIndex(s), usSideRE.FindStringIndex(s)
		if b != nil && (a == nil || b[0] < a[0]) {
			a = b // the leftmost; usActorRE's at the same start
		}
		if got := usAny.FindStringIndex(s); !slices.Equal(got, a) {
			t.Fatalf("%q: usAny.FindStringIndex = %v, the leftmost of usActorRE's and usSideRE's = %v", s, got, a)
		}
		if want {
			matched++
		}
	}
	if matched < 1000 || ascii < 10000 || len(texts)-ascii < 1000 {
		t.Fatalf("%d matches, %d ASCII texts of %d: the test checks too little", matched, ascii, len(texts))
	}
}

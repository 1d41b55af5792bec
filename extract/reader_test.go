package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// TestReaderHeads holds the reader's word scan (readerWordsIn) to the
// expressions it stands for: every text that one of them matches must
// set off its rule, on the gold cables' text and on random text built
// from the expressions' own words.
func TestReaderHeads(t *testing.T) {
	rules := []struct {
		bit int
		re  *wordRE
	}{{readsExchange, exchangeRE()}, {readsAid, aidVerbRE}, {readsThanks, thankedRE}, {readsMeeting, meetingWithRE}, {readsMeeting, ownedMeetingRE}, {readsMeeting, heldByRE}, {readsMeeting, meetingBetweenRE}, {readsToward, towardRE}, {readsResponse, responseRE}, {readsUSSaid, usSaidRE()}}
	check := func(text string) {
		has, _ := readerWordsIn(text, nil)
		for _, r := range rules {
			bit := r.bit
			if bit == readsExchange {
				bit |= readsUSSaid // the usclause verbs, read where usSaidRE finds the US side
			}
			if r.re.MatchString(text) && has&bit == 0 {
				t.Fatalf("%q: %s matches, but the word scan turns it away", text, r.re)
			}
		}
		// a usclause verb that clause() reads (usClauseRE after it) is one usSaidRE lets through
		for _, loc := range exchangeRE().FindAllStringIndex(text, -1) {
			if exchangeVerbs()[strings.ToLower(text[loc[0]:loc[1]])].usSaid && usClauseRE.MatchString(text[loc[1]:]) && !usSaidRE().MatchString(text) {
				t.Fatalf("%q: usClauseRE matches after %q, but usSaidRE turns the sentence away", text, text[loc[0]:loc[1]])
			}
		}
	}
	for _, line := range matchtest.GoldLines(t) {
		check(line)
	}
	var words []string
	for _, w := range slices.Sorted(readerHeads().Words()) { // in a fixed order, so that a failure repeats
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	words = append(words, "with", "the", "for", "to", "Ambassador", "over", "out", "talks", "a", "call", "on", "MFA", ",", ".", "-", "x",
		"that", "U.S.", "US", "we", "is", "supported", "strongly")
	for _, s := range matchtest.RandomTexts(1, words, []string{" ", " ", "  ", ", ", "-", ""}, 8, 20000) {
		check(s)
	}
}

// TestLexiconLookup holds the lookup of a found form to the lexicon: each
// form, as written, in capitals and in lower case, is found by exchangeRE
// and looked up to its row's actions (a form with a capital, "raised U.S.
// concerns", once looked up to nothing and panicked on real cables).
func TestLexiconLookup(t *testing.T) {
	for _, f := range lexiconRows(lexiconTSV) {
		for _, s := range []string{f[0], strings.ToUpper(f[0]), strings.ToLower(f[0])} {
			text := "The Ambassador " + s + " the Minister."
			loc := exchangeRE().FindStringIndex(text)
			if loc == nil {
				t.Errorf("%q: exchangeRE finds no form", text)
				continue
			}
			if e := exchangeVerbs()[strings.ToLower(text[loc[0]:loc[1]])]; len(e.acts) == 0 {
				t.Errorf("%q: the form found, %q, looks up to no actions", text, text[loc[0]:loc[1]])
			}
		}
	}
}

// TestClauseHeads holds the search of a clause from its first head
// (clauseHeads.findAll, find and may) and at each head (findEach, for
// exchangeRE) to the search of the whole clause
// that it stands for, for each expression that sentence reads by clause:
// on the clauses of the gold cables' lines and of the corpus's, on
// random spans of them (cut through words too), and on random text of the
// expressions' own words with digits, underscores and non-ASCII runes
// ("ſ" is an "s" to `(?i)`) beside them.
func TestClauseHeads(t *testing.T) {
	rules := []struct {
		bits int
		re   *wordRE
	}{{readsExchange | readsUSSaid, exchangeRE()}, {readsAid, aidVerbRE}, {readsToward, towardRE}, {readsResponse, responseRE}}
	found := 0
	check := func(text, cl string, off int, heads []headAt) {
		ch := headsOf(text, off, len(cl), heads)
		for _, r := range rules {
			want := r.re.FindAllStringIndex(cl, -1)
			if got := ch.findAll(r.re, r.bits); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q in %q: %s: findAll gives %v, the whole clause %v", cl, text, r.re, got, want)
			}
			if got, want := ch.find(r.re, r.bits), r.re.FindStringIndex(cl); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q in %q: %s: find gives %v, the whole clause %v", cl, text, r.re, got, want)
			}
			if r.re == exchangeRE() {
				if got := ch.findEach(r.re, r.bits); !reflect.DeepEqual(got, want) {
					t.Fatalf("%q in %q: %s: findEach gives %v, the whole clause %v", cl, text, r.re, got, want)
				}
			}
			if want != nil {
				found++
				if !ch.may(r.bits) {
					t.Fatalf("%q in %q: %s matches, but may turns the clause away", cl, text, r.re)
				}
			}
		}
	}
	texts := append(matchtest.GoldLines(t), matchtest.CorpusLines(3, 30000)...)
	var words []string
	for _, w := range slices.Sorted(readerHeads().Words()) { // in a fixed order, so that a failure repeats
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], "2"+w, "_"+w, w+"_", "ſ"+w[1:], "é"+w)
	}
	for _, f := range lexiconRows(lexiconTSV) { // whole forms, the longest decided by the byte after them (findEach)
		words = append(words, f[0], f[0]+"x", f[0]+"_", strings.ToUpper(f[0])+"s")
	}
	words = append(words, "with", "the", "to", "Ambassador", "U.S.", "a", "call", "on", "request", "that", "we", "and", "ſ", "é", "7")
	texts = append(texts, matchtest.RandomTexts(2, words, []string{" ", " ", ", ", "; ", ", and ", "-", ""}, 12, 20000)...)
	for i, text := range texts {
		_, heads := readerWordsIn(text, nil)
		offset := 0
		for _, cl := range clauses(text) { // as sentence finds them
			off := strings.Index(text[offset:], cl) + offset
			offset = off + len(cl)
			check(text, cl, off, heads)
		}
		if len(text) > 0 { // a span that may cut words
			a := (i * 7919) % len(text)
			b := a + (i*104729)%(len(text)-a+1)
			check(text, text[a:b], a, heads)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d matches: the check holds little", found)
	}
}

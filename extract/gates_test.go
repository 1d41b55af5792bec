package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// TestQuickGates holds each quick test the extractor runs before an
// expression to that expression: no text the expression matches is turned
// away. The quick tests are mayNameHelp and the gated expressions' own
// (mustGatedRE), each held to the same expression searched without it
// (whose results the textmatch harness holds to regexp's). The texts are
// the gold cables' lines as written, in lower case, in capitals and in
// title case (all-capitals cables exist, and several of the expressions
// ignore case), and random texts of the expressions' words, as written
// and in mixed case; single-spaced, as the sentences the gates see are.
func TestQuickGates(t *testing.T) {
	gates := []struct {
		name  string
		gate  func(string) bool
		match func(string) bool
	}{
		{"mayNameHelp", mayNameHelp, usHelpRE.MatchString},
	}
	for _, w := range []*wordRE{seasonRE, fiscalYearRE, quarterRE, cableRelativeRE, seasonRelativeRE, relYearRE, anchoredRE, reducedAidRE} {
		gates = append(gates, struct {
			name  string
			gate  func(string) bool
			match func(string) bool
		}{w.String(), w.MatchString, mustWordRE(w.String()).MatchString})
	}
	var texts []string
	for _, l := range matchtest.GoldLines(t) {
		l = strings.Join(strings.Fields(l), " ") // sentences are single-spaced
		texts = append(texts, l, strings.ToLower(l), strings.ToUpper(l), caseForms(l)[2])
	}
	pieces := []string{"that", "which", "because", "when", "though", "Ambassador", "Secretary", "General", "Smith", "DCM",
		"in", "the", "spring", "summer", "fall", "autumn", "winter", "of", "2008", "hosted", "sponsored", "by", "co-hosted",
		"FY", "fiscal", "year", "09", "last", "this", "past", "month", "week", "following", "next", "same", "day", "later",
		"earlier", "before", "after", "first", "workshop", "equipment", "provided", "donated", "under", "through", "from",
		"U.S.", "USG", "EXBS", "USAID-sponsored", "assistance", "training", "funds", "aid", "delivered", "supplied", "funded",
		"United States", "Department", "systems", "grants", "quarter", "ſpring", "laſt", "ſame", "weeK", "Q2", "2Q", "q4",
		"second", "CY", "throughout", "during", "UN", "U.N.", "EULEX", "EULEX's", "IOM", "OAS", "(MAPP/OAS)", "(OAS)", "Orsini",
		"Orsini,", "Deputy", "High", "Commissioner", "for", "Refugees", "chief", "policy", "head", "Mission", "at", ",", "Director"}
	cased := matchtest.Cased(pieces...)
	random := matchtest.RandomTexts(17, cased, []string{" "}, 7, 30000)
	texts = append(append(texts, random...), matchtest.MixedCase(18, random)...)
	for _, g := range gates {
		matchtest.HoldGate(t, g.name, g.gate, g.match, texts)
	}
}

// TestMayTitle holds mayTitle, the quick test before foreignTitleAfterRE,
// to that expression: every text the expression matches passes it, on the
// gold cables' lines (each suffix after a space) and on random text made
// of the expression's own pieces.
func TestMayTitle(t *testing.T) {
	var texts []string
	for _, line := range matchtest.GoldLines(t) {
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' || i == 0 {
				texts = append(texts, line[i:]) // each suffix after a space, as a mention's end leaves it
			}
		}
	}
	pieces := []string{"'s", "’s", " ", "\t", "\n", "Foreign", "Minister", "President", "Ali", "al-Sharif", "x", "y", "z", "AB", "cd", "é", "7", "-", "counterpart",
		"Foreign Affairs", "Prime Minister", "Crown Prince", "Omar", "bin", "Ali ", " Minister "}
	texts = append(texts, matchtest.RandomTexts(3, pieces, nil, 6, 20000)...)
	title := regexp.MustCompile(foreignTitleAfterExpr)
	if matched := matchtest.HoldGate(t, "mayTitle", mayTitle, title.MatchString, texts); matched < 100 {
		t.Errorf("only %d texts matched: the test says little", matched)
	}
}

// caseForms returns each string as written in lower case, in capitals and
// with each word capitalised ("that day", "THAT DAY", "That Day").
func caseForms(words ...string) []string {
	var out []string
	for _, w := range words {
		lower := strings.ToLower(w)
		title := []byte(lower)
		for i := range title {
			if (i == 0 || title[i-1] == ' ') && title[i] >= 'a' && title[i] <= 'z' {
				title[i] -= 'a' - 'A'
			}
		}
		out = append(out, lower, strings.ToUpper(w), string(title))
	}
	return out
}

// TestOrgOfficialsNear holds orgOfficialsNear, which reads only around the
// organisations a sentence names, to orgOfficials over the whole sentence:
// the same surnames, on the gold cables' lines and on random text of the
// expression's pieces.
func TestOrgOfficialsNear(t *testing.T) {
	var texts []string
	for _, l := range matchtest.GoldLines(t) {
		texts = append(texts, strings.Join(strings.Fields(l), " "))
	}
	pieces := []string{"UN", "U.N.", "EULEX", "EULEX's", "IOM", "OAS", "(MAPP/OAS)", "(OAS)", "the", "of", "at", "for", "Orsini",
		"Orsini,", "Maria", "Deputy", "High", "Commissioner", "Refugees", "chief", "policy", "head", "Mission", ",", "Director",
		"Peace", "Process", "told", "us", "that", "Prosecutor", "EU", "Commission", "President", "Barroso", "."}
	cased := matchtest.Cased(pieces...)
	texts = append(texts, matchtest.RandomTexts(23, cased, []string{" "}, 60, 20000)...)
	for _, s := range texts {
		want, got := orgOfficials(s), orgOfficialsNear(s)
		slices.Sort(want)
		want = slices.Compact(want)
		slices.Sort(got)
		if !slices.Equal(want, got) {
			t.Fatalf("orgOfficialsNear(%q) = %q, orgOfficials %q", s, got, want)
		}
	}
}

// TestPersonGate holds personGate's bits to the expressions learnPersons
// skips its readers by: where a bit is clear, its expression finds
// nothing (holdGate).
func TestPersonGate(t *testing.T) {
	holdGate(t, personGate.Scan, []gatedExpr{{mayUSStaff, usStaffRE}, {mayUSTitle, usTitleRE}, {mayUSIntro, usIntroRE},
		{mayHostOfficial, hostOfficialRE}, {mayHostBody, hostBodyRE}, {mayEquivalent, equivalentTitleRE}, {mayOrg, orgRE}},
		"DAS-equivalent", "U.S.", "U.S. Special Envoy", "FBI Director", "John", "Smith", "Doe", "Jane", ",", ".", "the", "of", "at", "(D-", "Dr.")
}

// TestPeriodGate holds periodGate's bits to the expressions findPeriods'
// readers skip by: where a bit is clear, its expression finds nothing
// (holdGate).
func TestPeriodGate(t *testing.T) {
	holdGate(t, periodGate.Scan, []gatedExpr{{mayQuarter, quarterRE}, {mayFiscalYear, fiscalYearRE}, {maySeason, seasonRE},
		{mayRelYear, relYearRE}, {mayCableRelative, cableRelativeRE}, {maySeasonRelative, seasonRelativeRE}},
		"2009", "09", "'09", "1Q", "Q3", "FY", "FY-", "CY", ",", ".", "the", "of", "in", "since", "fall")
}

// TestSentenceOpens holds the opens sentenceWords reads of a sentence
// (mayOpen) to the expressions of openedBy: where a bit is clear, its
// expression finds nothing (holdGate).
func TestSentenceOpens(t *testing.T) {
	var exprs []gatedExpr
	for k, re := range openedBy {
		exprs = append(exprs, gatedExpr{1 << k, re})
	}
	opens := func(s string) uint64 {
		_, _, o := sentenceWords(s)
		return o
	}
	holdGate(t, opens, exprs, "co-hosted", "co-", "part", "in", "U.S.-sponsored", "think-tank", "the", ",", ".", "-", "ſ", "\u212a")
}

// gatedExpr is an expression a gate's bit stands for.
type gatedExpr struct {
	bit uint64
	re  *wordRE
}

// holdGate fails the test when an expression matches a text that the
// gate's bit for it turns away (a bit of scan's): a Gate's Scan, or what
// sentenceWords reads. The texts are every third line of the gold and
// test cables and lines of the corpus, single-spaced, and random texts of
// the expressions' words and of more, in mixed case; each expression
// must match some of them.
func holdGate(t *testing.T, scan func(string) uint64, exprs []gatedExpr, more ...string) {
	t.Helper()
	var texts []string
	for i, l := range append(matchtest.GoldLines(t), matchtest.TestCables(t)...) {
		if i%3 == 0 {
			texts = append(texts, strings.Join(strings.Fields(l), " "))
		}
	}
	for _, l := range matchtest.CorpusLines(13, 20000) {
		texts = append(texts, strings.Join(strings.Fields(l), " "))
	}
	var pieces []string
	for _, e := range exprs {
		pieces = append(pieces, regexp.MustCompile(`[A-Za-z][A-Za-z'/.-]+`).FindAllString(e.re.String(), -1)...)
	}
	pieces = append(slices.Compact(slices.Sorted(slices.Values(pieces))), more...)
	texts = append(texts, matchtest.RandomTexts(29, matchtest.Cased(pieces...), []string{" "}, 8, 10000)...)
	matched := make([]int, len(exprs))
	for _, s := range texts {
		may := scan(s)
		for i, e := range exprs {
			if e.re.FindStringIndex(s) == nil {
				continue
			}
			matched[i]++
			if may&e.bit == 0 {
				t.Fatalf("%s matches %q, but the gate's bit %b is clear", e.re, s, e.bit)
			}
		}
	}
	for i, n := range matched {
		if n < 20 {
			t.Errorf("%s matched %d texts: the test checks too little", exprs[i].re, n)
		}
	}
	t.Logf("%d texts; matched by each expression: %d", len(texts), matched)
}

package extract

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// TestQuickGates holds each quick test the extractor runs before an
// expression to that expression: no text the expression matches is turned
// away. The texts are the gold cables' lines as written, in lower case, in
// capitals and in title case (all-capitals cables exist, and several of
// the expressions ignore case), and random texts of the expressions'
// words; single-spaced, as the sentences the gates see are.
func TestQuickGates(t *testing.T) {
	gates := []struct {
		name  string
		gate  func(string) bool
		match func(string) bool
	}{
		{"hasSeason", func(s string) bool { return hasSeason(s) && seasonWordStarts(s) }, seasonRE.MatchString},
		{"fiscalHints", fiscalHints.in, fiscalYearRE.MatchString},
		{"mayCountFromCable", mayCountFromCable, cableRelativeRE.MatchString},
		{"hasAnchored", hasAnchored, anchoredRE.MatchString},
		{"mayReduceAid", mayReduceAid, reducedAidRE.MatchString},
		{"mayNameHelp", mayNameHelp, usHelpRE.MatchString},
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
		"U.S.", "USG", "EXBS", "USAID-sponsored", "assistance", "training", "funds", "aid"}
	cased := matchtest.Cased(pieces...)
	texts = append(texts, matchtest.RandomTexts(17, cased, []string{" "}, 7, 30000)...)
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

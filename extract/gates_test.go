package extract

import (
	"strings"
	"testing"
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
		{"afterSubordinator", subordinatorHints.in, subordinatorRE.MatchString},
		{"titleHintRE", titleHintRE, usTitleRE.MatchString},
		{"hasSeason", func(s string) bool { return hasSeason(s) && seasonWordStarts(s) }, seasonRE.MatchString},
		{"byHints", byHints.in, passiveHostRE.MatchString},
		{"fiscalHints", fiscalHints.in, fiscalYearRE.MatchString},
		{"mayCountFromCable", mayCountFromCable, cableRelativeRE.MatchString},
		{"hasAnchored", hasAnchored, anchoredRE.MatchString},
		{"mayReduceAid", mayReduceAid, reducedAidRE.MatchString},
		{"mayNameHelp", mayNameHelp, usHelpRE.MatchString},
	}
	var texts []string
	for _, l := range goldLines(t) {
		l = strings.Join(strings.Fields(l), " ") // sentences are single-spaced
		texts = append(texts, l, strings.ToLower(l), strings.ToUpper(l), caseForms(l)[2])
	}
	pieces := []string{"that", "which", "because", "when", "though", "Ambassador", "Secretary", "General", "Smith", "DCM",
		"in", "the", "spring", "summer", "fall", "autumn", "winter", "of", "2008", "hosted", "sponsored", "by", "co-hosted",
		"FY", "fiscal", "year", "09", "last", "this", "past", "month", "week", "following", "next", "same", "day", "later",
		"earlier", "before", "after", "first", "workshop", "equipment", "provided", "donated", "under", "through", "from",
		"U.S.", "USG", "EXBS", "USAID-sponsored", "assistance", "training", "funds", "aid"}
	var cased []string
	for _, p := range pieces {
		cased = append(cased, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:])
	}
	texts = append(texts, randomTexts(17, cased, []string{" "}, 7, 30000)...)
	for _, g := range gates {
		matched := 0
		for _, s := range texts {
			if !g.match(s) {
				continue
			}
			matched++
			if !g.gate(s) {
				t.Errorf("%s turns away %q, which its expression matches", g.name, s)
				break
			}
		}
		if matched == 0 {
			t.Errorf("%s: no text matched its expression; the test holds nothing", g.name)
		}
	}
}

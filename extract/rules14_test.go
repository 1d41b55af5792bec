package extract_test

import "testing"

// TestFourteenthRoundRules holds the rules of extraction round 14, written
// on the dev split after round 13's held-out split joined it.
func TestFourteenthRoundRules(t *testing.T) {
	paris := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "FRANCE: VIEWS ON THE SAHEL", station: "PARIS", tags: []string{"PREL", "FR"},
			dtg: "2009-08-30T12:00Z", text: "1. (C) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		paris("a post's officers by their shorthand, in any case, acting or deputy",
			"PolMinCouns met with Foreign Minister Kouchner on July 21. MFA Director Gompertz told polmiloff on July 22 that the talks went well. "+
				"D/Polcouns met the Presidency's adviser on July 23. ESTHOFF discussed the fisheries case with the Ministry of Agriculture on July 24.",
			"FR\tdiscussed\t\t2009-07-21\t2009-07-21", "FR\tdiscussed\t\t2009-07-22\t2009-07-22",
			"FR\tdiscussed\t\t2009-07-23\t2009-07-23", "FR\tdiscussed\t\t2009-07-24\t2009-07-24"),
		paris("a post's offices by their initials and its attaches by their field",
			"RSO met with the Director General of the National Police on July 21. The Ministry of Defense's Director for Strategy told the Defense Attache on July 22 that France would send troops.",
			"FR\tdiscussed\t\t2009-07-21\t2009-07-21", "FR\tdiscussed\t\t2009-07-22\t2009-07-22"),
		paris("another country's attache is that country's",
			"Poloff met with the Chinese Defense Attache on July 21.",
			"CN\tdiscussed\t\t2009-07-21\t2009-07-21"),
		paris("another government's secretary is no US official, named again by surname",
			"Swiss State Secretary Michael Ambuhl met Foreign Minister Kouchner on July 20. Ambuhl told the Foreign Minister on July 21 that talks with Libya had stalled."),
		paris("a US official's meetings and consultations with others, named as a noun",
			"The Ambassador's separate consultations with the Ambassadors of Sweden and Germany are reported septel. "+
				"Codel Smith had a meeting with the Spanish Foreign Minister on July 22.",
			"DE\tdiscussed\t\t\t", "SE\tdiscussed\t\t\t", "ES\tdiscussed\t\t2009-07-22\t2009-07-22"),
		paris("a name that ends as shorthand does is no officer of the post",
			"Geoff Hoon met with Foreign Minister Kouchner on July 21."),
		paris("the EU's member states are those of the cable's year; a host's name before the event is no part of it",
			"All 27 EU Member States attended the Swedish Presidency-hosted technical workshop on the Sahel on July 21 in Brussels.",
			eachOf(euMembers2009, "attended\ttechnical workshop on the Sahel\t2009-07-21\t2009-07-21")...),
		paris("some of a group's members are not all of them; its leaders as a topic are not a party",
			"Some NATO countries attended the Sahel Security Workshop on July 21. "+
				"The Foreign Minister briefed on the President's recent meetings with EU Foreign Ministers."),
	})
}

// euMembers2009 are the EU's members in 2009.
var euMembers2009 = []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}

// eachOf returns a want row for each country, followed by a tab and rest.
func eachOf(isos []string, rest string) []string {
	out := make([]string, len(isos))
	for i, iso := range isos {
		out[i] = iso + "\t" + rest
	}
	return out
}

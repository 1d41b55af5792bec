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
	})
}

package extract_test

import "testing"

// TestTwentySixthRoundRules holds the rules of extraction round 26,
// written on the dev split while round 26's held-out split waited.
func TestTwentySixthRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakarUntagged("a post's country that the body names is the cable's country though its TAGS do not name it",
			"Both Senegalese police forces have received training from U.S. law enforcement agencies.",
			"SN\ttrained\t\t\t"),
	})
}

// dakarUntagged is dakar with TAGS of administration only and a subject
// that names no country.
func dakarUntagged(name, text string, want ...string) ruleCase {
	c := dakar(name, text, want...)
	c.subject, c.tags = "SECURITY COOPERATION", []string{"AMGT", "ASEC"}
	return c
}

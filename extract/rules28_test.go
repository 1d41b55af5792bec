package extract_test

import "testing"

// TestTwentyEighthRoundRules holds the rules of extraction round 28,
// written on the dev split while round 29's held-out split waited.
func TestTwentyEighthRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a report told after what was said: the speaker after the last comma is the party, not the countries of what was said",
			"Mali and Guinea have both been arming rebels in the north, Foreign Minister Diop claimed to the Ambassador on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

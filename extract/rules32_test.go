package extract_test

import "testing"

// TestRules32Caveat holds the prose of cables into which State's software
// set its SIPDIS caveat, most often on the line after "Secretary": the
// caveat is no word of the sentence, and no word of an event's name.
func TestRules32Caveat(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a caveat inside an event's name is no part of it",
			"Foreign Minister Gadio attended the SIPDIS ECOWAS summit in Abuja on January 12.",
			"SN\tattended\tECOWAS summit\t2010-01-12\t2010-01-12"),
	})
}


package extract_test

import "testing"

// TestThirtiethRoundRules holds the rules written on the dev split while
// round 30's held-out split waited.
func TestThirtiethRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a post's officer in shorthand with a hyphen before the post held: Pol-MC, Econ-Couns",
			"In a January 12 discussion with Pol-MC, the President's diplomatic adviser, Moussa Diop, expanded on the request.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a day written in figures, month first, dates the meeting",
			"On 1/26, the Ambassador met with Senegalese Defense Ministry officials to discuss the PKO deployment.",
			"SN\tdiscussed\t\t2010-01-26\t2010-01-26"),
	})
}

package extract_test

import "testing"

// TestRound30ExchangesTwo holds the rules of round 30's second wave on the
// exchanges of the US side with the post's hosts (discussed, informed,
// urged): each case is made-up text of a kind the rules missed, and one
// where the rule could reach too far.
func TestRound30ExchangesTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the first person of a quotation an earlier sentence opened is the speaker's",
			`Gadio was blunt. "Where are the trucks? We have requested vehicles and radios for our gendarmerie unit," said Gadio.`),
		dakar("a quotation that opens after the first person leaves it the US side's",
			`We pressed Foreign Minister Gadio on January 12 to publish the results, which he called "premature."`,
			"SN\turged\t\t2010-01-12\t2010-01-12"),
	})
}

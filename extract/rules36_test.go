package extract_test

import "testing"

// TestRules36EventNames holds names that go on through "of the" to a
// capitalised word: "Summit of the Americas" was cut to "Summit", then
// taken for a bare generic word and dropped.
func TestRules36EventNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a name that goes on through 'of the'",
			"Senegalese President Wade attended the Fifth Summit of the Americas in April 2009.",
			"SN\tattended\t5th Summit of the Americas\t2009-04-01\t2009-04-30"),
		dakar("'of the' before a country ends the name",
			"Senegal attended the Dakar Conference of the United States and Africa in April 2009.",
			"SN\tattended\tDakar Conference\t2009-04-01\t2009-04-30"),
	})
}

package extract_test

import "testing"

// TestRules33Languages holds a demonym that names a language: the books,
// training or speakers of a language belong to no country, so the help
// goes to the post's.
func TestRules33Languages(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("Portuguese-language books donated in Dakar are help to Senegal",
			"On January 12, Poloff donated Portuguese-language books on U.S. history to the Ministry of Education's library.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("a language written with a space",
			"On January 12, the Embassy donated Arabic language textbooks to the Ministry of Education.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("the demonym of a minister still names the country",
			"Portuguese Foreign Minister Amado met the Ambassador in Dakar on January 12.",
			"PT\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

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

// TestRules36USActors holds the US side named by the programmes and
// commands that train and give abroad ("ATA instructors", "an OTA
// advisor", "NAVCENT", "DTRA") and by "US" without stops before a name
// or a noun of officials; "US" alone in a cable in capitals may be "us".
func TestRules36USActors(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("Antiterrorism Assistance by its programme's name",
			"ATA instructors trained 30 Senegalese police officers in crisis response in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
		dakar("a combatant command's component",
			"NAVCENT trained 20 Senegalese Navy officers in boarding procedures in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
		dakar("US without stops before a service's name",
			"US Army trainers trained 40 Senegalese soldiers in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
		dakar("US without stops before officials, meeting",
			"US officials met Senegalese Interior Minister Diallo on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("us in capitals is the post, who was told, not who trained",
			"THE MINISTER TOLD US THAT HIS GOVERNMENT TRAINED 30 POLICE OFFICERS IN JANUARY.",
			"SN\tdiscussed\t\t\t"),
	})
}

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

// TestRules36USCourses holds training received from the US side as the
// text says who gave it: "received predeployment training from ACOTA
// instructors" (a word between "received" and "training" lost it), a
// course a US service owns, one at a US school, one "taught by" or that
// "the Embassy's INL program held"; and a battalion's country is its
// own, not the one it is "bound for". Training from others is none of
// the US side's; a course another gave is attended, and so is a
// workshop a US command organized (as the outreach cables' readings
// have it).
func TestRules36USCourses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("training with a modifier received from a US programme",
			"A Senegalese battalion received predeployment training from ACOTA instructors in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
		dakar("a subject's own country, not the one it is bound for",
			"The next Senegalese battalion bound for Mali received predeployment training from ACOTA instructors in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
		dakar("training received from others is not the US side's",
			"Senegalese soldiers received basic training from Chinese instructors in January."),
		dakar("a course a US service owns",
			"Four Senegalese Navy officers attended the U.S. Coast Guard's International Maritime Officer Course in January.",
			"SN\ttrained\tCoast Guard's International Maritime Officer Course\t2010-01-01\t2010-01-31"),
		dakar("a programme at a US school",
			"Twelve Senegalese police officers graduated on January 17 from the Law Enforcement Management Development Program at ILEA Gaborone.",
			"SN\ttrained\tLaw Enforcement Management Development Program\t2010-01-17\t2010-01-17"),
		dakar("a course taught by US instructors",
			"Senegalese officers attended a course taught by FBI instructors in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
		dakar("a course another gave is attended",
			"Senegalese judges attended the Regional Anti-Corruption Course that the EU organized in Dakar in January.",
			"SN\tattended\tRegional Anti-Corruption Course\t2010-01-01\t2010-01-31"),
		dakar("a workshop a US command organized for many is attended",
			"Senegalese officers took part in the West Africa Maritime Security Workshop in Accra on January 12-14, organized by the U.S. Africa Command.",
			"SN\tattended\tWest Africa Maritime Security Workshop\t2010-01-12\t2010-01-14"),
	})
}

// TestRules36GoodsGiven holds help handed over as a list of goods,
// commas and all ("body armor, night vision devices and 50 trucks"),
// relief ("food, water and medicine"), a system paid for, and goods
// "gave"; "gave" a workshop is training, no goods given.
func TestRules36GoodsGiven(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a list of goods with commas, to a body named without its country",
			"The U.S. provided body armor, night vision devices and 50 trucks to the Gendarmerie in January.",
			"SN\tassisted\t\t2010-01-01\t2010-01-31"),
		dakar("relief delivered to the country's people",
			"U.S. Navy helicopters delivered food, water and medicine to flood victims in Kaolack on January 12.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("a system paid for",
			"USAID paid for the Ministry of Justice's new case tracking system in January.",
			"SN\tassisted\t\t2010-01-01\t2010-01-31"),
		dakar("goods given",
			"The U.S. gave two patrol boats to the Senegalese Navy in January.",
			"SN\tassisted\t\t2010-01-01\t2010-01-31"),
		dakar("a workshop given is training, no goods given",
			"Two CBP officers gave a passenger interdiction workshop to Senegalese customs officers at Dakar airport in January.",
			"SN\ttrained\t\t2010-01-01\t2010-01-31"),
	})
}

// TestRules36HostsAtGatherings holds the hosts' official, named without
// the country, at a meeting its words make a gathering of several ("the
// meeting of Iraq's neighbors", "the December 4 meeting in Brussels");
// "also attended the meeting" of two sides stays a talk, no gathering.
func TestRules36HostsAtGatherings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a meeting of a region's countries",
			"Foreign Minister Gadio attended the meeting of Mali's neighbors in Bamako on January 12.",
			"SN\tattended\t\t2010-01-12\t2010-01-12"),
		dakar("a meeting abroad",
			"Foreign Minister Gadio attended the January 12 meeting in Brussels.",
			"SN\tattended\t\t2010-01-12\t2010-01-12"),
		dakar("a meeting of two sides is no gathering",
			"Foreign Minister Gadio also attended the meeting on January 12."),
	})
}

// TestRules36SoughtSupport holds support sought of the hosts as an
// urging, and irregular pasts as the verbs that end a subject ("the DCM
// sought" after a fronted meeting with the hosts' official, whose
// exchange was lost for want of a verb its reader knew).
func TestRules36SoughtSupport(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("support sought after a fronted meeting",
			"In a January 12 meeting with MFA Secretary General Diallo, the DCM sought GOS support for the resolution.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("the hosts seeking US support urge no one",
			"Senegal sought U.S. support for its candidacy in January."),
	})
}

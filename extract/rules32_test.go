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

// TestRules32Bodies holds the titles a body's name opens with: "the General
// Affairs Committee" is a committee, not a US general named Committee whose
// words would be the US side's.
func TestRules32Bodies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a committee of the host's parliament urging its own ministry is no exchange with the US",
			"The parliamentary General Affairs Committee emphasized on January 12 the need to explain the law to voters and suggested that the Ministry of Justice hire an outside firm."),
		dakar("a general named by title stays the US side",
			"General Ward met Foreign Minister Gadio on January 12. Ward emphasized the need for more training of the army.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules32Progressive holds attendance told in the past progressive,
// which the host's attendance reader read only in the simple past.
func TestRules32Progressive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the host's minister was in a city attending a gathering",
			"Foreign Minister Gadio was in Cairo attending an Arab League ministerial.",
			"SN\tattended\tArab League ministerial\t\t"),
		dakar("the host's delegates were in a city last week attending a gathering",
			"The delegates were in Abuja last week attending the ECOWAS summit.",
			"SN\tattended\tECOWAS summit\t2010-01-18\t2010-01-24"),
		dakar("an -ing form before the verb that states attendance leaves it read",
			"After participating in the opening session, Foreign Minister Gadio attended the ECOWAS summit in Abuja on January 12.",
			"SN\tattended\tECOWAS summit\t2010-01-12\t2010-01-12"),
		dakar("a progressive of the present is a plan",
			"The Foreign Minister is attending the Arab League summit in Cairo next week."),
		dakar("a gerund after a preposition names attendance without stating it",
			"The rebel leaders feel that by participating in the Djibouti talks they are going out on a limb."),
	})
}

// TestRules32Pilcrow holds the paragraph sign a Cable Viewer page sets
// before a number that a wrap left at a line's start, a date's day or
// year: no part of the date.
func TestRules32Pilcrow(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a page's paragraph sign before a date's year",
			"The Charge paid an introductory call on Foreign Minister Gadio on December 12,\n¶2008.  Gadio welcomed the new Embassy.",
			"SN\tdiscussed\t\t2008-12-12\t2008-12-12"),
	})
}

// TestRules32Addressed holds attendance told as a speech to a gathering.
func TestRules32Addressed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the host's president addressed a summit",
			"President Wade addressed the ECOWAS summit in Abuja on January 8.",
			"SN\tattended\tECOWAS summit\t2010-01-08\t2010-01-08"),
		dakar("addressing an issue is no attendance",
			"The Minister addressed the issue of visas on January 8."),
	})
}

// TestRules32HelpHad holds US help named by a noun that the other side
// credits or thanks the United States for, however it writes the giver.
func TestRules32HelpHad(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("help credited, the giver written US",
			"Diallo credited US assistance through USAID with much of the progress in the tax office.",
			"SN\tassisted\t\t\t"),
		dakar("thanks for help with two words of praise before it",
			"Gadio expressed his thanks for sustained U.S. military assistance to Senegal.",
			"SN\tassisted\t\t\t"),
		dakar("help asked for is not had",
			"Gadio asked for more US assistance to the navy."),
	})
}

// TestRules32MadeThePoint holds a point made to the other side: it
// informs, as "explained" does.
func TestRules32MadeThePoint(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the Ambassador made the point to the host's minister",
			"The Ambassador made the point to Foreign Minister Gadio on January 12 that the vote mattered.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
	})
}

package extract_test

import "testing"

// TestTwentySecondRoundRules holds the rules of extraction round 22,
// written on the dev split after round 21's held-out split joined it.
func TestTwentySecondRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("officials who tell the US side something in the present tense talk with it; not a plan, a denial, or the US side telling others",
			"On January 12, MFA officials tell us that the GOS will vote yes. "+
				"The Interior Ministry will tell us next week whether the border is open. "+
				"We tell them that the vote matters.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("the subject of a verb after a relative clause with a verb of its own is the noun before 'who', not a country in the clause",
			"On January 12, GOS officials who deal daily with Malian border officers told us that cooperation was good. "+
				"On January 13, the Minister, in a meeting which she called, told Poloff that Mali would help.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("a label in capitals that opens a paragraph is no part of its first sentence's subject",
			"SENEGALESE SUPPORT FOR U.S. POSITIONS: Post delivered reftel points to MFA officials on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("a US official joined by 'and' to another side's official met that official; one joined to other diplomats met the one after 'with'; not a US official with a portfolio abroad",
			"On January 12, Foreign Minister Diop and the Ambassador discussed the elections. "+
				"On January 13, Malian Ambassador Traore, French Ambassador Dupont, and Embassy Dakar Pol/Mil Counselor Scott Smith met with Interior Minister Sall. "+
				"On January 14, the Ambassador and the Malian FM will meet.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("a country's hosting of an event is hosting it; not 'is hosting' (arranged), nor the possibility of it",
			"Senegal's hosting of the January 12 OIC Summit in Dakar was praised. "+
				"Mali is hosting the ECOWAS summit next week. "+
				"She mentioned the possibility of Gambia hosting another workshop.",
			"SN\thosted\tOIC Summit\t2010-01-12\t2010-01-12"),
		dakar("a month date after 'by' is a deadline, not the day of what was done",
			"The Ambassador urged Mali to sign the accord by February 2.",
			"ML\turged\t\t\t"),
		dakar("after a meeting with the US side fronted, a name with an appositive that says who he is speaks for the hosts; an attorney does not, an Attorney General does",
			"In a meeting with Poloff on January 12, Mamadou Diop, a Socialist deputy, said that the vote was fair. "+
				"Attorney Ndiaye told us on January 13 that the trial was unfair. "+
				"On January 14, Attorney General Sall told the Ambassador that the trial would go on.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a name placed in the hosts' ministry by an appositive, or given a rank equal to a US one, is the hosts' official when named again",
			"Awa Sow, Europe director at the MFA, met Poloff on January 12. Sow had also attended the International Contact Group meeting in Conakry. "+
				"MFA Deputy DAS-equivalent Ibrahima Fall briefed Poloff on January 13. Fall attended the ECOWAS Summit in Abuja.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tattended\tInternational Contact Group meeting\t\t",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tattended\tECOWAS Summit\t\t"),
		dakar("a British-style title with 'Secretary' is another government's, whose holder urges the US side nothing; a stance stressed informs, it asks nothing",
			"On January 12, Socialist MP and former Defence Secretary Ousmane Ba stressed in a meeting with Poloff that the Group would welcome contacts. "+
				"On January 13, the Ambassador stressed to Minister Diop his support for deepening trade ties.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("a US official after 'told' in a subject is the one told: the verb after is what was told, not the US side's; an adverb after a subject leaves it the subject",
			"On January 12, Diop later told Poloff the crew had pressed him to name the officer.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a pronoun in a clause another side's official reports is that official, after a phrase fronted in lower case, whose comma may stand inside a quote",
			"On January 12, Malian envoy Traore admitted that, on the margins of the Washington \"Forum for Partners,\" he pressed Senegalese Foreign Minister Diop on the border. "+
				"On January 13, the Ambassador met Interior Minister Sall.",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("the US side that learned something from another side's body talked with it; an Undersecretary of a US department is a US official",
			"We learned from the Malian Embassy on January 12 that the border would close. "+
				"President Wade on January 13 told Undersecretary of Defense for Policy Smith that his government welcomed the review.",
			"ML\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("a gathering named as the next one is not the one a cable reports; 'exchange houses' are no exchange",
			"On January 12, Poloff spoke with members of the Senegalese delegation to the next IPCC Plenary. GOS affirmed that the US had contributed a lot to the IPCC. "+
				"The law applies to exchange houses and stock brokerages.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("the US President is the US side, but not what he did or said; a letter written to an official informs; heartened by a US thing is no urging",
			"On January 12, President Obama told President Wade that the vote mattered. "+
				"On January 13, the Ambassador wrote to Police Commissioner Ba to express U.S. concern. "+
				"On January 14, Minister Diop welcomed President Obama's Accra speech. "+
				"Diop said that Senegal was encouraged by the Embassy's pledge of help.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("a pronoun after a sentence the US side opens is still the official whose report holds it",
			"The Ambassador met Interior Minister Sall on January 13. "+
				"Malian envoy Traore admitted on January 14 that he pressed Foreign Minister Diop on the border.",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("a reporting verb inside what reads as a fronted phrase reads without a crash",
			"On January 12 Traore admits that, on the margins of the forum, he pressed Foreign Minister Diop."),
	})
}

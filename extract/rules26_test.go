package extract_test

import "testing"

// TestTwentySixthRoundRules holds the rules of extraction round 26,
// written on the dev split while round 26's held-out split waited.
func TestTwentySixthRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakarUntagged("a post's country that the body names is the cable's country though its TAGS do not name it",
			"Both Senegalese police forces have received training from U.S. law enforcement agencies.",
			"SN\ttrained\t\t\t"),
		dakarUntagged("a post's country the body does not name is not the cable's country when the TAGS leave it out",
			"Mali's elections are near. Back in Bamako on January 12, the delegation met with Foreign Minister Traore."),
		dakar("another side's officials who report to, counsel, contact, provide or share with the US side talk with it; not when the US side reports to its own",
			"On January 12, Malian MFA officials reported to us informally that the border would close. "+
				"On January 12, Mauritanian MFA officials counseled us to wait. "+
				"On January 13, the Gambian Mission contacted Charge Smith to say that the vote would be close. "+
				"On January 14, Interior Minister Sall provided Poloff with a list of detainees. "+
				"On January 15, Ghanaian Ambassador Mensah shared with Poloff his views on the vote. "+
				"On January 16, Poloff reported to Washington that the MFA was closed.",
			"ML\tdiscussed\t\t2010-01-12\t2010-01-12", "MR\tdiscussed\t\t2010-01-12\t2010-01-12", "GM\tdiscussed\t\t2010-01-13\t2010-01-13",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "GH\tdiscussed\t\t2010-01-15\t2010-01-15"),
		dakar("a meeting fronted as the US side's, by a possessive or 'our', was held with the party after 'with', whoever the subject is; not another's meeting",
			"During the Ambassador's January 12 meeting with Malian Foreign Minister Traore, the vote was discussed. "+
				"In our January 13 talks with Gambian officials, they said the border would stay open. "+
				"In Poloff's January 15 talks with Ghanaian officials, the vote was discussed. "+
				"During Traore's January 14 meeting with Ghanaian Minister Mensah, the vote was discussed.",
			"ML\tdiscussed\t\t2010-01-12\t2010-01-12", "GM\tdiscussed\t\t2010-01-13\t2010-01-13", "GH\tdiscussed\t\t2010-01-15\t2010-01-15"),
		dakar("a capital named alone after 'hosted by' stands for its government; not a body whose name opens with it",
			"The ECOWAS Ministerial Conference hosted by Bamako on January 12 was a success. "+
				"The Sahel workshop hosted by Accra University on January 13 was a success. "+
				"The ECOWAS trade seminar hosted by Lagos on January 14 was a success.",
			"ML\thosted\tECOWAS Ministerial Conference\t2010-01-12\t2010-01-12"),
		limaConference("an event that brought together officials from countries, or featured their speeches, had them attend",
			"The conference brought together prosecutors and investigators from Guatemala, Belize and El Salvador. "+
				"It featured speeches by Chilean and Bolivian ministers.",
			"GT\tattended"+limaHeld, "BZ\tattended"+limaHeld, "SV\tattended"+limaHeld, "CL\tattended"+limaHeld, "BO\tattended"+limaHeld),
		dakar("a US official introduced by a title after 'U.S.' or by an appositive is the US side when named again by surname; not an official of another side so introduced",
			"U.S. Science Envoy Dr. Omar Haddad arrived on January 11. On January 12, Haddad briefed PM Diop about the envoy program. "+
				"Peter Wells, Acting Assistant Secretary of the Treasury, came too. On January 13, Wells urged the Finance Minister to freeze the accounts. "+
				"Malian Permanent Representative to ECOWAS Amadou Traore came too. On January 14, Traore urged the Finance Minister to close the border.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-13\t2010-01-13"),
		dakar("a demarche that asks, delivered to another side's official, asked that side, though the one asked is named in a possessive",
			"On January 12, PolOff delivered reftel demarche requesting Senegal's support for the resolution to MFA Americas Director Diop.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("conversations fronted by 'Based on' or 'From' are the reporting post's own with the party after 'with'; not a press report",
			"Based on recent conversations with Malian Foreign Minister Traore, Mali opposes the plan. "+
				"Based on press reports, Gambia opposes the plan too.",
			"ML\tdiscussed\t\t\t"),
		dakar("a US official who hosted a lunch or dinner for another side's officials talked with them",
			"On January 12, the Charge hosted a lunch for the Malian and Gambian ambassadors. "+
				"On January 13, the Ambassador hosted a dinner for Ghanaian Foreign Minister Mensah.",
			"ML\tdiscussed\t\t2010-01-12\t2010-01-12", "GM\tdiscussed\t\t2010-01-12\t2010-01-12", "GH\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("another side's official told, briefed or urged by the US side in the passive was met so; not the US side briefed by another, nor journalists",
			"On January 12, FM Diop was told by the Ambassador that the aid would resume. "+
				"On January 13, Malian Minister Traore was urged by the Ambassador to release the prisoners. "+
				"On January 14, the Ambassador was briefed by Gambian Minister Jallow. "+
				"On January 15, Ghanaian journalists were briefed by PolOff. "+
				"On January 16, Malian Minister Traore was briefed by Gambian Minister Jallow.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12",
			"ML\tdiscussed\t\t2010-01-13\t2010-01-13", "ML\turged\t\t2010-01-13\t2010-01-13"),
		dakar("a phrase fronted by 'Together with', 'Accompanied by' or 'Joined by' ends before the subject, whichever side it names",
			"Together with Malian Embassy colleagues, PolOff delivered reftel demarche to MFA Director Diop on January 12. "+
				"Accompanied by the Gambian Ambassador, the Ambassador met Interior Minister Sall on January 13.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		{name: "in a session's readout, a speaker for a group speaks for itself, and those who cast votes or abstained attended",
			subject: "UNGA: SPECIAL SESSION ON SAHEL REFUGEES", station: "USUNNEWYORK", tags: []string{"PREL", "UNGA"}, dtg: "2010-03-30T12:00Z",
			text: "1. (U) On March 25, the General Assembly concluded its Special Session on Sahel Refugees. " +
				"Mali, on behalf of the African Group, called for more aid. " +
				"Negative votes were cast by Chile and Peru. Abstaining were Fiji and Tonga.",
			want: []string{"ML\tattended\tSpecial Session on Sahel Refugees\t2010-03-25\t2010-03-25",
				"CL\tattended\tSpecial Session on Sahel Refugees\t2010-03-25\t2010-03-25", "PE\tattended\tSpecial Session on Sahel Refugees\t2010-03-25\t2010-03-25",
				"FJ\tattended\tSpecial Session on Sahel Refugees\t2010-03-25\t2010-03-25", "TO\tattended\tSpecial Session on Sahel Refugees\t2010-03-25\t2010-03-25"}},
		dakar("a country between a ministry and its official's title is the office's portfolio, not the official's country",
			"On January 12, PolOff met with MFA's Malian Reconstruction Coordinator Ambassador Awa Sow.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a US official who expressed U.S. or our concerns to another side's official told it; concern alone, or the other side's, is no exchange",
			"On January 12, the Ambassador expressed strong U.S. concerns about the case to Interior Minister Sall. "+
				"On January 13, Malian business leaders expressed concern about the ruling.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
	})
}

// dakarUntagged is dakar with TAGS of administration only and a subject
// that names no country.
func dakarUntagged(name, text string, want ...string) ruleCase {
	c := dakar(name, text, want...)
	c.subject, c.tags = "SECURITY COOPERATION", []string{"AMGT", "ASEC"}
	return c
}

package extract_test

import "testing"

// TestSeventeenthRoundRules holds the rules of extraction round 17, written
// on the dev split after round 16's held-out split joined it.
func TestSeventeenthRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("an acting officer opens the subject after a fronted conversation; a PolCounselor is a US officer",
			"In a January 12 conversation with Ministry of Foreign Affairs (MFA) Africa Director Awa Ndiaye, A/DCM reviewed reftel points. "+
				"PolCounselor delivered ref A demarche January 13 to Ambassador Moussa Diop, foreign policy advisor at the Presidency.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("consulting other embassies is meeting them, with or without 'with'",
			"On January 14, we consulted the local British and French embassies as to their demarches.",
			"GB\tdiscussed\t\t2010-01-14\t2010-01-14", "FR\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("talks named by their parties joined with hyphens: each attended; not those to come, nor talks as a topic, nor a dialogue",
			"Mali was pleased with the results of the January 16 Senegal-Mali-Guinea security talks. "+
				"The upcoming Gambia-Guinea summit is important. "+
				"Ndiaye spoke of attitudes toward Mali-Mauritania talks. "+
				"The visit intensified the Senegal-China dialogue.",
			"SN\tattended\tSenegal-Mali-Guinea security talks\t2010-01-16\t2010-01-16",
			"ML\tattended\tSenegal-Mali-Guinea security talks\t2010-01-16\t2010-01-16",
			"GN\tattended\tSenegal-Mali-Guinea security talks\t2010-01-16\t2010-01-16"),
		dakar("a dated gathering of several parties fronted in the body's first paragraph is the readout's event: its speakers, adverbs and all, and those whose questions were answered attended",
			"Senegal appears to have secured support for its bid. Many delegations welcomed the bid. The vote is in July. The bid is strong. "+
				"The region agrees. Dakar is pleased. Nobody objected.\n\n"+
				"2. (C) In a January 26 consultative meeting of ECOWAS ministers held in Dakar, the bid gained support. "+
				"Malian and Gambian representatives reportedly responded favorably to the proposal. "+
				"Ndiaye responded to Ghana's question on the timing.",
			"ML\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26",
			"GM\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26",
			"GH\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26"),
		dakar("a message sent, a text or form delivered, a demarche reviewed as a meeting's purpose inform",
			"On January 12, Poloff sent talking points in reftel to Awa Ndiaye, head of the Disarmament section of the MFA. "+
				"On January 13 we met with MFA Director Moussa Diop to deliver the full text of the resolution. "+
				"On January 14, we delivered the completed form to MFA official Ibrahima Sow. "+
				"On January 15, REO met with Ministry of Environment officials to review the U.S. whaling demarche.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tinformed\t\t2010-01-14\t2010-01-14",
			"SN\tdiscussed\t\t2010-01-15\t2010-01-15", "SN\tinformed\t\t2010-01-15\t2010-01-15"),
		dakar("a line that ends in ' \\' continues onto the next, in the extractor's lines as in the paragraph's text; a person's name may hold a hyphen",
			"The Ambassador carefully expressed his concern that the \\\nU.S. is constantly criticized in the media.  He invited Diop-Ndiaye \\\nto work with us to find ways to get out the good news. \\\n \\\n",
			"SN\tdiscussed\t\t\t", "SN\turged\t\t\t"),
		dakar("goods supplied are help whatever they are; training given is training whatever its kind, unless other help is listed with it",
			"Communications are critical, and the U.S. has supplied a radio network to enable the new missions. "+
				"In June 2009, EXBS provided biosafety training to Senegalese customs officials. "+
				"INL is providing significant training, equipment, and infrastructure to the Senegalese police.",
			"SN\tassisted\t\t\t", "SN\ttrained\t\t2009-06-01\t2009-06-30"),
		dakar("demarching an official is meeting and telling, as delivering a demarche is; it urges only where it says what is asked",
			"Embassy Dakar demarched the Senegalese MFA on the flights on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("a union among joined parties is a party but no country; an A/S-equivalent is the hosts' official; joined talks dated after the cable are to come wherever named",
			"Minister Diop had stated in December 2009 that the EU-Senegal Summit went well. "+
				"Poloff delivered reftel demarche to A/S-equivalent for Europe Awa Ndiaye on January 12. "+
				"The month ends with the Mali-Guinea Summit on January 31. The Mali-Guinea Summit agenda is full.",
			"SN\tattended\tEU-Senegal Summit\t2009-12-01\t2009-12-31",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("a 'that' clause with a bare verb names whom the US asked to act, not whom it met; a fronted purpose is no subject; 'noted that' names no one asked",
			"To increase pressure on Mali, the U.S. requested in January that Gambia, Ghana and Guinea demarche Mali. "+
				"The Ambassador noted that Ghana has demarched Mali.",
			"GM\turged\t\t2010-01-01\t2010-01-31", "GH\turged\t\t2010-01-01\t2010-01-31", "GN\turged\t\t2010-01-01\t2010-01-31"),
		{name: "a readout of preparations for an event to come gives its speakers no attendance", subject: "AMB. SMITH MEETS WITH SENEGALESE IN PREPARATION FOR 2011 ECOWAS SUMMIT",
			station: "DAKAR", tags: []string{"PREL", "SG"}, dtg: "2010-01-30T12:00Z",
			text: "1. (C) Amb. Smith met with Senegalese officials on January 12. Senegal noted that the measure signaled a lack of trust.",
			want: []string{"SN\tdiscussed\t\t2010-01-12\t2010-01-12"}},
		dakar("the other side's official discussing something with a US officer met the US; not an issue raised by someone during a meeting",
			"MFA official Ndiaye discussed these issues with Poloff on January 12. "+
				"Mali was the only issue raised by Ndiaye during his meeting with the Ambassador.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a surname alone before a date is the hosts' official; another country's titled ambassador is no US one, from his first naming on; a possible meeting is none",
			"We presented the draft letter to Ndiaye on January 14. "+
				"UK Ambassador Vincent Fean reported that he had a similar conversation with Diop on January 15. "+
				"Fean had met with Diop on instructions from London, to urge the Senegalese Government to act. "+
				"The press followed statements about the possibility of meeting with Wade.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tinformed\t\t2010-01-14\t2010-01-14"),
		dakar("countries that took part 'with' something attended the gathering just described in lower case, by the name that tells what it was about (describedEvent)",
			"Embassy participated in an alternative energies conference held at the University of Dakar on January 12. "+
				"The embassies of Germany and France participated with the presence of some private companies as well.",
			"DE\tattended\talternative energies conference\t\t", "FR\tattended\talternative energies conference\t\t"),
		dakar("the first person inside a quotation is the quoted speaker's side, in the trigger rules and the exchange reader alike",
			"\"We told them we do not want another Mali,\" he explained. \"We delivered the message in very forceful terms,\" Ndiaye added.",
		),
		dakar("noting or highlighting the importance of something urges it",
			"On January 12, the Ambassador noted the importance of rapid GOS action on key human rights issues.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("a paragraph published double-spaced is read as written: one blank line ends a line, two end a block",
			"Summary: DCM, accompanied by PolCouns, met on January\n\n12 with Moussa Diop, the Secretary for Legal and Technical\n\nAffairs at the Presidency.  This was our first meeting.\n\n\n\nNdiaye also attended.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		{name: "a foreign official met a US one on a date; a participle after 'newly' is an adjective, not the verb; 'shared that' the U.S. holds something informs",
			subject: "CHILE: PERMREP CALLS ON AMBASSADOR", station: "USUNNEWYORK", tags: []string{"PREL", "CI"}, dtg: "2009-07-01T12:00Z",
			text: "1. (C) Chile's newly appointed Permanent Representative to the UN, Ana Maria Soto, met on June 23 with Ambassador Smith. " +
				"Ambassador Smith shared that the U.S. had not reached a conclusion on the draft.",
			want: []string{"CL\tdiscussed\t\t2009-06-23\t2009-06-23", "CL\tinformed\t\t2009-06-23\t2009-06-23"}},
		dakar("an invitation passed is a message; the 'to' of the gathering it invites to is not whom it went to",
			"Per reftel, we passed invitation to the Secretary's luncheon for female heads of state to the office of the Prime Minister of Senegal.",
			"SN\tdiscussed\t\t\t", "SN\tinformed\t\t\t"),
		dakar("a request conveyed or delivered urges as well as tells",
			"On January 14, PolOff conveyed reftel request to Awa Ndiaye, head of the Disarmament section within the MFA.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tinformed\t\t2010-01-14\t2010-01-14", "SN\turged\t\t2010-01-14\t2010-01-14"),
		dakar("in a readout, a country whose views, comments or submission are told, or who chaired a group, attended; not another body's chairman",
			"Senegal appears to have secured support for its bid. Many delegations welcomed the bid. The vote is in July. The bid is strong. "+
				"The region agrees. Dakar is pleased. Nobody objected.\n\n"+
				"2. (C) In a January 26 consultative meeting of ECOWAS ministers held in Dakar, the bid gained support. "+
				"A review group met under the chairmanship of Ghana. The committee noted the views expressed by Mali. "+
				"The Guinean comments presented in their submission were set aside. "+
				"Diop, chairman of Gambia's oil company, was asked to resign.",
			"GH\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26",
			"ML\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26",
			"GN\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26"),
		dakar("a 'with' inside a clause set off by a comma and a participle is not whom the US side talked with; 'including' sets off no clause",
			"The DCM raised the issue of Mali, stating that Wade's close relationship with Malian President Toure was a concern. "+
				"On January 12, the U.S. delegation discussed export controls, including end-use monitoring, with several Senegalese officials.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

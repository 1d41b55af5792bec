package extract_test

import "testing"

// TestTwentiethRoundRules holds the rules of extraction round 20, written
// on the dev split after round 19's held-out split joined it.
func TestTwentiethRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a pronoun that told the US side is the official who is the subject of the sentence before; not a private person, nor after a place",
			"Gambian High Commissioner Ousman Jammeh expressed pleasure over the vote. He told Poloff on January 12 that the region was calm.\n\n"+
				"2. (C) Local activist Ali Diop, a well-known lawyer, expressed concern. He told Poloff on January 13 that the police were brutal.\n\n"+
				"3. (C) Mali's Foreign Minister Moussa Traore spoke at length. In Gambia, he told Poloff on January 14 that the border was open.",
			"GM\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("an official who received or welcomed a US official met them; the US side receiving something meets no one",
			"The head of the Senegalese Air Force, General Moussa Diop, warmly received Ambassador Smith on January 12. "+
				"Embassy has received two GOS approaches about requests for assistance.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a country after a noun that takes 'to' or 'with' is the topic's, not the one told",
			"On January 12, the Ambassador met with Foreign Minister Diop. The Ambassador highlighted USG opposition to Mali's efforts in this area.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("after a verb met 'with' someone, a noun's own 'with' names no one met, unless a title follows it",
			"On January 13, Poloff raised Mali and asked for an update on the negotiations with Mali. "+
				"On January 14, the Ambassador reviewed the bilateral relationship with Vice President Sall.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("people who speak for no government tell the US side nothing of their country's; officials beside them do; a phrase fronted with a participle is not the subject",
			"On January 12, lawyer Awa Ndiaye told Poloff that the trial was unfair. "+
				"On January 13, police intelligence analysts told Poloff that the border was calm. "+
				"Thanking Smith for USG support, Minister Diop emphasized that the attack had not weakened Senegal's resolve.",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("the US side meeting people who speak for no government meets no official of theirs",
			"On January 12, Poloff met with Moussa Diop, a prominent local businessman. "+
				"On January 13, Poloff spoke to lawyer Awa Ndiaye about the trial. "+
				"On January 14, Poloff met with Ibrahima Sow, Director of Customs.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a US rank after a body of the hosts and its portfolio, or after a command and its name in parentheses, is the hosts' officer, who urges the US side nothing",
			"Charge paid an introductory call on MOD Secretary General for Policy Admiral Francisco Diop on January 12. "+
				"Diop emphasized that the GOS wants to be involved from the start.\n\n"+
				"2. (C) Director for Rural Security Police (\"Gendarmerie\") General Jesus A. Ndiaye told us on January 14 that arrests were up. "+
				"Ndiaye highlighted the three challenges: topography, infiltration, and money.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a first person inside quotation marks in the words before the verb is the speaker's, not the US side",
			"On January 12, the Ambassador met with Foreign Minister Diop. "+
				"Stating that \"we are living in a dangerous neighborhood,\" Diop stressed the importance of border security. "+
				"\"We'll keep the door open to engagement,\" he stressed.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("private people as the subject tell nothing for the US side, though 'we' follows them; a message cited 'in Ref C' was not delivered",
			"On January 12, the Ambassador met with Minister Diop. "+
				"Most academics and journalists we spoke with in the week following the January 24 ceremony told us the party was pleased. "+
				"(We have updated and refined the original list presented in Ref C, see paras 6-9.)",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a long line over an underline is a paragraph that lost its line ends, not a heading",
			"FonMin Diop told the Ambassador January 12 that the meeting of the ECOWAS foreign ministers had been frank and productive, with the neighbors arguing "+
				"strongly for guarantees of unity and the rights of minorities. The vote is in July. END SUMMARY\n"+
				"-----------------------------------\nPRODUCTIVE FONMIN MEETING IN ABUJA\n-----------------------------------",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("an ambassador whose appositive is an office of a department of the hosts, or whose title follows a ministry's long portfolio, is theirs: what he stresses urges nothing",
			"On January 12, the DCM met with Ambassador Kassem, Director of the Mali Department. Kassem emphasized that the conflict was a Malian problem. "+
				"MFA Director-General for Disarmament, Non-Proliferation and Science Ambassador Takeshi Nakane met Poloff on January 13. Nakane stressed that Senegal should sign.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("meetings with the US side fronted before the subject are an exchange, not an event attended",
			"In January 12 and 13 meetings with Assistant Secretary Welch, President Wade and Prime Minister Ndiaye emphasized their familiar line on the border.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-13"),
		{name: "a paragraph's 'Summary:' label is no part of its first sentence: a meeting fronted after it is read",
			subject: "AMBASSADOR MEETS WITH GAMBIAN PERMREP JAMMEH", station: "USUNNEWYORK", tags: []string{"PREL", "UNSC", "GA"},
			dtg:  "2010-01-20T12:00Z",
			text: "1. (C) Summary: During an initial meeting with Gambian PermRep Jammeh, Ambassador Rice outlined U.S. priorities.",
			want: []string{"GM\tdiscussed\t\t\t"}},
		dakar("a date that 'the' opens before a thing other than a gathering dates that thing, not the clause",
			"PolCouns stressed our concerns to MFA Director Awa Ndiaye, given Sow's direct involvement in the May 30, 2003 attack on the protesters.",
			"SN\tdiscussed\t\t\t", "SN\turged\t\t\t"),
		dakar("a date that 'the' opens before a gathering, its adjectives between, dates the clause",
			"Diop told the Ambassador about the January 14 bilateral talks with Mali.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("economists, clerics, candidates, deans and universities speak for no government; a legislator beside them does",
			"On January 12, Poloff met with Senegal's Chief Rabbi Moussa Diop. "+
				"On January 13, the Dean of the University of Dakar law school told Poloff that the appeal would fail. "+
				"On January 14, presidential candidate and MP Awa Ndiaye told Poloff that the vote was rigged.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("meetings the US side has requested are not held yet",
			"We have also requested meetings with Foreign Minister Diop and Prosecutor General Ndiaye."),
		dakar("meetings the US side requested to ask for help ask for it",
			"On January 12, Poloff immediately requested meetings with the director of the airport to request his assistance.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("the other side convoking or summoning the US side, or hosting a US official for dinner, met it",
			"MFA A/S-equivalent Diop convoked the CDA on January 12 to protest the detention. "+
				"The Ministry of Defense summoned PolMilOff January 13 to receive a letter. "+
				"On January 14, Foreign Minister Ndiaye hosted the Ambassador for dinner.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("reaching agreement with an official meets him; making it clear tells",
			"On January 12, the Ambassador reached agreement with National Security Advisor Diop on the text. "+
				"On January 13, the Ambassador made it clear to Foreign Minister Ndiaye that the vote mattered.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("a message delivered in writing (a diplomatic note, e-mail) tells but meets no one; one provided by e-mail to the post and delivered in person meets",
			"On January 12, the Embassy delivered Ref B letters under cover of a diplomatic note to the Foreign Minister's office. "+
				"On January 13, we delivered the Department's talking points (provided by DAS Rees via email) to the MFA's Chief of Staff Awa Ndiaye.",
			"SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("a statement made to a body stresses nothing to one of its members",
			"The plenary took place in Dakar on January 12. The U.S. opening statement stressed the Group's role in setting international standards."),
		dakar("asking an official for his assessment is a question, whatever infinitive the reports he is asked about hold",
			"On January 12, the Ambassador asked Diop for his assessment of reports that the rebels had been ordered not to fight back.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("an official who attended 'the recent' gathering attended it, named without 'recent'; one named before with his country attended for it; 'the upcoming' one is to come",
			"Foreign Minister Diop attended the recent ECOWAS Contact Group meeting. "+
				"Malian Foreign Minister Moussa Traore spoke at length. Traore had also attended the recent Sahel Contact Group meeting. "+
				"Minister Ndiaye attended the upcoming Donors Contact Group meeting.",
			"SN\tattended\tECOWAS Contact Group meeting\t\t", "ML\tattended\tSahel Contact Group meeting\t\t"),
		{name: "a readout of a General Debate session: its speakers attended it; a heading's 'Budget Debate' is no event",
			subject: "U.N. GENERAL DEBATE, THIRD DAY (SEPTEMBER 25, AM)", station: "USUNNEWYORK", tags: []string{"PREL", "UNGA"},
			dtg: "2009-09-26T12:00Z",
			text: "1. (U) Summary: Speeches in the morning session of the third day of the UNGA General Debate (September 25) dwelt on the economy.\n\n" +
				"2. (U) Ghanaian President John Mills stated that Africa needs fairer terms of trade.\n\n" +
				"3. (U) Chilean President Michelle Bachelet condemned the coup in Honduras.",
			want: []string{"CL\tattended\tU.N. General Debate\t2009-09-25\t2009-09-25", "GH\tattended\tU.N. General Debate\t2009-09-25\t2009-09-25"}},
		{name: "a subject's budget debate is no gathering its speakers attended",
			subject: "DG ELBARADEI FUELS THE BUDGET DEBATE", station: "UNVIEVIENNA", tags: []string{"PREL", "IAEA"},
			dtg:  "2009-06-20T12:00Z",
			text: "1. (U) Japan, Russia and China complained about the budget."},
		dakar("a speaker at a readout's gathering who blamed, pressed or condemned spoke there",
			"In a January 26 consultative meeting of ECOWAS ministers held in Dakar, the bid gained support. "+
				"Gambian Foreign Minister Ousman Jammeh blamed western corporations. Malian Foreign Minister Moussa Traore pressed for aid.",
			"GM\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26", "ML\tattended\tconsultative meeting of ECOWAS ministers\t2010-01-26\t2010-01-26"),
		dakar("an official's speech at a named gathering, told by its possessor, is his country's attendance on the speech's day",
			"The government is promoting the reform agenda laid out in President Wade's January 15 speech at the ECOWAS Summit in Abuja.",
			"SN\tattended\tECOWAS Summit\t2010-01-15\t2010-01-15"),
		dakar("a convocation only planned or threatened met no one",
			"The MFA never convoked the CDA about the detentions. Had they continued, the MFA would have convoked the Ambassador."),
		dakar("following up with an official, phoning, revisiting and breakfasting with one are meeting them",
			"On January 12, Poloff followed up with MFA Director Awa Ndiaye. "+
				"The DCM phoned Foreign Minister Diop on January 13. "+
				"On January 14, Poloff revisited Ndiaye to check on progress. "+
				"The Ambassador breakfasted with Minister Diop on January 15.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tdiscussed\t\t2010-01-15\t2010-01-15"),
		{name: "the subject names an official with a title: a later surname alone is of the official's country, though the subject states no fact itself",
			subject: "SECRETARY'S JANUARY 12, 2010 CONVERSATION WITH GAMBIAN FOREIGN MINISTER OUSMAN JAMMEH", station: "STATE", tags: []string{"PREL", "GA"},
			dtg: "2010-01-20T12:00Z",
			text: "1. (C) Participants: U.S. The Secretary; Assistant Secretary Carson.\n\n" +
				"2. (C) The Secretary stressed to Jammeh the importance of free elections.",
			want: []string{"GM\tdiscussed\t\t\t", "GM\turged\t\t\t"}},
		{name: "no name in a subject holds a preposition: the US envoy the minister spoke to is no official of the minister's country",
			subject: "GAMBIAN FM TO HALE ON ELECTIONS, JANUARY 12", station: "BANJUL", tags: []string{"PREL", "GA"},
			dtg: "2010-01-20T12:00Z",
			text: "1. (C) Ambassador Hale met with Foreign Minister Ousman Jammeh on January 12 at the Gambian MFA to discuss the elections. " +
				"Hale stressed that free elections offered the best hope.",
			want: []string{"GM\tdiscussed\t\t2010-01-12\t2010-01-12", "GM\tinformed\t\t2010-01-12\t2010-01-12", "GM\turged\t\t2010-01-12\t2010-01-12"}},
	})
}

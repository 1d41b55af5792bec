package extract_test

import "testing"

// TestThirteenthRoundRules holds the rules of extraction round 13, written
// on the dev split after round 12's held-out split joined it.
func TestThirteenthRoundRules(t *testing.T) {
	// A memorandum of conversation opens with a title line in capitals.
	state := func(name, title, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "CONVERSATION WITH ITALY'S FOREIGN MINISTER", station: "STATE", tags: []string{"PREL", "IT"},
			dtg: "2010-03-10T12:00Z", text: "1. (U) " + title + "\n\n2. (C) " + text, want: want}
	}
	sanjose := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "COSTA RICA: VIEWS OF THE NEW CABINET", station: "SANJOSE", tags: []string{"CS", "PREL"},
			dtg: "2010-03-10T12:00Z", text: "1. (C) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		sanjose("a date in what an official told the US side dates what was told, not the telling",
			"Minister Solis told the Ambassador that he had not been involved in politics until 1986. The Foreign Minister told us that the vote would come in April.",
			"CR\tdiscussed\t\t\t"),
		sanjose("the country a diplomat is posted to is not the diplomat's",
			"Chilean Ambassador to Costa Rica Alvaro Diaz told poloff March 8 that the meeting went well. Marc Schoni, Counsellor at the Embassy in Costa Rica, told us on March 9 that the report was false.",
			"CL\tdiscussed\t\t2010-03-08\t2010-03-08"),
		sanjose("an international organisation's official is neither side, when named by surname after",
			"IOM's regional chief Maria Rossi told us on March 8 that the program was on track. Rossi told the Ambassador on March 9 that funds were short. The Ambassador urged Rossi to move faster.",
		),
		sanjose("a government's office named for an organisation is the government's",
			"We delivered the demarche on March 5 to Adriana Murillo, Head of the UN Security Council Team at the Ministry of Foreign Affairs. We reminded Murillo that March 7 is the deadline.",
			"CR\tdiscussed\t\t2010-03-05\t2010-03-05", "CR\tinformed\t\t2010-03-05\t2010-03-05"),
		sanjose("an official named with an international organisation's title is neither side",
			"U.N. Deputy High Commissioner for Refugees Craig Johnstone visited on March 1. Johnstone expressed appreciation for USG contributions during a March 2 meeting with the Ambassador."),
		sanjose("a third country's ambassador keeps that country under the title alone",
			"The Ambassador met March 2 with Spanish ambassador to Costa Rica Manuel Cacho. Ambassador Cacho said the recent Troika meeting had gone reasonably well.",
			"ES\tdiscussed\t\t2010-03-02\t2010-03-02"),
		sanjose("a country an official's title is for is not the official's",
			"Special Representative for Afghanistan and Pakistan Ambassador Richard Holbrooke met Foreign Minister Stagno on March 3. Ambassador Holbrooke urged Stagno to act.",
			"CR\tdiscussed\t\t2010-03-03\t2010-03-03", "CR\turged\t\t2010-03-03\t2010-03-03"),
		sanjose("a meeting asked for is not held, nor is what it was to do",
			"The Ambassador also requested a meeting with Cabinet Chief Anibal Fernandez to urge a prompt end to the complaints."),
		sanjose("a title after a country's party or body is that country's, not a US official's",
			"The Ambassador met Costa Rican Liberation Party General Secretary Rolando Araya on March 4. Araya stressed that his focus would be on the elections.",
			"CR\tdiscussed\t\t2010-03-04\t2010-03-04"),
		sanjose("who asks the US side is not it",
			"The Ambassador met Minister Solis on March 5. He asked that we provide the name of an appropriate addressee.",
			"CR\tdiscussed\t\t2010-03-05\t2010-03-05"),
		sanjose("asking that the Embassy be kept informed asks the other side",
			"The DCM met Minister Solis on March 5 and asked that the Embassy be kept informed of any developments.",
			"CR\tdiscussed\t\t2010-03-05\t2010-03-05", "CR\turged\t\t2010-03-05\t2010-03-05"),
		sanjose("a host named after its event, apart or in the passive",
			"The IGAD meeting on Somalia, hosted by Kenya, ended on March 8. The Central American Migration Seminar on border controls was hosted by Panama on March 2.",
			"KE\thosted\tIGAD meeting\t2010-03-08\t2010-03-08", "PA\thosted\tCentral American Migration Seminar\t2010-03-02\t2010-03-02"),
		sanjose("a day or a month before an event's noun is no part of its name",
			"Nakane welcomed the recent PSI exercise hosted by Japan. The December 7-8 33rd Council of Ministers meeting, hosted by Djibouti, ended well.",
			"DJ\thosted\t33rd Council of Ministers meeting\t2009-12-07\t2009-12-08", "JP\thosted\tPSI exercise\t\t"),
		sanjose("what countries' officials said at a gathering named by who came places them there",
			"At a meeting in Managua on March 3 of foreign ministers from Central American states, ministers from Honduras, Panama and Belize called for calm.",
			"BZ\tattended\tmeeting of foreign ministers from Central American states\t2010-03-03\t2010-03-03",
			"HN\tattended\tmeeting of foreign ministers from Central American states\t2010-03-03\t2010-03-03",
			"PA\tattended\tmeeting of foreign ministers from Central American states\t2010-03-03\t2010-03-03"),
		sanjose("the US side training a government's body is training that country",
			"A number of Panamanian officials received training in customs from DHS and others. In 2009, USG assistance included numerous U.S. Coast Guard training programs for the Coast Guard.",
			"CR\ttrained\t\t2009-01-01\t2009-12-31", "PA\ttrained\t\t\t"),
		sanjose("training planned, offered or someone else's is none",
			"The USG will provide training to the Coast Guard. The Nicaraguan link with Cuba was centered on technical training for its officers. We aim to achieve the training of police units."),
		sanjose("a legislator is the host's in a report that names no US legislators",
			"Poloff met Congresswoman Marcela Alvarado on March 4. Alvarado explained that members of Congress would oppose the bill. Senator Quiros stressed that Venezuela and Ecuador were courting Costa Rica.",
			"CR\tdiscussed\t\t2010-03-04\t2010-03-04"),
		sanjose("a date before what was told dates the telling",
			"Minister Solis told the Ambassador on March 3 that he had not been involved in politics until 1986.",
			"CR\tdiscussed\t\t2010-03-03\t2010-03-03"),
		state("an official named in a title line in capitals is known by surname after",
			"SECRETARY'S MARCH 8 CONVERSATION WITH ITALIAN FOREIGN MINISTER FRANCO FRATTINI",
			"During the Secretary's March 8 meeting with Foreign Minister Frattini, the two reviewed Afghanistan. The Secretary stressed to Frattini the importance of the Balkans.",
			"IT\tdiscussed\t\t2010-03-08\t2010-03-08", "IT\turged\t\t2010-03-08\t2010-03-08"),
		state("a name in capitals ends at a word that is no name",
			"SECRETARY'S MARCH 8 CONVERSATION WITH ITALIAN FM FRATTINI ON AFGHANISTAN AND IRAN",
			"The Secretary stressed to Frattini the importance of the Balkans on March 8.",
			"IT\tdiscussed\t\t2010-03-08\t2010-03-08", "IT\turged\t\t2010-03-08\t2010-03-08"),
		state("a title that needs its country learns nothing without it",
			"SECRETARY'S MARCH 8 CONVERSATION WITH PRESIDENT FRATTINI ON AFGHANISTAN",
			"The Secretary stressed to Frattini the importance of the Balkans on March 8."),
	})
}

package extract_test

import "testing"

// TestRules35Attendance holds the plain ways a readout tells who took part
// in the gathering it reports, found by probing the extractor with
// made-up readouts: "took part" with no object, "was represented by", a
// delegation "led by", and the people of several countries joined in one
// subject by their titles and names. "Neither ... nor" attended is none.
func TestRules35Attendance(t *testing.T) {
	runRuleCases(t, []ruleCase{
		limaConference("took part with no object",
			"Chilean Deputy Foreign Minister Alberto van Klaveren also took part.",
			"CL\tattended"+limaHeld),
		limaConference("represented by its delegate",
			"Bolivia was represented by its Deputy Foreign Minister.",
			"BO\tattended"+limaHeld),
		limaConference("a delegation led by",
			"The Ecuadorian delegation was led by Vice Minister of Defense Miguel Carvajal.",
			"EC\tattended"+limaHeld),
		limaConference("two countries' officials joined by their titles and names",
			"Colombian Vice Minister Sergio Jaramillo and Ecuadorian Minister of Security Miguel Carvajal also took part.",
			"CO\tattended"+limaHeld, "EC\tattended"+limaHeld),
		limaConference("presidents named with their countries after 'of'",
			"Presidents Morales of Bolivia, Lula of Brazil and Uribe of Colombia attended.",
			"BO\tattended"+limaHeld, "BR\tattended"+limaHeld, "CO\tattended"+limaHeld),
		limaConference("sent its delegate",
			"Ecuador sent its Deputy Minister of Defense, and Chile sent only a vice minister.",
			"EC\tattended"+limaHeld, "CL\tattended"+limaHeld),
		limaConference("sent a delegation on another errand is no attendance",
			"Bolivia sent a royal delegation to petition President Garcia.",
		),
		limaConference("led a country's delegation",
			"Colombian Vice Minister Jaramillo led the delegation.",
			"CO\tattended"+limaHeld),
		limaConference("a name's particle between two countries' people",
			"Brazilian President Lula da Silva and Chilean President Bachelet attended.",
			"BR\tattended"+limaHeld, "CL\tattended"+limaHeld),
		limaConference("a list of participants opened by a person's title and name",
			"Among the heads of state present were Presidents Morales of Bolivia and Lula of Brazil.",
			"BO\tattended"+limaHeld, "BR\tattended"+limaHeld),
		limaConference("a country whose name opens with The, in a list",
			"Delegations from Bolivia, Chile, The Gambia and Ecuador attended.",
			"BO\tattended"+limaHeld, "CL\tattended"+limaHeld, "EC\tattended"+limaHeld, "GM\tattended"+limaHeld),
		limaConference("led his country's delegation",
			"Bolivian Vice Minister Quintana led his country's delegation.",
			"BO\tattended"+limaHeld),
		limaConference("as did: an elided clause of attendance",
			"Chilean Vice Minister Fernandez took part, as did a Bolivian delegation led by Vice Minister Quintana.",
			"BO\tattended"+limaHeld, "CL\tattended"+limaHeld),
		limaConference("neither and nor deny the attendance",
			"Neither Venezuela's Foreign Minister nor Ecuador's attended.",
		),
		limaConference("a verb ends the subject: only the nearest country attended",
			"Colombian Vice Minister Sergio Jaramillo told Ecuadorian Minister Miguel Carvajal that Colombia attended.",
			"CO\tattended"+limaHeld),
	})
}

// TestRules35ImpliedTalks holds the discussion a point pressed or told in
// person implies: the other side's officials were met that day. Not when
// the United States as a whole acts (through channels the text does not
// say), nor in writing, nor undated (what has been going on), nor for three
// countries at once (a campaign).
func TestRules35ImpliedTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("pressed in person: met",
			"On January 12, the Ambassador pressed FM Gadio to release the journalists.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("briefed in person: met",
			"Econoff briefed Commerce Ministry Director Diallo on January 14 on the AGOA forum.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tinformed\t\t2010-01-14\t2010-01-14"),
		dakar("the United States as a whole",
			"In January 2010, the United States urged Senegal to ratify the convention.",
			"SN\turged\t\t2010-01-01\t2010-01-31"),
		dakar("by diplomatic note",
			"On January 12, the Embassy informed the MFA by diplomatic note that the team would arrive.",
			"SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("undated: what has been going on",
			"We have repeatedly urged the GOS to release the journalists.",
			"SN\turged\t\t\t"),
	})
}

// TestRules35Training holds the armed services and commands as the US
// side, and a graduation dated before its school.
func TestRules35Training(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("counted goods delivered are help",
			"On January 12, the USG delivered 40 Humvees to the Malian Armed Forces.",
			"ML\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("money given to the host's institution",
			"On January 12, INL provided USD 2 million to the Public Security Directorate.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("a market's size in dollars is no help",
			"We are working with the government to implement commercial cooperation, providing U.S. firms access to an estimated USD 150 billion market.",
		),
		dakar("counted messages delivered are not",
			"On January 12, the Embassy delivered two letters to the Malian Foreign Ministry.",
		),
		dakar("a course taught to the country's officers",
			"On January 12, ICITAP trainers taught a basic crime scene investigation course to 32 investigators of the Malian National Police.",
			"ML\ttrained\tbasic crime scene investigation course\t2010-01-12\t2010-01-12"),
		dakar("a course taught to a count of the country's officers",
			"On January 12, U.S. instructors taught a Crime Scene Investigation course to 24 Mali Police officers.",
			"ML\ttrained\tCrime Scene Investigation course\t2010-01-12\t2010-01-12"),
		dakar("graduated in a month from a US school",
			"Three Malian officers graduated in January from the U.S. Army War College.",
			"ML\ttrained\tU.S. Army War College\t2010-01-01\t2010-01-31"),
		dakar("teaching a skill to the country's officers",
			"A U.S. Coast Guard team spent the week of January 11 in Bamako teaching boarding procedures to 45 Malian Navy personnel.",
			"ML\ttrained\t\t2010-01-11\t2010-01-17"),
		dakar("a command gives help",
			"On January 12, AFRICOM donated two patrol boats to the Senegalese Navy.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("graduated on a date from a US school",
			"Twelve Senegalese police officers graduated January 12 from ILEA Gaborone.",
			"SN\ttrained\tILEA Gaborone\t2010-01-12\t2010-01-12"),
	})
}

// TestRules35ImpliedUrging holds the urging a meeting's sentence goes on
// to without naming the country again: the official met was asked.
func TestRules35ImpliedUrging(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("raised with an official, calling for",
			"The Ambassador raised the detained journalists with FM Gadio on January 12, calling for their prompt release.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("met and asked that",
			"Econoff met Commerce Minister Diallo on January 12 and asked that the regulations be issued.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("she informed him and asked that: the one informed was asked",
			"The Ambassador called on Interior Minister Diallo on January 12. She informed him that DEA would open an office and asked that the GOS name a liaison officer.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("a quotation before its speaker: the speaker's 'we' is the other side's",
			"'We cannot accept this,' FM Gadio told the Charge on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a quotation before the US side's telling, then its urging",
			"'The clock is running,' the Ambassador told President Wade on January 12, urging him to name the commission.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("what another side asked, reported after 'that', is not the US side's urging",
			"On January 12, the Ambassador told FM Gadio that Malian officials had told her that the deal was off and asked for a meeting.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("an official whom the US side saw",
			"Justice Minister Diop, whom the Ambassador saw on January 12, said the cabinet was not in a hurry.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a private person whom the US side met",
			"One staffer at Radio Senegal International, whom Poloff first met on January 12, said the station was short of funds.",
		),
		dakar("the Chief of Mission",
			"FM Gadio met the COM on January 12 and asked for assistance.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("queried",
			"The Ambassador on January 12 queried MFA Secretary General Diallo on the status of the agreement.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("points conveyed, stressing the importance of an act",
			"We conveyed reftel points on January 12 to MFA contacts, stressing the importance of reaching agreement by June 1.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("telephoned",
			"The Ambassador telephoned FM Gadio on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("the other side calling for is no urging",
			"FM Gadio met the Ambassador on January 12, calling for more U.S. aid.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules35NamedBody holds a gathering named by its body after "of"
// when a verb other than the trigger rules' states the hosting: the name
// is the body's, whole, or the noun alone when the body is no name.
func TestRules35NamedBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("organized a meeting of a named body",
			"Senegal organized a meeting of the ECOWAS Mediation Council in Dakar on January 12.",
			"SN\thosted\tmeeting of the ECOWAS Mediation Council\t2010-01-12\t2010-01-12"),
		dakar("a body that is no name",
			"Senegal organized a meeting of Sahel interior ministers in Dakar on January 12.",
			"SN\thosted\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules35MemoParties holds a memorandum of conversation's
// participants block: the country labelled across from the United States
// was met, on the memo's date, though no sentence says "met".
func TestRules35MemoParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a memo's participants",
			"January 12, 2010; 10:00 a.m.; Dakar. Participants: U.S.: The Ambassador; Poloff (notetaker). Senegal: Foreign Minister Gadio; MFA Americas Director Diallo.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a list of participants of a conference is no memo",
			"Participants: Senegal, Mali and Niger.",
		),
	})
}

// TestRules35CalledOff holds a meeting the sentence says was called off:
// no discussion; a postponement someone reports at a meeting is the
// meeting's talk.
func TestRules35CalledOff(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a call postponed",
			"The Ambassador's call on FM Gadio, scheduled for January 12, was postponed by the Presidency.",
		),
		dakar("a postponement told at a meeting",
			"On January 12, FM Gadio told the Ambassador that the summit had been postponed.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules35Capitals holds cables written all in capitals: the post's
// shorthand (DCM, PolCouns), titles and the names after them, and dates
// written day first ("7 MARCH") read as in mixed case.
func TestRules35Capitals(t *testing.T) {
	ankara := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "TURKEY: CYPRUS TALKS", station: "ANKARA", tags: []string{"PREL", "TU"},
			dtg: "2003-03-10T12:00Z", text: "1. (C) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		ankara("the DCM met a director general, day first",
			"DCM MET MFA DIRGEN ERTAN TEZGOR 7 MARCH.",
			"TR\tdiscussed\t\t2003-03-07\t2003-03-07"),
		ankara("a minister's name after the title",
			"AMBASSADOR MET FOREIGN MINISTER GUL ON 7 MARCH AND URGED TURKEY TO PRESS DENKTASH.",
			"TR\tdiscussed\t\t2003-03-07\t2003-03-07", "TR\turged\t\t2003-03-07\t2003-03-07"),
		ankara("a farewell call",
			"AMBASSADOR PAID FAREWELL CALL ON PRESIDENT SEZER 4 MARCH.",
			"TR\tdiscussed\t\t2003-03-04\t2003-03-04"),
		{name: "a headline's verb after a title is no name", subject: "TURKISH FOREIGN MINISTER ASSURES BOUCHER THAT TALKS WILL GO ON",
			station: "ANKARA", tags: []string{"PREL", "TU"}, dtg: "2003-03-10T12:00Z",
			text: "1. (C) Assistant Secretary Boucher met FM Gul on March 7. Boucher reminded Gul that the deadline had passed.",
			want: []string{"TR\tdiscussed\t\t2003-03-07\t2003-03-07", "TR\tinformed\t\t2003-03-07\t2003-03-07"}},
	})
}

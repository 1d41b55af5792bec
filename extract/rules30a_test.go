package extract_test

import "testing"

// TestRound30Attendance holds the rules of round 30 that read attendance
// told indirectly: the session of a body a readout reports, and those who
// acted at it.
func TestRound30Attendance(t *testing.T) {
	runRuleCases(t, []ruleCase{
		fisheries("a body's session held, told in the first paragraph, is the readout's event; who nominated or chaired there attended",
			"The Third Session of the Joint Fisheries Commission for West Africa was held May 4-5, 2010, in Dakar. "+
				"Ghana and Gambia nominated candidates for the post of Executive Secretary. "+
				"Senegal's Minister of Maritime Affairs, Dr. Amadou Ndiaye, chaired the session.",
			"GH\tattended"+fisheriesHeld, "GM\tattended"+fisheriesHeld, "SN\tattended"+fisheriesHeld),
		fisheries("a speaker named with his country and then by an appositive between commas speaks for his country",
			"The Third Session of the Joint Fisheries Commission for West Africa was held May 4-5, 2010, in Dakar. "+
				"The Minister of Fisheries of Ghana, Kwame Mensah, called for joint patrols.",
			"GH\tattended"+fisheriesHeld),
		fisheries("a country fronted as a place before the speaker and his appositive does not speak",
			"The Third Session of the Joint Fisheries Commission for West Africa was held May 4-5, 2010, in Dakar. "+
				"In Ghana, the Executive Secretary, Mr. Diallo, said that catches had fallen."),
		fisheries("a body's session to come is no readout's event",
			"The Third Session of the Joint Fisheries Commission for West Africa will be held in June in Dakar. "+
				"Ghana and Gambia nominated candidates for the post of Executive Secretary."),
		fisheries("a body named with no ordinal session is no readout's event",
			"A session of the Joint Fisheries Commission for West Africa took place in Dakar on May 4. "+
				"Ghana and Gambia nominated candidates for the post of Executive Secretary."),
		dakar("talks named by their two sides after \"between\", held on a day: each side that is a country attended",
			"The third round of border talks between Ghana and Togo ended January 14 in Lome.",
			"GH\tattended\t\t2010-01-14\t2010-01-14", "TG\tattended\t\t2010-01-14\t2010-01-14"),
		dakar("talks between a government and a movement fronting a sentence: the government attended",
			"During the January 14 talks between the GOS and MFDC in Ziguinchor, the two sides exchanged lists of prisoners.",
			"SN\tattended\t\t2010-01-14\t2010-01-14"),
		dakar("talks between two countries judged, not held on a day, give no row",
			"President Wade said talks between Ghana and Togo had been fruitless."),
		dakar("a meeting of two persons named after \"between\" is no gathering",
			"The January 14 meeting between Ghanaian President Mills and Togolese President Gnassingbe ended without agreement."),
		dakar("talks to come between two countries give no row",
			"The next round of talks between Ghana and Togo will take place on February 14 in Accra."),
		dakar("an inauguration is a gathering: a minister who met his counterpart at a president's inauguration attended it, as did the counterpart",
			"Foreign Minister Gadio met with his Ghanaian counterpart at President Mills's inauguration in Accra on January 7.",
			"SN\tattended\tPresident Mills's inauguration\t2010-01-07\t2010-01-07", "GH\tattended\tPresident Mills's inauguration\t2010-01-07\t2010-01-07"),
		dakar("a country's delegation at a named gathering attended it, whoever the clause's subject is",
			"In early January, President Wade visited Bamako, and the Malian delegation at the ECOWAS Summit in Abuja was well received.",
			"ML\tattended\tECOWAS Summit\t2010-01-01\t2010-01-10"),
		dakar("a country's delegation at a gathering to come gives no row",
			"The Malian delegation at the ECOWAS Summit in Abuja will be led by President Toure."),
		dakar("a gathering that featured speeches by countries' officials: each country attended",
			"The Euromoney Conference in Dakar, which featured speeches by Ghanaian Finance Minister Kwabena Duffuor and Malian Trade Minister Ahmadou Abdoulaye Diallo, closed on January 21.",
			"GH\tattended\tEuromoney Conference\t2010-01-21\t2010-01-21", "ML\tattended\tEuromoney Conference\t2010-01-21\t2010-01-21"),
		dakar("speakers named by their titles only are the post's hosts; the gathering is the one the next sentence names",
			"A financial conference last week in Dakar featured speeches by Prime Minister Ndiaye as well as several members of his cabinet. "+
				"The Euromoney conference focused on the response to the global crisis.",
			"SN\tattended\tEuromoney conference\t2010-01-18\t2010-01-24"),
		dakar("speeches to come, or speeches no gathering featured, give no row",
			"The Euromoney Conference in Dakar will feature speeches by Ghanaian Finance Minister Kwabena Duffuor. "+
				"The Ministry's press release included remarks by Malian Trade Minister Diallo."),
		dakar("a gathering held that brought together officials from countries: each attended, the gathering named by the next sentence",
			"The second meeting was held in Kolda on January 12 and brought together prosecutors and investigators from Gambia, Guinea-Bissau and Mali. "+
				"The Kolda workshop focused on cross-border smuggling.",
			"GM\tattended\tKolda workshop\t2010-01-12\t2010-01-12", "GW\tattended\tKolda workshop\t2010-01-12\t2010-01-12",
			"ML\tattended\tKolda workshop\t2010-01-12\t2010-01-12"),
		dakar("what a pronoun or a meal brought together is no gathering's attendance",
			"Diop said that it brought together Malian rebels and Guinean traders. "+
				"Lunch at the DCM's residence brought together Gambian and Malian diplomats."),
		dakar("the post's official a US officer met at a named gathering attended it",
			"The Ambassador met with Foreign Minister Gadio on the margins of the ECOWAS Summit in Abuja on January 16.",
			"SN\tattended\tECOWAS Summit\t2010-01-16\t2010-01-16", "SN\tdiscussed\t\t2010-01-16\t2010-01-16"),
		dakar("a US officer who met others than the hosts' officials at a gathering gives them no attendance",
			"The Ambassador met with civil society activists on the margins of the ECOWAS Summit in Abuja on January 16."),
	})
}

// fisheries is a case in Embassy Dakar's report on a fisheries body's
// session, its subject naming no event.
func fisheries(name, text string, want ...string) ruleCase {
	return ruleCase{name: name, subject: "WEST AFRICA: FISHERIES BODY PICKS A SECRETARIAT", station: "DAKAR", tags: []string{"EFIS", "SG"},
		dtg: "2010-05-20T12:00Z", text: "1. (U) " + text, want: want}
}

// fisheriesHeld is the event and dates of the attendance rows of the
// session the fisheries cases report.
const fisheriesHeld = "\t3rd Session of the Joint Fisheries Commission for West Africa\t2010-05-04\t2010-05-05"

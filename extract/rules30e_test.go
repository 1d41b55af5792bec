package extract_test

import "testing"

// TestRound30Events holds the rules of round 30's second wave that read
// attendance, hosting, training and help told in less common shapes.
func TestRound30Events(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a gathering named before the clause that hosted it, a relative clause with no pronoun: its subject hosted it",
			"Mali was left out of the summit Ghana was hosting for West African leaders.",
			"GH\thosted\t\t\t"),
		dakar("a social event the hosts' official hosted, named before him in a relative clause",
			"The Ambassador called on President Wade; attended a farewell reception that Foreign Minister Gadio hosted in her honor; and left Dakar.",
			"SN\tdiscussed\t\t\t", "SN\thosted\t\t\t"),
		dakar("a gathering attended, named before a relative clause with \"which\"",
			"The Malian delegation walked out of the Bamako workshop, which Ghana had attended.",
			"GH\tattended\tBamako workshop\t\t"),
		dakar("a fronted phrase ending in a gathering is no relative clause; a relative clause to come or whose verb has its own object gives no row",
			"After the summit, Ghana hosted a dinner for the delegates. "+
				"Mali was left out of the summit Ghana will host. "+
				"The summit Ghana hosted the delegates in was a success."),
		dakar("a gathering the US side hosted, named in a relative clause, is no hosts' hosting",
			"Foreign Minister Gadio praised the reception the Ambassador hosted for the diplomatic corps."),
		dakar("training a participle says was given to a body is given, whatever another clause of the sentence asks for",
			"The Ambassador, recalling the counterterrorism training provided to the Gendarmerie by the FBI, urged the Gendarmerie to send requests for more courses.",
			"SN\tdiscussed\t\t\t", "SN\ttrained\t\t\t", "SN\turged\t\t\t"),
		dakar("training given that its own phrase says is to come, or training not said to be given, is no training",
			"The counterterrorism training provided to the Gendarmerie by the FBI will be expanded next year, the Minister said. "+
				"Given the high costs of training for Senegalese officers in the United States, it is doubtful that the decline in training will be reversed."),
		dakar("an official who traveled to a place to attend a named gathering attended it",
			"Foreign Minister Gadio traveled to Abuja on January 14 to attend the ECOWAS Summit.",
			"SN\tattended\tECOWAS Summit\t2010-01-14\t2010-01-14"),
		dakar("an official who was in a place for a named gathering attended it, the one named before \"who\"",
			"Malian Foreign Minister Ouane, who was in Abuja for the ECOWAS Summit, told reporters the talks went well.",
			"ML\tattended\tECOWAS Summit\t\t"),
		dakar("a fronted phrase that puts an official in a place for a named gathering: he attended it",
			"In Abuja last week for the ECOWAS Summit, President Wade said the crisis was over.",
			"SN\tattended\tECOWAS Summit\t2010-01-18\t2010-01-24"),
		dakar("a phrase between commas that puts an official in a place for a named gathering: the one named before it attended it",
			"The Ambassador heard it from Minister of Culture Ndiaye, in Abuja for the ECOWAS Summit, who confirmed the plan.",
			"SN\tattended\tECOWAS Summit\t\t"),
		dakar("a journey for something else, a journey to come, or the US side's journey gives no attendance",
			"Foreign Minister Gadio returned from a trip to Abuja in preparation for the ECOWAS Summit in March. "+
				"Foreign Minister Gadio will travel to Abuja to attend the ECOWAS Summit. "+
				"In Abuja for the ECOWAS Summit, President Wade will meet President Yar'Adua. "+
				"The Ambassador, in Abuja for the ECOWAS Summit, heard the news."),
		dakar("an official who came out of or back from a named gathering attended it, also the one named before \"who had\"",
			"President Wade emerged from the ECOWAS Summit in a stronger position. "+
				"Malian Foreign Minister Ouane, who had just returned from a Sahel meeting in Niamey, told reporters the talks went well.",
			"SN\tattended\tECOWAS Summit\t\t", "ML\tattended\tSahel meeting\t\t"),
		dakar("what came out of a gathering, the US side's return, a return to come, or a return from a trip for a gathering gives no attendance",
			"A consensus on the crisis emerged from the ECOWAS Summit. "+
				"The Ambassador returned from the ECOWAS Summit in Abuja. "+
				"Foreign Minister Gadio will have returned from the ECOWAS Summit by then. "+
				"Foreign Minister Gadio returned from a trip to Abuja in preparation for the ECOWAS Summit."),
		dakar("an official's past journey named by its noun, made to attend a named gathering: he attended it",
			"Talks stalled after Malian Foreign Minister Ouane's recent trip to Abuja for the ECOWAS Summit. "+
				"Some linked the crisis to Nigerian President Yar'Adua's January 5-7 visit to Accra to attend the Volta Forum.",
			"ML\tattended\tECOWAS Summit\t\t", "NG\tattended\tVolta Forum\t2010-01-05\t2010-01-07"),
		dakar("a journey to come, a journey not said to be past, the US side's journey, or one for talks gives no attendance",
			"Malian Foreign Minister Ouane's upcoming trip to Abuja for the ECOWAS Summit worries Dakar. "+
				"Malian Foreign Minister Ouane's January 5-7 visit to Abuja to attend the ECOWAS Summit will be his first. "+
				"Malian Foreign Minister Ouane's trip to Abuja for the ECOWAS Summit worries Dakar. "+
				"The Ambassador's recent trip to Abuja for the ECOWAS Summit went well. "+
				"Malian Foreign Minister Ouane's recent trip to Abuja for consultations went well."),
	})
}

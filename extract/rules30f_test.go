package extract_test

import "testing"

// TestRound30ExchangesTwo holds the rules of round 30's second wave on the
// exchanges of the US side with the post's hosts (discussed, informed,
// urged): each case is made-up text of a kind the rules missed, and one
// where the rule could reach too far.
func TestRound30ExchangesTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the first person of a quotation an earlier sentence opened is the speaker's",
			`Gadio was blunt. "Where are the trucks? We have requested vehicles and radios for our gendarmerie unit," said Gadio.`),
		dakar("a quotation that opens after the first person leaves it the US side's",
			`We pressed Foreign Minister Gadio on January 12 to publish the results, which he called "premature."`,
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("ONDCP and NNSA are US agencies",
			"ONDCP Deputy Director Smith met with Interior Minister Diallo on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("the head of a US agency named by its initials and title is a US official by surname later",
			"USAID Administrator Jane Roe visited Dakar on January 11. Roe met with Finance Minister Diop on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("the head of an agency of the hosts is not",
			"Customs Director Mamadou Diallo visited Bamako on January 11. Diallo met with Finance Minister Traore on January 12."),
		dakar("the \"to\" after a trip names where one went, not whom one told",
			"The Ambassador provided a readout of his trip to Mali to Foreign Minister Gadio on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		london("a body of the hosts by its shorthand after \"to\" is the one told, though its name holds \"Treasury\"",
			"Embassy delivered ref B points to HM Treasury on May 16.",
			"GB\tdiscussed\t\t2009-05-16\t2009-05-16", "GB\tinformed\t\t2009-05-16\t2009-05-16"),
		london("the shorthand of the Foreign Office too",
			"Poloff delivered ref B points to FCO on May 16.",
			"GB\tdiscussed\t\t2009-05-16\t2009-05-16", "GB\tinformed\t\t2009-05-16\t2009-05-16"),
		dakar("an adverb of which time it was stands between the subject and its verb",
			"Gadio last met with Secretary Clinton in Washington on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("the same adverb before a meeting of a third country gives no row",
			"Foreign Minister Gadio last met with Chinese Foreign Minister Yang in Beijing on January 12."),
		dakar("a day in figures with no preposition right after the one met dates the meeting",
			"Poloff met with Interior Minister Diallo 1/12 for a readout of the elections.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a fraction in figures is no day",
			"Poloff met with Interior Minister Diallo, who said Senegal Police spend 1/3 of Mali's budget and Senegal Gendarmes only 1/15 that of Nigeria.",
			"SN\tdiscussed\t\t\t"),
		dakar("the US side's \"a phone call to\" an official of the hosts is an exchange with him",
			"Poloff followed up with a phone call to Diallo on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a phone call that is no US side's is not",
			"The Gendarmerie made a phone call to Interior Ministry Director Diallo on January 12."),
		dakar("nor one to arrange something",
			"Poloff made a phone call to arrange transport from the airport on January 12."),
		dakar("a call on an official to discuss is a visit, nothing asked",
			"The Ambassador called on Foreign Minister Gadio on January 12 to discuss the elections.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a call on the government to act asks",
			"The Ambassador called on the government on January 12 to release the detainees.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("a visit that also seeks support asks",
			"The Ambassador called on Foreign Minister Gadio on January 12 to review progress on security cooperation and to seek his support for the plan.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		postCase("SANAA", []string{"PREL", "YE"}, "the post's ISO code among the TAGS, where no FIPS code is, gives the home country",
			"The Foreign Minister told the Ambassador on August 12 that the detainees had been released.",
			"YE\tdiscussed\t\t2009-08-12\t2009-08-12"),
		postCase("CANBERRA", []string{"PREL", "AU"}, "an ISO code that is the FIPS code of another country does not",
			"The Foreign Minister told the Ambassador on August 12 that the detainees had been released."),
		london("a US Treasury officer is no body of the hosts",
			"Poloff delivered ref B points to the Treasury Attache on May 16."),
	})
}

// london is a case in Embassy London's report, its text the first
// paragraph's.
func london(name, text string, want ...string) ruleCase {
	return ruleCase{name: name, subject: "IRAN SANCTIONS", station: "LONDON", tags: []string{"PREL", "UK"},
		dtg: "2009-08-30T12:00Z", text: "1. (C) " + text, want: want}
}

// postCase is a case in the report of the post at station under tags, its
// text the first paragraph's.
func postCase(station string, tags []string, name, text string, want ...string) ruleCase {
	return ruleCase{name: name, subject: "DETAINEES", station: station, tags: tags,
		dtg: "2009-08-30T12:00Z", text: "1. (C) " + text, want: want}
}

package extract_test

import "testing"

// TestRound30Precision holds the rules of round 30 that take wrong rows
// away: each case is a made-up sentence of a kind that gave a row it
// should not have.
func TestRound30Precision(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a topic fronted before a speaker who names his talks with the US side is no party to them",
			"On Mali, Foreign Minister Gadio mentioned his recent conversations with Ambassador Bernicat and stressed the need for calm.",
			"SN\tdiscussed\t\t\t"),
		dakar("a meeting after a determiner is a noun: with no \"with\" or \"between\" it names no side, and what follows its comma is no party",
			"We think it vital for the Secretary to raise three subjects in this first meeting, Mali, Guinea and Niger."),
		dakar("a meeting named with a determiner names its venue, not a party",
			"The Ambassador described the meeting of West African defense chiefs in Bamako, Mali, last week.",
			"SN\tdiscussed\t\t2010-01-18\t2010-01-24", "SN\tinformed\t\t2010-01-18\t2010-01-24"),
		dakar("a meeting after a determiner with its party after \"with\" is still read",
			"The Ambassador recalled the useful meeting he had with Foreign Minister Gadio on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a gerund after a preposition is a verb, though a determiner comes before",
			"The Ambassador had the pleasure of meeting Foreign Minister Gadio on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a meeting with another country's ambassador is no meeting with the US side",
			"Civil society leaders were surprised by Gadio's meeting with the Israeli Ambassador."),
		dakar("nor when the speaker names it in passing",
			"Gadio, in a meeting with the Israeli Ambassador, said Senegal would vote yes."),
		dakar("a meeting with the Ambassador named in passing is still read",
			"Gadio, in a meeting with the Ambassador, said Senegal would vote yes.",
			"SN\tdiscussed\t\t\t"),
		dakar("a firm's officer by the titles firms give (Vice President for, Managing Director) speaks for no government",
			"Sonatel Vice President for Regulatory Affairs Amadou Diallo told Econoff on January 12 that the tariff would rise."),
		dakar("nor does a Managing Director",
			"Sonatel Managing Director Amadou Diallo told Econoff on January 12 that the tariff would rise."),
		dakar("a government's Vice President is still an official",
			"Vice President Amadou Diallo told Econoff on January 12 that the tariff would rise.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("help the country thanks the US side for is no help given when it was only offered",
			"Foreign Minister Gadio said the GOS appreciated the USG offer of technical assistance for the elections."),
		dakar("nor when it was only asked for",
			"Gadio thanked Poloff for information on the request for WHO assistance."),
		dakar("thanks the US side sends to the country are for the country's help",
			"The Ambassador conveyed the thanks Secretary Clinton had expressed to the GOS for its assistance in Guinea-Bissau.",
			"SN\tdiscussed\t\t\t", "SN\tinformed\t\t\t"),
		dakar("thanks to the US side for its help given still give a row",
			"Foreign Minister Gadio thanked the Ambassador for U.S. assistance to the flood victims.",
			"SN\tassisted\t\t\t"),
		dakar("officials who joined a meeting of two sides that no named gathering stands for attended nothing",
			"The Governor of Thies and two prefects joined our meeting at the governorate."),
		dakar("officials who joined the meeting the cable names attended it",
			"Senegal hosted the Donors Coordination meeting in Dakar on January 20. The Governor of Thies and two prefects joined the meeting.",
			"SN\thosted\tDonors Coordination meeting\t2010-01-20\t2010-01-20", "SN\tattended\tDonors Coordination meeting\t2010-01-20\t2010-01-20"),
	})
}

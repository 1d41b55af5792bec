package extract_test

import "testing"

// TestRules31Precision holds round 31's gates against wrong rows: the
// private parties a cable's speakers are (the audit of round 31 found
// them the commonest wrong rows on unseen cables).
func TestRules31Precision(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("media people speak for no government",
			"Several media leaders told us on January 12 that the raid on the daily was a warning to the press."),
		dakar("a government's office for the media is no private party",
			"The Director of Media at the Ministry of Communication told us on January 12 that the daily would reopen.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("an association's officer speaks for no government",
			"An adviser to the Fishermen's Association of Kayar told us on January 13 that the boats had stayed ashore."),
		dakar("a surname the cable introduced as a firm's lawyer is no talk with the host government",
			"The court suspended the mining firm's director on January 8, in what the firm's chief lawyer in Senegal, Moussa Fall (protect), described to us as a sham. "+
				"Fall told us January 12 the firm had little hope of winning. Justice Minister Amadou Sow told the Ambassador on January 14 that the case was lawful.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a surname introduced with an appositive after it: an editor",
			"Poloff met Ibrahima Ndoye, a newspaper editor in Thies, on January 10. Ndoye told Poloff on January 11 that the campaign had begun early."),
		dakar("a firm's head a state may own (CEO): the surname is not taken for a private person's",
			"Former Port of Dakar CEO Awa Diop told the Ambassador on January 11 that the new terminal was behind schedule. "+
				"Diop told us on January 12 that the port would need more cranes.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a Chinese official named family name first is later named by it: China's, not the host's",
			"New Chinese Ambassador-designate Zhou Wenhua has wasted little time in making the rounds. "+
				"In a courtesy call on the Ambassador on January 27, Zhou downplayed the dispute over the stadium.",
			"CN\tdiscussed\t\t2010-01-27\t2010-01-27"),
		dakar("another embassy's officer by a title of rank (Emboff, Second Secretary) is his country's",
			"Poloff met with Russian Emboff Ivan Sorokin on January 16 to discuss the port call. Sorokin told us on January 17 that the warships had left. "+
				"Pakistani Second Secretary Usman Tariq told Poloff on January 18 that the G-77 was split.",
			"RU\tdiscussed\t\t2010-01-16\t2010-01-16", "RU\tdiscussed\t\t2010-01-17\t2010-01-17", "PK\tdiscussed\t\t2010-01-18\t2010-01-18"),
		dakar("the host's official after a Chinese one stays the host's",
			"Chinese Ambassador Zhou Wenhua called on Foreign Minister Gadio on January 10. Gadio told the Ambassador on January 12 that China had offered loans.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("an officer of the host's command by an abbreviated rank is the host's, not a US official",
			"Deputy Chief of Defence Staff (DCDS) Lt. General Amadou Sarr told the Codel on January 12 that the troops had moved. Sarr described how the troops were deployed in the south.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a US command's officer by an abbreviated rank stays the US side",
			"AFRICOM Commander Lt. General Mark Dunn met Foreign Minister Gadio on January 12. Dunn described the training offered to the army.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("an official a title made look American who tells the post's staff is the other side",
			"Poloff met with the head of the Drug Control Board on January 5. DCB Executive Secretary Moussa Sarr told Poloffs that the airport was a transit point. "+
				"Sarr outlined ways in which drugs are smuggled out of the airport."),
		dakar("a US official by title whom the cable does not show telling the staff stays the US side",
			"Assistant Secretary Jane Roe met Foreign Minister Gadio on January 12. Roe urged Gadio to release the journalists.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
	})
}

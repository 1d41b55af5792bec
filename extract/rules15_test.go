package extract_test

import "testing"

// TestFifteenthRoundRules holds the rules of extraction round 15, written
// on the dev split after round 14's held-out split joined it.
func TestFifteenthRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a ministerial is an event, and those who also attended attended it",
			"Senegal hosted the ECOWAS Ministerial in Dakar on January 11-12.\n\n2. (U) Ghana also attended.",
			"SN\thosted\tECOWAS Ministerial\t2010-01-11\t2010-01-12", "GH\tattended\tECOWAS Ministerial\t2010-01-11\t2010-01-12"),
		dakar("a regional environment officer raises a demarche",
			"REO raised the demarche (reftel) on January 4 with Environment Ministry Director Ndiaye.",
			"SN\tdiscussed\t\t2010-01-04\t2010-01-04", "SN\tinformed\t\t2010-01-04\t2010-01-04"),
		dakar("parentheses that list whom a plural noun stands for name parties",
			"The Ambassador also briefed a group of core donors (France, Spain, Canada) on January 21.",
			"CA\tdiscussed\t\t2010-01-21\t2010-01-21", "CA\tinformed\t\t2010-01-21\t2010-01-21",
			"ES\tdiscussed\t\t2010-01-21\t2010-01-21", "ES\tinformed\t\t2010-01-21\t2010-01-21",
			"FR\tdiscussed\t\t2010-01-21\t2010-01-21", "FR\tinformed\t\t2010-01-21\t2010-01-21"),
		dakar("a gift the US post made goes to the country the cable is about, named or not; one urged is a wish",
			"In 2009 we provided helmets, vests and water purification equipment. The U.S. delivered two patrol boats in March. "+
				"The Minister urged that the USG provide more assistance.",
			"SN\tassisted\t\t2009-01-01\t2009-12-31", "SN\tassisted\t\t2009-03-01\t2009-03-31"),
		dakar("a list goes on after an abbreviation's full stop",
			"We are negotiating with France, U.K., Italy and Belgium on the text of a draft resolution.",
			"FR\tdiscussed\t\t\t", "GB\tdiscussed\t\t\t", "IT\tdiscussed\t\t\t", "BE\tdiscussed\t\t\t"),
		dakar("talks named by a noun between a US official and another, in either order; not those to come",
			"A January 14 discussion between Ambassador Smith and Canadian Ambassador Tim Martin covered the elections. "+
				"A meeting between the Chinese Ambassador and the DCM took place on January 15. "+
				"The Minister looked forward to the upcoming defense talks between the U.S. and Senegal. "+
				"He said an early discussion between the United States and Mali \"could change the world.\"",
			"CA\tdiscussed\t\t2010-01-14\t2010-01-14", "CN\tdiscussed\t\t2010-01-15\t2010-01-15"),
		dakar("a demarche delivered to a person named in full (\"McDonald\") is to the host, unless an organisation follows",
			"Poloff delivered reftel demarche to Sharon McDonald on January 14. "+
				"Poloff met with Louis Amorim of the Council Secretariat on January 15.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tinformed\t\t2010-01-14\t2010-01-14"),
		dakar("the host's official speaking at a named event attended it, the event after 'at a' or fronted; not a plan told there",
			"Minister Diop reaffirmed this commitment at a World Tourism Organization meeting in Madrid on January 11. "+
				"At the ECOWAS Summit in Abuja in December, Foreign Minister Gadio criticized the proposal. "+
				"At the 2009 meeting, Ndiaye said, he plans to raise the issue.",
			"SN\tattended\tWorld Tourism Organization meeting\t2010-01-11\t2010-01-11",
			"SN\tattended\tECOWAS Summit\t2009-12-01\t2009-12-31"),
		dakar("a country in a list that names a unit's portfolio is not the official's",
			"Poloff delivered reftel demarche to Awa Ndiaye, Head of the Maghreb, Mali, and Mauritania Team at the MFA, on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("a country that opens a person's name, a counsel's portfolio, talks that are the topic: no party",
			"On January 12, PolOff discussed the resolution with Chad Diallo Ndiaye, Director of Human Rights. "+
				"On January 13, the Ministry's General Counsel for Africa and Mali briefed the Ambassador on the case. "+
				"DCM met with the Secretary General on January 14 to discuss USG views on EU dialogue with Cuba. "+
				"Based on our discussions with Malian officials, the DCM concluded that the vote would pass.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "ML\tdiscussed\t\t\t"),
		dakar("taking part in a programme as a habit is membership, not attendance",
			"Senegal participates in the Visa Waiver Program. Senegal participated in the Regional Border Security Workshop on January 12.",
			"SN\tattended\tRegional Border Security Workshop\t2010-01-12\t2010-01-12"),
		dakar("speaking to the other side, either way",
			"Pol/Econ Chief spoke to MFA Americas Desk Officer Awa Ndiaye on January 12. Ndiaye spoke to poloffs on January 13 in response to reftel demarche.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("raising the US's concerns informs",
			"We have raised our concerns about the fishing agreement with the Foreign Minister and the Minister of Fisheries.",
			"SN\tdiscussed\t\t\t", "SN\tinformed\t\t\t"),
		dakar("raising the US's concerns informs, in capitals or not",
			"The Ambassador raised U.S. concerns over potential Malian actions at the RevCon with the Prime Minister on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("drawing from talking points delivers them; drawing on experience does not",
			"The Ambassador drew on the points in reftel in his meeting with the Foreign Minister on January 12. Poloff drew on his experience in Mali.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("the author urges with an adverb; points conveyed that request urge",
			"I strongly urged the Prime Minister to travel to Vienna on January 12. "+
				"Post conveyed ref A points January 13 requesting information concerning two Senegalese detainees.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13", "SN\turged\t\t2010-01-13\t2010-01-13"),
		dakar("what the US side conveyed to a person named by one name goes to the hosts",
			"We conveyed to Ndiaye the USG's desire for Senegal to prosecute these pirates.",
			"SN\tdiscussed\t\t\t", "SN\tinformed\t\t\t", "SN\turged\t\t\t"),
		dakar("not what a pronoun's speaker explained to another",
			"Diop told the Ambassador on January 12 he personally explained to Wade the benefits of a stock market.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("an event named in quotes after a date is named whole; no event is 'the'; no second, unnamed copy of the fact",
			"The Senegalese government organized the January 7-8, 2010 \"Conference on Intellectual Property Rights in the Digital Environment\" in Dakar.",
			"SN\thosted\tConference on Intellectual Property Rights in the Digital Environment\t2010-01-07\t2010-01-08"),
		dakar("what the US side urged a country it met once, on a date the cable gives, was said then; not what it urges as a habit",
			"The Ambassador met with Interior Minister Ousmane Ngom January 18. The Ambassador urged Senegal to accept the first tranche of detainees. "+
				"We have repeatedly urged Senegal to ratify the treaty.",
			"SN\tdiscussed\t\t2010-01-18\t2010-01-18", "SN\turged\t\t2010-01-18\t2010-01-18", "SN\turged\t\t\t"),
		dakar("the other side's call on the US side, its source's name withheld; a meal with a US mission's deputy",
			"In a January 26 call on DCM and Poloff, XXXXXXXXXXXX said the business interests of senior officials are being damaged. "+
				"During a January 19 lunch with USUN Deputy PermRep Wolff, Malian Deputy PermRep Diarra reported that he had new instructions.",
			"SN\tdiscussed\t\t2010-01-26\t2010-01-26", "ML\tdiscussed\t\t2010-01-19\t2010-01-19"),
		dakar("what was said first, then its speaker named and titled; another government's named department is no US one",
			"Adding new partners is a positive development, Awa Ndiaye, Desk Officer in the Counterproliferation Department of the Ministry of Foreign Affairs, told us January 28 in response to reftel demarche. "+
				"The Party's Propaganda Department encouraged negative press coverage of the book. "+
				"The Counterproliferation Department urged Mali to sign the treaty on January 12.",
			"SN\tdiscussed\t\t2010-01-28\t2010-01-28"),
		dakar("a country glued by a hyphen to another word is a modifier, not the one told",
			"On January 12, the DCM met with XXXXXXXXXXXX, a major player in Malian-Guinean trade. "+
				"The Ambassador told the Minister of his satisfaction at improved United States-Mali relations on January 13.",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("a country named as where the speaker is does not make the speaker its own",
			"An American visitor in Senegal told P/E officer on January 12 that trade was slow. "+
				"Awa Diop, Principal Liaison Officer at the GOM's Dakar office, told us on January 13 that Mali would agree.",
			"ML\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("a general whom a command names is the host's, unless a US word is there",
			"Military Commander General Mamadou Sow stressed on January 12 that the last rebel group had disarmed. "+
				"AFRICOM Commander General William Ward met the Minister of Defense on January 13.",
			"SN\tdiscussed\t\t2010-01-13\t2010-01-13"),
		dakar("a question asks; an organisation's official met is no host's; dossiers handed over are no help",
			"Q: Is it true that the U.S. asked Senegal to destroy the documents? "+
				"During a January 12 meeting with the Ambassador, Council of Europe Secretary General Terry Davis complained of the delays. "+
				"S/E Fried handed over the dossiers of seven detainees: two Malians and a Guinean."),
		dakar("a post's contact is no US official; ECMIN in capitals is; a route's 'to' is not whom points went to",
			"An Embassy contact told us on January 12 that Gambian soldiers had crossed the border. "+
				"On January 13, ECMIN delivered points regarding the re-export from Mali to Gambia of listed items to the MFA official responsible for trade.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tdiscussed\t\t2010-01-13\t2010-01-13", "SN\tinformed\t\t2010-01-13\t2010-01-13"),
		dakar("other parentheses set their countries aside",
			"The Ambassador met the Director for Europe (France, Spain, Canada) on January 21.",
			"SN\tdiscussed\t\t2010-01-21\t2010-01-21"),
	})
}

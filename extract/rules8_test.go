package extract_test

import "testing"

// TestEighthRoundRules checks the shapes round 8 brought in, with
// countries, events and dates of other cables than the gold ones.
func TestEighthRoundRules(t *testing.T) {
	moldova := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "MOLDOVA: BORDER SECURITY UPDATE", station: "CHISINAU", tags: []string{"MD", "PBTS"},
			dtg: "2009-03-30T12:00Z", text: "1. (U) " + text, want: want}
	}
	conf := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "SECOND REGIONAL CONFERENCE ON BORDER SECURITY", station: "LIMA", tags: []string{"PE", "PREL"},
			dtg: "2010-04-30T12:00Z", text: "1. (U) Peru hosted the Second Regional Conference on Border Security in Lima on April 20-21, 2010.\n\n2. (U) " + text,
			want: append([]string{"PE\thosted\t2nd Regional Conference on Border Security\t2010-04-20\t2010-04-21"}, want...)}
	}
	const held = "\t2nd Regional Conference on Border Security\t2010-04-20\t2010-04-21"
	runRuleCases(t, []ruleCase{
		conf("participants listed after a colon", "Participants included: Chile, Ecuador and Bolivia.",
			"CL\tattended"+held, "EC\tattended"+held, "BO\tattended"+held),
		conf("a delegation sent, led by a minister", "Bolivia sent a delegation led by its Vice Minister of Interior.",
			"BO\tattended"+held),
		conf("the meeting is the conference named before", "Chile took part in the two-day meeting.",
			"CL\tattended"+held),
		conf("the event is the conference named before", "Ecuador attended the event.",
			"EC\tattended"+held),
		conf("delegations from a number of countries besides those named",
			"The conference brought together delegations from 12 countries in addition to Chile and the United States.",
			"CL\tattended"+held),
		conf("a group of countries stands for its members", "The Central American countries also attended.",
			"GT\tattended"+held, "BZ\tattended"+held, "SV\tattended"+held, "HN\tattended"+held, "NI\tattended"+held, "CR\tattended"+held, "PA\tattended"+held),
		conf("a body named by its members", "The GCC states sent observers to the conference.",
			"SA\tattended"+held, "KW\tattended"+held, "BH\tattended"+held, "QA\tattended"+held, "AE\tattended"+held, "OM\tattended"+held),
		conf("a body is no country", "The GCC issued a statement on the conference."),
		conf("a group as a modifier is no party", "On April 22, the Ambassador briefed participants on the P5 agreement."),
		conf("partners of the United States are its side",
			"On April 22, together with our P5+1 partners, the Ambassador informed the Iranian delegation of the offer.",
			"IR\tinformed\t\t2010-04-22\t2010-04-22"),
		conf("the P5 met", "On April 22, the Ambassador met with the P5 ambassadors in Lima.",
			"CN\tdiscussed\t\t2010-04-22\t2010-04-22", "FR\tdiscussed\t\t2010-04-22\t2010-04-22",
			"RU\tdiscussed\t\t2010-04-22\t2010-04-22", "GB\tdiscussed\t\t2010-04-22\t2010-04-22"),
		moldova("training named by a participle",
			"Some 400 Moldovan border guards completed USAID-sponsored training in 2008.",
			"MD\ttrained\t\t2008-01-01\t2008-12-31"),
		moldova("training and equipment given by the United States",
			"Moldova improved its border controls in 2008, in part with training and equipment provided by several U.S. programs.",
			"MD\ttrained\t\t2008-01-01\t2008-12-31", "MD\tassisted\t\t2008-01-01\t2008-12-31"),
		moldova("help in a fronted phrase",
			"With U.S. assistance, the Border Police installed new scanners at the Leuseni crossing in 2008.",
			"MD\tassisted\t\t2008-01-01\t2008-12-31"),
		moldova("help named in a sentence without a verb of giving",
			"The Border Police improved its controls at the Leuseni crossing with U.S. assistance in 2008.",
			"MD\tassisted\t\t2008-01-01\t2008-12-31"),
		moldova("the defense attache delivers equipment",
			"On March 20, the DATT delivered night vision goggles to the Moldovan Border Police.",
			"MD\tassisted\t\t2009-03-20\t2009-03-20"),
		moldova("training provided is training",
			"In February, the FBI provided training to 30 Moldovan police investigators.",
			"MD\ttrained\t\t2009-02-01\t2009-02-28"),
		moldova("help asked for is no fact",
			"The Minister asked for more U.S. assistance for the Border Police in 2008."),
		moldova("help wanted is no fact",
			"The Minister was receptive to U.S. assistance."),
		moldova("help named as a topic is no fact",
			"On March 3, the Ambassador discussed U.S. assistance in the north with the Minister.",
			"MD\tdiscussed\t\t2009-03-03\t2009-03-03"),
		{name: "alerted to a shipment", subject: "SLOVAKIA: DUAL-USE SHIPMENT TO IRAN", station: "BRATISLAVA", tags: []string{"LO", "ETTC"}, dtg: "2008-05-20T12:00Z",
			text: "1. (S) On May 14, the Embassy alerted Slovak customs authorities to a shipment of machine tools bound for Iran.",
			want: []string{"SK\tinformed\t\t2008-05-14\t2008-05-14"}},
		{name: "reminded an official", subject: "SLOVAKIA: DUAL-USE SHIPMENT TO IRAN", station: "BRATISLAVA", tags: []string{"LO", "ETTC"}, dtg: "2008-05-20T12:00Z",
			text: "1. (S) On May 15, PolOff reminded MFA Director Jan Novak of the UN Security Council's ban on such transfers.",
			want: []string{"SK\tinformed\t\t2008-05-15\t2008-05-15"}},
	})
}

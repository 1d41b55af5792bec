package extract_test

import "testing"

// TestEighthRoundRules checks the shapes round 8 brought in, with
// countries, events and dates of other cables than the gold ones.
func TestEighthRoundRules(t *testing.T) {
	moldova := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "MOLDOVA: BORDER SECURITY UPDATE", station: "CHISINAU", tags: []string{"MD", "PBTS"},
			dtg: "2009-03-30T12:00Z", text: "1. (U) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		moldova("training named by a participle",
			"Some 400 Moldovan border guards completed USAID-sponsored training in 2008.",
			"MD\ttrained\t\t2008-01-01\t2008-12-31"),
		moldova("training and equipment given by the United States",
			"Moldova improved its border controls in 2008, in part with training and equipment provided by several U.S. programs.",
			"MD\ttrained\t\t2008-01-01\t2008-12-31", "MD\tassisted\t\t2008-01-01\t2008-12-31"),
		moldova("help in a fronted phrase",
			"With U.S. assistance, the Border Police installed new scanners at the Leuseni crossing in 2008.",
			"MD\tassisted\t\t2008-01-01\t2008-12-31"),
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

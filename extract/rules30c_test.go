package extract_test

import "testing"

// TestRound30Exchanges holds the rules of round 30 that read more of the
// exchanges between US officials and other governments' officials.
func TestRound30Exchanges(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a past meeting named by its owner and the one met, dated by its own words",
			"Diop's January 12 meeting with AFRICOM Commander General Ward seems to have eased the tension over the port visit.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a past meeting named by its noun and its two sides after between, their title shared",
			"According to the Presidency, the January 9 discussion between Presidents Obama and Wade on the fisheries accord opened the way.",
			"SN\tdiscussed\t\t2010-01-09\t2010-01-09"),
		dakar("a meeting named in passing beside the one reported is a meeting of its own date",
			"The Ambassador met January 20 with Foreign Minister Gadio to follow up on the Secretary's December 14 meeting with Senegalese President Wade.",
			"SN\tdiscussed\t\t2010-01-20\t2010-01-20", "SN\tdiscussed\t\t2009-12-14\t2009-12-14"),
		dakar("a past meeting named by the speaker's pronoun and the one met, dated by its own words",
			"Minister Diop hoped for a joint commission early in 2011, building on his meeting with the Secretary in Washington in December.",
			"SN\tdiscussed\t\t2009-12-01\t2009-12-31"),
		dakar("a meeting wished for is none held",
			"Senegal favors a meeting between President Obama and ECOWAS leaders on the margins of the UNGA."),
		dakar("a meeting to come is none held",
			"The meeting between the Ambassador and Foreign Minister Gadio in Thies will be their first since the elections. "+
				"We expect Minister Diop to raise the matter during his February 12 meeting with the Secretary."),
		dakar("the other side speaking to the US side with what it said before 'to'",
			"On January 14, presidential adviser Moussa Diop expressed concern to the Ambassador over the number of U.S. recommendations.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("the other side handing the US side a message",
			"MFA Americas Director Abdou Faye delivered a strongly-worded demarche to Pol/Econ Chief on January 22.",
			"SN\tdiscussed\t\t2010-01-22\t2010-01-22"),
		dakar("the other side discussing with the US side, what was discussed after",
			"On January 18, Minister Diop discussed with the Charge the outcome of the donors' conference.",
			"SN\tdiscussed\t\t2010-01-18\t2010-01-18"),
		dakar("a 'to' before a verb names no one spoken to, and a message sent to an office meets no one",
			"Minister Diop indicated his willingness to meet Embassy officers during his next trip to Washington. "+
				"The Ministry delivered the signed memorandum to the Embassy through the Protocol Office."),
	})
}

package extract_test

import (
	"strings"
	"testing"
)

// TestNinthRoundRules checks the shapes round 9 brought in, with
// countries, people, events and dates of other cables than the gold ones.
func TestNinthRoundRules(t *testing.T) {
	oslo := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "NORWAY: VIEWS ON THE FISHERIES DISPUTE", station: "OSLO", tags: []string{"NO", "PREL"},
			dtg: "2009-03-30T12:00Z", text: "1. (C) " + text, want: want}
	}
	conf, held := limaConference, limaHeld
	runRuleCases(t, []ruleCase{
		conf("a serial list after a lead, with a comma before and",
			"Officials of Chile, Ecuador, and Bolivia participated in the conference.",
			"CL\tattended"+held, "EC\tattended"+held, "BO\tattended"+held),
		oslo("a meeting in passing, the speaker named by surname only",
			"In a subsequent conversation with the Ambassador March 26, Stoltenberg confirmed that the quota would stand.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26"),
		oslo("a surname the cable's US officials bear is no host",
			"Assistant Secretary Hill arrived on March 25. In a meeting with the Ambassador on March 26, Hill said that the talks went well."),
		oslo("stressing a statement informs as well",
			"On March 26, the Ambassador stressed to State Secretary Eide that the U.S. valued Norway's cooperation on fisheries.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26", "NO\turged\t\t2009-03-26\t2009-03-26", "NO\tinformed\t\t2009-03-26\t2009-03-26"),
		oslo("stressing a call to act only urges",
			"On March 26, the Ambassador stressed to State Secretary Eide that it was important for Norway to act quickly.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26", "NO\turged\t\t2009-03-26\t2009-03-26"),
		oslo("training given, its kind named before it",
			"In 2007, the Embassy provided limited security training to Norwegian police officers.",
			"NO\ttrained\t\t2007-01-01\t2007-12-31"),
		oslo("several courses are no event's name",
			"Bilaterally, the USG provided a variety of training courses throughout Norway in counterterrorism.",
			"NO\ttrained\t\t\t"),
		oslo("urged that the country act, in a clause joined by and",
			"On March 26, the Ambassador welcomed the commitment and urged that Norway accept the first tranche soon.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26", "NO\turged\t\t2009-03-26\t2009-03-26"),
		oslo("Defense titles act for the United States",
			"On March 26, DASD Smith encouraged Norway to take a larger role in the mission.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26", "NO\turged\t\t2009-03-26\t2009-03-26"),
		conf("a list goes on past the United States and the EU",
			"Officials of Chile, the EU, the U.S. and Bolivia participated in the conference.",
			"CL\tattended"+held, "BO\tattended"+held),
		oslo("a meeting whose parties are not named, the host's official speaking",
			"In a meeting on March 26, MFA Security Policy Director Hansen expressed frustration with the delays.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26"),
		oslo("a meeting whose parties are not named, the post's officer speaking",
			"In a meeting on March 26, Poloff said that the delays were regrettable."),
		oslo("a named gathering is not the post's meeting: its speaker, the host's official, attended it",
			"During the Nordic Council meeting on March 26, MFA Security Policy Director Hansen expressed frustration with the delays.",
			"NO\tattended\tNordic Council meeting\t2009-03-26\t2009-03-26"),
		{name: "a workshop described with its dates dates the workshop the subject names",
			subject: "Nonproliferation Meetings in Lima: UNSCR 1540 Workshop", station: "LIMA", tags: []string{"PE", "PARM"},
			dtg: "2010-02-20T12:00Z",
			text: "1. (U) A United Nations regional workshop for Andean countries on UNSCR 1540 was held January 11-13, 2010 in Lima.\n\n" +
				"2. (U) The Lima workshop was well attended by representatives from Chile, Ecuador and Bolivia.",
			want: []string{"CL\tattended\tUNSCR 1540 Workshop\t2010-01-11\t2010-01-13", "EC\tattended\tUNSCR 1540 Workshop\t2010-01-11\t2010-01-13",
				"BO\tattended\tUNSCR 1540 Workshop\t2010-01-11\t2010-01-13"}},
		oslo("the political section's deputy acts for the United States",
			"Pol Deputy met with Lars Berg, senior policy officer in the MFA Human Rights Directorate, on March 16.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16"),
		oslo("a second verb shares the first one's subject, not a country of what was said",
			"On March 26, Foreign Minister Store said that Russia and China are blocking the resolution and told the Ambassador that Norway would abstain.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26"),
		oslo("a general manager is no US general",
			"On March 26, General Manager Lars Berg explained the plant's process to the Ambassador."),
		oslo("a sentence that opens with the event, a country's minister speaking there",
			strings.Repeat("The fishing season opened late. ", 9)+
				"During the Nordic Council Summit on March 26, Iceland's Foreign Minister Haarde stressed the need for reform.",
			"IS\tattended\tNordic Council Summit\t2009-03-26\t2009-03-26"),
		oslo("a sentence that opens with the event, a US official speaking there: no attendance",
			"During the Nordic Council Summit on March 26, the Ambassador stressed the need for reform.",
			"NO\tdiscussed\t\t2009-03-26\t2009-03-26", "NO\turged\t\t2009-03-26\t2009-03-26"),
		{name: "a session the post's official briefed, described in lower case, is the event its speakers attend",
			subject: "ALLIES WELCOME BRIEFING ON IRAQ", station: "USNATO", tags: []string{"NATO", "PREL"}, dtg: "2009-03-30T12:00Z",
			text: "1. (C) Ambassador Smith opened his briefing to a March 25 informal meeting of NATO Permanent Representatives " +
				"by describing the situation.\n\n2. (C) The Danish PermRep said the report was useful. The Spanish Ambassador proposed a second briefing.",
			want: []string{"DK\tattended\tmeeting of NATO Permanent Representatives\t2009-03-25\t2009-03-25",
				"ES\tattended\tmeeting of NATO Permanent Representatives\t2009-03-25\t2009-03-25"}},
	})
}

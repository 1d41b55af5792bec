package extract_test

import "testing"

// TestTenthRoundRules checks the shapes round 10 brought in, with
// countries, people, events and dates of other cables than the gold ones.
func TestTenthRoundRules(t *testing.T) {
	oslo := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "NORWAY: VIEWS ON THE FISHERIES DISPUTE", station: "OSLO", tags: []string{"NO", "PREL"},
			dtg: "2009-03-30T12:00Z", text: "1. (C) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		oslo("a lettered reference is a message delivered",
			"Poloff delivered ref B to the Foreign Ministry on March 16.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\tinformed\t\t2009-03-16\t2009-03-16"),
		oslo("an official of a ministry named without its country is the host's, later by surname",
			"Poloff met MFA Security Policy Director Kjetil Hansen on March 12. We presented the letter to Hansen on March 16.",
			"NO\tdiscussed\t\t2009-03-12\t2009-03-12", "NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\tinformed\t\t2009-03-16\t2009-03-16"),
		// Round 17 reversed the first half of this guard: a surname alone
		// before a date is the hosts' official (TestSeventeenthRoundRules;
		// dev +2 right, 0 wrong; corpus 5 of 6 rows right).
		oslo("a surname alone, never introduced, is nobody's when more follows it",
			"We presented the letter to Hansen and the shipping companies on March 16."),
		oslo("a date that opens an event's name dates the event",
			"Norway attended the March 20-21 Nordic summit.",
			"NO\tattended\tNordic summit\t2009-03-20\t2009-03-21"),
		oslo("a month and year that open an event's name date it, the name keeping the year",
			"Norway attended the February 2008 Nordic summit.",
			"NO\tattended\t2008 Nordic summit\t2008-02-01\t2008-02-29"),
		oslo("a name given two dates in the cable is not dated by either",
			"Norway attended the February 2008 Nordic summit and the November 2008 Nordic summit.",
			"NO\tattended\t2008 Nordic summit\t\t"),
		oslo("a month and day long before the cable is an event to come, not dated so",
			"At the April 2 Nordic summit, Norwegian Foreign Minister Store stressed the need for calm.",
			"NO\tattended\tNordic summit\t\t"),
		oslo("an officer by two sections acts for the United States",
			"PolMilOff's subsequent March 9 meeting with MFA's export control official Kari Hansen provided further detail.",
			"NO\tdiscussed\t\t2009-03-09\t2009-03-09"),
		oslo("asking the other side to comment is a question, not a call to act",
			"On March 16, the Ambassador asked State Secretary Eide to comment on the delays.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16"),
		oslo("asking the other side to act urges",
			"On March 16, the Ambassador asked State Secretary Eide to release the funds.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\turged\t\t2009-03-16\t2009-03-16"),
		oslo("a short title and a name that end the text",
			"The talks were led by DAS Lee"),
		oslo("a second secretary is a diplomat of the other side, not a US official",
			"In a separate meeting, Second Secretary Kari Hansen said that relations were strong. Hansen also underscored that the quota would stand."),
		{name: "a council readout: speakers listed without and, with all, at the session the cable dates",
			subject: "TOUGH DAY FOR PERU IN SECURITY COUNCIL", station: "USUNNEWYORK", tags: []string{"PREL", "UNSC"},
			dtg: "2009-03-30T12:00Z",
			text: "1. (SBU) Summary. Many Council Members said Peru's March 20 border action was disproportionate. End Summary.\n\n" +
				"2. (SBU) In an emergency public meeting of the UN Security Council on March 26, the Secretariat briefed.\n\n" +
				"3. (SBU) Costa Rica, Burkina Faso, Indonesia, Panama all called for a ceasefire.",
			want: []string{"CR\tattended\tSecurity Council\t2009-03-26\t2009-03-26", "BF\tattended\tSecurity Council\t2009-03-26\t2009-03-26",
				"ID\tattended\tSecurity Council\t2009-03-26\t2009-03-26", "PA\tattended\tSecurity Council\t2009-03-26\t2009-03-26"}},
		oslo("an officer named by the post's section, in capitals or not, is the US side spoken to",
			"MFA official Kari Hansen told ESTH officer on March 16 that Norway would not join. Deputy Foreign Minister Lund told ECONOFF on March 17 that the quota would stand.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\tdiscussed\t\t2009-03-17\t2009-03-17"),
		oslo("a desk officer is the other side's",
			"Kari Hansen, MFA Missile Policy Desk Officer, told Poloff March 18 that Norway supports the notion.",
			"NO\tdiscussed\t\t2009-03-18\t2009-03-18"),
		oslo("another government's official making a courtesy call on a US official",
			"On March 16, Norwegian Ambassador Kari Hansen made a courtesy call on Secretary Rice to discuss the bilateral relationship.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16"),
		oslo("a second verb after and shares the sentence's subject",
			"Danish Prime Minister Rasmussen arrived March 16 and met with Ambassador Whitney.",
			"DK\tdiscussed\t\t2009-03-16\t2009-03-16"),
		oslo("not across a subordinate clause, whose subject is the one meant",
			"MFA official Hansen confirmed that the Sudanese envoy traveled to Oslo and met with Secretary General Eide on March 16."),
		oslo("the post's officials who attended a course were trained",
			"Provincial police officers who attended the Basic Counternarcotics course reported enthusiastic assessments.",
			"NO\ttrained\tBasic Counternarcotics course\t\t"),
		oslo("thanking the host's official for hosting an event",
			"On March 16, the Ambassador thanked the Foreign Minister for hosting the Nordic Security Conference.",
			"NO\thosted\tNordic Security Conference\t2009-03-16\t2009-03-16"),
		oslo("an event hosted by the host's official named without a country",
			"On March 16, the Security Policy Seminar hosted by President Halonen drew 40 officials.",
			"NO\thosted\tSecurity Policy Seminar\t2009-03-16\t2009-03-16"),
		oslo("an event hosted by the Embassy is not the host's",
			"On March 16, the Security Policy Seminar hosted by the Embassy drew 40 officials."),
	})
}

package extract_test

import "testing"

// TestRound30PrecisionTwo holds the rules of round 30's second pass on
// precision: wrong rows and wrong dates of the rows the rules read.
func TestRound30PrecisionTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("an exchange told after what was said is dated by the day after its verb and party, not a day of what was said",
			"Over 2,000 farmers marched in Thies on January 12 to protest rice prices, Agriculture Minister Diallo told Poloff on January 14.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a demarche delivered in answer to something dated is dated by its own day",
			"Responding to a press report published on January 12, MFA Americas Director Ndiaye delivered a strongly-worded demarche to PolCouns on January 14.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a day that opens the clause dates it, whatever day follows a verb told in passing",
			"On January 12, during the Ambassador's courtesy call, Foreign Minister Gadio repeated what he had told Poloff January 5.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a day after a possessive in the object is what was talked of, not the exchange's",
			"In a meeting on January 14, Foreign Minister Gadio asked the Ambassador for clarification on Senator Smith's January 12 remarks.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14"),
		dakar("a day without a year in the report's opening sentence is of the cable's year, not of a year named after it, and dates the exchanges told without one",
			"Over 2,000 farmers marched in Thies on January 12 to demand land reform before the 2012 elections. "+
				"Foreign Minister Gadio told Poloff that the government would not yield.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a year before the day still gives its year",
			"In 2009, on December 31, farmers marched in Thies to demand land reform before the 2012 elections. "+
				"Foreign Minister Gadio told Poloff that the government would not yield.",
			"SN\tdiscussed\t\t2009-12-31\t2009-12-31"),
		dakar("an exchange the trigger rules read without a date, later in a report, is of the last meeting dated with the country before it",
			"On January 5, Poloff met with MFA Director Ndiaye to discuss the vote. "+
				"On January 12, the Ambassador met with Foreign Minister Gadio to discuss Darfur. "+
				"The Ambassador welcomed Senegal's pledge to send troops and urged that Senegal deploy the first battalion soon.",
			"SN\tdiscussed\t\t2010-01-05\t2010-01-05", "SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
		dakar("what has been urged again and again is of no one meeting: no date",
			"On January 5, Poloff met with MFA Director Ndiaye to discuss the vote. "+
				"On January 12, the Ambassador met with Foreign Minister Gadio to discuss Darfur. "+
				"The Ambassador has repeatedly urged Senegal to deploy the first battalion soon.",
			"SN\tdiscussed\t\t2010-01-05\t2010-01-05", "SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t\t"),
		dakar("what a country hosted keeps a lower-case name whose noun tells what it was about",
			"On January 12, the GOS hosted a fisheries workshop for representatives from three countries.",
			"SN\thosted\tfisheries workshop\t2010-01-12\t2010-01-12"),
		dakar("a name that only qualifies its head is none",
			"On January 12, the GOS hosted a regional workshop for representatives from three countries.",
			"SN\thosted\t\t2010-01-12\t2010-01-12"),
		dakar("what a country attended keeps such a name too",
			"On January 12, officials from Mali attended a fisheries workshop in Dakar.",
			"ML\tattended\tfisheries workshop\t2010-01-12\t2010-01-12"),
		dakar("a kind of several events is no name",
			"On January 12, officials from Mali attended the donor conferences in Dakar.",
			"ML\tattended\t\t2010-01-12\t2010-01-12"),
		dakar("a meeting told in parentheses is an aside: it does not date the sentences after it",
			"On January 14, the Ambassador met Foreign Minister Gadio. "+
				"(The Ambassador's meeting with Interior Minister Ba on January 12 was reported septel.) "+
				"The Ambassador urged Senegal to deploy the first battalion soon.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-14\t2010-01-14"),
		dakar("a meeting told in the report's own words dates the sentences after it",
			"On January 14, the Ambassador met Foreign Minister Gadio. "+
				"On January 12, the Ambassador met Interior Minister Ba. "+
				"The Ambassador urged Senegal to deploy the first battalion soon.",
			"SN\tdiscussed\t\t2010-01-14\t2010-01-14", "SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\turged\t\t2010-01-12\t2010-01-12"),
	})
}

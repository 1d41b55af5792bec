package extract_test

import "testing"

// TestEleventhRoundRules holds the rules of extraction round 11: presence
// at an event read from what is done there by a country's official when
// the sentence's grammar is not a plain subject and verb.
func TestEleventhRoundRules(t *testing.T) {
	oslo := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "NORWAY: VIEWS ON THE FISHERIES DISPUTE", station: "OSLO", tags: []string{"NO", "PREL"},
			dtg: "2009-03-30T12:00Z", text: "1. (C) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		oslo("what is done at an event by a country's official, told in the passive",
			"The proposal made by Swedish Foreign Minister Bildt at the Nordic Council summit surprised the delegations.",
			"SE\tattended\tNordic Council summit\t\t"),
		oslo("a meeting with a country's official at an event places both there",
			"Foreign Minister Store said he had a long meeting with Danish Foreign Minister Moller at the Nordic Council summit.",
			"DK\tattended\tNordic Council summit\t\t", "NO\tattended\tNordic Council summit\t\t"),
		oslo("a meeting at an event that is to come places nobody there",
			"Foreign Minister Store said he will have a meeting with Danish Foreign Minister Moller at the Nordic Council summit."),
		oslo("in a session, what a country's official did there",
			"In the March 12 Nordic Council session, Danish Foreign Minister Moller joined with his counterparts from Finland and Iceland to press for amendments.",
			"DK\tattended\tNordic Council session\t2009-03-12\t2009-03-12", "FI\tattended\tNordic Council session\t2009-03-12\t2009-03-12",
			"IS\tattended\tNordic Council session\t2009-03-12\t2009-03-12"),
		oslo("a month that opens an event's name is not part of it",
			"Store continued these themes at the November Nordic Council summit.",
			"NO\tattended\tNordic Council summit\t\t"),
		oslo("a meeting at an event that the subject was asked to attend places nobody there",
			"Norway rejected requests by Danish officials to be present at the Nordic Council summit."),
		oslo("in a bilateral meeting, the other side is no attendee",
			"In the meeting, Danish Foreign Minister Moller said that the quota would stand.",
			"DK\tdiscussed\t\t\t"),
		oslo("a wish conveyed that the other side act urges",
			"On March 16, we conveyed to Foreign Minister Store the USG's desire for Norway to prosecute the crew.",
			"NO\tinformed\t\t2009-03-16\t2009-03-16", "NO\turged\t\t2009-03-16\t2009-03-16"),
		oslo("a request reiterated urges",
			"On March 16, the Charge met State Secretary Eide and reiterated our request for timely access to the detainee.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\tinformed\t\t2009-03-16\t2009-03-16", "NO\turged\t\t2009-03-16\t2009-03-16"),
		oslo("an invitation to act urges",
			"On March 16, the Ambassador invited Foreign Minister Store to work with us on the fisheries data.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\turged\t\t2009-03-16\t2009-03-16"),
		oslo("an invitation to come is no exchange",
			"On March 16, the Ambassador invited Foreign Minister Store to take part in the reception and invited a local imam."),
		oslo("a recommendation that the other side act urges",
			"On March 16, the Ambassador recommended that the MFA consider the Icelandic system.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\turged\t\t2009-03-16\t2009-03-16"),
		oslo("a date in what was told does not date the telling",
			"The Ambassador met Foreign Minister Store on March 16. The Ambassador explained that Norway had agreed to the quota on March 2.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\tinformed\t\t2009-03-16\t2009-03-16"),
		oslo("a reply that tells informs the one met",
			"On March 16, the Ambassador met State Secretary Eide. Eide asked about the quota. The Ambassador responded that the data would be shared in April.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16", "NO\tinformed\t\t2009-03-16\t2009-03-16"),
		oslo("a reply that tells nothing informs nobody",
			"On March 16, the Ambassador met State Secretary Eide. Eide asked about the quota. The Ambassador responded positively.",
			"NO\tdiscussed\t\t2009-03-16\t2009-03-16"),
		oslo("a reminder informs",
			"On March 16, the Ambassador reminded Foreign Minister Store that the deadline had passed.",
			"NO\tinformed\t\t2009-03-16\t2009-03-16"),
		oslo("a country joined to a participle of holding hosted the event",
			"Store cited the UK-hosted Conference on Fuel Cycles and the Danish-sponsored workshop on port security as examples.",
			"GB\thosted\tConference on Fuel Cycles\t\t", "DK\thosted\tworkshop on port security\t\t"),
		oslo("a government joined to a participle of holding hosted the event",
			"Store cited the Swedish government organized Stockholm Conference on Fisheries as an example.",
			"SE\thosted\tStockholm Conference on Fisheries\t\t"),
		oslo("an event so hosted that is planned or to come, or no event, states no hosting",
			"Store welcomed a possible Danish-hosted meeting of the parties, the Swedish-hosted summit scheduled for May, and the UK-sponsored resolution."),
		oslo("a country and a verb of holding are no participle joined to it",
			"Denmark hosted the Nordic Council summit.",
			"DK\thosted\tNordic Council summit\t\t"),
	})
}

package extract_test

import "testing"

// TestTwelfthRoundRules holds the rules of extraction round 12, written on
// the dev split after round 11's held-out split joined it.
func TestTwelfthRoundRules(t *testing.T) {
	berlin := func(name, text string, want ...string) ruleCase {
		return ruleCase{name: name, subject: "GERMANY: VIEWS ON NATO", station: "BERLIN", tags: []string{"GM", "PREL"},
			dtg: "2010-02-10T12:00Z", text: "1. (C) " + text, want: want}
	}
	runRuleCases(t, []ruleCase{
		berlin("a body of government named with its country is that country's, not the post's",
			"On February 6, UK Foreign Office Director General Mariot Leslie told U/S Tauscher that the allies should agree.",
			"GB\tdiscussed\t\t2010-02-06\t2010-02-06"),
		berlin("a body of government named without its country is the post's, a country before it being a topic",
			"Twice in delivering demarches on Burma, MFA staff told PolOff on February 8 that China had not replied.",
			"DE\tdiscussed\t\t2010-02-08\t2010-02-08"),
		berlin("post shorthand in any case",
			"Polchief discussed the agenda on February 8 with Klaus Famira, MFA European Correspondent. POLCHIEF met MFA Director Hansen on February 9.",
			"DE\tdiscussed\t\t2010-02-08\t2010-02-08", "DE\tdiscussed\t\t2010-02-09\t2010-02-09"),
		berlin("a telephone call is a meeting",
			"In a February 3 telcon with the Ambassador, Foreign Minister Westerwelle expressed concern over the missiles.",
			"DE\tdiscussed\t\t2010-02-03\t2010-02-03"),
		berlin("what a country's official told someone at a fronted event places the country there",
			"On the margins of the Munich Security Conference, February 6, UK Foreign Office Director General Mariot Leslie told U/S Tauscher that the allies should agree. During the Nordic Council summit, Norway's deputy foreign minister had told the Danes that it needed more time.",
			"GB\tattended\tMunich Security Conference\t2010-02-06\t2010-02-06", "GB\tdiscussed\t\t2010-02-06\t2010-02-06",
			"NO\tattended\tNordic Council summit\t\t"),
		berlin("a country listed after a topic's country is a topic too",
			"On February 8, the Ambassador briefed State Secretary Hoyer on U.S. efforts in Afghanistan and Pakistan.",
			"DE\tdiscussed\t\t2010-02-08\t2010-02-08", "DE\tinformed\t\t2010-02-08\t2010-02-08"),
		berlin("a country after a topic that opens its own clause is no topic",
			"During the U.S.-Russia Expert Meeting in 2006, when we raised this issue with regard to Venezuela, the GOR offered no assurances.",
			"RU\tdiscussed\t\t2006-01-01\t2006-12-31"),
		berlin("training sponsored by a US agency the list of givers lacked",
			"Post recently sent two German prosecutors to USPTO-sponsored training.",
			"DE\ttrained\t\t\t"),
		berlin("funding by a US command",
			"However, with EUCOM funding, the USG is funding the construction of a new border post for Germany.",
			"DE\tassisted\t\t\t"),
	})
}

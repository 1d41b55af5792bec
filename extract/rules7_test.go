package extract_test

import (
	"testing"
)

// TestSeventhRoundRules checks the shapes round 7 brought in, with
// countries, events and dates of other cables than the gold ones.
func TestSeventhRoundRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "attended from a list", dtg: "2010-03-30T12:00Z",
			text: "1. (U) Peru hosted a regional conference on port security in Lima on 2-3 March 2010.\n\n" +
				"2. (U) Representatives attended from Chile, Bolivia and Ecuador.",
			want: []string{"PE\thosted\tregional conference on port security\t2010-03-02\t2010-03-03",
				"CL\tattended\tregional conference on port security\t2010-03-02\t2010-03-03",
				"BO\tattended\tregional conference on port security\t2010-03-02\t2010-03-03",
				"EC\tattended\tregional conference on port security\t2010-03-02\t2010-03-03"}},
		{name: "serial list before the verb", dtg: "2010-03-30T12:00Z",
			text: "1. (U) The Seventh Balkan Customs Forum took place in Sofia on 9 March 2010.\n\n" +
				"2. (U) The delegations of Serbia, Croatia, Albania, and Montenegro participated in the forum.",
			want: []string{"RS\tattended\t7th Balkan Customs Forum\t2010-03-09\t2010-03-09",
				"HR\tattended\t7th Balkan Customs Forum\t2010-03-09\t2010-03-09",
				"AL\tattended\t7th Balkan Customs Forum\t2010-03-09\t2010-03-09",
				"ME\tattended\t7th Balkan Customs Forum\t2010-03-09\t2010-03-09"}},
		{name: "leaders met at the nth summit", dtg: "2008-11-30T12:00Z",
			text: "1. (U) On November 12, Chilean President Bachelet, Peruvian President Garcia, and Colombian President Uribe met in Lima, Peru, at the third summit of the Pacific Arc Forum (REFTEL).",
			want: []string{"CL\tattended\tPacific Arc Forum\t2008-11-12\t2008-11-12",
				"PE\tattended\tPacific Arc Forum\t2008-11-12\t2008-11-12",
				"CO\tattended\tPacific Arc Forum\t2008-11-12\t2008-11-12"}},
		{name: "met on a date with a host official", subject: "GHANA: COMMERCE DEPUTY ON COURT REFORM", station: "ACCRA", tags: []string{"GH", "KJUS"}, dtg: "2009-05-30T12:00Z",
			text: "1. (C) Summary: On May 12, Deputy Secretary of Commerce Smith met separately with Secretary of State for Justice Ama Owusu and the Prime Minister's Special Envoy Kofi Mensah to discuss court reform.",
			want: []string{"GH\tdiscussed\t\t2009-05-12\t2009-05-12"}},
		{name: "council session from the US mission", subject: "HARD WORDS FOR SYRIA IN SECURITY COUNCIL", station: "USUNNEWYORK", dtg: "2011-04-28T12:00Z",
			text: "1. (SBU) In an open session of the Security Council on April 27, members heard a briefing on the crackdown.\n\n" +
				"2. (SBU) Chile called for an end to the violence. Gabon also called for restraint.",
			want: []string{"CL\tattended\tSecurity Council\t2011-04-27\t2011-04-27", "GA\tattended\tSecurity Council\t2011-04-27\t2011-04-27"}},
		{name: "body run on after the header", dtg: "2010-03-30T12:00Z",
			text: "1. E.O. 12958: N/A TAGS: PREL ETTC SUBJECT: CUSTOMS FORUM IN SOFIA 1.(SBU) The Seventh Balkan Customs Forum took place in Sofia on 9 March 2010. " +
				"The delegations of Serbia and Croatia participated in the forum, which heard reports on transit controls, on risk management at the borders, " +
				"on the training of officers in the recognition of dual-use goods, on the licensing of brokers and on the exchange of information between the customs services of the region. " +
				"2.(SBU) The next forum will meet in Skopje in the spring of 2011, the chair said.",
			want: []string{"RS\tattended\t7th Balkan Customs Forum\t2010-03-09\t2010-03-09",
				"HR\tattended\t7th Balkan Customs Forum\t2010-03-09\t2010-03-09"}},
		{name: "event sponsored by a country's embassy", dtg: "2006-12-30T12:00Z",
			text: "1. (U) In November, Embassy officers took part in a regional anti-corruption workshop sponsored by the Embassy of Norway in Managua on 14 November 2006.",
			want: []string{"NO\thosted\tregional anti-corruption workshop\t2006-11-14\t2006-11-14"}}, // a lower-case name whose noun tells what it was about names what a country hosted (describedEvent)
		{name: "a host not named stays unnamed", station: "PARIS", subject: "FRANCE: DEFENSE MINISTERS", tags: []string{"FR", "MARR"}, dtg: "2010-02-12T12:00Z",
			text: "1. (C) Summary: Secretary Gates was hosted by the Minister of Defense for a working lunch on February 8. Secretary Gates told the Minister that he had full confidence in the tender.",
			want: []string{"FR\tdiscussed\t\t2010-02-08\t2010-02-08", "FR\tinformed\t\t2010-02-08\t2010-02-08"}},
		{name: "a subject shared by the clause after and", dtg: "2010-01-30T12:00Z",
			text: "1. (U) Uruguay cooperated closely with its neighbours in maritime investigations and regularly participated in U.S.-sponsored training in 2009.",
			want: []string{"UY\ttrained\t\t2009-01-01\t2009-12-31"}},
		{name: "delivered jointly with another embassy", subject: "TUNISIA: DEMARCHE ON THE IAEA BOARD", station: "TUNIS", tags: []string{"TS", "PREL"}, dtg: "2009-10-05T12:00Z",
			text: "1. (C) PolChief delivered reftel demarche jointly with the Italian DCM to the Director of the MFA's Multilateral Affairs Office on October 1.",
			want: []string{"TN\tdiscussed\t\t2009-10-01\t2009-10-01", "TN\tinformed\t\t2009-10-01\t2009-10-01"}},
		{name: "an embassy's GOI is its hosts'", subject: "ITALY: DEMARCHE ON UN REFORM", station: "ROME", tags: []string{"IT", "PREL", "IR"}, dtg: "2005-06-10T12:00Z",
			text: "1. (C) On June 8, we urged the GOI to oppose the draft resolution. Iran's representative had lobbied for it in New York.",
			want: []string{"IT\tdiscussed\t\t2005-06-08\t2005-06-08", "IT\turged\t\t2005-06-08\t2005-06-08"}},
		{name: "a general who heads another country's service", subject: "EGYPT: INTELLIGENCE CHIEF ON GAZA", station: "CAIRO", tags: []string{"EG", "PREL"}, dtg: "2009-01-10T12:00Z",
			text: "1. (C) On January 8, General Omar Suleiman, chief of the Egyptian General Intelligence Service, told the Ambassador that Cairo would host talks. " +
				"Suleiman urged Hamas leaders in Syria to accept the truce.",
			want: []string{"EG\tdiscussed\t\t2009-01-08\t2009-01-08"}},
	})
}

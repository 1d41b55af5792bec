package extract_test

import "testing"

// TestRound30AidTrainingHosting holds the rules of round 30 that read aid,
// training and hosting told in other shapes, written on the dev split
// while round 30's held-out split waited.
func TestRound30AidTrainingHosting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("an event hosted by a country and named as what something came from was held, whatever the clause around it asks",
			"The Ambassador asked the Foreign Minister about the recommendations from the fisheries workshop hosted by Mali in early January.",
			"ML\thosted\tfisheries workshop\t2010-01-01\t2010-01-10", "SN\tdiscussed\t\t2010-01-01\t2010-01-10"),
		dakar("an event hosted by a country that is the object of a plan is no hosting done",
			"Senegal will take part in the fisheries workshop hosted by Mali in early January."),
		dakar("a city of a post that hosted an event stands for its country",
			"Aid donors met in Senegal on January 12; Dakar also hosted the West African Fisheries Ministerial on January 14.",
			"SN\thosted\tWest African Fisheries Ministerial\t2010-01-14\t2010-01-14"),
		dakar("a city in a title hosts nothing, nor does one that hosts a standing body",
			"Consul General Lagos hosted a reception for the West African Fisheries Ministerial on January 14. Lagos hosts the secretariat of the West African Fisheries Ministerial."),
		dakar("an office of the government named by its rank hosts for its country, not a country named further on",
			"A January 12 workshop in Saint-Louis, organized by the National Anti-Fraud Office (OFNAC) to review customs controls, showed that Mali remains a transit route.",
			"SN\thosted\t\t2010-01-12\t2010-01-12"),
		dakar("an event that was sponsored by a ministry, the relative pronoun between; its host read does not hide who attended",
			"Over 80 judges attended the seminar which was sponsored by the Ministry of Justice on January 12.",
			"SN\tattended\t\t2010-01-12\t2010-01-12", "SN\thosted\t\t2010-01-12\t2010-01-12"),
		dakar("an institute named National is no office of a government",
			"Econoff spoke at a workshop on elections hosted by the National Democratic Institute on January 12."),
		dakar("a US aid agency working with a body of the government assists it, whatever the help is called",
			"USAID has been working closely with the Ministry of Health to expand rural clinics.",
			"SN\tassisted\t\t\t"),
		dakar("officers of the agency who worked with an official, or the agency working with a person, give no aid",
			"USAID officers who have worked with the Minister describe him as a reformer. USAID has worked with the Minister on his speech."),
		dakar("trainees named by the acronym the cable defined for a body of trainees, of the country its full name gives",
			"Officers of the Malian Security Forces (MSF) crossed into Senegal on January 4. The Minister praised the work of AFRICOM in training the MSF.",
			"ML\ttrained\t\t\t"),
		dakar("an acronym defined for a body that is no trainee names no trainees",
			"Officers of the Malian Chamber of Commerce (MCC) crossed into Senegal on January 4. The Minister praised the work of AFRICOM in training near the MCC."),
		dakar("thanks to the US side for providing a thing are for help received",
			"The Minister thanked the Embassy for providing two patrol boats to the Navy.",
			"SN\tassisted\t\t\t"),
		dakar("thanks for providing a message are for no help",
			"The Minister thanked the Embassy for providing a copy of the speech."),
	})
}

package extract_test

import "testing"

// TestRules33Languages holds a demonym that names a language: the books,
// training or speakers of a language belong to no country, so the help
// goes to the post's.
func TestRules33Languages(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("Portuguese-language books donated in Dakar are help to Senegal",
			"On January 12, Poloff donated Portuguese-language books on U.S. history to the Ministry of Education's library.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("a language written with a space",
			"On January 12, the Embassy donated Arabic language textbooks to the Ministry of Education.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("the demonym of a minister still names the country",
			"Portuguese Foreign Minister Amado met the Ambassador in Dakar on January 12.",
			"PT\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules33Gratitude holds US help the other side thanks or praises the
// United States for, told as contributions, as "American" help, or after
// "for its": "thanks to the United States for its recent humanitarian
// assistance". Support is help only when it says of what kind: political
// support for a resolution is none.
func TestRules33Gratitude(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("praise of American contributions",
			"Foreign Minister Gadio praised American contributions to the flood relief effort on January 12.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("thanks to the United States for its assistance",
			"On January 12, Foreign Minister Gadio expressed his sincere thanks to the United States for its recent humanitarian assistance.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("appreciation for USG contributions",
			"Gadio expressed appreciation for USG contributions during a January 12 meeting with the Ambassador.",
			"SN\tassisted\t\t2010-01-12\t2010-01-12"),
		dakar("technical support had from the United States",
			"The police have received significant technical support from the United States since 2008.",
			"SN\tassisted\t\t2008-01-01\t2010-01-30"),
		dakar("support of a policy is no help",
			"Gadio expressed appreciation for U.S. support on EU integration and for the Secretary's statement."),
	})
}

// TestRules33MeetingInPassing holds a meeting with the US side told in a
// phrase set off after the speaker ("Gadio, in a January 12 meeting with
// the DCM, complained"), and remarks made to the US side told as a
// meeting ("In comments to the Ambassador on January 12, Gadio said").
func TestRules33MeetingInPassing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the meeting set off between the speaker and the verb",
			"Interior Minister Diallo, in a January 12 meeting with the DCM, complained about smuggling across the border.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a speaker known by name only, before the set-off meeting",
			"Gadio, in his January 12 meeting with the Ambassador, said the talks were off.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("comments made to the US side",
			"In comments to the Ambassador on January 12, Foreign Minister Gadio said Senegal would act.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("remarks made to the press are no meeting",
			"In remarks to the press on January 12, Foreign Minister Gadio said Senegal would act."),
	})
}

// TestRules33Delegations holds attendance told through a country's
// delegation: the delegation to a gathering, led by someone, or of
// people of the country; a plan or a delegation to a capital is none.
func TestRules33Delegations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a delegation led by a named minister attended",
			"A Malian delegation led by Foreign Minister Ouane attended the ECOWAS summit in Abuja on January 12.",
			"ML\tattended\tECOWAS summit\t2010-01-12\t2010-01-12"),
		dakar("the leader set off by commas",
			"The Malian delegation, headed by Foreign Minister Ouane, took part in the ECOWAS summit in Abuja on January 12.",
			"ML\tattended\tECOWAS summit\t2010-01-12\t2010-01-12"),
		dakar("the delegation to a gathering, whoever led it",
			"The Malian delegation to the ECOWAS summit was led by Foreign Minister Ouane.",
			"ML\tattended\tECOWAS summit\t\t"),
		dakar("a minister led his country's delegation to a gathering",
			"Foreign Minister Ouane led the Malian delegation to the ECOWAS summit in Abuja.",
			"ML\tattended\tECOWAS summit\t\t"),
		dakar("a delegation of the country's people",
			"Speaker Diop led a delegation of senior Senegalese deputies to the IPU meeting in Geneva.",
			"SN\tattended\tIPU meeting\t\t"),
		dakar("a delegation that is to go is a plan",
			"Mali will send a high-level delegation to the ECOWAS summit in Abuja."),
		dakar("a delegation to a capital names no gathering",
			"The Malian delegation to Washington was led by Foreign Minister Ouane."),
	})
}

// TestRules33AttendedWithoutObject holds attendance told with no event
// after the verb, or a generic one: the event is the gathering a fact of
// the sentences just before named, or none.
func TestRules33AttendedWithoutObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("ministers of a list attended, the event told before",
			"Senegal hosted the ECOWAS summit in Dakar on January 12. Ministers from Ghana, Nigeria and Togo attended.",
			"SN\thosted\tECOWAS summit\t2010-01-12\t2010-01-12",
			"GH\tattended\tECOWAS summit\t2010-01-12\t2010-01-12", "NG\tattended\tECOWAS summit\t2010-01-12\t2010-01-12",
			"TG\tattended\tECOWAS summit\t2010-01-12\t2010-01-12"),
		dakar("a country also took part, as an observer",
			"Guatemala also participated, as observers.",
			"GT\tattended\t\t\t"),
		dakar("ambassadors of two countries attended a meeting the text does not name",
			"The ambassadors of Ghana and Nigeria also attended the meeting.",
			"GH\tattended\t\t\t", "NG\tattended\t\t\t"),
		dakar("a list of participants after the gathering's sentence",
			"Senegal hosted the ECOWAS summit in Dakar on January 12. Participants included officials from Ghana, Nigeria and Togo.",
			"SN\thosted\tECOWAS summit\t2010-01-12\t2010-01-12",
			"GH\tattended\tECOWAS summit\t2010-01-12\t2010-01-12", "NG\tattended\tECOWAS summit\t2010-01-12\t2010-01-12",
			"TG\tattended\tECOWAS summit\t2010-01-12\t2010-01-12"),
		dakar("a gathering that brought together delegations of a list",
			"The conference brought together delegations from 21 countries, including Ghana and Nigeria.",
			"GH\tattended\t\t\t", "NG\tattended\t\t\t"),
		dakar("a list of participants with no gathering before it is a meeting's",
			"Participants included Ghanaian Foreign Minister Ablakwa and Nigerian Ambassador Bello."),
		dakar("a gathering named as the subject of a passive",
			"The ECOWAS summit was attended by officials from Mali and Niger.",
			"ML\tattended\tECOWAS summit\t\t", "NE\tattended\tECOWAS summit\t\t"),
		dakar("a desk named for a country is no delegation",
			"Poloff and the Ghana desk officer also attended."),
		dakar("a programme a country takes part in is no gathering attended",
			"Senegal supports the Global Initiative, in which Ghana participates."),
	})
}

// TestRules33SentAndIMET holds training and attendance the US side
// arranges: the programme for foreign military training (IMET) as the
// trainer, and officials of the country a US office sent to a gathering.
func TestRules33SentAndIMET(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the IMET programme trains",
			"The IMET program trained 45 Senegalese military officers in 2009.",
			"SN\ttrained\t\t2009-01-01\t2009-12-31"),
		dakar("a US programme sent the country's officials to a workshop",
			"The EXBS program sent four Senegalese officials to a licensing workshop in Washington.",
			"SN\tattended\tlicensing workshop\t\t"),
		dakar("the country sent officials of its own",
			"Senegal sent two senior officials to the ECOWAS summit in Abuja.",
			"SN\tattended\tECOWAS summit\t\t"),
		dakar("a cable sent is no delegation",
			"The Embassy sent a cable to Washington."),
	})
}

// TestRules33MadeDemarche holds a demarche told with "made": "made the
// demarche to", "made representations to".
func TestRules33MadeDemarche(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("made the demarche to an official",
			"Charge made the demarche to MFA Secretary General Diallo on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("made representations to a minister",
			"On January 12, the Ambassador made representations to Foreign Minister Gadio.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
		dakar("made a point of doing is no message",
			"The Ambassador made a point to raise the issue."),
	})
}

// TestRules33HostedGuest holds a US official who hosted an official of the
// other side for a meal or a meeting: talks, not hosting.
func TestRules33HostedGuest(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the Ambassador hosted the Foreign Minister for lunch",
			"Ambassador Smith hosted Foreign Minister Gadio for lunch on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a title the US side also has, after the ministry's name",
			"On January 12, the Ambassador hosted MFA Secretary General Diallo for a working lunch.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a US official as the guest",
			"The Ambassador hosted Assistant Secretary Carson for dinner on January 12."),
	})
}

// TestRules33Chaired holds attendance told as chairing or presiding over a
// gathering; a body "chaired by" someone is no gathering attended.
func TestRules33Chaired(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a country chaired a meeting",
			"Senegal chaired the ECOWAS Council of Ministers meeting in Abuja on January 12.",
			"SN\tattended\tECOWAS Council of Ministers meeting\t2010-01-12\t2010-01-12"),
		dakar("a minister presided over a session",
			"The Senegalese Foreign Minister presided over the opening session of the OIC summit.",
			"SN\tattended\topening session of the OIC summit\t\t"),
		dakar("a foundation chaired by a minister",
			"The Ambassador noted the work of the U.S.-Senegal Foundation chaired by Senegalese Minister Diop."),
	})
}

// TestRules33CalledUS holds a call from the other side to the US side:
// "called the Ambassador" is talks, "called the elections a farce" none.
func TestRules33CalledUS(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the Foreign Minister called the Ambassador",
			"Foreign Minister Gadio called the Ambassador on January 12 to say that Senegal would abstain.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("called a thing something",
			"Foreign Minister Gadio called the U.S. position unhelpful."),
	})
}

// TestRules33OwnedCall holds a meeting the US side held, named by its
// owner before the noun and no party after it: the speaker after the
// comma is the other side.
func TestRules33OwnedCall(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("the Ambassador's courtesy call",
			"During the Ambassador's January 12 courtesy call, Minister Ba expressed his appreciation.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
		dakar("a meeting the other side's official held is not told to be with the US",
			"During Gadio's January 12 meeting, Minister Ba expressed his appreciation."),
	})
}

// TestRules33Contacts holds what the post's contacts in a government body
// said: told to the post. Private contacts, and a cable whose talks with
// the country are read already, give none.
func TestRules33Contacts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("our interlocutors at a ministry",
			"Our interlocutors at the Interior Ministry said the law would pass.",
			"SN\tdiscussed\t\t\t"),
		dakar("a ministry's contacts say",
			"MFA contacts say the law will pass.",
			"SN\tdiscussed\t\t\t"),
		dakar("business contacts are private",
			"Business contacts said the law would pass."),
		dakar("talks already read are not told again",
			"The Ambassador met Foreign Minister Gadio on January 12. MFA contacts say the law will pass.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules33TitleNoEvent holds a title that names a programme: "the EXBS
// Program Advisor" is who met, and no event of the talks.
func TestRules33TitleNoEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a programme's advisor met an official",
			"The EXBS Program Advisor met with Senegalese Customs Director General Diop on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules33SingularGoods holds goods given one at a time: "a radiation
// portal monitor", "a vehicle".
func TestRules33SingularGoods(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a monitor provided to the country's customs",
			"EXBS provided a radiation portal monitor to Senegalese customs in January.",
			"SN\tassisted\tExport Control and Related Border Security (EXBS) Program\t2010-01-01\t2010-01-31"),
		dakar("a vehicle provided to a ministry",
			"The Embassy provided a vehicle to the Ministry of Justice.",
			"SN\tassisted\t\t\t"),
	})
}

// TestRules33Business holds business bodies briefed: a chamber of commerce
// or a country's exporters are no government.
func TestRules33Business(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a chamber of commerce briefed",
			"Econoff briefed the Senegalese Chamber of Commerce on the AGOA program."),
		dakar("exporters briefed",
			"Econoff briefed Senegalese exporters on the AGOA program."),
		dakar("a ministry briefed",
			"Econoff briefed the Ministry of Commerce on the AGOA program on January 12.",
			"SN\tdiscussed\t\t2010-01-12\t2010-01-12", "SN\tinformed\t\t2010-01-12\t2010-01-12"),
	})
}

// TestRules33RelativeHost holds a host named with "of" in a relative
// clause whose object is the event: "the workshop, which the Ministry of
// Interior hosted".
func TestRules33RelativeHost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a ministry of the country hosted the workshop the sentence is about",
			"The Ambassador spoke at the opening of the workshop, which the Ministry of Interior hosted.",
			"SN\thosted\t\t\t"),
	})
}

// TestRules33USSchools holds US military and law-enforcement schools
// attended: training, the school its event.
func TestRules33USSchools(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("officers attended a US war college",
			"Two Senegalese officers attended the U.S. Army War College in 2009.",
			"SN\ttrained\tU.S. Army War College\t2009-01-01\t2009-12-31"),
		dakar("judges attended ILEA",
			"Two Senegalese judges attended ILEA Gaborone in January.",
			"SN\ttrained\tILEA Gaborone\t2010-01-01\t2010-01-31"),
	})
}

// TestRules33CityHost holds a post's city that hosted a gathering at the
// start of a sentence that names no country: its country hosted.
func TestRules33CityHost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("another post's city hosted a summit",
			"Accra hosted the ECOWAS summit on January 12.",
			"GH\thosted\tECOWAS summit\t2010-01-12\t2010-01-12"),
		dakar("the post's own city hosted a meeting",
			"Dakar hosted the meeting of West African interior ministers on January 12-13.",
			"SN\thosted\tmeeting of West African interior ministers\t2010-01-12\t2010-01-13"),
		dakar("a consul general named by the city hosted nothing",
			"Consul General Lagos hosted a reception for the ministers on January 14."),
	})
}

// TestRules33Sponsored holds what the US side sponsored: a reception is no
// help, and training named by whom it was for names no course.
func TestRules33Sponsored(t *testing.T) {
	runRuleCases(t, []ruleCase{
		dakar("a reception sponsored for a minister",
			"The Embassy sponsored a reception for the Senegalese Foreign Minister."),
		dakar("training named by its trainees",
			"INL funded the training of 200 Senegalese police officers in 2009.",
			"SN\ttrained\t\t2009-01-01\t2009-12-31"),
	})
}

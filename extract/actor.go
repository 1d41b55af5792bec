package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// Who performs the action of a clause, as far as its subject tells.
const (
	actorUnknown = iota // a person or body the text does not place
	actorUS             // the United States: "the U.S.", "EXBS", "we", "Embassy Paris", "A/S Smith"
	actorForeign        // another country acts: "Iran had pressed Azerbaijan", "Foreign Minister Amorim urged"
)

var (
	// usActorRE names the United States or one of its agencies, posts,
	// officials or programmes. "US" without stops counts before a name or
	// a noun of officials ("US Army trainers", "US officials"), not
	// alone, where a cable in capitals may mean "us" ("TOLD US THAT").
	usActorRE = mustWordRE(`\bU\.\s?S\.|\bUS\s+(?:[A-Z][a-z]+|officials|trainers|instructors|government|forces|military|troops|team|side|delegation|experts|advis[eo]rs|personnel|agency|agencies)\b|\b(?:United States|USG|USDEL|EXBS|Washington|Embassy|Mission|Department|Dept|ISN|Post|[Ee]mb[Oo]ffs?|[Pp]ol[Oo]ffs?|[Ee]con[Oo]ffs?|Ambassador|Amb|Charge|(?:President|Vice President)\s+(?:Obama|Bush|Biden|Cheney)|POTUS|VPOTUS|Assistant Secretary|Under Secretary|Undersecretary of (?:` + usDepartments + `)|Deputy Secretary|Secretary of State|DAS|A/S|U/S|Codel|CODEL|Staffdel|Secretary|Senator|Treasury|USAID|DOE|DoD|DOD|NSC|FBI|DHS|CBP|DOC|` + usAgencies + `|[Ww]e|[Oo]ur|[Tt]he delegation|[Tt]he team)\b`)
	// foreignTitleRE names an office of another government.
	foreignTitleRE = mustWordRE(`\b(?:Minister|Ministry|President|Prime Minister|Premier|King|Emir|Sheikh|Prince|Chancellor|Parliament|MFA|MOFA|MOD|Vice-Minister|Vice Minister|Shadow|(?:Defence|Business|Justice|Culture|Environment|Transport|Northern Ireland|Scottish|Welsh|Work and Pensions|International Development) Secretary|Foreign Secretary|State Secretary|Permanent Secretary|Home Secretary|General Secretary|Principal Secretary|Parliamentary Secretary|Cabinet Secretary|Secretary General|Secretary-General)\b`)
	// irrealisRE marks a clause that states no fact: a plan, a wish, a
	// request, a recommendation, a condition or a negation. Its words are
	// lower case or all capitals (a subject line), not capitalised, which
	// are names: "May 19", "Plan Colombia", "Will Gelling".
	irrealisRE = mustWordRE(`\b(?:(?i:not|n't|never|no longer|if|whether|unless|no|neither|nor|in the event)|will|would|should|could|can|cannot|may|might|must|shall|plans?|planned|planning|intends?|intended|expects?|expected|hopes?|hoped|wants?|wanted|wish(?:es|ed)?|agreed|agrees|offered|offers|propos(?:es|ed)|recommends?|recommended|suggests?|suggested|ask(?:s|ed)|urg(?:es|ed|ing)|requests?|requested|seeks?|sought|declined|refused|failed|designed|ready|willing|prepared|invited|able|unable|likely|would like|look(?:s|ed|ing)? forward|seeking|opportunity|possibility|prospects? of|suggestion|proposal|importance of|advocates?|advocated|(?-i:WILL|WOULD|SHOULD|COULD|CAN|CANNOT|MAY|MIGHT|MUST|SHALL|PLANS?|PLANNED|PLANNING|INTENDS?|INTENDED|EXPECTS?|EXPECTED|HOPES?|HOPED|WANTS?|WANTED|WISH(?:ES|ED)?|AGREED|AGREES|OFFERED|OFFERS|PROPOS(?:ES|ED)|RECOMMENDS?|RECOMMENDED|SUGGESTS?|SUGGESTED|ASK(?:S|ED)|URG(?:ES|ED|ING)|REQUESTS?|REQUESTED|SEEKS?|SOUGHT|DECLINED|REFUSED|FAILED|DESIGNED|READY|WILLING|PREPARED|INVITED|ABLE|UNABLE|LIKELY|WOULD LIKE|LOOK(?:S|ED|ING)? FORWARD|SEEKING|OPPORTUNITY|POSSIBILITY|PROSPECTS? OF|SUGGESTION|PROPOSAL|IMPORTANCE OF|ADVOCATES?|ADVOCATED))\b`)
	// frontRE opens a clause with an adverbial phrase before its subject:
	// "In June 2009, ", "Since the 2008 Canberra Plenary, ". A Word, whose
	// automaton turns most clauses away within a few bytes.
	frontRE = mustWordRE(`^(?:[A-Z][a-z]+ing\s+(?:by|on|with|the|a|an|that|from|in|to|at|for|his|her|their|its|our|this|these|[A-Z][a-z]+)\b|In|On|During|Since|From|Between|After|Before|At|Throughout|Over|Also|Last|Earlier|Later|This|As|Following|Prior|Shortly|Recently|Separately|Additionally|Subsequently|Meanwhile|Most|Both|Until|Through|By|For|Under|With|Despite|Beginning|Starting|To|Together|Along|Alongside|Accompanied|Joined|Upon|Amid|Unlike)\b`)
	// infinitiveRE ends the text before a trigger that is an infinitive
	// ("to host"), unless it continues an action ("continued to train").
	infinitiveRE = mustWordRE(`\b[Tt]o\s+(?:[a-z]+ly\s+)?(?:([a-z][a-z-]*)(?:\s+[\w-]+){0,3}\s+)?$`)
	// wishedRE holds an action someone was urged or asked to take: "urged
	// the United States and China to have a discussion".
	wishedRE     = mustWordRE(`(?i)\b(?:urged|urges|urging|encouraged|encourages|pressed|called on|asked|invited|proposed)\b.*\bto\s+\w+`)
	yearStartRE  = lazyre.New(`^(?:19|20)\d\d\b`)
	continuingRE = mustWordRE(`(?i)\b(?:continu(?:e|es|ed|ing)|began|begun|begins|started|starts|work(?:s|ed|ing)?|helped|helps|went on|used|sought)\s+to\s+(?:\w+ly\s+)?$`)
)

// subjectStart returns the offset where a clause's subject begins: after
// a bullet or label, and after a fronted adverbial phrase ("In June 2009,
// ", "In our discussions with the GOB, "), which holds no verb. A trigger
// before that offset is part of the fronted phrase.
func subjectStart(clause string) int {
	if loc := quoteFrontRE.FindStringIndex(clause); loc != nil {
		return loc[1] // "'We cannot accept this,' Kasuri told the Charge": the speaker after the quotation
	}
	start := labelEnd(clause)
	if hasVerb(clause[:start]) {
		start = 0 // "The following countries sent delegations:" is no label
	}
	if !frontRE.MatchString(clause[start:]) {
		return start
	}
	for i := start; i < len(clause); {
		k, n := commaAt(clause[i:])
		if k < 0 {
			break
		}
		i += k + n
		if yearStartRE.MatchString(clause[i:]) || monthOf(firstWord(clause[i:])) != 0 && isCapital(clause[i]) {
			continue // the comma of "On December 8, 2009", "On Monday, May 9"
		}
		if hasVerb(clause[start : i-n]) {
			break // "From November 2008 to November 2009 Macedonian officials participated in ..., "
		}
		return i
	}
	return start
}

// quoteFrontRE is a quotation that opens a clause before its speaker:
// "'We cannot accept this,' ", "\"It is a fair question,\" ".
var quoteFrontRE = lazyre.New(`^\s*['"“‘][^'"“”‘’]{1,400}[,!?]['"”’]\s+`)

// commaAt returns where the first comma and space of s is, and their
// length: ", " or, the comma inside a closing quote, ",\" " (`the
// Washington "Forum for Sahel Partners," he`); -1 when there is none.
func commaAt(s string) (int, int) {
	k := strings.Index(s, ", ")
	if q := strings.Index(s, ",\" "); q >= 0 && (k < 0 || q < k) {
		return q, 3
	}
	return k, 2
}

func isCapital(b byte) bool { return b >= 'A' && b <= 'Z' }

// labelExpr is a bullet or label and the blanks after it: "-- ", "(C) ",
// "Summary: ", "Bilateral contacts: ".
const labelExpr = `(?:-+|\*|\(\w{1,3}\)|[A-Z][A-Za-z]+(?:[ /][A-Za-z]+){0,3}:)\s*`

// labelsRE opens a clause with one or more bullets or labels: a Word,
// whose automaton turns most clauses away within a few bytes, where
// `^(?:labelExpr)*` matches every clause, if only with nothing.
var labelsRE = mustWordRE(`^(?:` + labelExpr + `)+`)

// labelEnd returns where the bullets and labels that open a clause end,
// 0 when none does: where `^(?:labelExpr)*` ends its match, which is
// labelsRE's when there is one (TestLabelEnd).
func labelEnd(clause string) int {
	if loc := labelsRE.FindStringIndex(clause); loc != nil {
		return loc[1]
	}
	return 0
}

// afterSubordinator returns the part of a lead after its last
// subordinating word, and its offset: in "We are concerned that Iran has
// supplied" the subject of "supplied" is Iran. A relative clause that has
// a verb of its own (relativeOwnVerb) is stepped back over: in "officials
// who work with their Russian counterparts told" the subject of "told"
// runs from before "who".
func afterSubordinator(lead string) (string, int) {
	locs := subordinatorRE.FindAllStringIndex(lead, -1)
	if locs == nil {
		return lead, 0
	}
	i := len(locs) - 1
	for i >= 0 && relativeOwnVerb(lead, locs[i]) {
		i-- // "GOE interlocutors who regularly work with their Russian counterparts | told us": the relative clause has its verb
	}
	if i < 0 {
		return lead, 0
	}
	k := locs[i][1]
	return lead[k:], k
}

// relativeSubjects open the subject of a relative clause that is not its
// relative pronoun: "which he raised", "which the Minister told".
var relativeSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "our": true, "its": true, "this": true, "these": true}

// relativeOwnVerb reports whether the subordinator at loc in lead opens a
// relative clause of a subject ("who", "which") that holds words of its
// own, its verb among them: the verb after lead is the main clause's, and
// its subject stands before the relative pronoun.
func relativeOwnVerb(lead string, loc []int) bool {
	w := strings.ToLower(strings.TrimSuffix(lead[loc[0]:loc[1]], ","))
	if w != "who" && w != "which" || loc[0] == 0 || strings.HasSuffix(strings.TrimRight(lead[:loc[0]], " "), ",") {
		return false // a comma's relative clause is blanked by blankRelatives
	}
	if danglingRE.MatchString(strings.TrimRight(lead[:loc[0]], " ")) {
		return false // "a call on the PermSec in which she emphasized"
	}
	for _, f := range strings.Fields(lead[loc[1]:]) {
		if !strings.HasSuffix(f, "ly") && f != "also" {
			return (lowerWord(f) || isVerbWord(f)) && !relativeSubjects[f] // "who work with", "who met", not "which the Minister told"
		}
	}
	return false
}

var subordinatorRE = mustWordRE(`\b(?:that|which|who|whom|whose|because|when|whereas|although|though)\b,?`)

// actorOf tells who acts in a subject: the United States, another country
// or neither as far as the text says. people are the surnames of US
// officials the cable introduces with their titles.
func actorOf(subject string, cs []candidate, off int, people map[string]bool) int {
	for _, c := range cs {
		if c.start >= off && c.end <= off+len(subject) && !c.venue {
			before, _ := window(subject, c.start-off, 30)
			after := subject[c.end-off:]
			if usAndRE.MatchString(before) || andUSRE.MatchString(after) {
				continue // "the United States and India"
			}
			if strings.HasPrefix(after, "'s") && usActorRE.MatchString(after) {
				continue
			}
			return actorForeign
		}
	}
	us := findUSActor(subject, true)
	if f := foreignTitleRE.FindStringIndex(subject); f != nil && (us == nil || f[0] <= us[0]) {
		return actorForeign // "Foreign Secretary Miliband", not "Secretary Clinton and Foreign Minister Lavrov"
	}
	if us != nil || namesPerson(subject, people) {
		return actorUS
	}
	return actorUnknown
}

// namesPerson reports whether a text names one of people.
func namesPerson(s string, people map[string]bool) bool {
	if len(people) == 0 {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if people[strings.Trim(w, `,.;:'"()`)] {
			return true
		}
	}
	return false
}

// usDepartments are the US executive departments whose under and
// assistant secretaries the cables name: "Under Secretary of Defense".
const usDepartments = `State|Defense|Energy|Commerce|the Treasury|Homeland Security`

// usTitleRE introduces a US official by title: "ISN Deputy Assistant
// Secretary Vann Van Diepen", "Ambassador Anne E. Derse", "U/S Tauscher".
var usTitleRE = mustGatedRE(`\b(?:(?:Assistant|Under|Deputy) Secretary of (?:` + usDepartments + `)|Ambassador|Assistant Secretary|Under Secretary|Deputy Secretary|Secretary|Special Envoy|Coordinator|Charge d'Affaires|Charge|DAS|A/S|U/S|DCM|Senator|Congressman|Congresswoman|Representative|General|Admiral)(?: for [A-Z][\w-]*(?: [A-Z&][\w-]*)*)?((?: [A-Z][a-z]+| [A-Z]\.| (?:van|Van|de|De|al|Al)){1,4})`)

// learnPeople collects the surnames of officials a text introduces with a
// US title, unless a country's name stands just before the title.
//
// A title after a body of the host government ("MFA Americas Director
// General Sabri Boukadoum") names an official of home instead, which
// foreign records. codel reports whether the cable names US legislators,
// asked only of a legislator's title.
func learnPeople(s string, people map[string]bool, foreign map[string]string, home string, codel func() bool) {
	learnDelegations(s, people)
	for _, m := range usTitleRE.FindAllStringSubmatchIndex(s, -1) {
		words := strings.Fields(s[m[2]:m[3]])
		last := strings.Trim(words[len(words)-1], ".,")
		if len(last) <= 2 || isUSWord(last) || titleWords[last] || titleNouns[words[0]] || slices.ContainsFunc(words, isBodyNoun) {
			continue // "General Manager Luis Merida" is no general, the "General Affairs Committee" none
		}
		longBefore, _ := window(s, m[0], 90) // a ministry's portfolio may be long
		before := longBefore[max(0, len(longBefore)-40):]
		switch {
		case strings.HasPrefix(s[m[0]:], "Secretary") && diplomaticRankRE.MatchString(before):
			// "Second Secretary Yekaterina Chistova": a diplomat's rank, which
			// the cables give other governments' diplomats
		case foreignTitleEnds(s, m[0], m[2]):
			// "Swiss State Secretary Michael Ambuhl": the title is another
			// government's, which "Secretary" alone is not
		case foreignBeforeRE.MatchString(before) || foreign[last] != "":
			// "Brazil's Ambassador X": learnForeign links X to Brazil; "Ambassador
			// Cacho", named before as Spain's
		case hostBodyBeforeRE.MatchString(longBefore) || strings.HasPrefix(s[m[0]:], "General") && civilGeneralRE.MatchString(before) ||
			hostCommandBeforeRE.MatchString(before) && !usAny.MatchString(before):
			if _, ok := foreign[last]; !ok && home != "" {
				foreign[last] = home // "MFA Americas Director General Sabri Boukadoum"
			}
		case home != "" && (legislatorRE.MatchString(s[m[0]:m[2]]) && !codel() || hostPostRE.MatchString(s[m[1]:])):
			if _, ok := foreign[last]; !ok {
				// "Congresswoman Alvarado" in a post's report that names no US legislators;
				// "Ambassador Kassem, Director of the Sudan Department": an office of the hosts' ministry
				foreign[last] = home
			}
		case foreignPostRE.MatchString(s[m[1]:]):
			// "General Omar Suleiman, chief of the Egyptian General
			// Intelligence Service": not a US official
		default:
			people[last] = true
		}
	}
}

// foreignTitleEnds reports whether the US title of s[at:end] ends a
// longer title foreignTitleRE names: "State Secretary", "Permanent
// Secretary".
func foreignTitleEnds(s string, at, end int) bool {
	from := max(0, at-30)
	for _, k := range foreignTitleRE.FindAllStringIndex(s[from:end], -1) {
		if from+k[0] < at && from+k[1] >= at+len(firstWord(s[at:end])) {
			return true
		}
	}
	return false
}

// legislatorRE is the title of a legislator, which a post's report gives
// its hosts' unless it names a US congressional delegation (codelRE).
var legislatorRE = lazyre.New(`^(?:Senator|Congressman|Congresswoman)\b`)

// codelRE names US legislators in a cable: a congressional delegation, or
// a member of Congress written as such.
var codelRE = mustGatedRE(`\b(?:CODEL|Codel|codel|STAFFDEL|Staffdel|staffdel|[Cc]ongressional [Dd]elegation|U\.S\. (?:Senators?|Congress(?:man|woman|men)?|House|Representatives?)|(?:Senators?|Congress(?:man|woman)|Rep\.)\s+[A-Z][a-z]+\s+\([DR]-|Sen\.\s+[A-Z]|Rep\.?\s+[A-Z])`)

// diplomaticRankRE ends the text before "Secretary" when the title is
// a diplomat's rank: "First Secretary", "Second Secretary".
var diplomaticRankRE = lazyre.New(`\b(?:First|Second|Third)\s+$`)

// titleNouns continue a title usTitleRE would take for a name: "General
// Manager", "General Counsel", "Secretary General".
var titleNouns = map[string]bool{"Manager": true, "Counsel": true, "General": true, "Assembly": true, "Director": true,
	"Staff": true, "Consul": true, "Motors": true, "Electric": true}

// bodyNouns name a body, not a person: a title usTitleRE reads before one
// is part of the body's name ("the General Affairs Committee", "the
// Representative Office"). They are bodyWords and a government's offices.
var bodyNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range slices.Concat(bodyWords, []string{"Affairs", "Committee", "Department", "Directorate", "Authority",
		"Bureau", "Board", "Ministry", "Service", "Services", "Command", "Division"}) {
		m[w] = true
	}
	return m
}()

// isBodyNoun reports whether a word of a name names a body (bodyNouns).
func isBodyNoun(w string) bool { return bodyNouns[w] }

// foreignPostRE opens an appositive that gives a titled person a post in
// another country's body: ", chief of the Egyptian General Intelligence
// Service".
var foreignPostRE = lazyre.New(`^,\s+(?:[a-z]+\s+){1,3}of\s+the\s+[A-Z][a-z]+(?:ian|ese|ish|i|an)\s+[A-Z]`)

// hostPostRE opens an appositive that gives a titled person an office of
// a department, in a post's report its hosts': ", Director of the Sudan
// Department", ", head of the Americas Directorate".
var hostPostRE = lazyre.New(`^,\s+(?:the\s+)?(?:Deputy\s+)?(?:Director(?:\s+General)?|Head|Chief)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Department|Directorate|Division|Bureau|Section|Office|Desk)\b`)

// hostBodyBeforeRE ends the text before a title with a body of a
// government named without its country: "MFA Americas Director", "MOD
// Secretary General for Policy (Admiral Torrente)", "MOFA Director-General
// for Disarmament, Non-Proliferation and Science (Ambassador Nakane)".
var hostBodyBeforeRE = mustWordRE(`\b(?:` + foreignBodies + `|MOD|MOI|MOJ|Ministry|Presidency|Palace)\s+(?:(?:(?:` + portfolioWord + `),?\s+){0,7}(?:` + portfolioWord + `)\s+)?$`)

// portfolioWord is a word of a ministry's office before a title: a
// capitalised word, hyphens and all, or "for", "of", "and". Only the last
// before the title may not end with a comma ("..., Patrick Maisonnave, U/S
// Tauscher" names two people).
const portfolioWord = `[A-Z][a-z]+(?:-[A-Z][a-z]+)*|for|of|and`

// hostCommandBeforeRE ends the text before an officer's rank that a
// command or service names, in a post's report the host's unless a US
// word is there: "Military Commander General Mario Montoya", not
// "CENTCOM Commander General Petraeus"; a name in parentheses may come
// between: "Rural Security Police ("Carabineros") General Gomez", and an
// abbreviated rank: "Chief of Defence Staff Lt. General Gomez".
var hostCommandBeforeRE = mustWordRE(`\b(?:Commander|Army|Armed Forces|Military|Navy|Air Force|Police|Gendarmerie|Carabineros|` +
	`Chief of (?:the )?(?:Defen[cs]e |General )?Staff)(?:\s+[("]*[A-Z][\w()"-]*\.?){0,3}\s+$`)

// civilGeneralRE ends the text before a "General" that closes a civil
// title rather than naming an officer: "Director General", "Consul General".
var civilGeneralRE = mustWordRE(`\b(?:Director|Attorney|Inspector|Consul|Secretary|Solicitor|Auditor|Governor|Accountant|Procurator|Postmaster|Surgeon|Comptroller|Registrar)\s+$`)

// usStaffRE names a US official by a body of Congress or a congressional
// delegation: "Senior Professional Staff Member of the Senate Foreign
// Relations Committee Carl Meacham", "STAFFDEL CARL MEACHAM".
var usStaffRE = mustGatedRE(`\b(?:(?:Senate|House)(?: [A-Z][a-z]+){0,4} (?:Committee|Caucus)|CODEL|Codel|STAFFDEL|Staffdel)\s+((?:[A-Z][A-Za-z]+\s+)?[A-Z][A-Za-z]+)\b`)

// learnDelegations adds to people the surnames usStaffRE finds, in the
// case of a name ("Meacham" for "MEACHAM").
func learnDelegations(s string, people map[string]bool) {
	for _, m := range usStaffRE.FindAllStringSubmatchIndex(s, -1) {
		words := strings.Fields(s[m[2]:m[3]])
		last := words[len(words)-1]
		if len(last) > 2 && !titleWords[last] && !isUSWord(last) {
			people[strings.ToUpper(last[:1])+strings.ToLower(last[1:])] = true
		}
	}
}

// titleWords are the words of titles, which usTitleRE may take for a
// surname: "Under Secretary General" names no General.
var titleWords = map[string]bool{"General": true, "Secretary": true, "Assistant": true, "Deputy": true, "Under": true,
	"Ambassador": true, "Coordinator": true, "Envoy": true, "Special": true, "Admiral": true, "Counselor": true}

// foreignBeforeRE ends with an adjective placing a title in another
// government, or in its party or body: "Azerbaijani Deputy Foreign
// Minister", "the Chinese Ambassador", "Indian Congress Party General".
var foreignBeforeRE = mustWordRE(`\b(?:[A-Z][a-z]+(?:an|ese|i|ish|ch|ian)\s+(?:[A-Z][a-z]+\s+){0,3}|(?:Foreign|Cabinet|Permanent|Parliamentary|Principal|MFA|MRE|MOFA|MEA|FCO|GO[A-Z]{1,2}|Ministry|Minister|Government)\s+(?:[A-Z][a-z]+\s+)?)$`)

// irrealis reports whether the text from a clause's subject to its
// trigger makes the action a plan, wish, request or negation, or an
// infinitive ("to host") rather than something done.
func irrealis(lead string) bool {
	if m := infinitiveRE.FindStringSubmatch(lead); m != nil && !continuingRE.MatchString(lead) && !determiners[strings.ToLower(m[1])] {
		return true
	}
	hit := false
	eachWord(lead, func(w string) bool {
		hit = irrealisWords().Get(w)
		return !hit
	})
	return hit && irrealisRE.MatchString(lead) || strings.Contains(lead, "n't") || wishedRE.MatchString(lead)
}

// irrealisWords are the words irrealisRE's matches begin with (read from
// its syntax tree), to skip it when a lead holds none.
var irrealisWords = sync.OnceValue(func() *wordTable[bool] {
	words, ok := firstWordsOf(irrealisRE.String())
	if !ok {
		panic("extract: irrealisRE has no first words to stand for it")
	}
	t := &wordTable[bool]{}
	for _, w := range words {
		t.Set(w, true)
	}
	return t
})

// determiners stand between "to" and a noun: "returned to the talks" is
// not an infinitive.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "these": true, "those": true, "bilateral": true, "further": true}

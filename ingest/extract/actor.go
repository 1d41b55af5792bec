package extract

import (
	"regexp"
	"strings"
)

// Who performs the action of a clause, as far as its subject tells.
const (
	actorUnknown = iota // a person or body the text does not place
	actorUS             // the United States: "the U.S.", "EXBS", "we", "Embassy Paris", "A/S Smith"
	actorForeign        // another country acts: "Iran had pressed Azerbaijan", "Foreign Minister Amorim urged"
)

var (
	// usActorRE names the United States or one of its agencies, posts,
	// officials or programmes.
	usActorRE = regexp.MustCompile(`\bU\.\s?S\.|\b(?:United States|USG|USDEL|EXBS|Washington|Embassy|Mission|Department|Dept|ISN|Post|[Ee]mb[Oo]ffs?|[Pp]ol[Oo]ffs?|[Ee]con[Oo]ffs?|Ambassador|Amb|Charge|Assistant Secretary|Under Secretary|Deputy Secretary|Secretary of State|DAS|A/S|U/S|Codel|CODEL|Staffdel|[Ww]e|[Oo]ur|[Tt]he delegation|[Tt]he team)\b`)
	// foreignTitleRE names an office of another government.
	foreignTitleRE = regexp.MustCompile(`\b(?:Minister|Ministry|President|Prime Minister|Premier|King|Emir|Sheikh|Prince|Chancellor|Parliament|MFA|MOFA|MOD|Vice-Minister|Vice Minister|Foreign Secretary)\b`)
	// irrealisRE marks a clause that states no fact: a plan, a wish, a
	// request, a recommendation, a condition or a negation.
	irrealisRE = regexp.MustCompile(`(?i)\b(?:will|would|should|could|can|cannot|may|might|must|shall|not|n't|never|no longer|if|whether|unless|plans?|planned|planning|intends?|intended|expects?|expected|hopes?|hoped|wants?|wanted|wish(?:es|ed)?|agreed|agrees|offered|offers|propos(?:es|ed)|recommends?|recommended|suggests?|suggested|ask(?:s|ed)|requests?|requested|seeks?|sought|declined|refused|failed|designed|ready|willing|prepared|invited|able|unable|likely|would like|look(?:s|ed|ing)? forward)\b`)
	// frontRE opens a clause with an adverbial phrase before its subject:
	// "In June 2009, ", "Since the 2008 Canberra Plenary, ".
	frontRE = regexp.MustCompile(`^(?:In|On|During|Since|From|Between|After|Before|At|Throughout|Over|Also|Last|Earlier|Later|This|As|Following|Prior|Shortly|Recently|Separately|Additionally|Subsequently|Meanwhile|Most|Both|Until|Through|By|For|Under|With|Despite|Beginning|Starting)\b`)
	// infinitiveRE ends the text before a trigger that is an infinitive
	// ("to host"), unless it continues an action ("continued to train").
	infinitiveRE = regexp.MustCompile(`(?i)\bto\s+(?:\w+ly\s+)?$`)
	yearStartRE  = regexp.MustCompile(`^(?:19|20)\d\d\b`)
	continuingRE = regexp.MustCompile(`(?i)\b(?:continu(?:e|es|ed|ing)|began|begun|begins|started|starts|work(?:s|ed|ing)?|helped|helps|went on|used|sought)\s+to\s+(?:\w+ly\s+)?$`)
)

// subjectStart returns the offset where a clause's subject begins: after
// a fronted adverbial phrase ("In June 2009, ") when there is one before
// the trigger at offset trig.
func subjectStart(clause string, trig int) int {
	if !frontRE.MatchString(clause) {
		return 0
	}
	for i := 0; i < trig; {
		k := strings.Index(clause[i:trig], ", ")
		if k < 0 {
			break
		}
		i += k + 2
		if !yearStartRE.MatchString(clause[i:]) {
			return i // not the comma of "On December 8, 2009"
		}
	}
	return 0
}

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
	if usActorRE.MatchString(subject) || namesPerson(subject, people) {
		return actorUS
	}
	if foreignTitleRE.MatchString(subject) {
		return actorForeign
	}
	return actorUnknown
}

// namesPerson reports whether a text names one of people.
func namesPerson(s string, people map[string]bool) bool {
	if len(people) == 0 {
		return false
	}
	for _, w := range strings.Fields(s) {
		if people[strings.Trim(w, `,.;:'"()`)] {
			return true
		}
	}
	return false
}

// usTitleRE introduces a US official by title: "ISN Deputy Assistant
// Secretary Vann Van Diepen", "Ambassador Anne E. Derse", "U/S Tauscher".
var usTitleRE = regexp.MustCompile(`\b(?:Ambassador|Assistant Secretary|Under Secretary|Deputy Secretary|Secretary|Special Envoy|Coordinator|Charge d'Affaires|Charge|DAS|A/S|U/S|DCM|Senator|Congressman|Congresswoman|Representative|General|Admiral)(?: for [A-Z][\w-]*(?: [A-Z&][\w-]*)*)?((?: [A-Z][a-z]+| [A-Z]\.| (?:van|Van|de|De|al|Al)){1,4})`)

// learnPeople collects the surnames of officials a text introduces with a
// US title, unless a country's name stands just before the title.
func learnPeople(s string, people map[string]bool) {
	for _, m := range usTitleRE.FindAllStringSubmatchIndex(s, -1) {
		before, _ := window(s, m[0], 25)
		if foreignBeforeRE.MatchString(before) {
			continue
		}
		words := strings.Fields(s[m[2]:m[3]])
		last := strings.Trim(words[len(words)-1], ".,")
		if len(last) > 2 && !isUSWord(last) {
			people[last] = true
		}
	}
}

// foreignBeforeRE ends with an adjective placing a title in another
// government: "Azerbaijani Deputy Foreign Minister", "the Chinese Ambassador".
var foreignBeforeRE = regexp.MustCompile(`\b[A-Z][a-z]+(?:an|ese|i|ish|ch|ian)\s+(?:Deputy\s+|Vice\s+)?$`)

// irrealis reports whether the text from a clause's subject to its
// trigger makes the action a plan, wish, request or negation, or an
// infinitive ("to host") rather than something done.
func irrealis(lead string) bool {
	if infinitiveRE.MatchString(lead) && !continuingRE.MatchString(lead) {
		return true
	}
	return irrealisRE.MatchString(lead)
}

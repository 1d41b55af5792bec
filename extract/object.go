package extract

import (
	"slices"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
)

var (
	// toArgRE and aboutArgRE open what someone was urged to do or briefed
	// on: "urged Botswana to subscribe to the HCOC", "informed Bahrain of
	// the results of the 2008 Canberra MTCR Plenary".
	toArgRE    = mustWordRE(`(?i)\b(?:to|on|regarding|about)\s`)
	aboutArgRE = mustWordRE(`(?i)\b(?:on|of|about|regarding|concerning)\s`)
	// moreArgRE joins a second subject matter: "on the HCOC and on the MTCR Guidelines".
	moreArgRE = lazyre.New(`(?i)^\s*,?\s*(?:and|as well as)\s+(?:also\s+)?(?:on|of|about|to)\s`)
	// resultsOfRE opens a briefing's subject: "the outcome of the plenary".
	resultsOfRE = lazyre.New(`(?i)^\s*(?:the\s+)?(?:results?|outcomes?|conclusions?|decisions?|proceedings|work|deliberations)\s+(?:of|at)\s+`)
	// anaphorRE is an event named by its kind alone: "the workshop", "the plenary".
	anaphorRE = lazyre.New(`(?i)^\s*(?:the|this|that|these|those)\s+(?:same\s+|recent\s+|latest\s+|last\s+|(?:one|two|three|four|five|\d)-day\s+|(?-i:[A-Z][a-z]+)\s+)?(workshops?|conferences?|seminars?|symposium|plenary|meetings?|courses?|academy|summit|forum|exercises?|briefings?|code|regime|arrangement|guidelines|convention|treaty|initiative|event|gathering)\b`)
	// complementRE continues an event's noun with its topic: "workshop on
	// UNSCR 1540 implementation".
	complementRE = lazyre.New(`^\s+(?:on|of)\s+[^,.;:()]*`)
	// eventStopRE ends a lower-case event phrase.
	eventStopRE = lazyre.New(`\s(?:in|at|held|that|which|as|with|where|during|from|to|for|by|hosted|organized|sponsored|co-sponsored|funded|before|after|since|and|or)\b`)
	// visitNounRE follows a name that stands for people, not an event:
	// "hosted a FATF delegation", "hosted the Ambassador for dinner".
	visitNounRE = lazyre.New(`^\s+(?:delegations?|team|visits?|mission|officials?|dinner|lunch|reception|ambassador|minister)\b`)
)

// courseTopicRE finds the subject of a course named by it: "an
// interdiction course", "a licensing training".
var courseTopicRE = lazyre.New(`^\s*(?:\S+\s+){0,2}?([a-z][a-z -]*?)\s+(?:training|courses?)\b`)

// genericNouns name a kind of event or regime; a name that is nothing but
// one of them refers to a fuller name stated before ("the Code").
var genericNouns = map[string]bool{"workshop": true, "conference": true, "seminar": true, "symposium": true,
	"plenary": true, "meeting": true, "course": true, "academy": true, "summit": true, "forum": true,
	"exercise": true, "briefing": true, "code": true, "regime": true, "arrangement": true, "guidelines": true,
	"convention": true, "treaty": true, "initiative": true, "program": true, "programme": true}

// buildFacts fills in the event and topics of a clause's action.
func (x *cableContext) buildFacts(si int, clause string, ms []mention, group []candidate, action string, t trigger, loc []int, dates []period, per period) []fact {
	last := group[len(group)-1]
	after := max(loc[1], last.end)
	action, events, topics, ok := x.actionObject(si, clause, ms, action, t, loc, dates, after)
	if !ok {
		return nil
	}
	if len(events) == 0 {
		events = []string{""}
	}
	if chairs(clause[loc[0]:loc[1]]) && (events[0] == "" || genericEvent(events[0])) {
		return nil // "chaired the session": left to the readers of the gathering a cable reports
	}
	x.canonicalEvents(si, events)
	unnamed := action == Attended && events[0] == "" && (t.role == roleSubject && (bareRestRE.MatchString(clause[loc[1]:]) || t.delegate) &&
		!relativeLeadRE.MatchString(clause[max(0, loc[0]-40):loc[0]]) ||
		t.role == roleListed && eventNounRE.MatchString(clause[:loc[0]])) // "The conference brought together delegations from"
	if unnamed {
		// "Guatemala also participated.": attendance of a gathering the
		// text does not name (attendedEvent found none), by a delegation,
		// not a desk or a private party
		if group = withoutPrivateParties(clause, withoutPortfolios(clause, group)); len(group) == 0 {
			return nil // "Iran Task Force Director Krueger attended", "Brazilian graduate students"
		}
	}
	if (action == Attended && !unnamed || action == Hosted) && events[0] == "" ||
		action == Trained && events[0] == "" && len(topics) == 0 && !usTrainingRE.MatchString(clause[loc[1]:]) && !trainedByUS(clause[loc[1]:]) {
		return nil // "participating in landing of explosives": no event, no topics
	}
	var out []fact
	for _, e := range events {
		if e != "" && eventKind(e) != "other" {
			x.named = append(x.named, namedEvent{sent: si, start: loc[0], name: e})
		}
		for _, c := range group {
			f := fact{iso: c.iso, action: action, event: e, topics: topics, per: per, sent: si}
			f.tail = strings.ToLower(strings.TrimSpace(clause[min(after, len(clause)):]))
			f.truncated = x.sents[si].truncated && !endsSentence(clause)
			f.dangling = f.truncated && danglingRE.MatchString(strings.TrimRight(clause, " "))
			f.clause = clause
			out = append(out, f)
		}
	}
	return out
}

// delegateTitles are the titles of one a country sends to a gathering,
// for the trigger of attendance that names the delegate.
const delegateTitles = `ministers?|ambassador|envoy|president|representative|deputy|secretary|chief|head`

// teaches reports whether a verb of training is one of teaching, whose
// object is the course or the skill taught ("taught a course to",
// "teaching boarding procedures to").
func teaches(verb string) bool {
	return strings.EqualFold(verb, "taught") || strings.EqualFold(verb, "teaching")
}

// relativeLeadRE ends the words before a verb of attendance with a
// relative pronoun whose antecedent is the object: "the Global Initiative,
// in which Kazakhstan participates".
var relativeLeadRE = mustWordRE(`\b(?:in|at|to)\s+which\s+(?:[\w'’-]+\s+){0,4}$`)

// portfolioRE follows a country's name that is an official's portfolio,
// not his country: "Afghanistan desk officer", "Iran Task Force Director".
var portfolioRE = lazyre.New(`^(?i:\s+(?:desk|task force|director|coordinator|office|affairs|section|unit|team|working group|officer|specialist|expert|analyst|watcher)s?)\b`)

// withoutPortfolios returns group without the countries that name an
// official's portfolio (portfolioRE).
func withoutPortfolios(clause string, group []candidate) []candidate {
	return slices.DeleteFunc(slices.Clone(group), func(c candidate) bool { return portfolioRE.MatchString(clause[c.end:]) })
}

// usSchoolRE opens the words after a verb of attendance with a US school
// of military or law-enforcement education, its name group 1: "the U.S.
// Army War College", "the Command and General Staff College at Fort
// Leavenworth", "ILEA Gaborone".
var usSchoolRE = lazyre.New(`^\s+(?:the\s+)?((?:U\.S\.\s+|US\s+)?(?:(?:Army|Naval|Navy|Air|Air Force|Marine Corps|National|Joint|Inter-American)\s+)*` +
	`(?:War College|Command and General Staff College|Staff College|Postgraduate School|Military Academy|Naval Academy|Air Force Academy|Defense University|Defense College|` +
	`International Law Enforcement Academy|ILEA(?:\s+[A-Z][a-z]+)?|Western Hemisphere Institute for Security Cooperation|WHINSEC|Marshall Center|George C\. Marshall (?:European )?Center(?: for Security Studies)?))\b`)

// usSchool returns the US school rest opens with (usSchoolRE), or "" when
// there is none or the name goes on to one of its courses ("the ILEA
// course", read as a course).
func usSchool(rest string) string {
	m := usSchoolRE.FindStringSubmatchIndex(rest)
	if m == nil || courseAfterRE.MatchString(rest[m[1]:]) {
		return ""
	}
	return strings.TrimSpace(rest[m[2]:m[3]])
}

// courseAfterRE opens the words after a school's name with one of its
// offerings.
var courseAfterRE = lazyre.New(`^\s+(?:[a-z][a-z-]*\s+){0,2}(?:` + courseNouns + `|seminars?|workshops?)\b`)

// courseNouns name a course in lower case, for courseAfterRE, courseObjRE
// and courseNameRE.
const courseNouns = `courses?|training|programs?`

// usTrainingRE is training the United States gave, named as such:
// "participated in U.S.-sponsored training", "received USG-funded
// training".
var usTrainingRE = lazyre.New(`^\s*(?:[a-z]+\s+)?(?:U\.S\.|US|USG|American)-(?:sponsored|funded|led|provided)\s+(?:[a-z-]+\s+){0,2}(?:training|courses?)\b`)

// usGivenCourse reports whether an event attended, named in the clause
// after offset from, is a course or programme the US side gave: its name
// says so ("the U.S. Coast Guard's International Maritime Officer
// Course"), or the words after it place it at a US school ("Program at
// ILEA San Salvador") or name the US side as who gave it ("a course that
// the Embassy's INL program held", "taught by FBI instructors").
func usGivenCourse(clause string, from int, event string) bool {
	var end int // where the course's name ends in the clause
	if event == "" {
		m := courseObjRE.FindStringIndex(clause[from:]) // "a course taught by FBI instructors"
		if m == nil {
			return false
		}
		end = from + m[1]
	} else {
		at := strings.Index(clause[from:], event)
		if !courseNameRE.MatchString(event) || at < 0 {
			return false
		}
		end = from + at + len(event)
	}
	if usOwnerRE.MatchString(clause[from:end]) {
		return true // "the U.S. Coast Guard's International Maritime Officer Course"
	}
	tail := headOf(clause[end:], 100)
	if m := courseAtRE.FindStringIndex(tail); m != nil && usSchool(tail[m[1]-1:]) != "" {
		return true
	}
	if namesUSAfter(givenByRE, tail) {
		return true
	}
	m := courseRelativeRE.FindStringIndex(tail)
	if m == nil {
		return false
	}
	giver := firstWords(tail[m[1]:], 6)
	k := usActorRE.FindStringIndex(giver)
	return k != nil && k[0] == 0 && courseVerbRE.MatchString(giver[k[1]:])
}

var (
	// courseNameRE names a course, not a workshop or seminar, which a US
	// command may organize for many countries who attend it ("the Black
	// Sea Maritime Security Workshop ..., organized by the U.S. European
	// Command").
	courseNameRE = mustWordRE(`(?i)\b(?:` + courseNouns + `|programmes?|academy)\b`)
	// usOwnerRE names a US service or agency as the owner of a course:
	// "the U.S. Coast Guard's". (A course a US programme sponsored,
	// "an EXBS-sponsored International Border Interdiction Training", is
	// attended, as the seed cable's reading has it.)
	usOwnerRE = lazyre.New(`\b(?:U\.S\.|US)\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s`)
	// courseObjRE is a course named in lower case after a verb of
	// attendance: " a course", " a two-week training".
	courseObjRE = lazyre.New(`^\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:` + courseNouns + `)\b`)
	// courseAtRE opens the words after a course with the school it was
	// given at, the school's name next.
	courseAtRE = lazyre.New(`^(?:\s+in\s+[A-Z][\w-]*)?\s+at\s`)
	// givenByRE opens the words after a course with who gave it: "taught
	// by", "organized by"; not who sponsored or funded it, which a
	// gathering of many (a workshop "which the United States
	// co-sponsored") is as well.
	givenByRE = lazyre.New(`^[^.;]{0,40}?\b(?:taught|given|conducted|organized|organised|run|led|delivered|provided|held)\s+by\s+(?:the\s+)?`)
	// courseRelativeRE opens a relative clause after a course, whose
	// subject and verb may say who gave it (courseVerbRE): "that the
	// Embassy's INL program held".
	courseRelativeRE = lazyre.New(`^[^.;]{0,40}?\b(?:that|which)\s+(?:the\s+)?`)
	courseVerbRE     = mustWordRE(`\b(?:held|taught|conducted|organized|organised|ran|led|delivered|provided|gave)\b`)
)

// trainerAfterRE opens the giver of training in the words after its verb
// or noun: " from", " by", " a course taught by".
var trainerAfterRE = lazyre.New(`^[^.;,]{0,50}?\b(?:from|by)\s+(?:the\s+)?`)

// trainedByUS reports whether the text after a verb of receiving
// training names the US side as its giver: "received predeployment
// training from ACOTA instructors", "by FBI instructors".
func trainedByUS(rest string) bool { return namesUSAfter(trainerAfterRE, rest) }

// namesUSAfter reports whether re, which opens the words that name a
// giver ("taught by", "from"), matches s and the US side is among the
// four words after it.
func namesUSAfter(re *lazyre.Regexp, s string) bool {
	k := re.FindStringIndex(s)
	return k != nil && usActorRE.MatchString(firstWords(s[k[1]:], 4))
}

// actionObject reads what the action at loc in a clause is about: the
// action as its object refines it (attending a course is training), its
// events and its topics. It returns false when the clause states no such
// action ("Brazil later joined the NPT").
func (x *cableContext) actionObject(si int, clause string, ms []mention, action string, t trigger, loc []int, dates []period, after int) (string, []string, []string, bool) {
	var events []string
	var topics []string
	rest := clause[loc[1]:]
	school := ""
	if action == Attended {
		school = usSchool(rest)
	}
	switch {
	case school != "":
		// "graduated from the U.S. Army War College": US military
		// education, which the school's name is the event of
		action, events = Trained, []string{school}
	case action == Attended && trainingObjRE.MatchString(rest):
		action = Trained
		topics = topicsAfter(clause, loc[1])
		if len(topics) == 0 {
			// "participated in an EXBS-funded interdiction course"
			if m := courseTopicRE.FindStringSubmatch(rest); m != nil && !skipWords[m[1]] {
				topics = []string{m[1]}
			}
		}
		if strings.Contains(clause, "EXBS") {
			events = []string{"EXBS"}
		}
	case action == Attended && consultObjRE.MatchString(rest):
		action = Discussed
		topics = topicsAfter(clause, loc[1])
	case t.re == hostedByRE:
		if st, en := eventSpanBefore(clause, loc[0]); st >= 0 {
			events = []string{strings.TrimSpace(clause[st:en])}
		}
	case action == Attended || action == Hosted:
		e, ok := x.attendedEvent(si, clause, ms, action, t, loc, dates)
		if !ok {
			return action, nil, nil, false
		}
		events = []string{e}
		if action == Attended && usGivenCourse(clause, loc[1], e) {
			action = Trained // "attended the U.S. Coast Guard's International Maritime Officer Course", "graduated from the ... Program at ILEA San Salvador"
		}
	case action == Urged:
		events = x.argEvents(si, clause, ms, dates, after, toArgRE, 5)
	case action == Informed:
		events = x.argEvents(si, clause, ms, dates, after, aboutArgRE, 6)
	case action == Discussed:
		events = []string{x.discussedEvent(clause, ms, loc, dates)}
	case action == Assisted:
		events = x.assistedEvents(clause, ms, loc, dates)
	case action == Trained && t.role == roleObject && !strings.HasPrefix(strings.ToLower(clause[loc[0]:loc[1]]), "train") &&
		!teaches(clause[loc[0]:loc[1]]):
		// "EXBS conducted a Targeting and Risk Management course"
		e := x.eventObject(si, clause, ms, dates, loc[1])
		if eventKind(x.canonical(e)) != "training" {
			return action, nil, nil, false
		}
		events = []string{e}
		topics = topicsAfter(clause, loc[1])
	case action == Trained:
		topics = topicsAfter(clause, loc[1])
		if strings.Contains(clause, "EXBS") {
			events = []string{"EXBS"}
		} else if e := x.eventObject(si, clause, ms, dates, loc[1]); len(topics) == 0 && teaches(clause[loc[0]:loc[1]]) &&
			eventKind(x.canonical(e)) == "training" {
			events = []string{e} // "taught a crime scene investigation course to 32 investigators of"
		} else if k := strings.Index(rest, " to "); len(topics) == 0 && k > 0 && k < 80 && !strings.HasPrefix(strings.ToLower(clause[loc[0]:loc[1]]), "train") {
			topics = []string{strings.TrimSpace(rest[:k])} // "teaching small-boat maintenance to 45 Yemen Coast Guard personnel": what was taught
		}
	}
	return action, events, topics, true
}

// attendedEvent is the event attended or hosted at loc: the object of the
// verb, or the event the text is about when the clause names none. It
// returns false when "joined" names a membership, not attendance.
func (x *cableContext) attendedEvent(si int, clause string, ms []mention, action string, t trigger, loc []int, dates []period) (string, bool) {
	rest := clause[loc[1]:]
	e := x.eventObject(si, clause, ms, dates, loc[1])
	if e == "" && t.role == roleSubject && t.re != hostedByRE {
		_, e = relativeObject(x.sents[si].text[:x.clauseOff], clause, loc) // "the summit Brazil was hosting", "the CICTE conference, which he had attended"
	}
	cut := x.sents[si].truncated && !endsSentence(clause) && danglingRE.MatchString(strings.TrimRight(clause, " "))
	if e == "" && action == Attended && hasPrefixFold(rest, " by") {
		if st, en := eventSpanBefore(clause, loc[0]); st >= 0 && !genericEvent(x.canonical(strings.TrimSpace(clause[st:en]))) {
			e = strings.TrimSpace(clause[st:en]) // "The ECOWAS summit was attended by"
		}
		if e == "" {
			e = x.anaphor(si, clause, subjectStart(clause)) // "The Cairo workshop was well attended by"
		}
		if se, _ := x.subjectEvent(); e == "" && se != "" && x.namesKindOf(clause[subjectStart(clause):loc[0]], se) {
			e = se // the workshop the cable's subject names
		}
	}
	if e == "" && action == Attended && (t.role == roleListed || hasPrefixFold(rest, " by") || bareRestRE.MatchString(rest) || cut || t.delegate) {
		// "with Uruguay and Paraguay attending as observers",
		// "Participants included delegations from Chile", "attended
		// the" where a re-publication lost the line's end: the event
		// the text is about
		e = x.contextEvent(si, loc[0])
	}
	if k := eventKind(x.canonical(e)); membershipVerbRE.MatchString(clause[loc[0]:loc[1]]) &&
		(k == "regime" || k == "programme" || k == "other") {
		return "", false // "Brazil later joined the NPT", "Iceland participates in the Visa Waiver Program": membership, not attendance
	}
	return e, true
}

// objectRelativeRE ends the words between an event's noun and a verb of
// attending or hosting whose object it is, in a relative clause: the
// subject (group 1), a pronoun or a name of up to four capitalised words,
// after "which" or "that" or right after the noun, and the auxiliaries of
// the verb: "summit| Brazil was ", "conference|, which he had ", "event|
// FM Diop ", "workshop|, which the Ministry of Interior ". A comma with
// no "which" or "that" ends a fronted phrase, not a noun ("After the
// summit, Brazil hosted").
var objectRelativeRE = mustWordRE(`(?:,\s*(?:which|that)\s+|\s+(?:(?:which|that)\s+)?)` +
	`(he|she|they|it|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w.'’-]*)\s+` +
	`(?:(?:had|has|have|was|were|also|just|recently|successfully|previously|once|itself)\s+)*$`)

// noObjectRE opens the words after a verb of attending or hosting that
// take no object of their own: the end, a mark, or a preposition ("hosted
// in her honor", "was hosting for all countries"), as in a relative
// clause whose object came before.
var noObjectRE = mustWordRE(`^\s*(?:$|[,.;:)]|(?:in|on|at|for|with|during|last|earlier|from|by|to|since|before|after|and|but|when|where)\b)`)

// relativeObject reads a verb of attending or hosting at loc in a clause
// (the sentence's words before it in before) whose object is the event
// before it, in a relative clause ("the summit Brazil was hosting for all
// countries in the hemisphere", "a farewell event FM Diop hosted in
// her honor", "the CICTE conference, which he had attended"). It returns
// where the verb's subject starts in before+clause and the event, or -1
// and "". Only a verb with no object after it is read: few are.
func relativeObject(before, clause string, loc []int) (int, string) {
	if !noObjectRE.MatchString(clause[loc[1]:]) {
		return -1, ""
	}
	text := before + clause[:loc[0]]
	from := max(0, len(text)-160) // the subject and the event's noun stand near the verb
	m := objectRelativeRE.FindStringSubmatchIndex(text[from:])
	if m == nil {
		return -1, ""
	}
	end := from + m[0]
	if st := eventNameBefore(text, end); st >= 0 {
		return from + m[2], strings.TrimSpace(text[st:end])
	}
	if e := socialEventBefore(text[max(0, end-40):end]); e != "" {
		return from + m[2], e
	}
	return -1, ""
}

// socialEventBefore returns the social event whose noun (socialEventRE)
// ends a text, after a determiner, with one lower-case modifier at most:
// "a reception", "a farewell event"; "" when none does.
func socialEventBefore(text string) string {
	words := strings.Fields(text)
	n := len(words)
	switch {
	case n < 2 || !socialEventRE.MatchString(words[n-1]):
		return ""
	case determiners[strings.ToLower(words[n-2])]:
		return words[n-1]
	case n > 2 && determiners[strings.ToLower(words[n-3])] && words[n-2] == strings.ToLower(words[n-2]):
		return words[n-2] + " " + words[n-1]
	}
	return ""
}

// membershipVerbRE is a verb of attending that, with a regime or a
// programme, states membership: joining, or taking part as a habit.
var membershipVerbRE = lazyre.New(`^(?i:joined|participates|participate|takes part|take part)\b`)

// discussedEvent is the regime or programme discussed: a name around the
// verb, or one right after it ("raised the HCOC with ...").
func (x *cableContext) discussedEvent(clause string, ms []mention, loc []int, dates []period) string {
	const caps = false // the working copy is in mixed case
	e := spanAround(clause, ms, loc, caps)
	if eventKind(x.canonical(e)) == "other" {
		e = ""
	}
	if st, en := spanFrom(clause, loc[1], ms, dates, caps, 1); e == "" && st >= 0 {
		// "raised the HCOC with Ecuadorian counterparts"
		if k := eventKind(x.canonical(clause[st:en])); k == "regime" || k == "programme" {
			e = clause[st:en]
		}
	}
	return e
}

// assistedEvents is what was sponsored or funded at loc: a named
// training, a lower-case workshop phrase, or EXBS when the clause names it.
func (x *cableContext) assistedEvents(clause string, ms []mention, loc []int, dates []period) []string {
	const caps = false // the working copy is in mixed case
	if st, en := namedSpan(clause, loc[1], ms, dates, caps); st >= 0 && eventKind(x.canonical(clause[st:en])) == "training" {
		return []string{clause[st:en]}
	}
	if p := lowerEventPhrase(clause, loc[1]); strings.Contains(p, " ") && sponsorRE.MatchString(clause[loc[0]:loc[1]]) &&
		namedEventHeadRE.MatchString(eventHead(p)) {
		return []string{p} // "sponsored a legal/regulatory workshop on strategic trade legislation for"
	}
	if strings.Contains(clause, "EXBS") {
		return []string{"EXBS"}
	}
	return nil
}

// canonicalEvents replaces each named event with its canonical name, in
// title case first when the sentence is in capitals.
func (x *cableContext) canonicalEvents(si int, events []string) {
	for i, e := range events {
		if e != "" && x.sents[si].caps && e != "EXBS" {
			e = titleCase(e)
		}
		if e != "" {
			events[i] = x.canonical(e)
		}
	}
}

// namedEventHeadRE ends the head of a phrase that names one event (not
// "equipment and training").
var namedEventHeadRE = mustWordRE(`(?i)\b(?:workshops?|conferences?|seminars?|symposium|courses?|academy|forums?|exercises?|summit|briefings?)$`)

// nameHead returns an event's name up to its complement: "8th Regular
// Meeting" of "8th Regular Meeting of HCOC Subscribing States".
func nameHead(name string) string {
	for _, sep := range []string{" of ", " on ", " for ", " in "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	return name
}

// eventHead returns a phrase up to its complement: "legal/regulatory
// workshop" of "legal/regulatory workshop on strategic trade legislation".
func eventHead(p string) string {
	if i := strings.Index(p, " on "); i >= 0 {
		p = p[:i]
	}
	if i := strings.Index(p, " of "); i >= 0 {
		p = p[:i]
	}
	return p
}

// sponsorRE is a verb of giving that gives an event: "sponsored a workshop".
var sponsorRE = lazyre.New(`(?i)^(?:sponsored|funded|organized|organised|conducted|provided|delivered|supported)$`)

// bareRestRE is what may follow a verb of attending that names no event:
// nothing, "as observers", a place or a date.
var bareRestRE = lazyre.New(`^(?:\s*,?\s*(?:also|too|as well|again|as (?:an? )?(?:observers?|guests?|participants?|delegates?)))*\s*(?:[,.;:]|$|(?:in|at|on|during|for the first time|from|including|with|(?:led|headed) by)\b)`)

// contextKinds are the kinds of event a bare "attended" refers to.
var contextKinds = map[string]bool{"conference": true, "training": true, "meeting": true, "plenary": true}

// contextEvent returns the event a clause that names none is about: one
// attended or hosted in an earlier clause of the sentence, else the
// nearest conference, course, meeting or plenary named before it in the
// same section, a few sentences back at most.
func (x *cableContext) contextEvent(si, at int) string {
	if n := len(x.sentEvents); n > 0 {
		return x.sentEvents[n-1]
	}
	best, bestSent, bestStart := "", -1, -1
	pos := x.clauseOff + at
	for _, n := range x.named {
		if n.sent > si || n.sent < si-8 || n.sent == si && n.start >= pos || !contextKinds[eventKind(n.name)] ||
			!eventNounRE.MatchString(lastWordOf(nameHead(n.name))) ||
			!equalStrings(x.sents[n.sent].heading, x.sents[si].heading) {
			continue
		}
		if n.sent > bestSent || n.sent == bestSent && n.start > bestStart {
			best, bestSent, bestStart = n.name, n.sent, n.start
		}
	}
	if best == "" {
		best = x.describedBefore(si, pos)
	}
	return best
}

// describedBefore returns the gathering that one of the two sentences
// before sentence si (or sentence si before pos) describes in lower case
// ("Embassy participated in an alternative energies conference"), the
// nearest, under the same heading; "" when none does.
func (x *cableContext) describedBefore(si, pos int) string {
	for i := si; i >= 0 && i >= si-2; i-- {
		if !equalStrings(x.sents[i].heading, x.sents[si].heading) || x.sents[i].caps {
			continue
		}
		text := x.sents[i].text
		if i == si {
			text = text[:min(pos, len(text))]
		}
		if locs := describedEventRE.FindAllStringSubmatchIndex(text, -1); locs != nil {
			m := locs[len(locs)-1]
			return text[m[2]:m[3]]
		}
	}
	return ""
}

// describedEventRE is a gathering described in lower case, with at least
// one word that says which: "an alternative energies conference", "a
// regional workshop"; not "the meeting", "a similar conference".
var describedEventRE = mustWordRE(`\b(?:an?|the)\s+((?:[a-z][a-z-]+\s+){0,3}[a-z][a-z-]+(?:al|ic|ive|ary|ed|ing|s|y)\s+(?:conference|workshop|seminar|symposium|summit|forum|course|ministerial|roundtable))\b`)

// eventObject finds the event a country attended or hosted after offset
// from: a name ("the 11th International Export Control Conference"),
// passing over places ("co-hosted with the UAE in Abu Dhabi a Gulf
// regional workshop"), completed by the lower-case kind it names ("an EXBS
// Targeting and Risk Management course"), or a lower-case description ("a
// regional workshop on strategic trade controls"), or an event named
// before ("the workshop").
func (x *cableContext) eventObject(si int, clause string, ms []mention, dates []period, from int) string {
	if m := joinedAtRE.FindStringIndex(clause[from:]); m != nil && !eventNounRE.MatchString(clause[from:from+m[1]]) {
		from += m[1] // "joined Jamaican officials at the seminar", not "attended the Academy at the University of Georgia"
	}
	if a := x.anaphor(si, clause, from); a != "" {
		return a
	}
	caps := false // the working copy is in mixed case
	for f := from; f < len(clause); {
		st, en := namedSpan(clause, f, ms, dates, caps)
		if st < 0 {
			break
		}
		name := clause[st:en]
		if venueWordRE.MatchString(clause[from:st]) && eventKind(x.canonical(name)) == "other" &&
			!strings.ContainsAny(name, `"“`) {
			f = en // "in Abu Dhabi": a place on the way to the event
			continue
		}
		if visitNounRE.MatchString(clause[en:]) {
			return ""
		}
		e := extendEvent(clause, st, en, x.acr)
		cut := x.sents[si].truncated && strings.TrimSpace(clause[st+len(e):]) == ""
		if eventKind(x.canonical(e)) == "other" && !strings.ContainsAny(e, `"“`) && !eventNounRE.MatchString(e) && !cut {
			return "" // "participated in the shooting down of President Habyarimana's jet"
		}
		return e
	}
	return lowerEventPhrase(clause, from)
}

// extendEvent completes a name that does not say what kind of event it is
// with the lower-case words after it up to an event noun and its topic:
// "EXBS Targeting and Risk Management" + "course", "Gulf" + "regional
// workshop on UNSCR 1540 implementation", "HCOC" + "annual meeting".
func extendEvent(clause string, st, en int, acr acronyms) string {
	name := clause[st:en]
	if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
		// "the Global Initiative to Combat Nuclear Terrorism's senior-level Plenary Meeting"
		if m := possessedRE.FindStringIndex(clause[en:]); m != nil {
			owned := clause[en : en+m[1]]
			if k := eventStopRE.FindStringIndex(owned); k != nil && eventNounRE.MatchString(lastWordOf(owned[:k[0]])) {
				owned = owned[:k[0]] // "President Mensah's inauguration in Accra": the place is no part of the name
			}
			return clause[st:en] + owned
		}
		// "the HCOC's annual meeting": the HCOC annual meeting
		owner := strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		return owner + eventTail(clause, en, owner, acr)
	}
	return name + eventTail(clause, en, name, acr)
}

// eventTail returns the lower-case words after offset en that say what
// kind of event name is, with its topic, or "" when name says it itself.
func eventTail(clause string, en int, name string, acr acronyms) string {
	if k := eventKind(canonicalEvent(name, acr)); k != "other" && k != "regime" && k != "programme" {
		return ""
	}
	i := en
	for n := 0; n < 6; n++ {
		rest := clause[i:]
		w := strings.TrimLeft(rest, " ")
		if len(w) == len(rest) || w == "" {
			break // punctuation right after the name
		}
		word, _, _ := strings.Cut(w, " ")
		core := strings.TrimRight(word, ",.;:")
		if (core == "and" || core == "or") && n > 0 && len(core) == len(word) {
			i += len(rest) - len(w) + len(core) // "licensing and enforcement workshop"
			continue
		}
		if core == "" || core[0] < 'a' || core[0] > 'z' || eventStopRE.MatchString(" "+core+" ") {
			break
		}
		i += len(rest) - len(w) + len(core)
		if eventNounRE.MatchString(core) {
			end := i
			if len(core) == len(word) {
				end = complementEnd(clause, i)
			}
			return clause[en:end]
		}
		if len(core) < len(word) {
			break
		}
	}
	return ""
}

// complementEnd returns where the complement of an event noun that ends
// at i in clause ends ("workshop| on UNSCR 1540 implementation", up to a
// word that ends a lower-case event phrase), or i when none follows.
func complementEnd(clause string, i int) int {
	m := complementRE.FindStringIndex(clause[i:])
	if m == nil {
		return i
	}
	c := clause[i : i+m[1]]
	if k := eventStopRE.FindStringIndex(c[1:]); k != nil {
		c = c[:k[0]+1]
	}
	return i + len(strings.TrimRight(c, " "))
}

// joinedAtRE passes over the people a delegation joined to the event:
// "joined Jamaican officials at the seminar".
var joinedAtRE = lazyre.New(`^\s+(?:[\w'-]+\s+){1,4}?(?:at|in)\s+(?:the|a|an)\s`)

// possessedRE is the event a possessive name owns: " senior-level Plenary Meeting".
var possessedRE = lazyre.New(`^(?:\s+[a-z][\w-]*){0,2}(?:\s+[A-Z][\w-]*)+`)

// anaphor resolves an event named by its kind alone after offset from
// ("the workshop", "the outcome of the plenary", "the Code") to the
// nearest fuller name of that kind stated before, or "".
func (x *cableContext) anaphor(si int, clause string, from int) string {
	rest := clause[from:]
	if m := resultsOfRE.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	m := anaphorRE.FindStringSubmatchIndex(rest)
	if m == nil {
		return ""
	}
	if after := rest[m[1]:]; complementRE.MatchString(after) || strings.HasPrefix(after, " for ") {
		return "" // "the workshop on export controls": described, not referred to
	}
	if mod := strings.Fields(rest[:m[2]]); len(mod) > 1 && isCapital(mod[len(mod)-1][0]) && isCapital(rest[m[2]]) {
		return "" // "the Hague Code": a name; "the Cairo workshop" refers back
	}
	noun := strings.TrimSuffix(strings.ToLower(rest[m[2]:m[3]]), "s")
	if noun == "guideline" || noun == "talk" || noun == "consultation" {
		noun += "s"
	}
	a := x.antecedent(si, from, noun)
	if a == "" && gatheringNouns[noun] {
		a = x.antecedent(si, from, "") // "the meeting", "the event": the gathering named before
	}
	return a
}

// gatheringNouns name any gathering, whatever the name it was given: "the
// meeting" may refer back to a conference.
var gatheringNouns = map[string]bool{"meeting": true, "event": true, "gathering": true}

// antecedent returns the nearest name stated before sentence si (or
// before offset pos in it) that holds noun (any gathering's for ""), or "".
func (x *cableContext) antecedent(si, pos int, noun string) string {
	for k := len(x.named) - 1; k >= 0; k-- {
		n := x.named[k]
		if n.sent > si || n.sent == si && n.start >= pos {
			continue
		}
		if strings.EqualFold(n.name, noun) || !eventWords().Get(strings.ToLower(lastWordOf(nameHead(n.name)))) {
			continue // not "Workshop Background", a heading
		}
		if noun == "" && readoutKindRE.MatchString(lastWordOf(nameHead(n.name))) {
			return n.name // any gathering
		}
		for _, w := range strings.Fields(strings.ToLower(n.name)) {
			w = strings.Trim(w, `(),.`)
			if w == noun || w == noun+"s" {
				return n.name
			}
		}
	}
	return ""
}

// argEvents returns what an urging or briefing is about: the name after
// "to ..." or "on ..." following the country (from offset from), and any
// further one joined by "and on", "and to". A name that is only a kind
// ("the plenary") refers to one stated before.
func (x *cableContext) argEvents(si int, clause string, ms []mention, dates []period, from int, prep *wordRE, maxSkip int) []string {
	caps := false // the working copy is in mixed case
	start := from
	if loc := prep.FindStringIndex(clause[from:]); loc != nil && wordsBetween(clause, from, from+loc[0]) <= 6 &&
		!strings.ContainsAny(clause[from:from+loc[0]], ",;:") {
		start = from + loc[1]
	}
	var out []string
	occasion, passed := "", 0
	for {
		if a := x.anaphor(si, clause, start); a != "" {
			out = append(out, a)
			break
		}
		st, en := spanFrom(clause, start, ms, dates, caps, maxSkip)
		if st >= 0 && passed < 2 && !strings.ContainsAny(clause[start:st], ",;:") {
			if occasionRE.MatchString(clause[start:st]) {
				// "to submit its declaration before the June HCOC Regular
				// Meeting": when, not what
				if occasion == "" {
					occasion = clause[st:en]
				}
				start, passed = en, passed+1
				continue
			}
			if eventKind(x.canonical(clause[st:en])) == "other" && !isAcronym(clause[st:en]) {
				start, passed = en, passed+1 // "to recommend that Jakarta subscribe to the HCOC"
				continue
			}
		}
		if st < 0 {
			rest := clause[start:]
			if m := resultsOfRE.FindStringIndex(rest); m != nil {
				rest = rest[m[1]:]
			}
			if p := lowerEventPhrase(rest, 0); p != "" && len(strings.Fields(p)) <= 6 {
				out = append(out, p) // "on the results of the 2004 seoul plenary" in a cable in capitals
			}
			break
		}
		name := firstOfPair(clause[st:en])
		if single := strings.ToLower(name); genericNouns[single] {
			if a := x.antecedent(si, st, single); a != "" {
				name = a // "subscribe to the Code"
			}
		}
		if eventKind(x.canonical(name)) != "other" {
			out = append(out, name) // not "urged Ukraine to identify a new location for a Central Reference Laboratory"
		}
		m := moreArgRE.FindStringIndex(clause[en:])
		if m == nil {
			break
		}
		start = en + m[1]
	}
	if len(out) == 0 && occasion != "" {
		// the regime an occasion belongs to: "the HCOC Regular Meeting"
		for _, w := range strings.Fields(occasion) {
			if c := x.canonical(w); c != w && eventKind(c) == "regime" {
				return []string{c}
			}
		}
	}
	return out
}

// occasionRE ends the text before a name that tells when or where an
// action is to be done, not what it is about: "before the", "at the".
var occasionRE = mustWordRE(`(?i)\b(?:before|after|by|until|ahead of|prior to|following|during|at|since|in advance of|on the margins of)\s+(?:the\s+|its\s+|their\s+|this\s+|next\s+)?$`)

// namesKindOf reports whether a text refers to an event by the kind of
// name ("The Cairo workshop" for the UNSCR 1540 Workshop).
func (x *cableContext) namesKindOf(text, name string) bool {
	m := anaphorRE.FindStringSubmatch(text)
	return m != nil && strings.EqualFold(strings.TrimSuffix(m[1], "s"), strings.TrimSuffix(lastWordOf(name), "s"))
}

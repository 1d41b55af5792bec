package extract

import (
	"slices"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// The reader of readouts: a cable that reports a summit, conference,
// council session or forum names its participants by what they said
// there ("France noted ...", "Indonesia stressed ...", "Iraqi President
// Talabani ... said") and in lists ("The roundtable included government
// officials from the U.S., the UK, Germany, Sweden, and France"). Each is
// a country that attended the event the cable reports.

// speechVerbRE are the verbs of what a participant said or did at an
// event, after its subject.
var speechVerbRE = mustWordRE(`\b(?:noted|stressed|said|called|expressed|emphasi[sz]ed|welcomed|addressed|outlined|presented|` +
	`defended|criticized|argued|highlighted|underscored|raised|suggested|supported|opposed|objected|announced|reported|` +
	`described|questioned|praised|thanked|echoed|insisted|warned|pointed out|spoke|intervened|explained|promoted|` +
	`challenged|complained|affirmed|reiterated|commented|cautioned|recalled|urged|proposed|asked|introduced|briefed|` +
	`made|delivered|joined|agreed|stated|declared|acknowledged|lamented|regretted|observed|added|countered|responded|replied|` +
	`blamed|pressed|appealed|condemned|lauded|deplored|decried|rejected|accused|demanded|hailed|reaffirmed|chaired|nominated)\b`)

// readoutKindRE is the head of an event a readout reports: a gathering of
// several parties. Bodies (a council, a committee, a board) are no event;
// the Security Council's sessions are told by the subject (unscRE). A
// meeting counts only by a name ("E-PINE meeting"), not in a subject
// ("MEETINGS WITH GEORGIAN OFFICIALS" are bilateral).
var readoutKindRE = mustWordRE(`(?i)\b(?:summit|conference|session|ministerial|forum|gathering|plenary|symposium|` +
	`roundtable|round table|seminar|workshop|congress|meeting|meetings|debate)\b`)

// readoutHead reports whether last, the last word of a name with prev
// before it, heads a gathering a readout reports (readoutKindRE): a
// debate only as a session of a body, "UNGA General Debate", "Security
// Council open debate"; not "the Budget Debate" of a heading.
func readoutHead(prev, last string) bool {
	if strings.EqualFold(last, "debate") {
		return debateKinds[strings.ToLower(prev)]
	}
	return readoutKindRE.MatchString(last)
}

// wordBefore returns the word before the last of words, or "".
func wordBefore(words []string) string {
	if len(words) < 2 {
		return ""
	}
	return words[len(words)-2]
}

// debateKinds are the words before "debate" that make it a body's session.
var debateKinds = map[string]bool{"general": true, "open": true, "thematic": true}

// participantListRE opens a list of participants: "included government officials
// from", "participants included", "delegations from"; in a session's
// readout, those who voted: "'No' votes were cast by", "abstaining were".
var participantListRE = mustWordRE(`(?i)\b(?:(?:participants|delegations|delegates|attendees|representatives|speakers|panelists|panel|` +
	`roundtable|conference|meeting|session|forum|audience)\s+(?:also\s+)?(?:included|includes|were|came from)|` +
	`(?:included|including)\s+(?:(?:senior|government|high-level|ministerial)\s+)*(?:officials|representatives|delegations|delegates|ministers|participants|experts)\s+from|` +
	`(?:(?:yes|no|negative|affirmative)["”]?\s+)?votes\s+were\s+cast\s+by|abstentions\s+were\s+cast\s+by|` +
	`(?:voting|voted)\s+(?:in\s+favou?r|against|yes|no)\s+(?:were|was)|abstaining\s+were)\b`)

// behalfRE ends a speaker's name with the group it spoke for, between
// commas: "Kenya, on behalf of the African Group, welcomed".
var behalfRE = lazyre.New(`,\s+(?:(?:speaking\s+)?on\s+behalf\s+of|speaking\s+for|as\s+(?:chair|president|coordinator)\s+of)\s+[^,]{1,60},\s*$`)

// delegationOfRE opens an entry of a list of delegations, one a line.
var delegationOfRE = mustWordRE(`^(?:-+\s*)?(?:[Tt]he\s+)?[Dd]elegation\s+of\s+(?:the\s+)?`)

// readoutEvent returns the event a cable reports, when it is a gathering
// of several parties named in its first sentences: the event its
// speakers attended; of several, the one its subject names.
func (x *cableContext) readoutEvent() (string, period) {
	if x.reportsCouncil() {
		return "Security Council", period{}
	}
	subject := signature(x.c.Subject)
	best, bestScore := "", -1
	for _, n := range x.named {
		if n.sent > 8 {
			break
		}
		nh, name := nameHead(n.name), n.name
		if !readoutHead(wordBefore(strings.Fields(nh)), lastWordOf(nh)) {
			if name = x.bodySession(n); name == "" {
				continue
			}
		} else if strings.HasPrefix(strings.ToLower(n.name), "the ") {
			continue
		}
		if before, _ := window(x.sents[n.sent].text, n.start, 40); plannedRE.MatchString(lastWords(before, 2)) ||
			toBeHeldRE.MatchString(x.sents[n.sent].text[n.start:]) {
			continue // "the Norwegian delegation to the next IPCC Plenary", "The Third Session of the JFC will be held in June": a gathering to come, not the one reported
		}
		score := sharedWords(signature(name), subject) // the event the cable is about
		if score > bestScore {
			best, bestScore = name, score
		}
	}
	if name, per := x.subjectEvent(); name != "" && bestScore < 2 {
		return name, per // "UK-HOSTED P5 CONFERENCE ON CONFIDENCE BUILDING MEASURES ..., SEPTEMBER 3-4, 2009"
	}
	if best == "" {
		best = x.describedSession()
	}
	return best, period{}
}

// sessionOfBodyRE ends the words before a body's name that make a
// session of it a gathering: "The Third Session of the " (Joint Fisheries
// Commission ...), "the 12th meeting of the ". Group 1 is the session's
// words, from its ordinal.
var sessionOfBodyRE = mustWordRE(`\b((?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(?i:session|meeting|plenary)\s+of\s+(?:the\s+)?)$`)

// heldAfterRE follows a gathering's name, in the same clause, with its
// being held (wasHeld): "(JFC) was held May 4-5", "convened 13-18 July";
// not "will be held".
var heldAfterRE = mustWordRE(`^[^,;]{0,80}?\s(?:` + wasHeld + `|convened|opened)\b`)

// toBeHeldRE follows a gathering's name, in the same clause, with a verb
// of the future: "(JFC) will be held in June", "is scheduled to convene",
// "The likely Costa Rican representative to the June 20-21 International
// Conference of the Red Cross ... will be the president of".
var toBeHeldRE = mustWordRE(`^[^,;]{0,80}?\s(?:will\s+(?:be|take\s+place|convene|open|meet)|is\s+(?:scheduled|set|due|expected)\s+to)\b`)

// wasHeld is the words that say a gathering was held: "was held", "were
// formally convened", "took place".
const wasHeld = `(?:was|were)\s+(?:\w+ly\s+)?(?:held|convened)|took\s+place`

// bodySession returns the session of a body that a named event n is the
// body of, when the sentence tells it was held: "The Third Session of the
// Joint Fisheries Commission (JFC) was held May 4-5" is the "Third
// Session of the Joint Fisheries Commission", the gathering a readout
// reports; "" when n is no body or its session is not told so.
func (x *cableContext) bodySession(n namedEvent) string {
	if !bodyKindRE.MatchString(lastWordOf(nameHead(n.name))) {
		return ""
	}
	text := x.sents[n.sent].text
	m := sessionOfBodyRE.FindStringSubmatch(text[:n.start])
	if m == nil || !heldAfterRE.MatchString(text[n.start:]) {
		return ""
	}
	if w := strings.Fields(m[1])[0]; ordinals[strings.ToLower(w)] == "" && !isOrdinalNumber(w) {
		return "" // "The Council Meeting of the", "A session of the": no ordinal
	}
	return m[1] + n.name
}

// describedSession returns the session of a body's members that a
// cable's first sentences describe in lower case, the event its speakers
// attended: "briefed ... a November 25 informal meeting of NATO Permanent
// Representatives (PermReps)".
func (x *cableContext) describedSession() string {
	for i := 0; i < len(x.sents) && i < 12; i++ {
		text := x.sents[i].text
		if m := frontedSessionRE.FindStringSubmatch(text); m != nil {
			return strings.TrimSpace(m[2]) // "In a January 26 consultative meeting of Cen-Sad ministers held in Tripoli, "
		}
		if i >= 6 {
			continue // a summary's length: the body's first paragraph may open with the session
		}
		if m := sessionOfRE.FindStringIndex(text); m != nil && sessionLeadRE.MatchString(text[max(0, m[0]-60):m[0]]) {
			return strings.TrimSpace(text[m[0]:m[1]])
		}
		if m := openingSessionRE.FindStringSubmatch(text); m != nil && i < 3 {
			return m[2] + " " + m[1] // "The December 12 meeting in Rome of the "likeminded group"": "likeminded group" meeting
		}
	}
	return ""
}

// openingSessionRE opens a sentence with the gathering of a group the
// cable reports: "The December 12 meeting in Rome of the "likeminded
// group" that focused on"; group 1 is its noun, group 2 the group.
var openingSessionRE = lazyre.New(`^(?:\(\w+\)\s*)?(?:SUMMARY:?\s*)?(?:The|At the|During the)\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:-\d{1,2})?\s+)?(meeting|session|gathering|consultations)\s+(?:in\s+[A-Z][\w-]+\s+)?of\s+(?:the\s+)?((?:["“][^"”]{3,40}["”])|(?:[A-Z][\w-]*\s+){0,3}(?:group|countries|states|partners|members|donors|ministers|ambassadors)\b)`)

// frontedSessionRE opens a sentence with a dated gathering of several
// parties, in lower case: "In a January 26 consultative meeting of Cen-Sad
// ministers held in Tripoli, ", "In a September 18 briefing at NATO
// Headquarters, "; not a meeting "with" one party. Group 2 is its name
// (group 1 is monthRE's).
var frontedSessionRE = lazyre.New(`^(?:\(\w+\)\s*)?(?:In|At|During)\s+(?:a|an|the)\s+` + monthRE + `\s+\d{1,2}(?:-\d{1,2})?,?\s+` +
	`((?:[a-z-]+\s+){0,2}(?:meeting|session|briefing|gathering|consultations)\s+(?:` +
	`(?:of|among)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:ministers|representatives|permanent representatives|PermReps|ambassadors|delegations|members|member states|states|partners|donors|allies|Ministers|Permanent Representatives|Ambassadors|Allies|Member States)|` +
	`(?:at|to)\s+(?:the\s+)?(?:NATO|NAC|North Atlantic Council|UN|United Nations|IAEA|OSCE|EU|African Union|AU|Arab League|OAS)(?:\s+[A-Z][\w-]*){0,2}))(?:\s+held\s+[^,]{1,40})?,`)

// sessionLeadRE ends the words before a session that took place and
// that the post's officials spoke to or chaired: "briefing to a November
// 25 informal", not "agenda items for the 12th" nor "at the June 2009"
// (a session a cable dates its subject by).
var sessionLeadRE = mustWordRE(`\b(?:to|addressed|briefed|chaired)\s+(?:a|an|the|today's|yesterday's)\s+(?:[\w-]+\s+){0,4}$`)

// sessionOfRE is a session of a body's members described in lower case:
// "meeting of NATO Permanent Representatives", "session of the Board of
// Governors".
var sessionOfRE = mustWordRE(`\b(?:meeting|session)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Permanent Representatives|PermReps|Foreign Ministers|Defen[cs]e Ministers|Ministers|Political Directors|Ambassadors|Council|Board of Governors)\b`)

// subjectEvent returns the gathering a cable's subject names, in title
// case, and the date the subject gives it: "P5 Conference on Confidence
// Building Measures towards Nuclear Disarmament" and 3-4 September 2009
// of "UK-HOSTED P5 CONFERENCE ON ... DISARMAMENT, SEPTEMBER 3-4, 2009
// (PART THREE OF THREE)".
func (x *cableContext) subjectEvent() (string, period) {
	subject := subjectPartRE.ReplaceAllString(x.c.Subject, "")
	for _, seg := range subjectSepRE.Split(subject, -1) {
		words := strings.Fields(seg)
		for len(words) > 0 && subjectLeadWords.MatchString(words[0]) {
			words = words[1:] // "UK-HOSTED", "READOUT OF THE"
		}
		last := -1
		for k, w := range words {
			lw := strings.ToLower(w)
			if readoutHead(wordBefore(words[:k+1]), lw) && lw != "meeting" && lw != "meetings" ||
				k == len(words)-1 && len(words) <= 4 && bodyKindRE.MatchString(lw) && !strings.Contains(seg, "/") {
				last = k
			}
		}
		if last < 0 {
			continue
		}
		first := last
		for first > 0 && !subjectStopRE.MatchString(words[first-1]) {
			first-- // back over the name's words, to a verb or preposition: "ISRAELI EMBASSY FOCUSED ON | ARAB-SOUTH AMERICAN SUMMIT"
		}
		if last+1 < len(words) && !subjectComplementRE.MatchString(words[last+1]) {
			words = words[:last+1] // a complement stays: "CONFERENCE ON CONFIDENCE BUILDING MEASURES"
		}
		name := cleanEventName(x.subjectCase(strings.Join(words[first:], " ")))
		if name == "" || genericEvent(name) {
			continue
		}
		var per period
		if ps := findPeriods(subject, dateContext{cable: x.date}, true); len(ps) > 0 {
			per = ps[0]
		}
		return name, per
	}
	return "", period{}
}

// subjectCase writes a phrase of a subject in capitals as a name: the
// acronyms the cable defines and words with digits stay in capitals,
// connectors go to lower case, the rest to title case.
func (x *cableContext) subjectCase(s string) string {
	if !isCaps(x.c.Subject) {
		return s // a subject in mixed case keeps its own: "UNSCR 1540 Workshop"
	}
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case strings.Count(w, ".") >= 2: // "U.N.", "U.S.-SPAIN"
			words[i] = dottedCase(w)
		case strings.ContainsAny(w, "0123456789") || x.acr[w] != "" || wellKnown[w] != "" || strings.HasPrefix(w, "(") ||
			len(w) <= 3 && !connectors[lw] && lw != "for" && lw != "in" && lw != "at" && lw != "the" && lw != "new":
		case i > 0 && (connectors[lw] || lw == "for" || lw == "towards" || lw == "in" || lw == "at"):
			words[i] = lw
		default:
			words[i] = strings.ToUpper(lw[:1]) + lw[1:]
		}
	}
	return strings.Join(words, " ")
}

// dottedCase writes a word of a subject in capitals that holds a dotted
// acronym: the acronym as written, the words joined to it by hyphens in
// mixed case ("U.S.-SPAIN": "U.S.-Spain").
func dottedCase(w string) string {
	parts := strings.Split(w, "-")
	for k, p := range parts {
		if strings.Count(p, ".") < 2 && len(p) > 3 { // "EU", "UK" stay
			parts[k] = p[:1] + strings.ToLower(p[1:])
		}
	}
	return strings.Join(parts, "-")
}

// bodyKindRE ends the name of a body whose sessions a subject may report
// under its name alone: "U.S.-SPAIN COUNCIL: ...".
var bodyKindRE = mustWordRE(`\b(?:council|commission|committee|board|assembly)$`)

var (
	// subjectPartRE is the part a subject says a cable is of.
	subjectPartRE = lazyre.New(`\s*\((?:PART|\d+ OF|C|U|S|SBU)[^)]*\)`)
	// subjectSepRE separates the phrases of a subject.
	subjectSepRE = lazyre.New(`\s*(?::|;|,|\s-+\s)\s*`)
	// subjectStopRE is a word before an event's name in a subject: a verb
	// or a preposition.
	subjectStopRE = lazyre.New(`^(?:[A-Z]+(?:ED|ES|ING)|ON|TO|FOR|AT|WITH|ABOUT|AFTER|BEFORE|DURING|FROM|IN|OF|AND|SAYS|IS|ARE|WILL|BY)$`)
	// subjectComplementRE opens an event's complement in a subject.
	subjectComplementRE = lazyre.New(`^(?:ON|OF|FOR)$`)
	// subjectLeadWords open a subject's phrase before the event's name.
	subjectLeadWords = lazyre.New(`^(?:[A-Z]+-(?:HOSTED|LED|SPONSORED|ORGANIZED)|READOUT|REPORT|WRAP-UP|SCENESETTER|OF|ON|THE|AT|TO|FOR|FROM|AND|AFTER|BEFORE|DURING|US|U\.S\.|USG)$`)
)

// unscRE opens the subject of a cable that reports a session of the
// Security Council: "UNSC: ...", "SECURITY COUNCIL ...".
var unscRE = mustWordRE(`(?i)^\s*(?:\([A-Z/]+\)\s*)?(?:UNSC\b|UN SECURITY COUNCIL\b|SECURITY COUNCIL\b)`)

// councilRE names the Security Council anywhere in a subject: "TOUGH DAY
// FOR RUSSIA IN SECURITY COUNCIL".
var councilRE = mustWordRE(`(?i)\b(?:UNSC|SECURITY COUNCIL)\b`)

// reportsCouncil reports whether a cable reports a session of the
// Security Council: its subject opens with the Council, or the US
// mission to the UN names it in the subject of its report.
func (x *cableContext) reportsCouncil() bool {
	return unscRE.MatchString(x.c.Subject) ||
		strings.EqualFold(x.c.Station, "USUNNEWYORK") && councilRE.MatchString(x.c.Subject) && !datedByRE.MatchString(x.c.Subject)
}

// readSpeakers returns the attendance of the countries that speak at the
// event the cable reports, or that a list of its participants names.
func (x *cableContext) readSpeakers(have []fact) []fact {
	event, subjectDate := x.readoutEvent()
	if event == "" || subjectDate.valid() && !x.date.IsZero() && subjectDate.from.After(x.date) {
		return nil // none, or one to come: "IN PREPARATION FOR 2010 NPT REVIEW CONFERENCE"
	}
	// the event the cable is about, not one it dates by: "CONTACTS WITH
	// MIDDLE EAST NON-PARTNERS SINCE THE NOVEMBER 2007 ATHENS MTCR PLENARY"
	byName := (sharedWords(signature(event), signature(x.c.Subject)) >= 2 || x.reportsCouncil()) &&
		!datedByRE.MatchString(x.c.Subject)
	found := map[string]bool{}
	for _, f := range have {
		if f.action == Attended {
			found[f.iso] = true
		}
	}
	var out []fact
	per := subjectDate
	if _, ok := x.eventDates[event]; !ok && !per.valid() {
		per = x.sessionDate(event) // the session the cable reports, dated in its first sentences
	}
	add := func(iso string, i int, cl string) {
		if !found[iso] && iso != "US" {
			found[iso] = true
			out = append(out, fact{iso: iso, action: Attended, event: event, sent: i, clause: cl, per: per})
		}
	}
	block := false // in a block of participants under a heading ("Participants:")
	for i := range x.sents {
		s := &x.sents[i]
		if participantsHeadRE.MatchString(s.text) {
			block = true
			continue
		}
		if i == 0 || x.sents[i-1].para != s.para {
			block = x.opensParticipants(s.para) // a block ends with its paragraph
		}
		if block {
			iso, entry := entryCountry(s)
			if iso != "" {
				add(iso, i, s.text)
			}
			block = entry
		}
		if len(s.mentions) == 0 {
			continue
		}
		for _, iso := range x.listed(s) {
			add(iso, i, s.text)
		}
		for _, m := range s.mentions {
			if len(m.isos) == 1 && (speechNounRE.MatchString(s.text[m.end:]) || spokenByRE.MatchString(s.text[max(0, m.start-40):m.start])) {
				add(m.isos[0], i, s.text) // "Costa responded to Sweden's question", "the views expressed by the United Kingdom"
			}
		}
		offset := 0
		for _, cl := range x.clausesOf(i) {
			off := strings.Index(s.text[offset:], cl) + offset
			offset = off + len(cl)
			for _, iso := range x.speakers(s, cl, off, byName) {
				add(iso, i, cl)
			}
		}
	}
	return out
}

// speakers returns the countries the subject of a clause names when the
// clause tells what they said: "France noted", "The U.S., the UK and
// Belgium specifically challenged", "Iraqi President Talabani said".
//
// With byName, when the cable's subject names the event, a subject that
// is an official the cable named before with his country speaks for it.
func (x *cableContext) speakers(s *sentence, cl string, off int, byName bool) []string {
	start := subjectStart(cl)
	var isos []string
	for _, loc := range speechVerbRE.FindAllStringIndex(cl[start:], 4) {
		from := start // the subject opens the clause or, in a readout of the event the subject names, follows ", and": "Many expressed concern ..., and Indonesia stressed"
		if k := conjoinedRE.FindAllStringIndex(cl[start:start+loc[0]], -1); k != nil && byName {
			from = start + k[len(k)-1][1]
		}
		end := start + loc[0]
		if k := behalfRE.FindStringIndex(cl[from:end]); k != nil {
			end = from + k[0] // "Kenya, on behalf of the African Group, welcomed": Algeria speaks
		}
		if loc[0]+start-from > 90 || strings.HasSuffix(strings.TrimSpace(cl[from:end]), " and") {
			continue // "He noted ... Haiti, and Afghanistan and said": his, not Afghanistan's
		}
		if seg := strings.TrimRight(cl[from:end], " "); !strings.HasSuffix(seg, ",") {
			if k := strings.LastIndex(seg, ", "); k >= 0 && len(countriesIn(s.mentions, off+from+k+2, off+end, nil)) == 0 {
				from += k + 2 // "Eritrea, Carson said, is playing a spoiler role": Carson speaks; not "South Africa, the U.S. and the UK called"
			}
		} // else an appositive closes the subject: "Ghana's Minister of Fisheries, Dr. Kwame Mensah, chaired"
		for _, iso := range x.speakersOf(s, cl[from:end], off+from, byName) {
			if !slices.Contains(isos, iso) {
				isos = append(isos, iso)
			}
		}
	}
	return isos
}

// speechNounRE follows a country whose words at an event the sentence
// names: "Sweden's question", "the UK's intervention", "The Iranian
// comments presented".
var speechNounRE = mustWordRE(`^(?:(?:'s|’s)\s+(?:question|questions|query|queries|intervention|interventions|presentation|remarks|observations?|comments|submission)|\s+(?:comments|interventions|observations))\b`)

// spokenByRE ends the words before a country whose words or chair at an
// event the sentence names: "the views expressed by the United Kingdom",
// "a group met under the chairmanship of Canada".
var spokenByRE = mustWordRE(`\b(?:(?:expressed|submitted|tabled|proposed|co-sponsored|chaired)\s+by|chairmanship\s+of)\s+(?:the\s+)?$`)

// datedByRE marks an event in a subject as the time of what the cable
// reports, not what it reports.
var datedByRE = mustWordRE(`(?i)\b(?:since|after|ahead of|following|prior to|until|in preparation for|preparing for|before)\s+(?:the\s+)?`)

// conjoinedRE joins two clauses of speakers: ", and", "; ", ", while".
var conjoinedRE = mustWordRE(`(?:,\s+(?:and|while|but|whereas)|;|\bwhile|\bwhereas)\s+`)

// speakersOf returns the countries a subject, at off in the sentence,
// names as speakers.
func (x *cableContext) speakersOf(s *sentence, subject string, off int, byName bool) []string {
	if hasVerb(subject) || irrealis(subject) || strings.ContainsAny(subject, `"(`) {
		return nil
	}
	var isos []string
	covered := 0
	for _, m := range s.mentions {
		if m.start < off || m.end > off+len(subject) || len(m.isos) != 1 {
			continue
		}
		if topicBeforeRE.MatchString(subject[:m.start-off]) {
			return nil // "the situation in Iraq"
		}
		covered++
		if m.isos[0] != "US" && !slices.Contains(isos, m.isos[0]) {
			isos = append(isos, m.isos[0])
		}
	}
	if covered == 0 && byName && len(strings.Fields(subject)) <= 4 && !orgRE.MatchString(subject) {
		return x.foreignIn(subject) // "Talabani noted": the Iraqi President named before
	}
	if covered == 0 || !speakerSubject(subject) || orgRE.MatchString(subject) || bodyWordRE.MatchString(subject) {
		return nil
	}
	return isos
}

// bodyWords name a body that is not a country's delegation: "the
// U.S.-Mexico-Canada Commission for Environmental Cooperation"; bodyWordRE
// finds one.
var (
	bodyWords = []string{"Commission", "Organization", "Organisation", "Fund", "Bank", "Agency", "Council", "Institute",
		"University", "Company", "Corporation", "Association", "Foundation", "Center", "Centre", "Program", "Programme",
		"Secretariat", "Court", "Office", "Chamber", "Federation", "Party", "Press", "Media"}
	bodyWordRE = mustWordRE(`\b(?:` + strings.Join(bodyWords, "|") + `)\b`)
)

// speakerSubject reports whether a subject is made of countries, their
// people and their officials only: "France", "The UK and Belgium",
// "Iraqi President Talabani", not "the EU's statement on Chad".
func speakerSubject(subject string) bool {
	for _, w := range strings.Fields(subject) {
		w = strings.Trim(w, ",.;:'")
		if w == "" || isCapital(w[0]) || speakerGlue[strings.ToLower(w)] || isAdverb(w) {
			continue
		}
		return false
	}
	return true
}

// speakerGlue are the lower-case words a subject of speakers may hold.
// Adverbs ("also", "reportedly") are isAdverb's.
var speakerGlue = map[string]bool{"the": true, "and": true, "both": true,
	"delegation": true, "delegations": true, "representative": true, "representatives": true, "delegate": true,
	"minister": true, "ministers": true, "ambassador": true, "ambassadors": true, "further": true,
	"de": true, "al": true, "bin": true, "of": true, "foreign": true, "deputy": true, "vice": true, "'s": true,
	"for": true, "its": true, "part": true, "too": true, "all": true, "each": true, "together": true}

// listed returns the countries a list of participants in a sentence
// names after its opening ("included government officials from").
func (x *cableContext) listed(s *sentence) []string {
	if loc := delegationOfRE.FindStringIndex(s.text); loc != nil {
		for _, m := range s.mentions {
			if m.start == loc[1] && len(m.isos) == 1 && m.isos[0] != "US" {
				return m.isos // "The Delegation of China: Ministry of Foreign Affairs ..."
			}
		}
	}
	loc := participantListRE.FindStringIndex(s.text)
	if loc == nil || irrealis(s.text[:loc[0]]) {
		return nil
	}
	end := len(s.text)
	if rest := strings.TrimLeft(s.text[loc[1]:], " "); strings.HasPrefix(rest, ":") {
		return listEntries(s, len(s.text)-len(rest)+1) // "Participants included: Chile, Juan Perez, Political Director; Ecuador, ..."
	}
	if k := strings.IndexAny(s.text[loc[1]:], ";:"); k >= 0 {
		end = loc[1] + k
	}
	return countriesIn(s.mentions, loc[1], end, notTopic(s.text, loc[1]))
}

// opensParticipants reports whether paragraph seq opens with a heading
// over participants, which the layout reads as a heading, not a sentence.
func (x *cableContext) opensParticipants(seq int) bool {
	for _, p := range x.c.Paragraphs {
		if p.Seq == seq {
			first, _, _ := strings.Cut(strings.TrimSpace(p.Raw), "\n")
			return participantsHeadRE.MatchString(paraLeadRE.ReplaceAllString(first, ""))
		}
	}
	return false
}

// paraLeadRE is the number and marking that open a paragraph's first line.
var paraLeadRE = lazyre.New(`^\s*(?:\d{1,3}\.\s*)?(?:\([A-Z/]+\)\s*)?`)

// participantsHeadRE is a heading over a block of participants, one a
// line: "Participants:", "PARTICIPANTS", "Attendees included:".
var participantsHeadRE = lazyre.New(`(?i)^\s*(?:the\s+)?(?:participants|attendees|delegations|participating\s+(?:countries|delegations))(?:\s+(?:included|were))?\s*:?\s*$`)

// entryCountry returns the country an entry of a block of participants
// opens or closes with ("-- Chile: Juan Perez, Deputy Minister", "Juan
// Perez, Deputy Minister, Chile") or is headed by, and whether the block goes on: an
// entry, or a short line without a verb (a name under a country's line).
func entryCountry(s *sentence) (string, bool) {
	lead := len(s.text) - len(strings.TrimLeft(s.text, " -*•·>"))
	for _, m := range s.mentions {
		if len(m.isos) == 1 && m.isos[0] != "US" && (m.start <= lead+4 || m.end >= len(strings.TrimRight(s.text, " .;"))) {
			return m.isos[0], true
		}
	}
	if len(s.heading) == 1 && s.heading[0] != "US" {
		return s.heading[0], true // "-- Chile: Juan Perez", read as a country's heading and its line
	}
	return "", len(s.text) < 120 && !hasVerb(s.text)
}

// listEntries returns the countries of a list after a colon whose entries
// are separated by semicolons, each opening or closing with its country.
func listEntries(s *sentence, from int) []string {
	var isos []string
	start := from
	for start < len(s.text) {
		end := strings.IndexByte(s.text[start:], ';')
		if end < 0 {
			end = len(s.text)
		} else {
			end += start
		}
		entry := strings.TrimRight(s.text[start:end], " .")
		lead := start + len(entry) - len(strings.TrimLeft(entry, " "))
		for _, m := range s.mentions {
			if len(m.isos) == 1 && m.isos[0] != "US" && m.start >= start && (m.start <= lead+2 || m.end >= start+len(entry)) {
				if !slices.Contains(isos, m.isos[0]) {
					isos = append(isos, m.isos[0])
				}
				break
			}
		}
		start = end + 1
	}
	return isos
}

// atEventRE places what a clause tells at an event: "at the", "during
// the June 18", "on the margins of the".
var atEventRE = mustWordRE(`\b(?:at|during|on the margins of|on the sidelines of)\s+(?:the\s+|an?\s+|last year's\s+|this year's\s+)?`)

// metAtRE is a verb of meeting, whose object also attends the event the
// meeting is at: "Steinmeier met Chinese Foreign Minister Yang Jiechi at
// the Annapolis Conference".
var metAtRE = mustWordRE(`\b(?:met|meets|met with|spoke with|talked with|conferred with|represented|joined with|(?:meeting|talks|conversation)\s+with)\b`)

// passiveByRE opens what follows a verb that names its doer after "by":
// "the proposal made by Swedish Foreign Minister Bildt at".
var passiveByRE = mustWordRE(`^(?:made|given|delivered|offered|issued|announced|presented|tabled|put forward)\s+by\s`)

// modalRE marks what comes between a verb and "at the ..." as not done
// or not the subject's: "was scheduled to speak", "plans to raise", "did
// not attend", "agreed that at the NATO Summit, Allies should"; unlike
// irrealisRE it takes no noun ("outlined Nazarbayev's fuel-bank proposal
// during the ... meetings" is done); "May" is the month.
var modalRE = mustWordRE(`\b(?:(?i:will|would|should|could|can|might|must|shall|not|n't|never|plans?|planned|planning|intends?|intended|expects?|expected|hopes?|hoped|wants?|wanted|scheduled|due|ready|willing|requests?|invited|declined|refused|failed|unable|if|whether|that|look(?:s|ed|ing)? forward)|may)\b`)

// usPairRE names the US side beside another: "the U.S. and Egypt".
var usPairRE = mustWordRE(`\b(?:` + usNames + `)\s+and\b|\band\s+(?:the\s+)?(?:` + usNames + `)`)

// usNames are the names of the United States as a party beside another:
// "the U.S. and Egypt", "China and the United States".
const usNames = `U\.\s?S\.|United States|USG`

// readPresence returns the attendance a sentence states by placing a
// country's official at a named event: "Ahmadinejad made controversial
// remarks at the United Nations World Conference on Racism",
// "Kazakhstan's Permanent Representative ... outlined ... during the June
// 18 IAEA Board of Governors' meetings".
func (x *cableContext) readPresence(have []fact, home string) []fact {
	found := countryEvents(have, Attended)
	var out []fact
	add := func(fs []fact) { // each country once an event
		for _, f := range fs {
			if k := [2]string{f.iso, f.event}; !found[k] {
				found[k] = true
				out = append(out, f)
			}
		}
	}
	for i := range x.sents {
		s := &x.sents[i]
		if !x.mayOpen(i, opensEventNoun) || !eventNounRE.MatchString(s.text) {
			continue // presence needs an event's noun
		}
		add(x.speechPresence(i, home))
		add(x.inPlacePresence(i, home))
		add(x.visitPresence(i, home))
		add(x.featuredPresence(i, home))
		if frontedEventRE.MatchString(s.text) {
			add(x.frontedPresence(i, home))
		}
		if !atEventRE.MatchString(s.text) && !journeyForRE.MatchString(s.text) && !fromEventRE.MatchString(s.text) && !delegationToRE.MatchString(s.text) {
			continue
		}
		offset := 0
		for _, cl := range x.clausesOf(i) {
			off := strings.Index(s.text[offset:], cl) + offset
			offset = off + len(cl)
			add(x.presence(i, cl, off, home))
		}
	}
	return out
}

// countryEvents returns the (country, event) pairs of the facts of one
// action, for a later reader to add only those the earlier did not find.
func countryEvents(have []fact, action string) map[[2]string]bool {
	found := map[[2]string]bool{}
	for _, f := range have {
		if f.action == action {
			found[[2]string{f.iso, f.event}] = true
		}
	}
	return found
}

// presence returns the attendance one clause states, which starts at off
// in sentence i.
func (x *cableContext) presence(i int, cl string, off int, home string) []fact {
	var ms []mention
	for _, m := range x.sents[i].mentions {
		if m.start >= off && m.end <= off+len(cl) {
			m.start, m.end = m.start-off, m.end-off
			ms = append(ms, m)
		}
	}
	floor := subjectStart(cl)
	for _, loc := range presenceLocators(cl, floor) {
		if iso := delegationAt(cl, ms, floor, loc[0]); iso != "" {
			if name := x.nameAt(cl, loc[1], ms); name != "" && !irrealis(cl) {
				return []fact{{iso: iso, action: Attended, event: name, sent: i, clause: cl, per: x.sentenceDate(i)}}
			}
			continue // "the Malian delegation at President Mensah's inauguration": the delegation's, not the clause's subject's
		}
		verb := lastVerbBefore(cl, floor, loc[0])
		if verb < 0 {
			continue
		}
		// the subject of that verb: after the subordinator or comma that
		// opens its clause ("..., began to thaw when German Foreign
		// Minister Steinmeier met ...")
		sub, k := afterSubordinator(cl[floor:verb])
		if who, ok := strings.CutSuffix(strings.TrimRight(cl[floor:floor+k], " "), " who"); ok && onlyAuxiliaries(sub) {
			sub, k = afterSubordinator(who) // "FM Cheikh Gadio, who was in Abuja for": the one named before "who"
		}
		start := floor + k
		if c := strings.LastIndex(strings.TrimSuffix(sub, ", "), ", "); c >= 0 {
			start += c + 2 // "..., began to thaw when German FM Steinmeier met"; an appositive ends "Kazykhanov, Kazakhstan's Permanent Representative ..., outlined"
			if ls := listStart(cl[floor+k : start-2]); ls >= 0 && strings.HasPrefix(cl[start:], "and ") {
				start = floor + k + ls // "Brazilian President Lula, Indian Prime Minister Singh, and South African President Mbeki met"
			}
		}
		if ledByRE.MatchString(cl[start:verb]) {
			start = floor + k // "Panama's delegation, led by Deputy Minister X, presented": the appositive is not the subject
		}
		lead, isos, passive := x.doerOf(i, off, cl, ms, start, verb, loc[0])
		if irrealis(lead) || modalRE.MatchString(cl[verb:loc[0]]) || usPairRE.MatchString(lead) ||
			strings.HasSuffix(firstWord(cl[verb:]), "ing") && hasVerb(lead) || lowerWords(cl[verb:loc[0]]) > 8 {
			// "the U.S. and Egypt agreed during Strategic Dialogue
			// discussions": talks with the US side, read as such; "China
			// has been pushing Pakistan to keep up its opposition to
			// starting negotiations at": what the subject does is not
			// there, nor far from the verb
			continue
		}
		name := x.nameAt(cl, loc[1], ms)
		if name == "" {
			continue
		}
		if len(isos) == 0 {
			isos = x.foreignIn(lead) // "Ahmadinejad made controversial remarks at"
		}
		if len(isos) == 0 && home != "" && !passive && (otherSideRE.MatchString(lead) || personRE.MatchString(lead)) &&
			!usAny.MatchString(lead) {
			isos = []string{home}
		}
		if obj := cl[verb:loc[0]]; metAtRE.MatchString(obj) {
			met := countriesIn(ms, verb, loc[0], nil)
			if len(met) == 0 && home != "" && otherSideRE.MatchString(obj) && !usAny.MatchString(obj) && !slices.Contains(isos, home) {
				met = []string{home} // "The Ambassador met with Foreign Minister Diop ... on the margins of the ECOWAS Summit"
			}
			isos = append(isos, met...)
		}
		per := x.sentenceDate(i)
		var out []fact
		for _, iso := range isos {
			out = append(out, fact{iso: iso, action: Attended, event: name, sent: i, clause: cl, per: per})
		}
		return out
	}
	return nil
}

// onlyAuxiliaries reports whether the words between a relative's "who"
// and its verb are none but auxiliaries and adverbs of time: "who had just
// returned from", "who was in".
func onlyAuxiliaries(words string) bool {
	for _, w := range strings.Fields(words) {
		if !relativeAuxiliaries[w] {
			return false
		}
	}
	return true
}

// relativeAuxiliaries are the words onlyAuxiliaries lets through.
var relativeAuxiliaries = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true,
	"just": true, "also": true, "recently": true}

// journeyForRE places what a clause tells at an event by a journey made
// for it: "to attend the", "to participate in the", "for the".
var journeyForRE = mustWordRE(`\b(?:to\s+(?:attend|participate\s+in|take\s+part\s+in)|for)\s+(?:the\s+|an?\s+|last\s+year's\s+|this\s+year's\s+)?`)

// journeyVerbRE opens the words from a verb to a journeyForRE that tell a
// journey made to a place: "traveled to Brussels on June 3", "visited
// Accra December 25 and 26", "was in Abuja".
var journeyVerbRE = mustWordRE(`^(?:(?:travell?ed|went|flew|came|arrived|returned|headed|visited)\b|(?:was|were)\s+in\b)`)

// journeyWords are the lower-case words a journey to a place may hold
// besides the place's name and its dates: "to Brussels on June 3", "in
// Mali last month".
var journeyWords = map[string]bool{"to": true, "in": true, "from": true, "back": true, "on": true, "the": true, "and": true,
	"last": true, "this": true, "early": true, "late": true, "mid": true, "week": true, "month": true, "year": true,
	"weekend": true, "recently": true, "also": true, "again": true}

// journeyTo reports whether the words from a verb to a journeyForRE tell a
// journey to a place and no more (journeyVerbRE, then names, dates and
// journeyWords): not "returned from a trip to China in preparation".
func journeyTo(words string) bool {
	loc := journeyVerbRE.FindStringIndex(words)
	if loc == nil {
		return false
	}
	place := false
	for _, w := range strings.Fields(words[loc[1]:]) {
		w = strings.Trim(w, ",")
		place = place || w != "" && isCapital(w[0])
		if w != "" && !isCapital(w[0]) && !textmatch.IsDigit(w[0]) && !journeyWords[w] {
			return false
		}
	}
	return place
}

// presenceLocators returns where a clause places what it tells at an
// event, in order: "at the", "during the" (atEventRE), and the purpose of
// a journey its last verb before tells (journeyForRE after journeyVerbRE:
// "Foreign Minister Gadio, who was in Abuja for the ECOWAS meetings",
// "traveled to Brussels on June 3 to attend the NATO Summit"), and what it
// came out of or back from (fromEventRE).
func presenceLocators(cl string, floor int) [][]int {
	locs := atEventRE.FindAllStringIndex(cl, -1)
	for _, loc := range journeyForRE.FindAllStringIndex(cl, -1) {
		if v := lastVerbBefore(cl, floor, loc[0]); v >= 0 && journeyTo(cl[v:loc[0]]) {
			locs = append(locs, loc)
		}
	}
	for _, m := range fromEventRE.FindAllStringSubmatchIndex(cl, -1) {
		if lastVerbBefore(cl, floor, m[2]) == m[0] {
			locs = append(locs, m[2:4])
		}
	}
	for _, m := range delegationToRE.FindAllStringSubmatchIndex(cl, -1) {
		locs = append(locs, m[2:4])
	}
	slices.SortFunc(locs, func(a, b []int) int { return a[0] - b[0] })
	return locs
}

// delegationToRE places a country's delegation at the gathering it went
// to, whose group 1 is the locator: "Marzouk, who led Egypt's delegation
// to the June 9-10 International Contact Group on Somalia meetings", "The
// Egyptian delegation to the Arab League summit was led by", "leading a
// delegation of senior Egyptian MPs to the IPU meeting".
var delegationToRE = mustWordRE(`\bdelegations?\s+(?:(?:of|from)\s+(?:[\w'’.-]+\s+){1,4}?)?(to\s+(?:the\s+|an?\s+|last\s+week's\s+|this\s+week's\s+)?)`)

// fromEventRE places what a clause tells at an event its verb says the
// subject came out of or back from, whose group 1 is the locator: "Prime
// Minister Ndiaye emerged from the ECOWAS summit in Abuja strengthened",
// "had just returned from an EU meeting in Brussels".
var fromEventRE = mustWordRE(`\b(?:emerged|returned)\s+(from\s+(?:the\s+|an?\s+|last\s+week's\s+|this\s+week's\s+)?)`)

// nameAt returns the event a clause names at offset from, after "at the"
// ("at the second summit of the Mano River Union (MRU) Dialogue Forum",
// "the Mali Donors Conference"), or "" when what it names there is no
// gathering ("the Council of Europe").
func (x *cableContext) nameAt(cl string, from int, ms []mention) string {
	from += ordinalLead(cl[from:])
	st, en := namedSpan(cl, from, ms, nil, false)
	if st > from && mentionAt(ms, from) != nil {
		st = from // a name may open with a country's
	}
	if st != from && !(st > from && isDateLead(cl[from:st])) {
		return ""
	}
	name := cleanEventName(x.canonical(extendEvent(cl, st, en, x.acr)))
	if name == "" || genericEvent(name) || strings.Contains(name, "Academy of") ||
		!eventNounRE.MatchString(lastWordOf(nameHead(name))) && !eventNounRE.MatchString(lastWordOf(name)) {
		return ""
	}
	return name
}

// delegationNounRE ends the words before "at the ..." with a country's
// delegation: "the Malian delegation ", "Ghana's representatives ".
var delegationNounRE = mustWordRE(`\b(?:delegations?|delegates|representatives?)\s+$`)

// delegationAt returns the country whose delegation the words of clause
// cl before offset at (from floor) end with, the party that was at the
// event named there: "the Malian delegation at", "Ghana's high-level
// delegation at"; "" when they end with none.
func delegationAt(cl string, ms []mention, floor, at int) string {
	if at <= floor {
		return ""
	}
	loc := delegationNounRE.FindStringIndex(cl[floor:at])
	if loc == nil {
		return delegationOf(cl, ms, floor, at)
	}
	noun := floor + loc[0]
	for _, m := range ms {
		if m.end <= noun && len(m.isos) == 1 && m.isos[0] != "US" && delegationLeadRE.MatchString(cl[m.end:noun]) {
			return m.isos[0]
		}
	}
	return ""
}

// delegationOf returns the one country a delegation named just before
// offset at is said to be of or from: "a delegation of senior Egyptian
// MPs to the IPU meeting", "a delegation from Ghana at"; "" when none.
func delegationOf(cl string, ms []mention, floor, at int) string {
	loc := delegationWhoseRE.FindStringIndex(cl[floor:at])
	if loc == nil {
		return ""
	}
	if isos := countriesIn(ms, floor+loc[0], at, nil); len(isos) == 1 {
		return isos[0]
	}
	return ""
}

// delegationWhoseRE ends the words before "at the ..." or "to the ..." with a
// delegation and the few words that say whose it is.
var delegationWhoseRE = mustWordRE(`\bdelegations?\s+(?:of|from)\s+(?:[\w'’.-]+\s+){1,4}$`)

// delegationLeadRE is what may stand between a country and its
// delegation: "'s ", " high-level ", " ".
var delegationLeadRE = mustWordRE(`^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}$`)

// frontedEventRE opens a sentence with the event it happened at: "At
// the G-7 meeting in Paris, ", "During the NAM Summit, ".
var frontedEventRE = lazyre.New(`^(?:\(\w+\)\s*)?(?:At|During|In|On the margins of|On the sidelines of)\s+(?:the\s+|last year's\s+|this year's\s+)?`)

// bilateralRE is the last word of a gathering's name that may be a
// meeting of two sides (the meeting nouns of meetingWithRE, consultations,
// a dialogue): what one side told the other there is an
// exchange, not attendance at a gathering.
var bilateralRE = lazyre.New(`^(?i:` + meetingNouns + `|consultations|dialogue)$`)

// auxRE opens a verb phrase with an auxiliary of the perfect.
var auxRE = lazyre.New(`^(?:had|has|have)\s+(?:also\s+)?`)

// gatheringName returns the event named from st to en in text, cleaned
// and in its canonical form, or "" when it is generic or its head is no
// gathering ("the Council of Europe").
func (x *cableContext) gatheringName(text string, st, en int) string {
	name := cleanEventName(x.canonical(extendEvent(text, st, en, x.acr)))
	if name == "" || genericEvent(name) || !eventNounRE.MatchString(lastWordOf(nameHead(name))) {
		return ""
	}
	return name
}

// speechAtRE is an official's speech at a gathering, named by its
// possessor: "Qadhafi's July 15 speech at the NAM Summit", "the
// Minister's remarks to the OAS General Assembly". Group 1 is the
// possessor; the gathering's name starts at the match's end.
var speechAtRE = mustGatedRE(`\b((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:(?:` + monthRE + `\s+\d{1,2}|opening|closing|keynote|recent)\s+)?` +
	`(?:speech|remarks|address|statement|intervention|presentation)\s+(?:at|to|before)\s+(?:the\s+)?`)

// speechPresence returns the attendance a sentence states by an
// official's speech at a named gathering (speechAtRE): the speaker's
// country, named with him, named before, or the post's hosts.
func (x *cableContext) speechPresence(i int, home string) []fact {
	s := &x.sents[i]
	var out []fact
	for _, k := range speechAtRE.FindAllStringSubmatchIndex(s.text, -1) {
		st, en := namedSpan(s.text, k[1], s.mentions, nil, false)
		if st != k[1] || irrealis(s.text[:k[0]]) {
			continue
		}
		name := x.gatheringName(s.text, st, en)
		who := s.text[k[2]:k[3]]
		if name == "" || usAny.MatchString(who) || orgRE.MatchString(who) {
			continue
		}
		isos := x.officialsCountries(s, k[2], k[3], home)
		per := x.sentenceDate(i)
		for _, p := range x.sentencePeriods(i) {
			if p.start >= k[0] && p.end <= k[1] {
				per = p // "Qadhafi's July 15 speech at": the speech's day
				break
			}
		}
		out = append(out, attendedFacts(isos, name, i, s.text, per)...)
	}
	return out
}

// inPlaceForRE places someone at a gathering by a phrase of where he was
// and what for: "in Thies for a", "In Mali last month for an".
var inPlaceForRE = mustGatedRE(`\b[Ii]n\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:(?:last|this|early|late|earlier|mid)\s+[a-z]+\s+)?for\s+(?:the\s+|an?\s+)?`)

// inPlacePresence returns the attendance a sentence states by a phrase
// that puts an official in a place for a named gathering (inPlaceForRE):
// fronted, of the clause's subject ("In Mali last month for an ECOWAS
// meeting, Wade said"), or between commas, of the one named before it
// ("Minister of Culture Awa Ndiaye, in Thies for a Chamber of Commerce
// networking conference, confirmed"). The official's country is named
// with him, named before, or the post's hosts; not a gathering to come.
func (x *cableContext) inPlacePresence(i int, home string) []fact {
	s := &x.sents[i]
	k := inPlaceForRE.FindStringIndex(s.text)
	if k == nil {
		return nil
	}
	name := x.nameAt(s.text, k[1], s.mentions)
	floor := subjectStart(s.text)
	before := strings.TrimRight(s.text[:k[0]], " ")
	var from, to int
	switch {
	case name == "" || plannedRE.MatchString(s.text[k[1]:min(len(s.text), k[1]+len(name)+5)]) || x.datedAfter(i, k[1], k[1]+len(name)+25):
		return nil
	case k[0] < floor && !hasVerb(before): // fronted
		from, to = floor, firstVerbAfter(s.text, floor, len(s.text))
	case strings.HasSuffix(before, ","): // between commas
		from, to = trailingName(before[:len(before)-1]), len(before)-1
	default:
		return nil
	}
	who := s.text[from:to]
	end := min(len(s.text), k[1]+len(name))
	if from == to || irrealis(s.text[:end]) || modalRE.MatchString(firstWords(s.text[end:], 4)) || usAny.MatchString(who) {
		return nil // "In Mali for an ECOWAS meeting, Wade will meet"
	}
	return attendedFacts(x.officialsCountries(s, from, to, home), name, i, s.text, x.sentenceDate(i))
}

// visitForRE names a journey by its noun and what it was for, after its
// traveller's possessive: "'s October 15-17 visit to Ghana to attend the",
// "'s recent trip to Brussels for the". Group 1 is what comes between the
// possessive and the noun.
var visitForRE = mustGatedRE(`'s\s+((?:[\w,-]+\s+){0,4}?)(?:visit|trip|travel)\s+to\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:to\s+(?:attend|participate\s+in|take\s+part\s+in)|for)\s+(?:the\s+|an?\s+)?`)

// visitPresence returns the attendance a sentence states by an official's
// journey named by its noun, made to attend a named gathering
// (visitForRE) and said to be past by "recent" or by a date before the
// cable's ("Malian President Toure's October 15-17 visit to Ghana to
// attend the ECOWAS Summit"); not one to come ("Toure's upcoming trip
// to Accra for the ECOWAS Summit"), nor the US side's.
func (x *cableContext) visitPresence(i int, home string) []fact {
	s := &x.sents[i]
	m := visitForRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return nil
	}
	name := x.nameAt(s.text, m[1], s.mentions)
	past := strings.Contains(s.text[m[2]:m[3]], "recent")
	for _, p := range x.sentencePeriods(i) {
		if p.start >= m[2] && p.end <= m[3] {
			past = !x.date.IsZero() && p.to.Before(x.date)
		}
	}
	from := trailingName(s.text[:m[0]])
	who := s.text[from:m[0]]
	end := min(len(s.text), m[1]+len(name))
	if name == "" || !past || from == m[0] || usAny.MatchString(who) || plannedRE.MatchString(s.text[m[2]:m[3]]) ||
		modalRE.MatchString(firstWords(s.text[end:], 4)) {
		return nil // "Toure's September 15-17 visit to Abuja to attend the ECOWAS Summit will be"
	}
	return attendedFacts(x.officialsCountries(s, from, m[0], home), name, i, s.text, x.sentenceDate(i))
}

// officialsCountries returns the countries of the official a sentence
// names in [from, to): those named with him, else a foreign official's
// country his words name (foreignIn), else the post's hosts when he is one
// of theirs or a person by title.
func (x *cableContext) officialsCountries(s *sentence, from, to int, home string) []string {
	who := s.text[from:to]
	isos := countriesIn(s.mentions, from, to, nil)
	if len(isos) == 0 {
		isos = x.foreignIn(who)
	}
	if len(isos) == 0 && home != "" && (otherSideRE.MatchString(who) || personRE.MatchString(who)) {
		isos = []string{home}
	}
	return isos
}

// attendedFacts returns that each country of isos attended the event
// named in sentence i (its text) during per.
func attendedFacts(isos []string, event string, i int, text string, per period) []fact {
	var out []fact
	for _, iso := range isos {
		out = append(out, fact{iso: iso, action: Attended, event: event, sent: i, clause: text, per: per})
	}
	return out
}

// trailingName returns where the name that ends a text starts: its
// capitalised words and the connectors between them ("heard it from
// Minister of Culture Awa Ndiaye"), or len(text) when it ends with
// none.
func trailingName(text string) int {
	start := len(text)
	words := strings.Fields(text)
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if !isCapital(w[0]) && (k == len(words)-1 || !nameConnectors[w]) || strings.HasSuffix(w, ",") {
			break
		}
		start = strings.LastIndex(text[:start], w)
	}
	for start < len(text) && !isCapital(text[start]) {
		start += len(firstWord(text[start:])) + 1 // a name opens with a capital: not "of Innovation"
	}
	return min(start, len(text))
}

// nameConnectors join the capitalised words of an official's title and
// name: "Minister of Innovation", "Secretary for Europe".
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "the": true, "de": true, "al": true, "bin": true}

// datedAfter reports whether sentence i dates something between two
// offsets after the cable: a gathering to come.
func (x *cableContext) datedAfter(i, from, to int) bool {
	for _, p := range x.sentencePeriods(i) {
		if p.start >= from && p.start < to && !x.date.IsZero() && p.from.After(x.date) {
			return true
		}
	}
	return false
}

// frontedPresence returns the attendance of a sentence that opens with a
// named event and goes on with what a country's official said there: "At
// the G-7 meeting in Paris, Brown argued for ...".
func (x *cableContext) frontedPresence(i int, home string) []fact {
	s := &x.sents[i]
	text := s.text
	loc := frontedEventRE.FindStringIndex(text)
	floor := subjectStart(text)
	if loc == nil || floor <= loc[1] || meetingWithRE.MatchString(text[loc[0]:floor]) {
		return nil // "In February 26 and 27 meetings with NEA Assistant Secretary Welch, ...": an exchange, not an event
	}
	name := ""
	if k := severalPartiesRE.FindStringSubmatchIndex(text[loc[1]:floor]); k != nil {
		front := text[loc[1]:floor]
		name = front[k[2]:k[3]] + " " + strings.TrimRight(front[k[4]:], " ,") // "meeting of foreign ministers from Maghreb states"
	} else {
		st, en := namedSpan(text, loc[1], s.mentions, nil, false)
		if st != loc[1] || en > floor {
			return nil
		}
		if name = x.gatheringName(text, st, en); name == "" {
			return nil
		}
	}
	verb := firstVerbAfter(text, floor, len(text))
	lead := text[floor:verb]
	if aux := auxRE.FindStringIndex(text[verb:]); aux != nil {
		verb += aux[1] // "had told", "has also noted"
	}
	met := metAtRE.FindStringIndex(headOf(text[verb:], 30))
	if met != nil && met[0] != 0 {
		met = nil
	}
	told := firstWord(text[verb:]) == "told" && !bilateralRE.MatchString(lastWordOf(name)) // "At the MOIT meeting, X told ISN's Kessler": a meeting with the US side
	if verb >= len(text) || met == nil && !told && !slices.Equal(speechVerbRE.FindStringIndex(headOf(text[verb:], 20)), []int{0, len(firstWord(text[verb:]))}) ||
		irrealis(lead) || planAheadRE.MatchString(text[verb:]) || usAny.MatchString(lead) || namesPerson(lead, x.people) {
		return nil // "At the GAFISUD meeting in July, Tam said, he plans to"
	}
	isos := countriesIn(s.mentions, floor, verb, notTopic(text, floor))
	if len(isos) == 0 {
		isos = x.foreignIn(lead)
	}
	if len(isos) == 0 && home != "" && (otherSideRE.MatchString(lead) || personRE.MatchString(lead)) {
		isos = []string{home} // "At the NAM Summit, Foreign Minister Aboul Gheit criticized" in Cairo's report
	}
	if met != nil {
		isos = append(isos, countriesIn(s.mentions, verb, verb+phraseEnd(text[verb:]), nil)...) // "joined with his counterparts from Pakistan and Cuba to"
	}
	per := x.sentenceDate(i)
	var out []fact
	for _, iso := range isos {
		out = append(out, fact{iso: iso, action: Attended, event: name, sent: i, clause: text, per: per})
	}
	return out
}

// planAheadRE says that what follows a speech verb is to come: "At the
// GAFISUD meeting in July, Tam said, he plans to discuss".
var planAheadRE = lazyre.New(`^\w+,\s+(?:he|she|they|we)\s+(?:(?:plans?|intends?|hopes?|expects?|wants?)\s+to|will|would|shall)\b`)

// severalPartiesRE is a gathering named by who came, not by a name: "a
// meeting in Tripoli on December 30 of foreign ministers from Maghreb
// states", "a session of the member states". Its speakers attended it,
// and it is named by its noun and who came ("meeting of foreign ministers
// from Maghreb states").
var severalPartiesRE = lazyre.New(`^(?:an?\s+)?(?:[\w-]+\s+){0,2}(meeting|session|summit|conference|gathering)\b[^,;]{0,60}?\b(of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:ministers|states|countries|leaders|members|delegations|partners|ambassadors|representatives|heads of state)\b)`)

// ledByRE opens an appositive that names who led a delegation.
var ledByRE = lazyre.New(`^(?:led|headed|chaired|accompanied)\s+by\b`)

// isDateLead reports whether the text between "during the" and a name is
// a date: "during the June 18 IAEA Board of Governors' meetings".
func isDateLead(s string) bool {
	for _, w := range strings.Fields(s) {
		if monthOf(w) == 0 && !allDigits(strings.Trim(w, ",")) {
			return false
		}
	}
	return true
}

// ordinalLead returns the length of the words before a name that say which
// of its series an event was ("second summit of the ", "10th meeting of
// the "), or 0.
func ordinalLead(s string) int {
	ws := strings.SplitAfterN(s, " ", 5)
	if len(ws) < 5 || ws[2] != "of " || ws[3] != "the " {
		return 0
	}
	w := strings.TrimSpace(ws[0])
	if _, ok := ordinals[strings.ToLower(w)]; !ok && !isOrdinalNumber(w) || !eventNounRE.MatchString(ws[1]) {
		return 0
	}
	return len(s) - len(ws[4])
}

// allDigits reports whether s is a number.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !textmatch.IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// lastVerbBefore returns the offset of the last verb of a clause between
// two offsets, or -1: the verb an "at the ..." phrase belongs to.
func lastVerbBefore(cl string, from, to int) int {
	last, at := -1, from
	if from >= to {
		return -1
	}
	for _, w := range strings.Fields(cl[from:to]) {
		k := strings.Index(cl[at:to], w) + at
		if isVerbWord(strings.Trim(w, `,.;:"'()`)) {
			last = k
		}
		at = k + len(w)
	}
	return last
}

// firstVerbAfter returns the offset of the first verb of a text between
// two offsets after its first word, or to when there is none: the end of
// a subject. A word in -ed after a determiner is an adjective ("a subdued
// Marcel Biato criticized").
func firstVerbAfter(text string, from, to int) int {
	at, prev, prev2 := from, "", ""
	for i, w := range strings.Fields(text[from:to]) {
		k := strings.Index(text[at:to], w) + at
		if i > 0 && isVerbWord(strings.Trim(w, `,.;:"'()`)) && !determiners[strings.ToLower(prev)] && !attributive(prev2, prev) {
			return k
		}
		at, prev, prev2 = k+len(w), w, prev
	}
	return to
}

// attributive reports whether the two words before a participle make it
// an adjective of a noun to come: "India's newly appointed", "the
// recently elected"; not "He recently met".
func attributive(prev2, prev string) bool {
	if !isAdverb(prev) && !strings.EqualFold(prev, "just") {
		return false
	}
	return determiners[strings.ToLower(prev2)] || strings.HasSuffix(prev2, "'s") || strings.HasSuffix(prev2, "’s")
}

// countriesIn returns the countries other than the US, once each in the
// order they are named, that unambiguous mentions name between two
// offsets; keep, when not nil, says which of those mentions count.
func countriesIn(ms []mention, from, to int, keep func(mention) bool) []string {
	var isos []string
	for _, m := range ms {
		if m.start >= from && m.end <= to && len(m.isos) == 1 && m.isos[0] != "US" && !slices.Contains(isos, m.isos[0]) &&
			(keep == nil || keep(m)) {
			isos = append(isos, m.isos[0])
		}
	}
	return isos
}

// notTopic keeps the mentions of a text that do not follow a preposition
// of topic or place: "German Foreign Minister Steinmeier", not "a
// productive conversation on Afghanistan" (from is where the text starts).
func notTopic(text string, from int) func(mention) bool {
	return func(m mention) bool { return !topicBeforeRE.MatchString(text[from:m.start]) }
}

// hostVerbRE are the verbs of hosting an event or guests.
var hostVerbRE = mustWordRE(`\b(?:hosted|co-hosted|cohosted|organized|organised|convened|sponsored)\b`)

// forEventRE opens the event guests were hosted for: "for the bi-weekly
// G-5 gathering".
var forEventRE = mustWordRE(`\b(?:for|at)\s+(?:the|a|an|their|its)?\s*`)

// readHosting returns what a sentence says another government's official
// hosted: "PM Brown hosted a one and a half hour meeting" (the post's
// country hosted), "German Ambassador Schaefer hosted French Ambassador
// Ladsous, Japanese Ambassador Miyamoto ... for the bi-weekly G-5
// gathering" (Germany hosted it, France and Japan attended). The trigger
// rules read hosting where the subject names its country and the object
// the event.
func (x *cableContext) readHosting(have []fact, home string) []fact {
	found, read := map[[2]string]bool{}, map[int]bool{}
	for _, f := range have {
		if f.action != Hosted || f.event != "" && !genericEvent(f.event) {
			found[[2]string{f.iso, f.action}] = true // not hosting of no named event: "The meeting was organized by"
		}
		read[f.sent] = true
	}
	var out []fact
	for i := range x.sents {
		if read[i] || !x.mayOpen(i, opensHostVerb) {
			continue // the trigger rules read the sentence, or it has no verb of hosting
		}
		loc := hostVerbRE.FindStringIndex(x.sents[i].text)
		if loc == nil {
			continue
		}
		for _, f := range x.hosting(i, loc, home) {
			if k := [2]string{f.iso, f.action}; !found[k] {
				found[k] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// hosting returns the facts of the hosting verb at loc in sentence i.
func (x *cableContext) hosting(i int, loc []int, home string) []fact {
	s := &x.sents[i]
	start := subjectStart(s.text)
	if loc[0] < start {
		return nil
	}
	lead := s.text[start:loc[0]]
	if irrealis(lead) || passiveRE.MatchString(lead) || hasVerb(lead) {
		return nil
	}
	hosts := countriesIn(s.mentions, start, loc[0], nil) // "German Ambassador Schaefer"
	if len(hosts) == 0 && usAny.MatchString(lead) {
		return nil
	}
	if len(hosts) == 0 && home != "" && otherSideRE.MatchString(lead) {
		hosts = []string{home}
	}
	if len(hosts) != 1 {
		return nil
	}
	obj := s.text[loc[1]:]
	guestsEnd, event := len(obj), ""
	if m := forEventRE.FindStringIndex(obj); m != nil {
		guestsEnd = m[0]
		event = eventPhrase(obj[m[1]:])
	} else {
		event = eventPhrase(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(obj), "a "), "an "))
	}
	if event == "" && !eventNounRE.MatchString(headOf(obj, 60)) {
		return nil // "hosted the delegation": a visit, not an event
	}
	per := x.sentenceDate(i)
	out := []fact{{iso: hosts[0], action: Hosted, event: event, sent: i, clause: s.text, per: per}}
	if strings.HasPrefix(strings.TrimSpace(obj), "with ") {
		guestsEnd = 0 // "co-hosted with the UAE": a co-host, not a guest
	}
	for _, g := range countriesIn(s.mentions, loc[1], loc[1]+guestsEnd, isGuest(s)) {
		if g != hosts[0] {
			out = append(out, fact{iso: g, action: Attended, event: event, sent: i, clause: s.text, per: per})
		}
	}
	return out
}

// sentencePeriods returns the periods sentence i states, its years read
// from the sentence itself (findPeriods), found once: the lead dates, the
// report's first date and each fact's sentence date read them. A day
// without a year takes the last year before it, else the cable's, not a
// year named after it ("met May 11 ... on the 2007 presidential race"):
// the sentence's first year is only for cables without a date.
func (x *cableContext) sentencePeriods(i int) []period {
	if x.periodsRead == nil {
		x.sentPeriods, x.periodsRead = make([][]period, len(x.sents)), make([]bool, len(x.sents))
	}
	if !x.periodsRead[i] {
		text := x.sents[i].text
		years := yearsIn(text)
		x.sentPeriods[i], x.periodsRead[i] = findPeriods(text, dateContext{cable: x.date, later: firstOf(years)}, false), true
	}
	return x.sentPeriods[i]
}

// sentenceDate returns the narrowest date a sentence states, not after
// the cable's date: the day guests were hosted, or an official spoke.
func (x *cableContext) sentenceDate(i int) period {
	var past []period
	for _, p := range nameDates(x.sents[i].text, x.sentencePeriods(i)) {
		if !p.since && (x.date.IsZero() || !p.from.After(x.date)) {
			past = append(past, p)
		}
	}
	return narrowest(past)
}

// isGuest keeps the mentions of a sentence that name an official's
// country, before the title: "French Ambassador Herve Ladsous", not "a
// meeting of the EU-27 Iran ... experts".
func isGuest(s *sentence) func(mention) bool {
	return func(m mention) bool { return otherSideRE.MatchString(firstWords(s.text[m.end:], 2)) }
}

// eventPhrase returns the event a phrase opens with, up to its event noun:
// "bi-weekly G-5 gathering" of "bi-weekly G-5 gathering of Beijing-based
// ambassadors"; "" when no event noun comes within a few words.
func eventPhrase(s string) string {
	if q := quotedEventRE.FindStringSubmatch(s); q != nil && eventNounRE.MatchString(q[1]) {
		return cleanEventName(q[1]) // `the November 7-8, 2007 "Conference on Intellectual Property Rights in the Digital Environment"`
	}
	words := strings.Fields(s)
	if len(words) > 0 {
		if plannedRE.MatchString(words[0]) {
			return "" // a gathering to come
		}
		switch strings.ToLower(words[0]) {
		case "recent", "latest", "last", "previous", "just-concluded":
			words = words[1:] // "the recent International Contact Group meeting": when, not its name
		}
	}
	for k, w := range words {
		if k > 6 {
			break
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue // "the training's opening session"
		}
		if eventNounRE.MatchString(strings.Trim(w, ",.;:")) || readoutKindRE.MatchString(strings.Trim(w, ",.;:")) {
			return cleanEventName(strings.Join(words[:k+1], " ") + namedBodyOf(words[k+1:]))
		}
	}
	return ""
}

// namedBodyOf returns the body a gathering's noun names after "of" when
// that is a name, its words capitalised ("a meeting of the SADC Organ
// Troika in Maputo": " of the SADC Organ Troika"), and the name ends the
// phrase: at its end, at a mark, or before a word that ends an event
// phrase (eventStopRE) other than "and", whose conjunct may go on with the
// name. "" otherwise ("of Iraqi leaders", "of the EU-27 Iran and
// non-proliferation experts").
func namedBodyOf(words []string) string {
	if len(words) < 2 || words[0] != "of" {
		return ""
	}
	k := 1
	if words[k] == "the" {
		k++
	}
	n := k
	for ; n < len(words) && words[n] != "" && isCapital(words[n][0]); n++ {
		if strings.ContainsAny(words[n], ",.;:") {
			n++
			break
		}
	}
	if n == k {
		return ""
	}
	last := words[n-1]
	if n < len(words) && !strings.ContainsAny(last, ",.;:") && (words[n] == "and" || !eventStopRE.MatchString(" "+words[n]+" ")) {
		return ""
	}
	return " " + strings.TrimRight(strings.Join(words[:n], " "), ",.;:")
}

// quotedEventRE opens a phrase with an event's name in quotes, after a
// determiner, a date or a place: group 1 is the name.
var quotedEventRE = lazyre.New(`^\s*(?:(?:the|a|an)\s+)?(?:[\w,-]+\s+){0,4}?["“]([A-Z][^"”]{3,150})["”]`)

// attendVerbRE are the verbs by which a subject took part in an event;
// attendingRE their -ing forms, read in a sentence that has none of them.
var (
	attendVerbRE = mustWordRE(`\b(?:attended|participated in|took part in|joined|addressed)\s+(?:the\s+|a\s+|an\s+)?`)
	attendingRE  = mustWordRE(`\b(?:attending|participating in|taking part in)\s+(?:the\s+|a\s+|an\s+)?`)
)

// doingLeadRE ends the words before an -ing form of attendingRE that
// make it attendance done: the past progressive, with a place and a week
// between ("The Foreign Minister was in Cairo attending an Arab League
// ministerial", "were in Abuja last week attending"). Not a gerund ("by
// participating in", "such as participating in") nor a plan ("is
// attending"). It is narrow: other words between ("was in Cairo on May 5
// attending") are not read.
var doingLeadRE = mustWordRE(`\b(?:was|were)\s+(?:also\s+)?(?:in\s+(?:[A-Z][\w-]*\s+){1,3})?(?:(?:last|that|this)\s+week\s+)?$`)

// officialsRE is a subject of officials that names no country: in a
// post's report, the post's hosts ("Governmental agencies participated in
// ...", "The acting director of the airport, Izzeddin al-Naas, attended").
var officialsRE = mustWordRE(`(?i)\b(?:agencies|officials|officers|ministries|delegation|delegates|director|minister|ministry|representatives?)\b`)

// readHomeAttendance returns the attendance of the post's own hosts that
// the trigger rules leave for want of a country's name in the subject, or
// of an official the cable named before with a country.
func (x *cableContext) readHomeAttendance(have []fact, home string) []fact {
	if home == "" {
		return nil
	}
	read := map[int]bool{}
	for _, f := range have {
		read[f.sent] = read[f.sent] || f.action != Hosted // "Over 80 judges attended the seminar which was sponsored by the Ministry": the host is read, not who attended
	}
	var out []fact
	for i := range x.sents {
		if read[i] {
			continue
		}
		s := &x.sents[i]
		var loc []int
		doing := false
		if x.mayOpen(i, opensAttend) {
			loc = attendVerbRE.FindStringIndex(s.text)
		}
		if loc == nil && x.mayOpen(i, opensAttending) {
			loc, doing = attendingRE.FindStringIndex(s.text), true
		}
		if loc == nil {
			continue
		}
		start := subjectStart(s.text)
		if loc[0] < start {
			continue
		}
		lead := s.text[start:loc[0]]
		iso := home
		if !officialsRE.MatchString(lead) {
			if named := x.foreignIn(lead); len(named) == 1 {
				iso = named[0] // "Sow had also attended", named before as the MFA's official
			} else if !otherSideRE.MatchString(lead) {
				continue
			}
		}
		if irrealis(lead) || usAny.MatchString(lead) || len(countriesIn(s.mentions, start, loc[0], nil)) > 0 {
			continue
		}
		if doing && !doingLeadRE.MatchString(lead) || !doing && passiveRE.MatchString(lead) {
			continue
		}
		event := eventPhrase(s.text[loc[1]:])
		if event == "" || x.unnamedMeeting(event, s.text[loc[1]:]) {
			continue
		}
		if c := x.canonical(event); c != "" {
			event = c
		}
		action := Attended
		if w := lastWordOf(nameHead(event)); w == "course" || w == "courses" || w == "training" {
			action = Trained // "officers who attended the January Basic Counternarcotics course", as actionObject reads a course
		}
		out = append(out, fact{iso: iso, action: action, event: event, sent: i, clause: s.text, per: x.sentenceDate(i)})
	}
	return out
}

// gatheringRE is a meeting attended, after the verb and its article
// (attendVerbRE), that its words make a gathering of several, not two
// sides' talk: "meeting of Iraq's neighbors", "meeting of foreign
// ministers", "December 4 meeting in Brussels".
var gatheringRE = lazyre.New(`^(?:[\w-]+\s+){0,3}?meeting\s+(?:of\s+(?:the\s+)?(?:[A-Z]|(?:[a-z-]+\s+){0,2}(?:ministers|leaders|heads|members|states|countries|neighbou?rs|donors|partners|allies|parties))|in\s+[A-Z])`)

// unnamedMeeting reports whether an event attended, named before the
// text after, is a meeting of the kind two sides hold ("joined our
// meeting", "also attended the meeting") that no event the cable names
// stands for and its words do not make a gathering of several
// (gatheringRE): those present talked, they attended no gathering.
func (x *cableContext) unnamedMeeting(event, after string) bool {
	head := lastWordOf(event)
	if !genericEvent(event) || !bilateralRE.MatchString(head) || gatheringRE.MatchString(after) {
		return false
	}
	for _, n := range x.named {
		if strings.EqualFold(lastWordOf(n.name), head) {
			return false // "the meeting" may be the Donors Coordination meeting the cable names
		}
	}
	return true
}

// sharedWords counts the words two signatures share.
func sharedWords(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// reportedRE is the subject and verb of reported speech at the end of
// the text before a clause: "State Secretary Eide said (that) ".
var reportedRE = lazyre.New(`^(.*?)\s+(?:said|told\s+\S+|noted|added|explained|stated|recalled|mentioned|commented|reported)(?:\s+that)?\s*$`)

// reporterOf returns where in text the subject of a verb of speech that
// ends it lies, or -1, -1 when text does not end so.
func reporterOf(text string) (int, int) {
	from := subjectStart(text)
	m := reportedRE.FindStringSubmatchIndex(text[from:])
	if m == nil || hasVerb(text[from+m[2]:from+m[3]]) {
		return -1, -1
	}
	return from + m[2], from + m[3]
}

// auxTailRE is the auxiliaries and blanks that end a subject before its
// verb: "he had (had a meeting)".
var auxTailRE = lazyre.New(`(?:\s+(?:had|has|have|was|were|is|did|also))*\s*$`)

// doerOf returns the text that names who does what clause cl (at off in
// sentence i) places at an event at offset at, the countries its mentions
// name, and whether the clause is in the passive: the subject from start
// to the verb, the doer after "by" in the passive ("the proposal made by
// Swedish FM Bildt at"), or the reporter of a clause whose subject is a
// pronoun ("Eide said he had a meeting with ... at").
func (x *cableContext) doerOf(i, off int, cl string, ms []mention, start, verb, at int) (string, []string, bool) {
	if by := passiveByRE.FindStringIndex(cl[verb:at]); by != nil {
		start = verb + by[1]
		return cl[start:at], countriesIn(ms, start, at, notTopic(cl, start)), true
	}
	lead := auxTailRE.ReplaceAllString(cl[start:verb], "")
	if k := strings.LastIndexByte(lead, ' ') + 1; pronounRE.MatchString(lead[k:]) {
		s := &x.sents[i]
		if from, to := reporterOf(s.text[:off+start+k]); from >= 0 {
			return s.text[from:to], countriesIn(s.mentions, from, to, nil), false
		}
	}
	return cl[start:verb], countriesIn(ms, start, verb, notTopic(cl, start)), false
}

// lowerWords counts the words of a text that do not open with a capital
// letter: how far apart two points of a clause are, names aside ("had a
// long meeting with Iraqi Vice President Tareq al Hashemi at").
func lowerWords(text string) int {
	n := 0
	for _, w := range strings.Fields(text) {
		if w[0] < 'A' || w[0] > 'Z' {
			n++
		}
	}
	return n
}

// phraseEndRE ends the object of a verb of meeting: a comma, a verb's
// "to" or a clause's opener.
var phraseEndRE = mustWordRE(`,|;|\bto\b|\bwho\b|\bwhich\b|\band\s+[a-z]+ed\b`)

// phraseEnd returns where the object of a verb of meeting that opens text
// ends.
func phraseEnd(text string) int {
	if loc := phraseEndRE.FindStringIndex(text); loc != nil {
		return loc[0]
	}
	return len(text)
}

package extract

import (
	"slices"
	"strings"
)

// Meetings the cables name by their noun and both their sides, in passing
// and often long after they were held: "to follow up on the President's
// March 14 meeting with Ghanaian President Mensah", "Diop's March 10
// meeting with AFRICOM Commander General Smith seems to have eased", "the
// July 9 discussion between Ambassadors Smith and Diop". Each is a meeting
// of the US side with the other, dated by its own words.

// ownedMeetingRE is a meeting named by the one who held it, before the
// noun, and the one met, after "with" or "to": "the President's March 14
// meeting with", "Secretary Smith's phone call to", "Diop's February
// meeting in Washington with". Group 1 is the owner.
var ownedMeetingRE = mustGatedRE(`\b((?:[Tt]he\s+)?[A-Z][\w/.&-]*(?:\s+[A-Z][\w/.&-]*){0,4})['’]s\s+(?:[\w-]+\s+){0,3}?(?:` +
	meetingNouns + `)\s+(?:[\w.-]+\s+){0,5}?(?:with|to)\s+(?:the\s+)?`)

// heldByRE is a meeting named by a pronoun of the one who held it and the
// one met after "with": "building on her meeting with the Secretary in
// Dakar", "since his last meeting with U/S Smith". The pronoun is the
// sentence's speaker.
var heldByRE = mustGatedRE(`\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:` + meetingNouns + `)\s+(?:[\w.-]+\s+){0,5}?with\s+(?:the\s+)?`)

// meetingBetweenRE is a meeting named by its noun before "between" and
// its two sides: "the July 9 discussion between", "a telephone call that
// had just occurred between", "the meeting in Thies between". The
// sides follow as betweenRE reads them.
var meetingBetweenRE = mustGatedRE(`\b(?:` + meetingNouns + `)\s+(?:[\w.-]+\s+){0,5}?between\b`)

// meetingToComeRE ends the words before a meeting's noun that ask for it,
// arrange it or wait for it: "pressing for a follow-on meeting between",
// "to arrange the Secretary's meeting with", "to coordinate a meeting
// between", "in advance of".
var meetingToComeRE = mustWordRE(`(?i)\b(?:(?:for|to(?:\s+[a-z]+)?)\s+(?:a|an)|(?:arrange|arranging|arranged|request|requested|requesting|seek|seeking|sought|schedule|scheduled|scheduling|propose|proposed|proposing|promote|favors?|facilitate|in advance of|ahead of|before|prepare|preparing|preparation|prior to)(?:\s+(?:a|an|the))?)\s+(?:[\w-]+\s+){0,3}$`)

// heldMeetings returns the meetings of the US side with the other side
// that a sentence names by their noun and both sides (ownedMeetingRE,
// meetingBetweenRE), or by a pronoun of its speaker and the one met
// (heldByRE), each dated by the words that name it.
func (r *exchangeReader) heldMeetings(text string) []fact {
	var out []fact
	for _, m := range ownedMeetingRE.FindAllStringSubmatchIndex(text, -1) {
		st := m[2]
		if frontRE.MatchString(text[st:m[3]]) {
			st += strings.Index(text[st:m[3]], " ") + 1 // "In Secretary Smith's": Secretary Smith's
		}
		if st >= m[3] || r.toCome(text, st) {
			continue
		}
		out = append(out, r.meetingOf(text, [2]int{st, m[3]}, [2]int{m[1], partyEnd(text, m[1])}, st)...)
	}
	for _, loc := range heldByRE.FindAllStringIndex(text, -1) {
		party := [2]int{loc[1], partyEnd(text, loc[1])}
		if !r.usMeetingSide(text[party[0]:party[1]]) || r.toCome(text, loc[0]) {
			continue
		}
		out = append(out, r.speakerMeeting(text, loc[0], party)...)
	}
	for _, loc := range meetingBetweenRE.FindAllStringIndex(text, -1) {
		at := loc[1] - len(" between")
		b := betweenRE.FindStringSubmatchIndex(text[at:])
		st := loc[0]
		if k := nounLeadRE.FindStringIndex(text[:st]); k != nil {
			st = k[0] // "the July 9 discussion between": its date
		}
		if b == nil || r.toCome(text, loc[0]) {
			continue
		}
		out = append(out, r.meetingOf(text, [2]int{at + b[2], at + b[3]}, [2]int{at + b[4], at + b[5]}, st)...)
	}
	return out
}

// nounLeadRE is the words before a meeting's noun that may date it: "the
// July 9 ", "a September 26 ".
var nounLeadRE = mustWordRE(`\b(?:[\w-]+\s+){1,3}$`)

// toCome reports whether the meeting whose name starts at st is one to
// come, asked for or only thought of, not one held.
func (r *exchangeReader) toCome(text string, st int) bool {
	before := text[max(0, st-60):st]
	if k := strings.LastIndex(before, ", "); k >= 0 {
		before = before[k+2:] // its own clause: "hoped we could set up a joint commission, building on his meeting"
	}
	return irrealisRE.MatchString(before) || talksToComeRE.MatchString(before) || meetingToComeRE.MatchString(before)
}

// partyEnd returns where the party of a meeting that starts at st ends:
// at a comma, a clause or what was said.
func partyEnd(text string, st int) int {
	en := len(text)
	if k := strings.IndexAny(text[st:], ",;:("); k >= 0 {
		en = st + k
	}
	if k := partyEndRE.FindStringIndex(text[st:en]); k != nil {
		en = st + k[0]
	}
	if k := meetingPlaceRE.FindStringIndex(text[st:en]); k != nil {
		en = st + k[0]
	}
	if k := partyClauseRE.FindStringIndex(text[st:en]); k != nil {
		en = st + k[0] // "the Ambassador's call to Minister Diop suggesting the Ambassador visit"
	}
	return en
}

// partyClauseRE opens a clause of its own after the party of a meeting:
// a participle or a relative pronoun.
var partyClauseRE = mustWordRE(`\s(?:[a-z]+ing|[a-z]+ed|who|which|where)\b`)

// meetingPlaceRE opens the place or time of a meeting after its party:
// "in Washington", "at the Embassy", "last week", "since Senegal's
// February 25th elections".
var meetingPlaceRE = mustWordRE(`\s(?:in|at|during|last|this|earlier|since|after|before|following|until)\b`)

// ourPresidentRE is the President or the Secretary named by title alone,
// who in a meeting with another country's named official is the United
// States'.
var ourPresidentRE = mustWordRE(`^[Tt]he (?:President|Vice President|Secretary)$`)

// meetingOnRE opens the words after a meeting's party with its date,
// perhaps after its place: "on November 2", "in April 2008", "on Friday,
// March 18", "in Dakar in August".
var meetingOnRE = mustWordRE(`^(?:(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},?\s+)?(?:(?:on|in)\s+)?(?:[A-Z][a-z]+day,?\s+)?` + monthRE + `(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b`)

// comingRE opens the words after a meeting's sides that put it in the
// future (comingWords), after its place or date: "in Thies June 6 will
// be".
var comingRE = mustWordRE(`^[^,;]{0,40}?\b(?:` + comingWords + `)\b`)

// meetingOf returns the meeting whose sides are the spans a and b of the
// text, one of them the US side and the other another government's, dated
// by the words from st to the end of the later side and the date after it.
func (r *exchangeReader) meetingOf(text string, a, b [2]int, st int) []fact {
	var isos []string
	switch {
	case r.usMeetingSide(singleTitle(text[a[0]:a[1]])):
		isos = r.otherMeetingSide(text, b)
	case r.usMeetingSide(text[b[0]:b[1]]):
		isos = r.otherMeetingSide(text, a)
	case ourPresidentRE.MatchString(text[a[0]:a[1]]):
		// "the President's March 14 meeting with Ghanaian President
		// Mensah": the one of another country named is not ours
		isos = countriesIn(r.x.sents[r.i].mentions, b[0], b[1], r.notAside)
	}
	if len(isos) == 0 {
		return nil
	}
	en := max(a[1], b[1])
	if k := meetingOnRE.FindStringIndex(strings.TrimLeft(text[en:], " ,")); k != nil {
		en += len(text[en:]) - len(strings.TrimLeft(text[en:], " ,")) + k[1]
	}
	span := text[st:en]
	if comingRE.MatchString(text[en:]) || modalRE.MatchString(text[b[0]:b[1]]) {
		return nil // "the meeting between the President and Ghanaian President Mensah in Thies June 6 will be their first"
	}
	var per period
	if ps := findPeriods(span, dateContext{cable: r.x.date}, false); len(ps) > 0 {
		// its own words date it, not a year the sentence gave before ("a
		// joint commission early in 2011, building on his meeting with the
		// Secretary in Washington in December")
		past := slices.DeleteFunc(ps, func(p period) bool { return !r.x.date.IsZero() && p.from.After(r.x.date) })
		if len(past) == 0 {
			return nil // dated after the cable: a meeting to come
		}
		per = sinceCable(narrowest(past), r.x.date)
	}
	fs := r.factsOf(isos, []string{Discussed}, span, st)
	for i := range fs {
		fs[i].per, fs[i].passing = per, true
	}
	return fs
}

// usMeetingSide reports whether a side of a meeting is the US side's
// official: "Secretary Smith", "AFRICOM Commander General Smith"; not
// "the Secretary General".
func (r *exchangeReader) usMeetingSide(s string) bool {
	if !startsWithUS(s) {
		return false
	}
	t, k := foreignTitleRE.FindStringIndex(s), usActorRE.FindStringIndex(s)
	return t == nil || k != nil && t[0] >= k[0] && t[1] <= k[1] // a President usActorRE names is ours
}

// otherMeetingSide returns the countries of the side of a meeting at
// span: those it names, else the post's hosts when it names their
// official by title or by a name the cable gives no one else.
func (r *exchangeReader) otherMeetingSide(text string, span [2]int) []string {
	s := text[span[0]:span[1]]
	if s == "" || usAny.MatchString(s) || orgRE.MatchString(s) || privateParty(s) || namesPerson(s, r.x.orgPeople) {
		return nil
	}
	isos := countriesIn(r.x.sents[r.i].mentions, span[0], span[1], r.notAside)
	if len(isos) == 0 {
		isos = r.x.foreignIn(s)
	}
	if title := otherSideRE.MatchString(s); len(isos) == 0 && r.home != "" && (title && strings.Contains(s, " ") || !title && r.x.namedOnly(s)) {
		// "FM Diop", "Ndiaye"; not "King" alone, whose country the cable gave before
		isos = []string{r.home}
	}
	return isos
}

// singleTitle returns the first of two sides named with their title in
// the plural as the title and its name: "Ambassadors Smith" (and Diop) is
// Ambassador Smith.
func singleTitle(s string) string {
	title, name, ok := strings.Cut(s, " ")
	switch title {
	case "Presidents", "Ambassadors", "Ministers", "Senators":
		if ok {
			return strings.TrimSuffix(title, "s") + " " + name
		}
	}
	return s
}

// speakerMeeting returns the meeting a sentence's speaker held with the
// US side, named at st by a pronoun ("Diop hoped for a joint commission
// ..., building on his meeting with the Secretary"): the speaker is the
// subject that opens the sentence or its fronted clause ("As Deputy FM
// Diallo said in his meeting with"), of the other side.
func (r *exchangeReader) speakerMeeting(text string, st int, party [2]int) []fact {
	from := subjectStart(text[:st]) // past a fronted topic: "On Mali, Foreign Minister Diop mentioned his talks with"
	if k := speakerLeadRE.FindStringIndex(text); k != nil {
		from = k[1]
	}
	en := firstVerbAfter(text, from, st)
	if en >= st {
		return nil
	}
	probe := *r // side notes what it reads (pronoun, usSubject); this sentence's reading keeps none of it
	if probe.side(text[from:en], from, false) != actorForeign {
		return nil
	}
	return r.meetingOf(text, [2]int{from, en}, party, st)
}

// speakerLeadRE opens a sentence with a subordinator before its first
// subject: "As ", "When ".
var speakerLeadRE = mustWordRE(`^(?:As|When|While|Although|Though|Since|After|Before)\s+`)

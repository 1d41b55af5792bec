package extract

import "strings"

// The reader of gatherings told by who spoke there: "A financial
// conference last week in Cairo featured speeches by Prime Minister Ahmed
// Nazif", "the Euromoney Conference, which featured a roster of GOE
// speakers including Minister of Investment Mahmoud Mohieldin". Each
// country whose officials spoke there attended the gathering.

// featuredRE is a gathering's speakers after the verb that says they
// were part of it: "featured speeches by", "featuring a roster of GOE
// speakers including", "highlighting presentations by"; a list follows.
var featuredRE = mustGatedRE(`\b(?:featured|featuring|highlighting|included|including)\s+(?:[\w-]+\s+){0,5}?` +
	`(?:speeches|speech|presentations|presentation|remarks|addresses|speakers|panelists|presenters)\s+(?:by|from|including)\s`)

// gatheringNounRE is a noun of a gathering whose speakers a sentence
// lists that eventNounRE and readoutKindRE lack: "event", "panel".
var gatheringNounRE = mustWordRE(`(?i)\b(?:events?|panels?)\b`)

// featuredPresence returns the attendance of the countries whose
// officials a sentence lists as a gathering's speakers (featuredRE): the
// countries named in the verb's object, or the post's hosts when it names
// only their officials ("speeches by Prime Minister Ahmed Nazif").
func (x *cableContext) featuredPresence(i int, home string) []fact {
	s := &x.sents[i]
	loc := featuredRE.FindStringIndex(s.text)
	if loc == nil || irrealis(s.text) {
		return nil
	}
	noun := gatheringBefore(s.text[:loc[0]])
	if noun < 0 {
		return nil
	}
	end := len(s.text)
	if k := strings.IndexByte(s.text[loc[0]:], ';'); k >= 0 {
		end = loc[0] + k
	}
	isos := countriesIn(s.mentions, loc[0], end, notTopic(s.text, loc[0]))
	list := s.text[loc[1]:end]
	if len(isos) == 0 && home != "" && otherSideRE.MatchString(headOf(list, 40)) && !usAny.MatchString(headOf(list, 40)) {
		isos = []string{home} // "featured speeches by Prime Minister Ahmed Nazif" in Embassy Cairo's report
	}
	event := x.gatheringAt(i, noun)
	per := x.sentenceDate(i)
	if !per.valid() {
		per = x.sessionDate(event) // "The day's outreach meetings were capped by ... event featuring": the day the cable reports
	}
	var out []fact
	for _, iso := range isos {
		out = append(out, fact{iso: iso, action: Attended, event: event, sent: i, clause: s.text, per: per})
	}
	return out
}

// gatheringBefore returns where the last gathering noun of lead, the text
// before a verb of featuring, ends when it is the verb's subject: no verb
// between them, save a "which" ("the Euromoney Conference in Egypt, which
// featured") or a first verb of featuring ("The conference featured a
// Latin American flavor, highlighting"); or -1.
func gatheringBefore(lead string) int {
	from := max(0, len(lead)-100)
	last := -1
	for _, re := range []*wordRE{eventNounRE, readoutKindRE, gatheringNounRE} {
		for _, m := range re.FindAllStringIndex(lead[from:], -1) {
			last = max(last, from+m[1])
		}
	}
	if last < 0 {
		return -1
	}
	between := strings.Replace(lead[last:], ", which ", " ", 1)
	if hasVerb(between) && !strings.HasPrefix(strings.TrimSpace(between), "featured ") {
		return -1
	}
	return last
}

// gatheringAt returns the name of the gathering whose noun ends at end in
// sentence i: a name the cable stated there, or the noun's phrase (which
// finish resolves to a name the cable gives, or leaves empty).
func (x *cableContext) gatheringAt(i, end int) string {
	for k := len(x.named) - 1; k >= 0; k-- {
		n := x.named[k]
		if n.sent == i && n.start < end && end-n.start <= len(n.name)+8 {
			return n.name // "the Euromoney Conference"
		}
	}
	text := x.sents[i].text[:end]
	start := strings.LastIndexAny(text, ",;:") + 1
	words := strings.Fields(text[start:])
	for k := len(words) - 1; k >= 0; k-- {
		if skipWords[strings.ToLower(words[k])] {
			words = words[k+1:]
			break
		}
	}
	name := cleanEventName(strings.Join(words, " "))
	if genericEvent(name) {
		return x.namedNext(i, lastWordOf(name)) // "A financial conference last week in Cairo featured ... The Euromoney conference focused on"
	}
	return name
}

// namedNext returns the name the sentence after sentence i opens with
// for a gathering of the kind noun ("conference"), the same gathering
// told again by its name ("The Euromoney conference focused on"), or noun
// when it gives none.
func (x *cableContext) namedNext(i int, noun string) string {
	if i+1 >= len(x.sents) {
		return noun
	}
	words := strings.Fields(x.sents[i+1].text)
	if len(words) < 3 || words[0] != "The" {
		return noun
	}
	k := 1
	for k < len(words) && k <= 4 && isCapital(words[k][0]) {
		k++
	}
	if k == 1 || k >= len(words) || strings.ToLower(words[k]) != noun {
		return noun
	}
	return strings.Join(words[1:k+1], " ")
}

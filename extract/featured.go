package extract

import "strings"

// The reader of gatherings told by who spoke or came there: "A financial
// conference last week in Dakar featured speeches by Prime Minister
// Ndiaye", "the Investment Conference, which featured a roster of GOS
// speakers including Minister of Finance Sall", "a Border Crimes
// Conference that brought together Senegal and neighboring countries' ...
// services". Each country whose officials spoke or came there attended
// the gathering.

// featuredRE is a gathering's speakers or participants after the verb
// that says they were part of it: "featured speeches by", "featuring a
// roster of GOS speakers including", "highlighting presentations by",
// "brought together"; a list follows.
var featuredRE = mustGatedRE(`\b(?:(?:featured|featuring|highlighting|included|including)\s+(?:[\w-]+\s+){0,5}?` +
	`(?:` + speechNouns + `|speakers|panelists|presenters)\s+(?:by|from|including)|brought\s+together)\s`)

// speechNouns are what those who speak at a gathering give there:
// "featured speeches by", "featuring presentations from" (listedRE,
// featuredRE).
const speechNouns = `speeches|speech|presentations|presentation|remarks|addresses|interventions`

// heldAndRE is the first of two predicates of a gathering, its being
// held (wasHeld), between it and a verb of featuring: " was held in Kolda,
// Casamance, ... and ".
var heldAndRE = mustWordRE(`^\s+(?:` + wasHeld + `)\b[^;]*\sand\s+$`)

// gatheringNounRE is a noun of a gathering whose speakers a sentence
// lists that eventNounRE and readoutKindRE lack: "event", "panel".
var gatheringNounRE = mustWordRE(`(?i)\b(?:events?|panels?)\b`)

// featuredPresence returns the attendance of the countries whose
// officials a sentence lists as a gathering's speakers (featuredRE): the
// countries named in the verb's object, or the post's hosts when it names
// only their officials ("speeches by Prime Minister Ndiaye").
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
		isos = []string{home} // "featured speeches by Prime Minister Ndiaye" in Embassy Dakar's report
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
// between them, save a "which" ("the Investment Conference in Dakar,
// which featured"), a first verb of featuring ("The conference featured a
// West African flavor, highlighting") or of its being held ("The second
// meeting was held in Kolda ... and brought together"); or -1.
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
	if hasVerb(between) && !strings.HasPrefix(strings.TrimSpace(between), "featured ") && !heldAndRE.MatchString(between) {
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
			return n.name // "the Investment Conference"
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
	phrase := strings.Join(words, " ")
	if m := quantityRE.FindStringIndex(phrase); m != nil {
		phrase = phrase[m[1]:] // "a series of seminars on ...": the seminars
	}
	name := cleanEventName(phrase + x.sents[i].text[end:complementEnd(x.sents[i].text, end)])
	if genericEvent(name) {
		return x.namedNext(i, name) // "A financial conference last week in Dakar featured ... The Investment conference focused on"
	}
	return name
}

// namedNext returns the name of a gathering the sentence after sentence i
// opens with, the gathering told generically as phrase told again by its
// name ("A financial conference last week ... The Investment conference
// focused on", "The second meeting was held ... The Kolda workshop focused
// on"), or phrase when it opens with none.
func (x *cableContext) namedNext(i int, phrase string) string {
	if i+1 >= len(x.sents) {
		return phrase
	}
	words := strings.Fields(x.sents[i+1].text)
	if len(words) < 3 || words[0] != "The" {
		return phrase
	}
	k := 1
	for k < len(words) && k <= 4 && isCapital(words[k][0]) {
		k++
	}
	if k == 1 || k >= len(words) || !readoutKindRE.MatchString(words[k]) {
		return phrase
	}
	return strings.Join(words[1:k+1], " ")
}

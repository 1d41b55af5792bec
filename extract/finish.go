package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/lazyre"
)

// repairTruncated completes the events of sentences a re-publication cut
// short: a name missing its last words ("the Eleventh International
// Export Control") takes the fuller name it begins, and a clause ending on
// "to the" takes the event of another clause of the cable that goes on
// from the same words ("subscribe to the" + "HCOC").
func (x *cableContext) repairTruncated(facts []fact) {
	var known []string
	for _, f := range facts {
		if f.event != "" && !f.truncated {
			known = append(known, f.event)
		}
	}
	for _, n := range x.named {
		known = append(known, n.name)
	}
	for i := range facts {
		f := &facts[i]
		if f.truncated && f.event != "" {
			for _, k := range known {
				if strings.HasPrefix(k, f.event+" ") {
					f.event = k
					break
				}
			}
		}
		if f.event != "" || !f.dangling {
			continue
		}
		for _, o := range facts {
			if o.action == f.action && o.event != "" && !o.truncated && f.tail != "" && strings.HasPrefix(o.tail, f.tail) {
				f.event = o.event
				break
			}
		}
		if f.event != "" {
			continue
		}
		words := strings.Fields(strings.ToLower(f.clause))
		if len(words) < 3 {
			continue
		}
		end := strings.Join(words[len(words)-3:], " ") + " "
		votes := map[string]int{}
		best := ""
		for _, o := range facts {
			if o.action == f.action && o.event != "" && !o.truncated && strings.Contains(strings.ToLower(o.clause), end) {
				votes[o.event]++
				if votes[o.event] > votes[best] {
					best = o.event
				}
			}
		}
		f.event = best
	}
}

// resolve picks the country an ambiguous name stands for ("GOC", "Congo",
// "Korean"): the section's country, a country named in the next sentences,
// the TAGS, or the only candidate the cable names; "" when none decides.
func (x *cableContext) resolve(i int, isos []string, heading, inferred string) string {
	for _, c := range []string{heading, inferred} {
		if c != "" && slices.Contains(isos, c) {
			return c
		}
	}
	for j := i + 1; j < len(x.sents) && j <= i+6; j++ {
		s := x.sents[j]
		if s.reset || s.newBlock && s.gap >= 2 && j > i+1 {
			break
		}
		for _, m := range s.mentions {
			if len(m.isos) == 1 && slices.Contains(isos, m.isos[0]) {
				return m.isos[0]
			}
		}
	}
	if c := only(isos, x.tags); c != "" {
		return c
	}
	var named []string
	for _, iso := range isos {
		if x.mentioned[iso] > 0 {
			named = append(named, iso)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	return ""
}

// only returns the one member of isos found in list, or "".
func only(isos, list []string) string {
	found := ""
	for _, iso := range isos {
		if slices.Contains(list, iso) {
			if found != "" && found != iso {
				return ""
			}
			found = iso
		}
	}
	return found
}

// finish completes the facts: events of truncated sentences, one name per
// event, dates of events stated elsewhere in the cable, and no duplicates.
func (x *cableContext) finish(facts []fact) []cablesql.Activity {
	x.repairTruncated(facts)
	for i := range facts {
		if facts[i].event != "" {
			facts[i].event = cleanEventName(facts[i].event)
		}
	}
	canon := x.eventCanon(facts)
	for i := range facts {
		if c, ok := canon[facts[i].event]; ok {
			facts[i].event = c
		} else if genericEvent(facts[i].event) && !((facts[i].action == Hosted || facts[i].action == Attended) && describedEvent(facts[i].event)) || !namesGathering(facts[i].event) {
			// "talks", "major exercises": no event the cable names; "Southern": no
			// gathering. What a country hosted or attended keeps the words that
			// say what it was: "the oil symposium hosted by".
			facts[i].event = ""
		}
	}
	stated := statedDates(facts)
	if x.home != "" {
		x.dateTalks(facts)
	}
	withEvent := namedInSentence(facts)
	var out []cablesql.Activity
	type activityKey struct{ iso, action, event, from, to, sentence string }
	seen := map[activityKey]bool{}
	for _, f := range facts {
		if f.event == "" && withEvent[sentenceFact{f.sent, f.iso, f.action}] {
			continue // the same sentence gives the same fact its event
		}
		if isQuestion(x.sents[f.sent].text) {
			continue // "Q: Is it true that the U.S. asked Switzerland to destroy nuclear documents?"
		}
		if !f.per.valid() && f.event != "" {
			f.per = x.eventPeriod(f, stated)
		}
		a := cablesql.Activity{ISO2: f.iso, Country: x.g.countryName(f.iso), Action: f.action, Event: f.event,
			EventKind: eventKind(f.event), Sentence: x.sents[f.sent].orig, Paragraph: x.sents[f.sent].para, Topics: f.topics}
		if f.per.valid() {
			a.DateFrom, a.DateTo, a.DateText = iso(f.per.from), iso(f.per.to), f.per.text
		}
		key := activityKey{a.ISO2, a.Action, a.Event, a.DateFrom, a.DateTo, a.Sentence}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, a)
	}
	return out
}

// eventCanon maps each event name of facts, or of the cable's dated
// events, to the longest name whose significant words hold all of its own
// and that ends in the same word ("the conference" to "the Kyiv export
// control conference"); a name with no longer one is not in the map.
func (x *cableContext) eventCanon(facts []fact) map[string]string {
	names := map[string]int{}
	for _, f := range facts {
		if f.event != "" {
			names[f.event]++
		}
	}
	for n := range x.eventDates {
		names[n] += 0
	}
	// names sharing a last word, each with its significant words, in a
	// fixed order so that ties resolve the same way every time
	type named struct {
		name string
		sig  map[string]bool
	}
	byLast := map[string][]named{}
	for _, n := range slices.Sorted(maps.Keys(names)) {
		byLast[lastWordOf(n)] = append(byLast[lastWordOf(n)], named{n, signature(n)})
	}
	canon := map[string]string{}
	for _, group := range byLast {
		for _, a := range group {
			best, bestSize := "", len(a.sig)
			for _, b := range group {
				if a.name != b.name && len(b.sig) > len(a.sig) && subset(a.sig, b.sig) &&
					(len(b.sig) > bestSize || len(b.sig) == bestSize && names[b.name] > names[best]) {
					best, bestSize = b.name, len(b.sig)
				}
			}
			if best != "" {
				canon[a.name] = best
			}
		}
	}
	return canon
}

// namesGathering reports whether an event's name says what it is: a
// kind of eventKinds (a gathering, a course, a programme or regime), a
// gathering a readout reports (readoutKindRE), one of the few other heads
// of regimeHeadRE, an acronym ("IECC", "G-8") or a year ("Update 2009").
// Not "Southern", "Public Security".
func namesGathering(name string) bool {
	if trainingForRE.MatchString(name) {
		return false // "training of 200 Peruvian police officers": who was trained, not a course's name
	}
	if personTitleEndRE.MatchString(name) && !strings.Contains(name, " of ") {
		return false // "EXBS Program Advisor": who met, not a programme; not "meeting of NATO Permanent Representatives"
	}
	if eventKind(name) != "other" || readoutKindRE.MatchString(name) || regimeHeadRE.MatchString(name) {
		return true
	}
	if strings.ContainsAny(name, "0123456789") {
		return true // "Update 2009", a name in quotes with its year
	}
	for _, w := range strings.Fields(name) {
		if w = strings.Trim(w, "()"); len(w) >= 2 && isAcronym(w) {
			return true // "(HCOC)", "MEDCEUR"
		}
	}
	return false
}

// personTitleEndRE ends a name with a person's title: "EXBS Program
// Advisor", "Regional Program Coordinator".
var personTitleEndRE = lazyre.New(`(?i)\b(?:advis[eo]r|coordinator|director|manager|officer|representative|attach[eé]|specialist|chief)$`)

// trainingForRE is training named by whom it was for: "training of 200
// Peruvian police officers", "courses for 30 judges".
var trainingForRE = lazyre.New(`^(?i:training|courses?)\s+(?:of|for)\s+(?:some\s+|about\s+|over\s+)?\d`)

// regimeHeadRE is a head of an event's name that eventKinds has no kind
// for: a body's session, a visit or mission, a ceremony or inauguration,
// a review.
var regimeHeadRE = mustWordRE(`(?i)\b(?:council|visits?|missions?|ceremony|inauguration|games|fair|expo|review|round)\b`)

// isQuestion reports whether a sentence asks rather than states: it ends
// with a question mark and opens as a question does ("Q: Is it true that
// the U.S. asked ...?"), not a report that ends on one ("he had asked
// Mubarak if military action were necessary?").
func isQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, ` "')”’`), "?") && questionOpenRE.MatchString(s)
}

// questionOpenRE opens a direct question.
var questionOpenRE = lazyre.New(`^(?:\(\w+\)\s*)?(?:Q:\s*|-+\s*)?(?:Is|Are|Was|Were|Do|Does|Did|Has|Have|Had|Will|Would|Can|Could|Should|Shall|May|Might|Must|Why|What|How|Who|Whom|Whose|Which)\b`)

// sentenceFact is a country's action in one sentence, whatever its event.
type sentenceFact struct {
	sent        int
	iso, action string
}

// namedInSentence returns the facts that a sentence gives with an event,
// so that the same fact without one, read by another rule, adds nothing.
func namedInSentence(facts []fact) map[sentenceFact]bool {
	named := map[sentenceFact]bool{}
	for _, f := range facts {
		if f.event != "" {
			named[sentenceFact{f.sent, f.iso, f.action}] = true
		}
	}
	return named
}

// eventPeriod returns the date the cable gives the event of a fact that
// its clause does not date: learnt for its name, stated by other facts,
// or held for its kind of gathering; the zero period for none.
func (x *cableContext) eventPeriod(f fact, stated map[string]period) period {
	if p, ok := x.eventDates[f.event]; ok {
		return p
	}
	if p, ok := x.eventDates[undated(f.event)]; ok {
		return p // "the March 2009 Iberian summit", named "2009 Iberian summit": learnLeadDates
	}
	if p, ok := stated[f.event]; ok {
		return p
	}
	if p := x.heldDates[strings.ToLower(lastWordOf(nameHead(f.event)))]; p.valid() && (f.action == Attended || f.action == Hosted) {
		return p // "The Cairo workshop was well attended by": the workshop held December 7-10
	}
	return period{}
}

// dateTalks gives talks told without a date the date of the talks the
// cable dates, in a cable about one country when it dates only one round
// with that country: "On May 14-15, a delegation held consultations with
// the GOM ... The delegation reviewed with officials of MITI ...".
func (x *cableContext) dateTalks(facts []fact) {
	dated := map[string]period{}
	rounds := map[string]int{}
	for _, f := range facts {
		if f.action != Discussed || f.event != "" || !f.per.valid() || f.per.since {
			continue
		}
		if p, ok := dated[f.iso]; !ok || !p.from.Equal(f.per.from) || !p.to.Equal(f.per.to) {
			rounds[f.iso]++
		}
		dated[f.iso] = f.per
	}
	for i := range facts {
		f := &facts[i]
		if f.event != "" || f.per.valid() || rounds[f.iso] != 1 {
			continue
		}
		if f.action == Discussed && sameTalksRE.MatchString(f.clause[subjectStart(f.clause):]) ||
			(f.action == Urged || f.action == Informed) && !habitRE.MatchString(f.clause) {
			// "urged New Zealand to consider ...": said at the one
			// meeting with that country the cable dates
			f.per = dated[f.iso]
		}
	}
}

// habitRE marks a clause that tells of something done again and again,
// not at one meeting: "We have repeatedly urged".
var habitRE = mustWordRE(`(?i)\b(?:repeatedly|regularly|consistently|continue[sd]?\s+to|continuing\s+to|have\s+long|has\s+long|often|frequently|on\s+(?:several|numerous|many)\s+occasions|in\s+the\s+past|since)\b`)

// sameTalksRE opens a clause whose subject is the US party of talks told
// before: "The delegation reviewed", "We also discussed".
var sameTalksRE = lazyre.New(`^(?:(?i:the)\s+(?:U\.S\.\s+|American\s+|visiting\s+|interagency\s+)?(?:delegation|team|side|delegations|two sides|visitors)|We|He|She|They|Both sides)\b`)

// undated returns an event's name without the month and year it opens
// with: "Iberian summit" of "2009 Iberian summit" and of "March Iberian
// summit".
func undated(name string) string {
	rest := name
	for {
		w, after, ok := strings.Cut(rest, " ")
		if !ok || monthOf(w) == 0 && !(len(w) == 4 && allDigits(w) && firstYear(w) > 0) {
			return rest
		}
		rest = after
	}
}

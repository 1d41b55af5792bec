// Package extract finds facts in the prose of cables: which country
// attended, was trained, informed, urged, consulted, assisted or hosted
// what, and when. It works from the language of the text with an embedded
// gazetteer of every country and territory.
//
// A cable is laid out into sentences with the country heading in force
// (a name alone on a line, underlined or not), each sentence is split
// into clauses, and a clause yields a fact when it holds an action word
// (attended, participated in, urged, informed, discussed, provided, ...)
// and a country in the right place: before the verb when the country
// acts, after it when the United States acts on the country. A clause
// that names no country takes the country of its section.
package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/cablesql/cablesql"
)

// cableContext is what the extractor knows about one cable as a whole.
type cableContext struct {
	g            *gazetteer
	c            *cablesql.Cable
	subject      *sentence // the subject line laid out as a sentence; nil when none
	sents        []sentence
	acr          acronyms
	date         time.Time
	tags         []string          // countries of the TAGS
	mentioned    map[string]int    // unambiguous mentions per country
	eventDates   map[string]period // canonical event name -> the dates the cable gives it
	heldDates    map[string]period // gathering noun -> when the cable says the gathering of that kind was held (learnHeld)
	people       map[string]bool   // surnames of US officials the cable names with their titles
	foreign      map[string]string // surnames of other countries' officials -> their country (learnForeign)
	orgPeople    map[string]bool   // surnames of people who speak for no country: international organisations' officials (learnOrgPeople), private persons (learnPrivatePeople)
	codel        int               // whether the cable names US legislators: 0 not known yet, 1 yes, -1 no (namesCodel)
	hasUSTeam    int               // whether the cable names a US delegation or team: 0 not known yet, 1 yes, -1 no (usTeam)
	named        []namedEvent      // event names in the order the cable states them
	home         string            // the one country the cable is about, or ""
	anchored     map[int]period    // periods counted from a date before, by sentence
	homeFallback bool              // the sentence's country is home, for want of a section
	sentEvents   []string          // events attended or hosted in the clauses of the sentence so far
	clauseOff    int               // offset of the clause being read in its sentence
	sharedSubj   []candidate       // the country subject of the clause before, for a clause that has none
	canon        map[string]string // canonicalEvent of names, once the acronyms are learnt (canonical)
	sentWords    []wordSet         // wordsOf of each sentence, read by learn (sentenceWords)
	sentUS       []int8            // usHint of each sentence once asked: 0 not yet, 1 true, -1 false (usHintAt)
	sentOpens    []uint64          // the expressions of openedBy that may match each sentence (sentenceWords, mayOpen)
	sentPeriods  [][]period        // the periods of each sentence read in its own years, once (sentencePeriods)
	periodsRead  []bool            // which of sentPeriods are read
	sentClauses  [][]string        // clauses of each sentence, split when first asked (clausesOf)
}

// canonical is canonicalEvent with the cable's acronyms, remembered: the
// same names come up sentence after sentence. The acronyms must all be
// learnt (learn does so first).
func (x *cableContext) canonical(name string) string {
	if c, ok := x.canon[name]; ok {
		return c
	}
	c := canonicalEvent(name, x.acr)
	x.canon[name] = c
	return c
}

// namedEvent is an event's name stated in a sentence, which a later "the
// workshop" or "the Code" may refer to.
type namedEvent struct {
	sent, start int
	name        string
}

// Activities returns the facts stated in the cable's paragraphs.
func Activities(c *cablesql.Cable) []cablesql.Activity {
	x := newContext(c)
	if x == nil {
		return nil
	}
	facts, post := x.ruleFacts()
	facts = append(facts, x.readLearned(facts, post, useModel())...)
	facts = append(facts, x.impliedUrging(facts)...)
	facts = append(facts, impliedTalks(facts)...)
	facts = x.withoutCalledOff(facts)
	return x.finish(expandGroups(facts, x.date))
}

// ruleFacts returns the facts the rules find, with the country whose
// officials the cable's report meets by default ("" when none).
func (x *cableContext) ruleFacts() ([]fact, string) {
	facts := x.facts()
	post := x.postHome()
	exchanges := x.readExchanges(facts, post)
	facts = append(x.dateUndatedTriggers(facts, exchanges), exchanges...)
	facts = append(facts, x.readSpeakers(facts)...)
	facts = append(facts, x.readPresence(facts, post)...)
	facts = append(facts, x.readHosting(facts, post)...)
	facts = append(facts, x.readHostAdjectives(facts)...)
	facts = append(facts, x.readJoinedTalks(facts)...)
	facts = append(facts, x.readTalksBetween(facts)...)
	facts = append(facts, x.readHomeAttendance(facts, post)...)
	facts = append(facts, x.readContactsSaid(facts, post)...)
	facts = append(facts, readCourses(facts)...)
	facts = append(facts, x.readTrainingGiven(facts, post)...)
	facts = append(facts, x.readAsDid(facts)...)
	facts = append(facts, x.readMemoParties(facts)...)
	facts = append(facts, x.readWhomMet(facts)...)
	return facts, post
}

// dateUndatedTriggers dates the exchanges the trigger rules read without
// a date or an event, as the reader's are (dateUndated): by the one round
// of talks the cable dates with the country (dateTalks), else by the last
// dated exchange of the trigger rules' with it before; never by the
// report's lead date alone ("Based on our discussions with Malian
// officials" tells no one meeting). The later sentences of a meeting's
// report ("The Ambassador ... urged that Spain accept the first
// tranche") are about that meeting. One that then states what a fact of the trigger rules or
// of the reader (exchanges) already states, with the same date, is that
// fact told again, and goes. A sentence of what has been going on ("We
// have repeatedly urged", "the U.S. is encouraging") tells no one meeting.
func (x *cableContext) dateUndatedTriggers(facts, exchanges []fact) []fact {
	var at []int // the exchanges among facts
	undated := false
	for i, f := range facts {
		if isExchange(f.action) {
			at = append(at, i)
			undated = undated || !f.per.valid() && f.event == ""
		}
	}
	if !undated {
		return facts
	}
	var talks []fact // facts and exchanges, dated by dateTalks
	if x.home != "" {
		talks = slices.Concat(facts, exchanges)
		x.dateTalks(talks)
	}
	fs := make([]fact, len(at))
	for k, i := range at {
		fs[k] = facts[i]
	}
	dateUndated(fs, nil, func() period { return period{} }) // no lead date
	type key struct {
		iso, action string
		from, to    time.Time
	}
	stated := map[key]bool{}
	for _, f := range slices.Concat(facts, exchanges) {
		if f.per.valid() && f.event == "" {
			stated[key{f.iso, f.action, f.per.from, f.per.to}] = true
		}
	}
	drop := map[int]bool{}
	for k, i := range at {
		f := &facts[i]
		if f.event != "" || f.per.valid() || x.ongoing(f.sent) {
			continue
		}
		per := fs[k].per
		if talks != nil && talks[i].per.valid() {
			per = talks[i].per
		}
		if !per.valid() {
			continue
		}
		if stated[key{f.iso, f.action, per.from, per.to}] {
			drop[i] = true
			continue
		}
		f.per = per
	}
	out := facts[:0:0]
	for i, f := range facts {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// ongoing reports whether sentence i tells what has been going on
// (ongoingRE, habitRE) rather than what was said at one meeting.
func (x *cableContext) ongoing(i int) bool {
	return ongoingRE.MatchString(x.sents[i].text) || habitRE.MatchString(x.sents[i].text)
}

// ongoingRE marks a clause in the present perfect or progressive, which
// tells what has been going on rather than what was said at a meeting:
// "The U.S. has raised this issue with China", "the U.S. is encouraging
// Pakistan".
var ongoingRE = mustWordRE(`\b(?:has|have|'ve|had|is|are)\s+(?:(?:also|already|long|been|now|since|[a-z]+ly)\s+)*(?:[a-z]+(?:ed|en|ing|ht|ld|wn)|met|made|sent|said|put|led)\b`)

// useModel returns the learned model Activities reads with; tests
// replace it (export_test.go).
var useModel = learnedModel

// newContext lays the cable out and learns what it says of itself (its
// acronyms, people, events and home country); nil when it names no
// country at all.
func newContext(c *cablesql.Cable) *cableContext {
	g := loadGazetteer()
	sents := layout(g, c)
	x := &cableContext{g: g, c: c, sents: sents, acr: acronyms{}, date: cableDate(c),
		mentioned: map[string]int{}, canon: map[string]string{}, eventDates: map[string]period{}, heldDates: map[string]period{}, people: map[string]bool{}, foreign: map[string]string{}, orgPeople: map[string]bool{}, anchored: map[int]period{}}
	x.tags = tagCountries(g, c)
	x.home = x.homeCountry()
	subj, hasSubj := subjectSentence(g, c)
	if !anyCountry(sents) && x.home == "" && (!hasSubj || !anyCountry([]sentence{subj})) {
		return nil
	}
	if hasSubj {
		x.learnSubject(subj)
		x.subject = &subj
	}
	x.learn()
	if x.home == "" {
		x.home = x.namedPost()
	}
	return x
}

// anyCountry reports whether any sentence names a country other than the
// United States: the quick test that lets most cables through untouched.
func anyCountry(sents []sentence) bool {
	for _, s := range sents {
		if s.heading != nil {
			return true
		}
		for _, m := range s.mentions {
			if len(m.isos) > 1 || m.isos[0] != "US" {
				return true
			}
		}
	}
	return false
}

// usHint reports whether a sentence may name the United States as an
// actor: an agency, post, official or person of the US side.
func usHint(s string, people map[string]bool) bool {
	return usAny.MatchString(s) || namesPerson(s, people)
}

// usHintAt is usHint of sentence i with the cable's people, read once:
// the rules (facts) and the learned reader (learnable) both ask it. The
// people are all learnt by then (learn), and no reader changes them.
func (x *cableContext) usHintAt(i int) bool {
	if x.sentUS == nil {
		x.sentUS = make([]int8, len(x.sents))
	}
	if x.sentUS[i] == 0 {
		x.sentUS[i] = -1
		if usHint(x.sents[i].text, x.people) {
			x.sentUS[i] = 1
		}
	}
	return x.sentUS[i] > 0
}

// facts walks the sentences in order, keeping track of the section's
// country, and collects the facts of every clause.
func (x *cableContext) facts() []fact {
	var out []fact
	inferred, inferredAt := "", -1
	for i := range x.sents {
		s := &x.sents[i]
		if s.reset || s.newBlock && s.gap >= 2 {
			inferred = ""
		}
		heading := ""
		if len(s.heading) == 1 {
			heading = s.heading[0]
		} else if len(s.heading) > 1 {
			heading = x.resolve(i, s.heading, "", "")
		}
		for k := range s.mentions {
			if m := &s.mentions[k]; len(m.isos) > 1 {
				home := ""
				if m.kind == kindGov && heading == "" {
					home = x.home // an embassy's "GOI" is its hosts' government
				}
				if iso := x.resolve(i, m.isos, heading, cmp.Or(inferred, home)); iso != "" {
					m.isos = []string{iso}
				}
			}
		}
		fallback, explicit := heading, heading != ""
		if fallback == "" {
			if s.newBlock || inferredAt == i-1 {
				// the section a re-publication lost its heading of: a block
				// of its own, or the sentence after one that named the country
				fallback = inferred
			}
		}
		home := false
		if fallback == "" && x.home != "" {
			fallback, home = x.home, true // a cable about one country
		}
		sws := x.sentWords[i]
		acts := mayAct(sws) || mayNameHelp(s.text)
		if len(s.mentions) == 0 && (fallback == "" || home && (!acts || !x.usHintAt(i) && !hostedByRE.MatchString(s.text))) && !cityHosted(s.text) {
			continue // home needs the United States to act ("the Ambassador urged ..."), or its official to host ("hosted by President Arias"), or a post's city to host ("Accra hosted")
		}
		if !acts {
			continue // no clause holds an action word, nor an anchored date (anchorClauses)
		}
		cls := x.clausesOf(i)
		found, yields := triggerMatches(cls, s.text, sws)
		if !yields {
			// no clause states an action: only the dates that later
			// sentences count from ("the following week")
			x.anchorClauses(i, s.text, cls, found)
			continue
		}
		sentFacts := x.sentenceFacts(i, cls, found, fallback, explicit, home)
		if len(sentFacts) > 0 && heading == "" {
			inferred, inferredAt = sentFacts[0].iso, i
		}
		out = append(out, sentFacts...)
	}
	return out
}

// actionlessClause reads clause k of sentence s, which holds no action
// word: only who acts, for the clauses after it, and in the first clause
// the date a fronted phrase gives them ("On March 26, the Ambassador
// welcomed ... and urged").
func (x *cableContext) actionlessClause(s *sentence, k int, cl string, ms []mention, years []yearAt, off, actor int, prev period) (int, period) {
	front := subjectStart(cl)
	actor = x.mainActor(s.text, off, cl, front, candidates(cl, ms), actor)
	if k == 0 && front > 0 {
		dc := dateContext{cable: x.date, year: yearBefore(years, off), later: firstOf(years)}
		if per := x.choosePeriod(cl[:front], nil, findPeriods(cl[:front], dc, false), s.caps); per.valid() {
			prev = per
		}
	}
	return actor, prev
}

// sentenceFacts returns the facts of the clauses of sentence i, whose
// trigger matches are found (triggerMatches); fallback is the country of
// its section (explicit when a heading names it, home when it is the
// cable's one country).
func (x *cableContext) sentenceFacts(i int, cls []string, found [][][][]int, fallback string, explicit, home bool) []fact {
	s := &x.sents[i]
	var prev period
	offset := 0
	var sentFacts []fact
	x.sentEvents = x.sentEvents[:0]
	actor := actorUnknown
	years := yearsIn(s.text)
	var clauseMs []mention // the mentions of the clause before
	for k, cl := range cls {
		off := strings.Index(s.text[offset:], cl) + offset
		offset = off + len(cl)
		var ms []mention
		for _, m := range s.mentions {
			if m.start >= off && m.end <= off+len(cl) {
				m.start -= off
				m.end -= off
				ms = append(ms, m)
			}
		}
		prevMs := clauseMs
		clauseMs = ms
		fb, ex := fallback, explicit
		x.homeFallback = home && len(sentFacts) == 0
		if len(sentFacts) > 0 {
			// "EXBS continued to train ..., and provided technical assistance"
			fb, ex = sentFacts[len(sentFacts)-1].iso, explicit || usActorRE.MatchString(s.text[:off])
		}
		if found[k] == nil { // no action word (triggerMatches)
			actor, prev = x.actionlessClause(s, k, cl, ms, years, off, actor, prev)
			continue
		}
		dc := dateContext{cable: x.date, year: yearBefore(years, off), later: firstOf(years)}
		dates := nameDates(cl, findPeriods(cl, dc, false))
		if anchoredRE.MatchString(cl) {
			// "The following week, ...": counted from the date before
			if p, ok := anchoredPeriod(cl, x.anchorBefore(i, off)); ok {
				dates = append(dates, p)
				sortPeriods(dates)
				x.anchored[i] = p
			}
		}
		per := x.choosePeriod(cl, ms, dates, s.caps)
		if per.valid() {
			prev = per
		} else {
			per = prev
		}
		var fs []fact
		x.clauseOff = off
		x.sharedSubj = nil
		if k > 0 {
			x.sharedSubj = sharedSubject(cls[k-1], prevMs, cl)
		}
		fs, actor = x.clauseFacts(i, cl, found[k], ms, fb, ex, dates, per, actor)
		for _, f := range fs {
			if (f.action == Attended || f.action == Hosted) && f.event != "" {
				x.sentEvents = append(x.sentEvents, f.event)
			}
		}
		if alts := conjoinedDates(cl, dates); len(alts) > 1 && len(fs) > 0 {
			// "in November 2009 and again in May 2010": one fact per date
			var all []fact
			for _, p := range alts {
				for _, f := range fs {
					f.per = sinceCable(p, x.date)
					all = append(all, f)
				}
			}
			fs = all
		}
		sentFacts = append(sentFacts, fs...)
	}
	return sentFacts
}

// clausesOf returns the clauses of sentence i, split once for the rule
// layers that read them.
func (x *cableContext) clausesOf(i int) []string {
	if x.sentClauses == nil {
		x.sentClauses = make([][]string, len(x.sents))
	}
	if x.sentClauses[i] == nil {
		x.sentClauses[i] = clauses(x.sents[i].text)
	}
	return x.sentClauses[i]
}

// triggerMatches finds the matches of each trigger in each clause of a
// sentence (found[clause][trigger]), for clauseFacts, and reports whether
// any clause may state a fact: one with a trigger that matches, or help
// named in passing. That is the exact condition under which clauseFacts
// can return facts, checked before the costlier reading of actors, dates
// and countries, which most sentences do not need.
//
// found[clause] is nil for a clause without an action word (mayAct).
// sentence is the text the clauses are of, and ws its wordsOf: a sentence
// of one clause is not read again.
func triggerMatches(clauses []string, sentence string, sws wordSet) (found [][][][]int, yields bool) {
	found = make([][][][]int, len(clauses))
	for k, cl := range clauses {
		ws := sws
		if len(clauses) > 1 || cl != sentence {
			ws = wordsOf(cl)
		}
		if !mayAct(ws) && !mayNameHelp(cl) {
			continue
		}
		found[k] = make([][][]int, len(triggers))
		for i, t := range triggers {
			if t.mayMatch(ws) {
				found[k][i] = t.re.FindAllStringIndex(cl, -1)
				yields = yields || found[k][i] != nil
			}
		}
		yields = yields || reducedAidRE.MatchString(cl) || mayNameHelp(cl) && usHelpRE.MatchString(cl)
	}
	return found, yields
}

// anchorClauses records the period a sentence that states no fact counts
// from an earlier date ("The following week, ..."), as facts does for the
// sentences it reads in full: later sentences may count from it.
func (x *cableContext) anchorClauses(i int, text string, clauses []string, found [][][][]int) {
	offset := 0
	for k, cl := range clauses {
		off := strings.Index(text[offset:], cl) + offset
		offset = off + len(cl)
		if found[k] == nil || !anchoredRE.MatchString(cl) {
			continue
		}
		if p, ok := anchoredPeriod(cl, x.anchorBefore(i, off)); ok {
			x.anchored[i] = p
		}
	}
}

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
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/cablesql/cablesql"
)

// cableContext is what the extractor knows about one cable as a whole.
type cableContext struct {
	g          *gazetteer
	c          *cablesql.Cable
	sents      []sentence
	acr        acronyms
	date       time.Time
	tags       []string          // countries of the TAGS
	mentioned  map[string]int    // unambiguous mentions per country
	eventDates map[string]period // canonical event name -> the dates the cable gives it
	people     map[string]bool   // surnames of US officials the cable names with their titles
	named      []namedEvent      // event names in the order the cable states them
}

// namedEvent is an event's name stated in a sentence, which a later "the
// workshop" or "the Code" may refer to.
type namedEvent struct {
	sent, start int
	name        string
}

// Activities returns the facts stated in the cable's paragraphs.
func Activities(c *cablesql.Cable) []cablesql.Activity {
	g := loadGazetteer()
	sents := layout(g, c)
	if !anyCountry(sents) {
		return nil
	}
	x := &cableContext{g: g, c: c, sents: sents, acr: acronyms{}, date: cableDate(c),
		mentioned: map[string]int{}, eventDates: map[string]period{}, people: map[string]bool{}}
	x.learn()
	facts := x.facts()
	return x.finish(facts)
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

// learn collects the cable-wide knowledge: acronym definitions, the TAGS
// countries, unambiguous mentions and the dates the cable gives events.
func (x *cableContext) learn() {
	for _, t := range x.c.Tags {
		if iso := x.g.byFIPS[strings.ToUpper(t.Name)]; iso != "" && len(t.Name) == 2 {
			x.tags = append(x.tags, iso)
		}
	}
	for _, s := range x.sents {
		if strings.IndexByte(s.text, '(') >= 0 {
			x.acr.learn(s.text)
		}
		learnPeople(s.text, x.people)
		for _, m := range s.mentions {
			if len(m.isos) == 1 {
				x.mentioned[m.isos[0]]++
			}
		}
	}
	for i, s := range x.sents {
		if !mayNameEvent(s.text) {
			continue
		}
		if s.caps {
			x.learnCapsEvents(i, s.text)
			continue
		}
		for from := 0; from < len(s.text); {
			st, en := spanFrom(s.text, from, s.mentions, nil, false, -1)
			if st < 0 {
				break
			}
			if name := canonicalEvent(s.text[st:en], x.acr); !genericNouns[strings.ToLower(name)] && eventKind(name) != "other" {
				x.named = append(x.named, namedEvent{sent: i, start: st, name: name})
			}
			from = en + 1
		}
	}
	for _, s := range x.sents {
		if firstYear(s.text) == 0 || !mayNameEvent(s.text) {
			continue
		}
		dates := nameDates(s.text, findPeriods(s.text, dateContext{cable: x.date}, false))
		for from := 0; from < len(s.text); {
			st, en := spanFrom(s.text, from, s.mentions, dates, false, -1)
			if st < 0 {
				break
			}
			name := s.text[st:en]
			if m := monthLeadRE.FindStringSubmatch(name); m != nil {
				y := atoi(m[2])
				f, t := monthPart(y, monthOf(m[1]), "")
				x.register(canonicalEvent(name, x.acr), period{from: f, to: t, text: m[1] + " " + m[2]})
			} else if k := eventKind(canonicalEvent(name, x.acr)); k != "" &&
				(st <= 4 || k != "other" && heldOnRE.MatchString(s.text[en:])) {
				// "The Tenth ... Conference in Istanbul, June 25-27, 2009, was
				// attended by", "the Regional Licensing Workshop ..., was held
				// in Panama City on October 6-8, 2009"
				var precise []period
				for _, p := range dates {
					if !p.since && p.to.Sub(p.from) < 62*24*time.Hour {
						precise = append(precise, p)
					}
				}
				if len(precise) == 1 {
					x.register(canonicalEvent(name, x.acr), precise[0])
				}
			}
			from = en + 1
		}
	}
}

// learnCapsEvents collects the events a sentence written in capitals
// describes ("THE OCTOBER 2004 SEOUL MTCR PLENARY"), with the dates their
// names give, from its working copy.
func (x *cableContext) learnCapsEvents(i int, work string) {
	for _, m := range capsEventRE.FindAllStringSubmatchIndex(work, -1) {
		st := m[2]
		phrase := work[m[2]:m[3]]
		if k := capsStopRE.FindAllStringIndex(phrase, -1); k != nil {
			st += k[len(k)-1][1]
			phrase = work[st:m[3]]
		}
		name := titleCase(phrase)
		if mm := monthLeadRE.FindStringSubmatch(name); mm != nil {
			f, t := monthPart(atoi(mm[2]), monthOf(mm[1]), "")
			x.register(canonicalEvent(name, x.acr), period{from: f, to: t, text: mm[1] + " " + mm[2]})
		}
		if c := canonicalEvent(name, x.acr); strings.Contains(c, " ") {
			x.named = append(x.named, namedEvent{sent: i, start: st, name: c})
		}
	}
}

// capsStopRE ends the words that cannot belong to a name.
var capsStopRE = regexp.MustCompile(`\b(?:the|a|an|of|to|in|on|at|for|with|by|from|that|which|and)\s+`)

// eventWords are the words that name events and regimes.
var eventWords = map[string]bool{}

func init() {
	for _, w := range []string{"conference", "workshop", "plenary", "plenaries", "seminar", "symposium", "symposia",
		"course", "academy", "summit", "forum", "meeting", "exercise", "dialogue", "dialog", "talks", "consultation",
		"exchange", "code", "regime", "arrangement", "guideline", "convention", "treaty", "initiative", "program",
		"programme", "training", "group", "session", "briefing", "protocol", "committee", "commission", "force",
		"update"} {
		eventWords[w], eventWords[w+"s"] = true, true
	}
}

// mayNameEvent reports whether a text may name an event, before the
// costlier scan for names.
func mayNameEvent(s string) bool {
	found := false
	eachWord(s, func(w string) bool {
		found = eventWords[lowerASCII(w)]
		return !found
	})
	return found
}

// eachWord calls fn with each run of ASCII letters in s until fn returns false.
func eachWord(s string, fn func(string) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if !fn(s[start:i]) {
				return
			}
			start = -1
		}
	}
}

// heldOnRE follows an event's name when the sentence says when it took place.
var heldOnRE = regexp.MustCompile(`^,?\s+(?:was|were|will be)\s+(?:\w+ly\s+)?(?:held|convened|conducted|organized|organised|hosted|co-hosted)\b|^,?\s+(?:took place|convened|met)\b`)

// register records the dates of an event, keeping the most precise.
func (x *cableContext) register(name string, p period) {
	if old, ok := x.eventDates[name]; ok && old.to.Sub(old.from) <= p.to.Sub(p.from) {
		return
	}
	x.eventDates[name] = p
}

// nameDates drops the dates that are part of a name ("the November 2008
// Canberra MTCR Plenary"), which date the event, not the clause.
func nameDates(s string, ps []period) []period {
	out := ps[:0:0]
	for _, p := range ps {
		before := strings.ToLower(s[:p.start])
		after := s[p.end:]
		if (strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "the since ")) && len(after) > 1 && after[0] == ' ' &&
			after[1] >= 'A' && after[1] <= 'Z' {
			continue
		}
		out = append(out, p)
	}
	return out
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
				if iso := x.resolve(i, m.isos, heading, inferred); iso != "" {
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
		if len(s.mentions) == 0 && fallback == "" {
			continue
		}
		var prev period
		offset := 0
		var sentFacts []fact
		actor := actorUnknown
		years := yearsIn(s.text)
		for _, cl := range clauses(s.text) {
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
			fb, ex := fallback, explicit
			if len(sentFacts) > 0 {
				// "EXBS continued to train ..., and provided technical assistance"
				fb, ex = sentFacts[len(sentFacts)-1].iso, explicit || usActorRE.MatchString(s.text[:off])
			}
			if !mayAct(wordsOf(cl)) {
				// no action word: only who acts, for the clauses after it
				actor = x.mainActor(cl, subjectStart(cl), candidates(cl, ms), actor)
				continue
			}
			dc := dateContext{cable: x.date, year: yearBefore(years, off), later: firstOf(years)}
			dates := nameDates(cl, findPeriods(cl, dc, false))
			per := x.choosePeriod(cl, ms, dates, s.caps)
			if per.valid() {
				prev = per
			} else {
				per = prev
			}
			var fs []fact
			fs, actor = x.clauseFacts(i, cl, ms, fb, ex, dates, per, actor)
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
		if len(sentFacts) > 0 && heading == "" {
			inferred, inferredAt = sentFacts[0].iso, i
		}
		out = append(out, sentFacts...)
	}
	return out
}

// yearAt is a year written at an offset of a text.
type yearAt struct{ at, year int }

// yearsIn returns the years written in s, in order.
func yearsIn(s string) []yearAt {
	var out []yearAt
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			out = append(out, yearAt{i, atoi(s[i : i+4])})
		}
	}
	return out
}

// yearBefore returns the last year written before offset off, or 0.
func yearBefore(ys []yearAt, off int) int {
	y := 0
	for _, v := range ys {
		if v.at+4 > off {
			break
		}
		y = v.year
	}
	return y
}

func firstOf(ys []yearAt) int {
	if len(ys) == 0 {
		return 0
	}
	return ys[0].year
}

// firstYear returns the first year written in s, or 0.
func firstYear(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return atoi(s[i : i+4])
		}
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// choosePeriod picks the date of a clause: the narrowest of nested dates,
// else the first; "since the <event>" runs from the event to the cable.
func (x *cableContext) choosePeriod(cl string, ms []mention, dates []period, caps bool) period {
	if len(dates) == 0 {
		loc := sinceEventRE.FindStringIndex(cl)
		if loc == nil {
			return period{}
		}
		name, en := "", 0
		if st, e := namedSpan(cl, loc[1], ms, nil, false); st == loc[1] {
			name, en = canonicalEvent(cl[st:e], x.acr), e
		} else if p := lowerEventPhrase(cl, loc[1]); caps && p != "" && strings.HasPrefix(cl[loc[1]:], p) {
			name, en = canonicalEvent(titleCase(p), x.acr), loc[1]+len(p) // "SINCE THE SEOUL PLENARY"
		} else {
			return period{}
		}
		p, ok := x.eventDate(name)
		if !ok {
			y := firstYear(name)
			if y == 0 {
				return period{}
			}
			p = period{from: day(y, 1, 1)}
		}
		out := period{from: p.from, to: x.date, text: cl[loc[0]:en], since: true, start: loc[0], end: en}
		if x.date.IsZero() || x.date.Before(out.from) {
			out.to = p.to
		}
		return out
	}
	if loc := asidesRE.FindStringIndex(cl); loc != nil && dates[0].start < loc[0] {
		// "Since 2003 ... provided ..., including monitors installed in 2009"
		kept := dates[:0:0]
		for _, p := range dates {
			if p.start < loc[0] {
				kept = append(kept, p)
			}
		}
		dates = kept
	}
	best := dates[0]
	for _, p := range dates[1:] {
		if !p.from.Before(best.from) && !p.to.After(best.to) {
			best = p
		}
	}
	return sinceCable(best, x.date)
}

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

// statedDates returns the dates that facts give an event when they agree:
// "Kenya hosted the workshop on 3-5 March" dates "officials from Uganda
// took part in the workshop". Only precise dates count (two months at
// most), from attending or hosting.
func statedDates(facts []fact) map[string]period {
	out := map[string]period{}
	conflict := map[string]bool{}
	for _, f := range facts {
		if f.event == "" || !f.per.valid() || f.per.since || f.per.to.Sub(f.per.from) > 62*24*time.Hour ||
			f.action != Attended && f.action != Hosted {
			continue
		}
		if p, ok := out[f.event]; ok && (!p.from.Equal(f.per.from) || !p.to.Equal(f.per.to)) {
			conflict[f.event] = true
		}
		out[f.event] = f.per
	}
	for e := range conflict {
		delete(out, e)
	}
	return out
}

// asidesRE opens the part of a clause that gives examples or details,
// whose dates are not the clause's.
var asidesRE = regexp.MustCompile(`,\s+(?:including|such as|among them|notably)\s`)

// conjoinedDates returns the dates of a clause that stand side by side
// joined by "and" ("in November 2009 and again in May 2010"): each dates
// the action once. It returns nil when the clause has no such pair.
func conjoinedDates(cl string, dates []period) []period {
	if len(dates) < 2 {
		return nil
	}
	for k := 1; k < len(dates); k++ {
		a, b := dates[k-1], dates[k]
		if b.from.Before(a.to) || !dateJoinRE.MatchString(cl[a.end:b.start]) {
			return nil
		}
	}
	return dates
}

var dateJoinRE = regexp.MustCompile(`^\s*,?\s*(?:and|&)\s+(?:(?:again|later|once more|also)\s+)?$`)

// eventDate looks up the dates of an event, by its name or by a fuller
// name of it ("2008 Canberra Plenary" -> "2008 Canberra MTCR Plenary").
func (x *cableContext) eventDate(name string) (period, bool) {
	if p, ok := x.eventDates[name]; ok {
		return p, true
	}
	sig := signature(name)
	for other, p := range x.eventDates {
		if lastWordOf(other) == lastWordOf(name) && subset(sig, signature(other)) {
			return p, true
		}
	}
	return period{}, false
}

// resolve picks the country an ambiguous name stands for ("GOC", "Congo",
// "Korean"): the section's country, a country named in the next sentences,
// the TAGS, or the only candidate the cable names; "" when none decides.
func (x *cableContext) resolve(i int, isos []string, heading, inferred string) string {
	for _, c := range []string{heading, inferred} {
		if c != "" && contains(isos, c) {
			return c
		}
	}
	for j := i + 1; j < len(x.sents) && j <= i+6; j++ {
		s := x.sents[j]
		if s.reset || s.newBlock && s.gap >= 2 && j > i+1 {
			break
		}
		for _, m := range s.mentions {
			if len(m.isos) == 1 && contains(isos, m.isos[0]) {
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
		if contains(list, iso) {
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
	for i := range facts {
		if c, ok := canon[facts[i].event]; ok {
			facts[i].event = c
		}
	}
	stated := statedDates(facts)
	var out []cablesql.Activity
	seen := map[string]bool{}
	for _, f := range facts {
		if !f.per.valid() && f.event != "" {
			if p, ok := x.eventDates[f.event]; ok {
				f.per = p
			} else if p, ok := stated[f.event]; ok {
				f.per = p
			}
		}
		a := cablesql.Activity{ISO2: f.iso, Country: x.g.countryName(f.iso), Action: f.action, Event: f.event,
			EventKind: eventKind(f.event), Sentence: x.sents[f.sent].orig, Paragraph: x.sents[f.sent].para, Topics: f.topics}
		if f.per.valid() {
			a.DateFrom, a.DateTo, a.DateText = iso(f.per.from), iso(f.per.to), f.per.text
		}
		key := strings.Join([]string{a.ISO2, a.Action, a.Event, a.DateFrom, a.DateTo, a.Sentence}, "\x00")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, a)
	}
	return out
}

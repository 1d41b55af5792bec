package extract

import (
	"strings"
	"time"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// heldOnRE follows an event's name when the sentence says when it took place.
var heldOnRE = lazyre.New(`^(?:,?\s+(?:was|were|will be)\s+(?:\w+ly\s+)?(?:held|convened|conducted|organized|organised|hosted|co-hosted)\b|,?\s+(?:took place|convened|met)\b)`)

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
			(after[1] >= 'A' && after[1] <= 'Z' || otherThingAfter(after[1:])) {
			continue // "the May 30, 2003 attack on ASSK" dates the attack, not the clause; not "the October 1 meeting"
		}
		out = append(out, p)
	}
	return out
}

// otherThingAfter reports whether the words after a date that "the"
// opens name a thing of that date other than a gathering, a visit or a
// message: a lower-case word ("attack", "elections", "announcement"),
// no function word, and no noun of meeting in the three words from it
// (eventNounRE, meetingWordRE).
func otherThingAfter(s string) bool {
	words := strings.Fields(headOf(s, 60))
	if len(words) == 0 || !lowerWord(words[0]) || functionWords[words[0]] {
		return false
	}
	for _, w := range words[:min(3, len(words))] {
		w = strings.TrimRight(w, ",.;:")
		if eventNounRE.MatchString(w) || meetingWordRE.MatchString(w) {
			return false // "the October 1 bilateral talks"
		}
	}
	return true
}

// lowerWord reports whether w is a word of four or more lower-case
// letters (and hyphens).
func lowerWord(w string) bool {
	w = strings.TrimRight(w, ",.;:")
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && w[i] != '-' {
			return false
		}
	}
	return true
}

// meetingWordRE is a noun of meeting (meetingNouns) alone.
var meetingWordRE = lazyre.New(`^(?:` + meetingNouns + `|visit|visits|trip|session|sessions|round|consultations|dialogue|demarche|demarches)$`)

// functionWords are words after a date that continue it or the clause:
// "the May 30 and 31 meetings", "the June 2 through 5 workshop".
var functionWords = map[string]bool{"and": true, "through": true, "until": true, "from": true, "with": true, "between": true,
	"that": true, "when": true, "which": true, "where": true, "while": true, "this": true, "these": true, "those": true, "were": true, "was": true}

// yearAt is a year written at an offset of a text.
type yearAt struct{ at, year int }

// yearsIn returns the years written in s, in order.
func yearsIn(s string) []yearAt {
	var out []yearAt
	for i := 0; i+4 <= len(s); i++ {
		if isYearAt(s, i) {
			out = append(out, yearAt{i, textmatch.Atoi(s[i : i+4])})
		}
	}
	return out
}

// isYearAt reports whether a year (1900-2099) is written at s[i:i+4], a
// number of its own: not part of a longer one, nor a decade ("the
// 1990's", "the 2000s").
func isYearAt(s string, i int) bool {
	if i+4 > len(s) || !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') ||
		!textmatch.IsDigit(s[i+2]) || !textmatch.IsDigit(s[i+3]) || i > 0 && textmatch.IsDigit(s[i-1]) {
		return false
	}
	rest := s[i+4:]
	if rest != "" && textmatch.IsDigit(rest[0]) {
		return false
	}
	return !strings.HasPrefix(rest, "s") && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s")
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
		if isYearAt(s, i) {
			return textmatch.Atoi(s[i : i+4])
		}
	}
	return 0
}

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
			name, en = x.canonical(cl[st:e]), e
		} else if p := lowerEventPhrase(cl, loc[1]); caps && p != "" && strings.HasPrefix(cl[loc[1]:], p) {
			name, en = x.canonical(titleCase(p)), loc[1]+len(p) // "SINCE THE SEOUL PLENARY"
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
	return sinceCable(narrowest(dates), x.date)
}

// narrowest returns the last of dates that lies within the one chosen
// before it (the first to start with): "in 2009, on June 5" gives June 5.
// It returns the zero period for none.
func narrowest(dates []period) period {
	var best period
	for k, p := range dates {
		if k == 0 || !p.from.Before(best.from) && !p.to.After(best.to) {
			best = p
		}
	}
	return best
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
		if k := eventKind(f.event); k == "programme" || k == "regime" || k == "other" {
			continue // a programme or regime runs on: one fact's dates are not its own
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
var asidesRE = lazyre.New(`,\s+(?:including|such as|among them|notably)\s`)

// conjoinedDates returns the dates of a clause that stand side by side
// joined by "and" ("in November 2009 and again in May 2010"): each dates
// the action once. It returns nil when the clause has no such pair.
func conjoinedDates(cl string, dates []period) []period {
	if len(dates) < 2 {
		return nil
	}
	for k := 1; k < len(dates); k++ {
		a, b := dates[k-1], dates[k]
		if a.end > b.start || b.from.Before(a.to) || !dateJoinRE.MatchString(cl[a.end:b.start]) {
			return nil
		}
	}
	return dates
}

var dateJoinRE = lazyre.New(`^\s*,?\s*(?:and|&)\s+(?:(?:again|later|once more|also)\s+)?$`)

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

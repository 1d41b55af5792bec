package extract

import "strings"

// The dates and rows of exchanges (reader.go): a clause's dates, the
// day a report opens with for those told without one, and one row per
// country, action and date.

// postHome returns the country whose officials a cable's report meets
// by default: the one it is about, else its post's; "" for none.
func (x *cableContext) postHome() string {
	home := x.home
	if home == "" {
		// the post's country, though its TAGS may not name it, and though
		// the subject names the country talked about ("LEBANON: ..." from
		// Manama reports the Bahraini MFA's views: testdata/gold)
		home = x.g.byPost[stationKey(x.c.Station)]
	}
	if home == "US" {
		return ""
	}
	return home
}

// oneRowPerExchange keeps one fact per country, action and date: a
// meeting's report tells it in several sentences ("Poloff met ... He
// stressed ... He also raised ..."), and the gold set, like a reader,
// counts one meeting. A fact without a date is kept only when no other
// fact states the same country and action.
func oneRowPerExchange(have, fs []fact) []fact {
	type key struct {
		iso, action string
		from, to    int64
	}
	keyOf := func(f fact) key {
		return key{f.iso, f.action, f.per.from.Unix(), f.per.to.Unix()}
	}
	seen, any := map[key]bool{}, map[[2]string]bool{}
	for _, f := range have {
		seen[keyOf(f)] = true
		any[[2]string{f.iso, f.action}] = true
	}
	for _, f := range fs {
		if f.per.valid() {
			any[[2]string{f.iso, f.action}] = true
		}
	}
	var out []fact
	for _, f := range fs {
		k := keyOf(f)
		if seen[k] || !f.per.valid() && any[[2]string{f.iso, f.action}] {
			continue
		}
		seen[k] = true
		any[[2]string{f.iso, f.action}] = true
		out = append(out, f)
	}
	return out
}

// dateUndated gives an exchange told without a date the date of the last
// dated exchange with the same country before it: the later sentences of
// a meeting's report ("He urged Mexico to ...") are about that meeting.
// Before any, it takes lead, the date the cable's report opens with. A
// meeting named in passing (heldMeetings) is none of the report's: it is
// left as it is.
func dateUndated(fs, have []fact, leadDate func() period) {
	type dated struct {
		sent int
		per  period
	}
	last := map[string][]dated{} // the dated facts of each country, the trigger rules' too
	for _, f := range have {
		if f.per.valid() && isExchange(f.action) && !aside(f) {
			last[f.iso] = append(last[f.iso], dated{f.sent, f.per})
		}
	}
	var lead period
	leadRead := false
	for i := range fs {
		f := &fs[i]
		if f.passing {
			continue // a meeting named in passing is not the report's: it neither dates nor is dated
		}
		if f.per.valid() {
			if !aside(*f) {
				last[f.iso] = append(last[f.iso], dated{f.sent, f.per})
			}
			continue
		}
		best := -1
		for _, d := range last[f.iso] {
			if d.sent <= f.sent && d.sent > best {
				best, f.per = d.sent, d.per
			}
		}
		if best >= 0 {
			continue
		}
		if !leadRead {
			lead, leadRead = leadDate(), true
		}
		if lead.valid() {
			f.per = lead
		}
	}
}

// aside reports whether a fact is told in parentheses, an aside on a
// meeting other than the one reported: "(The Ambassador's meeting with
// the commandant on 20 January was reported in reftel.)". Its date is not
// that of the sentences after it.
func aside(f fact) bool {
	return strings.HasPrefix(strings.TrimLeft(f.clause, " "), "(")
}

// leadDate returns the days a report opens with: the first day or span of
// days (up to ten: a visit, a conference) its first sentences name, within
// a month before the cable's date ("On December 6
// John Holmes briefed ...", "The Ambassador met FM Araujo on March 13").
// Most cables report what happened in the days before they were sent.
func (x *cableContext) leadDate() period {
	return x.leadDateOf(nil)
}

// sessionNounRE names a gathering.
var sessionNounRE = mustWordRE(`(?i)\b(?:meeting|session|consultations|debate|plenary|summit|conference)\b`)

// sessionDate returns the date of the gathering a readout reports: the
// first that leadDate would take in a sentence that names it by its last
// word and as a gathering ("In an emergency public meeting of the UN
// Security Council ... on August 10" for the Security Council), rather
// than one the summary gives the events discussed ("Many Council Members
// said the Russian response to Georgia's August 7 military action"); else
// leadDate's.
func (x *cableContext) sessionDate(event string) period {
	head := lastWordOf(event) // in lower case
	if p := x.leadDateOf(func(s string) bool { return strings.Contains(strings.ToLower(s), head) && sessionNounRE.MatchString(s) }); p.valid() {
		return p
	}
	return x.leadDate()
}

// leadDateOf is leadDate over the sentences within holds, or all when
// within is nil.
func (x *cableContext) leadDateOf(within func(string) bool) period {
	if x.date.IsZero() {
		return period{}
	}
	for i := range min(len(x.sents), 12) {
		s := &x.sents[i]
		if within != nil && !within(s.text) {
			continue
		}
		for _, p := range x.sentencePeriods(i) {
			if p.since || !p.to.IsZero() && p.to.Sub(p.from).Hours() > 10*24 || p.from.After(x.date) || x.date.Sub(p.from).Hours() > 31*24 {
				continue
			}
			return p
		}
	}
	return period{}
}

// fact returns a fact of the sentence, dated by the clause.
func (r *exchangeReader) fact(iso, action, cl string, off int) fact {
	var per period
	if dates := r.datesOf(cl, off); len(dates) > 0 {
		per = sinceCable(narrowest(dates), r.x.date)
	}
	return fact{iso: iso, action: action, per: per, sent: r.i, clause: cl}
}

// datesOf returns the dates a clause at off in the sentence states, those
// after the cable's date left out: an exchange reported is past ("by July
// 2011" is a deadline).
func (r *exchangeReader) datesOf(cl string, off int) []period {
	if r.datesFor.ok && r.datesFor.cl == cl && r.datesFor.off == off {
		return r.datesFor.dates // the facts of a clause ask one after the other
	}
	dates := r.readDates(cl, off)
	r.datesFor.cl, r.datesFor.off, r.datesFor.dates, r.datesFor.ok = cl, off, dates, true
	return dates
}

// readDates is datesOf, without its memory.
func (r *exchangeReader) readDates(cl string, off int) []period {
	years := yearsIn(r.x.sents[r.i].text)
	dc := dateContext{cable: r.x.date, year: yearBefore(years, off), later: firstOf(years)}
	dates := nameDates(cl, findPeriods(cl, dc, false))
	if r.x.date.IsZero() {
		return dates
	}
	past := dates[:0:0]
	for _, p := range dates {
		if !p.from.After(r.x.date) {
			past = append(past, p)
		}
	}
	return past
}

// eachDate returns fs once per date a clause conjoins ("on September 6
// and again on September 11"), or fs when it states one.
func (r *exchangeReader) eachDate(fs []fact, cl string, off int) []fact {
	if len(fs) == 0 {
		return fs
	}
	alts := conjoinedDates(cl, r.datesOf(cl, off))
	if len(alts) < 2 {
		return fs
	}
	var out []fact
	for _, p := range alts {
		for _, f := range fs {
			f.per = sinceCable(p, r.x.date)
			out = append(out, f)
		}
	}
	return out
}

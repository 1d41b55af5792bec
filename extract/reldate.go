package extract

import (
	"strings"
	"time"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// Dates that name no month: fiscal years, quarters, and periods counted
// from the cable's date ("last month") or from a date stated just before
// ("the following week").

var (
	// fiscalYearRE is a US fiscal year: "FY2009", "FY 09", "fiscal year 2009".
	fiscalYearRE = mustGatedRE(`(?i)\b(?:(in|during|since|throughout|by|until|through|for)\s+)?(?:FY\s?-?\s?|fiscal\s+year\s+)((?:19|20)?\d\d)\b`)
	// quarterRE is a quarter of a calendar or fiscal year: "2Q 2009",
	// "Q2 2009", "the second quarter of 2009", "2Q FY2009".
	quarterRE = mustGatedRE(`(?i)\b(?:(in|during|since|by|until|through|throughout)\s+)?(?:the\s+)?(?:([1-4])Q|Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*(?:,\s*)?(FY\s?-?\s?|fiscal\s+year\s+|CY\s?)?((?:19|20)\d\d|'?\d\d)\b`)
	// cableRelativeRE is a period counted from the cable's date.
	cableRelativeRE = mustGatedRE(`(?i)\b(last|this|earlier this|the past|the previous|past)\s+(month|week)\b`)
	// seasonRelativeRE is a season counted from the cable's date: "last
	// summer", "this spring".
	seasonRelativeRE = mustGatedRE(`(?i)\b(last|this|past)\s+(spring|summer|fall|autumn|winter)\b`)
	// anchoredRE is a period counted from a date stated before it.
	anchoredRE = mustGatedRE(`(?i)\b(?:the\s+(?:following|next|same|previous)\s+(day|week|month|year)|(?:that|that same|the same)\s+(day|week|month)|the\s+(day)\s+(?:before|after)|(?:later|earlier)\s+(?:in\s+)?(?:that|the same|the)\s+(day|week|month|year)|the\s+(first|opening|second|third|last|final|closing)\s+day\s+of\s+the\s+(?:workshop|conference|seminar|meeting|course|talks|visit|plenary|forum|training|session|consultations|exercise))\b`)
)

var quarterWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// fullYear reads "2009", "09" or "'09" as a year.
func fullYear(s string) int {
	s = strings.TrimPrefix(s, "'")
	y := textmatch.Atoi(s)
	if len(s) == 2 {
		y += 2000
		if y > 2050 {
			y -= 100
		}
	}
	return y
}

// The bits of periodGate: the gated expressions findPeriods' readers
// search a clause with.
const (
	mayQuarter        = 1 << iota // quarterRE (fiscalPeriods)
	mayFiscalYear                 // fiscalYearRE (fiscalPeriods)
	maySeason                     // seasonRE (seasonPeriods)
	mayRelYear                    // relYearRE (relativeYearPeriods)
	mayCableRelative              // cableRelativeRE (cableRelativePeriods)
	maySeasonRelative             // seasonRelativeRE (cableRelativePeriods)
)

// periodGate looks for the texts the matches of those expressions need,
// in the order of the bits, in one pass over a clause, where each gated
// Word's search made a pass of its own: six passes over every clause
// read for dates, most of them finding nothing (TestPeriodGate). A
// reader skips an expression whose bit is clear, which its Word would
// have turned away by the same texts (TestGateMatchesNeeds).
var periodGate = textmatch.NewGate(quarterRE.String(), fiscalYearRE.String(), seasonRE.String(),
	relYearRE.String(), cableRelativeRE.String(), seasonRelativeRE.String())

// fiscalPeriods finds quarters and US fiscal years (October to
// September: FY2009 is 2008-10-01..2009-09-30), with the expressions may
// (periodGate's) says may match.
func fiscalPeriods(s string, may uint64, add func(period, int, int)) {
	if may&mayQuarter != 0 {
		quarterPeriods(s, add)
	}
	if may&mayFiscalYear == 0 {
		return
	}
	for _, m := range fiscalYearRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		y := fullYear(g[2])
		add(period{from: day(y-1, 10, 1), to: day(y, 9, 30), since: strings.EqualFold(g[1], "since")}, m[0], m[1])
	}
}

// quarterPeriods finds quarters of calendar and US fiscal years.
func quarterPeriods(s string, add func(period, int, int)) {
	for _, m := range quarterRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		q := textmatch.Atoi(g[2] + g[3])
		if q == 0 {
			q = quarterWords[strings.ToLower(g[4])]
		}
		y := fullYear(g[6])
		first := time.Month(3*(q-1) + 1)
		if g[5] != "" && !strings.HasPrefix(strings.ToUpper(g[5]), "CY") {
			// fiscal quarters start in October of the year before
			if first += 9; first > 12 {
				first -= 12
			} else {
				y--
			}
		}
		add(period{from: day(y, first, 1), to: monthEnd(y, first+2), since: strings.EqualFold(g[1], "since")}, m[0], m[1])
	}
}

// cableRelativePeriods finds periods counted back from the cable's date:
// "last month", "this month", "last week", "last summer", with the
// expressions may (periodGate's) says may match.
func cableRelativePeriods(s string, cable time.Time, may uint64, add func(period, int, int)) {
	if cable.IsZero() {
		return
	}
	if may&mayCableRelative != 0 {
		cableRelativeWeeks(s, cable, add)
	}
	if may&maySeasonRelative == 0 {
		return
	}
	for _, m := range seasonRelativeRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		p, ok := seasonPeriod(strings.ToLower(g[2]), 0, dateContext{cable: cable})
		if !ok {
			continue
		}
		if strings.EqualFold(g[1], "this") {
			// the season of the cable's year, even when still to come
			if y := cable.Year(); p.to.Year() < y && !strings.EqualFold(g[2], "winter") {
				p = period{from: p.from.AddDate(1, 0, 0), to: monthEnd(y, p.to.Month())}
			}
		} else if !p.to.Before(cable) {
			// "last summer" is the last one over by the cable's date
			p = period{from: p.from.AddDate(-1, 0, 0), to: monthEnd(p.to.Year()-1, p.to.Month())}
		}
		add(p, m[0], m[1])
	}
}

// cableRelativeWeeks finds the months and weeks counted back from the
// cable's date: "last month", "this week".
func cableRelativeWeeks(s string, cable time.Time, add func(period, int, int)) {
	for _, m := range cableRelativeRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		rel, unit := strings.ToLower(g[1]), strings.ToLower(g[2])
		var p period
		switch {
		case unit == "month" && (rel == "this" || rel == "earlier this"):
			p = period{from: day(cable.Year(), cable.Month(), 1), to: cable}
		case unit == "month":
			first := day(cable.Year(), cable.Month(), 1).AddDate(0, -1, 0)
			p = period{from: first, to: monthEnd(first.Year(), first.Month())}
		case rel == "this" || rel == "earlier this":
			p = period{from: weekStart(cable), to: cable}
		default:
			p = period{from: weekStart(cable).AddDate(0, 0, -7), to: weekStart(cable).AddDate(0, 0, -1)}
		}
		add(p, m[0], m[1])
	}
}

// weekStart returns the Monday of the week holding d.
func weekStart(d time.Time) time.Time {
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// anchoredPeriod reads a period counted from an earlier date, anchor:
// "the following week" is the Monday-to-Sunday week after the anchor's,
// "the next day" the day after it, "the same day" the anchor when it is
// one day, "later that month" the rest of its month.
func anchoredPeriod(s string, anchor period) (period, bool) {
	m := anchoredRE.FindStringSubmatchIndex(s)
	if m == nil || !anchor.valid() {
		return period{}, false
	}
	g := groups(s, m)
	text := strings.ToLower(s[m[0]:m[1]])
	var p period
	var ok bool
	unit := strings.ToLower(g[1] + g[2] + g[3] + g[4])
	switch nth := strings.ToLower(g[5]); {
	case nth != "":
		p, ok = nthDayOf(anchor, nth)
	case strings.HasPrefix(text, "earlier"):
		p, ok = earlierIn(anchor, unit)
	default:
		p, ok = relativeTo(anchor, unit, text)
	}
	if !ok || p.to.Before(p.from) {
		return period{}, false
	}
	p.start, p.end = m[0], m[1]
	p.text = strings.TrimSpace(s[m[0]:m[1]])
	return p, true
}

// nthDayOf is "the second day" or "the last day" of the span anchor, or
// false when the span has no such day.
func nthDayOf(anchor period, nth string) (period, bool) {
	// "the last day of the workshop": a day of the span before
	d := anchor.from.AddDate(0, 0, map[string]int{"second": 1, "third": 2}[nth])
	if nth == "last" || nth == "final" || nth == "closing" {
		d = anchor.to
	}
	if d.After(anchor.to) {
		return period{}, false
	}
	return period{from: d, to: d}, true
}

// earlierIn is "earlier in the month": from the start of the anchor's
// month, week or year to the day before it; false for "earlier that day".
func earlierIn(anchor period, unit string) (period, bool) {
	from := map[string]time.Time{"day": anchor.from, "week": weekStart(anchor.from),
		"month": day(anchor.from.Year(), anchor.from.Month(), 1), "year": day(anchor.from.Year(), 1, 1)}[unit]
	to := anchor.from.AddDate(0, 0, -1)
	if unit == "day" || to.Before(from) {
		return period{}, false
	}
	return period{from: from, to: to}, true
}

// relativeTo is the day, week, month or year before, after, later than
// or the same as the anchor's, as text (lower-cased) says.
func relativeTo(anchor period, unit, text string) (period, bool) {
	later := strings.HasPrefix(text, "later")
	before := strings.Contains(text, "previous") || strings.Contains(text, "before")
	next := strings.Contains(text, "following") || strings.Contains(text, "next") || strings.Contains(text, "after")
	a, b := anchor.from, anchor.to
	var p period
	switch unit {
	case "day":
		switch {
		case before:
			p = period{from: a.AddDate(0, 0, -1), to: a.AddDate(0, 0, -1)}
		case next || later:
			p = period{from: b.AddDate(0, 0, 1), to: b.AddDate(0, 0, 1)}
		case a.Equal(b):
			p = period{from: a, to: b}
		default:
			return period{}, false // "the same day" of a span of days
		}
	case "week":
		w := weekStart(b)
		switch {
		case before:
			p = period{from: weekStart(a).AddDate(0, 0, -7), to: weekStart(a).AddDate(0, 0, -1)}
		case next:
			p = period{from: w.AddDate(0, 0, 7), to: w.AddDate(0, 0, 13)}
		case later:
			p = period{from: b.AddDate(0, 0, 1), to: w.AddDate(0, 0, 6)}
		default:
			p = period{from: weekStart(a), to: w.AddDate(0, 0, 6)}
		}
	case "month":
		first := day(b.Year(), b.Month(), 1)
		switch {
		case before:
			f := day(a.Year(), a.Month(), 1).AddDate(0, -1, 0)
			p = period{from: f, to: monthEnd(f.Year(), f.Month())}
		case next:
			f := first.AddDate(0, 1, 0)
			p = period{from: f, to: monthEnd(f.Year(), f.Month())}
		case later:
			p = period{from: b.AddDate(0, 0, 1), to: monthEnd(b.Year(), b.Month())}
		default:
			p = period{from: day(a.Year(), a.Month(), 1), to: monthEnd(b.Year(), b.Month())}
		}
	case "year":
		switch {
		case before:
			p = period{from: day(a.Year()-1, 1, 1), to: day(a.Year()-1, 12, 31)}
		case later:
			p = period{from: b.AddDate(0, 0, 1), to: day(b.Year(), 12, 31)}
		default:
			p = period{from: day(b.Year()+1, 1, 1), to: day(b.Year()+1, 12, 31)}
		}
	}
	return p, true
}

// anchorBefore returns the last date stated before offset off of sentence
// i: in the sentence itself, else in the sentences before it (a few at
// most), which a "the following week" counts from.
func (x *cableContext) anchorBefore(i, off int) period {
	for j := i; j >= 0 && j >= i-6; j-- {
		if p, ok := x.anchored[j]; ok && j < i {
			return p // "The following week, ... The next day, ..."
		}
		text := x.sents[j].text
		if j == i {
			text = text[:off]
		}
		ps := nameDates(text, findPeriods(text, dateContext{cable: x.date, later: firstYear(text)}, x.sents[j].caps))
		for k := len(ps) - 1; k >= 0; k-- {
			if !ps[k].since && ps[k].to.Sub(ps[k].from) < 32*24*time.Hour {
				return ps[k]
			}
		}
	}
	return period{}
}

package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cablesql/cablesql"
)

// period is a span of days stated in a text.
type period struct {
	from, to time.Time
	text     string // as written
	start    int    // byte offset in the clause
	end      int
	since    bool   // open-ended "since ...": runs to the cable's date
	event    string // "since the <event>": the event whose date starts the period
}

func (p period) valid() bool { return !p.from.IsZero() }

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	// "From November 2008 to November 2009", "September 30 - October 2, 2009",
	// "between May and July 2009"
	monthRangeRE = regexp.MustCompile(`(?i:\b(from|between|since|in|during)\s+)?(?:(early|mid|late)[- ]+)?` + monthRE +
		`(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\s*(?:-|–|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*(?:(early|mid|late)[- ]+)?` +
		monthRE + `(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\b`)
	// "June 25-27, 2009", "June 23-25"
	dayRangeRE = regexp.MustCompile(`(?i:\b(on|from|between|in|during)\s+)?` + monthRE + `\s+(\d{1,2})\s*(?:-|–|\bto\b|\band\b)\s*(\d{1,2})\b(?:,?\s+(\d{4}))?`)
	// "25-27 June 2009"
	dayRangeFirstRE = regexp.MustCompile(`(?i:\b(on|from|between|in|during)\s+)?\b(\d{1,2})\s*(?:-|–|\bto\b|\band\b)\s*(\d{1,2})\s+` + monthRE + `(?:,?\s+(\d{4}))?`)
	// "June 25, 2009", "on June 25"
	dayRE = regexp.MustCompile(`(?i:\b(on|since|in)\s+)?` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	// "25 June 2009"
	dayFirstRE = regexp.MustCompile(`(?i:\b(on|since)\s+)?\b(\d{1,2})\s+` + monthRE + `(?:,?\s+(\d{4}))?`)
	// "In June 2009", "mid-May 2009", "late November", "since March"
	monthYearRE = regexp.MustCompile(`(?i:\b(in|during|since|from|by|until|through|throughout|also in)\s+)?(?:(?i:(early|mid|late))[- ]+)?` + monthRE + `(?:,?\s+(\d{4}))?`)
	// "in 2009", "since 2008", "mid-2009"
	yearRE = regexp.MustCompile(`(?i)\b(?:(in|during|since|throughout|by|until|through|for)\s+(?:(early|mid|late)[- ]+)?|(early|mid|late)[- ]+)((?:19|20)\d\d)\b`)
	// "throughout the year", "this year", "earlier this year", "last year"
	relYearRE = regexp.MustCompile(`(?i)\b(throughout the year|this year|earlier this year|during the year|last year|past year)\b`)
	// "Since the 2008 Canberra Plenary": a period opened by an event
	sinceEventRE = regexp.MustCompile(`(?i)\bsince\s+the\s+`)
)

var monthNumbers = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNumbers[s[:3]]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func monthEnd(y int, m time.Month) time.Time { return day(y, m+1, 1).AddDate(0, 0, -1) }

// monthPart narrows a month by "early" (1-10), "mid" (11-20) or "late" (21-end).
func monthPart(y int, m time.Month, part string) (time.Time, time.Time) {
	switch strings.ToLower(part) {
	case "early":
		return day(y, m, 1), day(y, m, 10)
	case "mid":
		return day(y, m, 11), day(y, m, 20)
	case "late":
		return day(y, m, 21), monthEnd(y, m)
	}
	return day(y, m, 1), monthEnd(y, m)
}

// dateContext supplies the years a text leaves out.
type dateContext struct {
	cable time.Time // the cable's date; zero when unknown
	year  int       // a year stated nearby, 0 when none
}

// yearFor infers the year of a month given without one: the year stated
// nearby, else the cable's year, or the year before when the month would
// lie after the cable.
func (dc dateContext) yearFor(m time.Month) int {
	if dc.year != 0 {
		return dc.year
	}
	if dc.cable.IsZero() {
		return 0
	}
	if m > dc.cable.Month() {
		return dc.cable.Year() - 1
	}
	return dc.cable.Year()
}

// findPeriods returns the dates stated in a clause, earliest first, with
// overlapping matches resolved in favour of the longer.
func findPeriods(s string, dc dateContext, caps bool) []period {
	var found []period
	add := func(p period, loc []int) {
		if !p.valid() {
			return
		}
		p.start, p.end = loc[0], loc[1]
		p.text = strings.TrimSpace(s[loc[0]:loc[1]])
		for _, q := range found {
			if p.start < q.end && q.start < p.end {
				return
			}
		}
		found = append(found, p)
	}
	okMonth := func(word string, hasNumber bool) bool {
		// "May" and "March" are words too: in capitals, or without a
		// number beside them, take them only when capitalised.
		lw := strings.ToLower(word)
		if lw == "may" || lw == "march" {
			if caps {
				return hasNumber
			}
			return word[0] == 'M'
		}
		return caps || word[0] >= 'A' && word[0] <= 'Z'
	}
	for _, m := range monthRangeRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		m1, m2 := monthOf(g[3]), monthOf(g[7])
		if m1 == 0 || m2 == 0 || !okMonth(g[3], g[5] != "") || !okMonth(g[7], g[9] != "") {
			continue
		}
		y2 := atoi(g[9])
		if y2 == 0 {
			y2 = dc.yearFor(m2)
		}
		y1 := atoi(g[5])
		if y1 == 0 {
			y1 = y2
			if m1 > m2 {
				y1--
			}
		}
		if y1 == 0 {
			continue
		}
		from, _ := monthPart(y1, m1, g[2])
		if d := atoi(g[4]); d > 0 {
			from = day(y1, m1, d)
		}
		_, to := monthPart(y2, m2, g[6])
		if d := atoi(g[8]); d > 0 {
			to = day(y2, m2, d)
		}
		if to.Before(from) {
			continue
		}
		add(period{from: from, to: to, since: strings.EqualFold(g[1], "since")}, m[:2])
	}
	for _, m := range dayRangeRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		mo := monthOf(g[2])
		if mo == 0 || !okMonth(g[2], true) {
			continue
		}
		y := atoi(g[5])
		if y == 0 {
			y = dc.yearFor(mo)
		}
		d1, d2 := atoi(g[3]), atoi(g[4])
		if y == 0 || d1 < 1 || d2 > 31 || d2 < d1 {
			continue
		}
		add(period{from: day(y, mo, d1), to: day(y, mo, d2)}, m[:2])
	}
	for _, m := range dayRangeFirstRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		mo := monthOf(g[4])
		if mo == 0 || !okMonth(g[4], true) {
			continue
		}
		y := atoi(g[5])
		if y == 0 {
			y = dc.yearFor(mo)
		}
		d1, d2 := atoi(g[2]), atoi(g[3])
		if y == 0 || d1 < 1 || d2 > 31 || d2 < d1 {
			continue
		}
		add(period{from: day(y, mo, d1), to: day(y, mo, d2)}, m[:2])
	}
	for _, m := range dayRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		mo := monthOf(g[2])
		d := atoi(g[3])
		if mo == 0 || d < 1 || d > 31 || !okMonth(g[2], true) {
			continue
		}
		y := atoi(g[4])
		if y == 0 {
			y = dc.yearFor(mo)
		}
		if y == 0 {
			continue
		}
		add(period{from: day(y, mo, d), to: day(y, mo, d), since: strings.EqualFold(g[1], "since")}, m[:2])
	}
	for _, m := range dayFirstRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		mo := monthOf(g[3])
		d := atoi(g[2])
		if mo == 0 || d < 1 || d > 31 || !okMonth(g[3], true) {
			continue
		}
		y := atoi(g[4])
		if y == 0 {
			y = dc.yearFor(mo)
		}
		if y == 0 {
			continue
		}
		add(period{from: day(y, mo, d), to: day(y, mo, d), since: strings.EqualFold(g[1], "since")}, m[:2])
	}
	for _, m := range monthYearRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		mo := monthOf(g[3])
		if mo == 0 || !okMonth(g[3], g[4] != "") {
			continue
		}
		// a month alone needs a preposition or a year to be a date
		if g[4] == "" && g[1] == "" && g[2] == "" {
			continue
		}
		y := atoi(g[4])
		if y == 0 {
			y = dc.yearFor(mo)
		}
		if y == 0 {
			continue
		}
		from, to := monthPart(y, mo, g[2])
		add(period{from: from, to: to, since: strings.EqualFold(g[1], "since")}, m[:2])
	}
	for _, m := range yearRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		y := atoi(g[4])
		part := g[2]
		if part == "" {
			part = g[3]
		}
		from, to := day(y, 1, 1), day(y, 12, 31)
		switch strings.ToLower(part) {
		case "early":
			to = day(y, 4, 30)
		case "mid":
			from, to = day(y, 5, 1), day(y, 8, 31)
		case "late":
			from = day(y, 9, 1)
		}
		add(period{from: from, to: to, since: strings.EqualFold(g[1], "since")}, m[:2])
	}
	if !dc.cable.IsZero() {
		for _, m := range relYearRE.FindAllStringSubmatchIndex(s, -1) {
			y := dc.cable.Year()
			w := strings.ToLower(s[m[2]:m[3]])
			p := period{from: day(y, 1, 1), to: dc.cable}
			if strings.HasPrefix(w, "last") || strings.HasPrefix(w, "past") {
				p = period{from: day(y-1, 1, 1), to: day(y-1, 12, 31)}
			}
			add(p, m[:2])
		}
	}
	sortPeriods(found)
	return found
}

func sortPeriods(ps []period) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// groups returns the submatches of m as strings ("" when absent).
func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

// iso formats a date as YYYY-MM-DD.
func iso(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", t.Year(), t.Month(), t.Day())
}

// cableDate reads the cable's date from its DTG, or "" when unknown.
func cableDate(c *cablesql.Cable) time.Time {
	for _, s := range []string{c.DTG, c.Created} {
		if len(s) >= 10 {
			if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

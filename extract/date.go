package extract

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// period is a span of days stated in a text.
type period struct {
	from, to time.Time
	text     string // as written
	start    int    // byte offset in the clause
	end      int
	since    bool // open-ended "since ...": runs to the cable's date
}

func (p period) valid() bool { return !p.from.IsZero() }

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

// The date patterns are matched around each month name rather than over
// the whole text: the text before a month is looked at through a short
// window with patterns anchored at its end, the text after it with
// patterns anchored at its start.
var (
	partBeforeRE     = mustWordRE(`(?i)\b(early|mid|late)[- ]+$`)
	dayRangeBeforeRE = mustWordRE(`\b(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})\s+$`)
	dayBeforeRE      = mustWordRE(`\b(\d{1,2})(?:st|nd|rd|th)?\s+$`)
	prepBeforeRE     = mustWordRE(`(?i)\b(from|between|since|in|during|on|by|until|through|throughout)\s+$`)
	weekBeforeRE     = mustWordRE(`(?i)\b(?:(?:during|in|on|over)\s+)?the\s+week\s+of\s+$`)
	// "in the fall of 2009", "during the summer", "spring 2010"
	seasonRE     = mustGatedRE(`(?i)\b(?:(in|during|since|by|until|through|throughout|over)\s+)?(the\s+)?(spring|summer|fall|autumn|winter)(?:\s+of)?(?:\s+((?:19|20)\d\d)\b)?`)
	afterMonthRE = lazyre.New(`^(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*(\d{1,2})\b)?)?(?:,?\s+((?:19|20)\d\d)\b)?`)
	rangeJoinRE  = lazyre.New(`^\s*(?:-|–|to|through|until|and)\s*(?:(early|mid|late)[- ]+)?$`)
	yearBeforeRE = mustWordRE(`(?i)\b(?:(in|during|since|throughout|by|until|through|for)\s+(?:(early|mid|late)[- ]+)?|(early|mid|late)[- ]+)$`)
	// "throughout the year", "this year", "earlier this year", "last year"
	relYearRE = mustGatedRE(`(?i)\b(throughout the year|this year|earlier this year|during the year|last year|past year)\b`)
	// "on 10/7", "since 1/26/04": a day written month first, as US cables do
	numericDateRE = mustWordRE(`(?i)\b(on|since|from|dated)\s+(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?\b`)
	// bareNumericDateRE is a day in figures, month first, with no
	// preposition, right after a name or a verb in the past: "met with
	// MFA Coordinator Diallo 11/12 for an update", "responded 4/27 that",
	// "BRIEFED VATICAN OFFICIALS 10/20 ON"; numericPeriods reads what
	// follows it.
	bareNumericDateRE = mustWordRE(`\b(?:[A-Z][A-Za-z]*|[a-z]{2,}ed|met|told|held|spoke|saw|wrote)\s+(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?\b`)
	// bareDateNextRE is what may follow a bareNumericDateRE date: a
	// preposition or conjunction that goes on with the clause, or its end.
	bareDateNextRE = lazyre.New(`^(?:[.,;]|\s+(?i:on|for|that|to|with|in|at|and|about|regarding)\b|\s*$)`)
	// "Since the 2008 Canberra Plenary": a period opened by an event
	sinceEventRE = mustWordRE(`(?i)\bsince\s+the\s+`)
)

var monthNumbers = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// monthOf returns the month a word names, written in full or as its
// abbreviation ("Jan", "Sept.", "MAY"), in any case; 0 for any other word,
// "Marsh", "Mayer" and "Decker" among them.
func monthOf(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 || s[0] >= utf8.RuneSelf || s[1] >= utf8.RuneSelf || s[2] >= utf8.RuneSelf {
		return 0
	}
	// Lower-case the first three letters on the stack.
	var key [3]byte
	for i := range key {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		key[i] = c
	}
	m := monthNumbers[string(key[:])]
	if m == 0 || len(s) == 3 || strings.EqualFold(s, m.String()) || m == time.September && strings.EqualFold(s, "sept") {
		return m
	}
	return 0
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
	year  int       // the last year stated before the text in its sentence, 0 when none
	later int       // a year stated elsewhere in the sentence, for cables without a date
}

// yearFor infers the year of a month given without one: the last year
// stated before it (in before, then earlier in the sentence), else the
// cable's year, or the year before when the month would lie after the
// cable. "On April 14, ... the first round since October 2008" is April
// of the cable's year, not of 2008.
func (dc dateContext) yearFor(m time.Month, before string) int {
	if y := lastYear(before); y != 0 {
		return y
	}
	if dc.year != 0 {
		return dc.year
	}
	if dc.cable.IsZero() {
		return dc.later
	}
	if m > dc.cable.Month() {
		return dc.cable.Year() - 1
	}
	return dc.cable.Year()
}

// lastYear returns the last year written in s, or 0.
func lastYear(s string) int {
	for i := len(s) - 4; i >= 0; i-- {
		if isYearAt(s, i) {
			return textmatch.Atoi(s[i : i+4])
		}
	}
	return 0
}

// monthToken is a month's name found in a text.
type monthToken struct {
	start, end int
	month      time.Month
}

// monthTokens finds the month names of s. "May" and "March" are words
// too: in mixed-case text they must be capitalised, and abbreviations
// must end with a period or stand before a number.
func monthTokens(s string, caps bool) []monthToken {
	buf := tokenPool.Get().(*[]token)
	defer tokenPool.Put(buf)
	toks, keyless := openerTokens(buf, s)
	return monthsOf(s, caps, toks, keyless)
}

// monthsOf is monthTokens reading the tokens of s, toks (all of them, or
// at least those that open with a capital: no others name a month), whose
// keys it makes when they have none (keyless).
func monthsOf(s string, caps bool, toks []token, keyless bool) []monthToken {
	var out []monthToken
	for _, t := range toks {
		w := s[t.start:t.end]
		if len(w) < 3 || !(w[0] >= 'A' && w[0] <= 'Z') {
			continue
		}
		mo := monthOf(w)
		if mo == 0 {
			continue
		}
		if keyless {
			t.key = strings.ToLower(w)
		}
		full := strings.ToLower(time.Month(mo).String())
		end := t.end
		switch {
		case t.key == full:
		case t.key == full[:3] || t.key == "sept":
			rest := s[end:]
			if strings.HasPrefix(rest, ".") {
				end++
			} else if !(len(rest) > 1 && rest[0] == ' ' && textmatch.IsDigit(rest[1])) {
				continue
			}
		default:
			continue
		}
		if caps && (t.key == "may" || t.key == "march") {
			rest := strings.TrimLeft(s[end:], " ")
			if rest == "" || !textmatch.IsDigit(rest[0]) {
				continue
			}
		}
		out = append(out, monthToken{start: t.start, end: end, month: mo})
	}
	return out
}

// window returns the up to n bytes of s before i.
func window(s string, i, n int) (string, int) {
	from := max(0, i-n)
	return s[from:i], from
}

// findPeriods returns the dates stated in a clause, earliest first, with
// overlapping matches resolved in favour of the first found.
func findPeriods(s string, dc dateContext, caps bool) []period {
	ps := &periodSet{s: s}
	may := periodGate.Scan(s)
	monthPeriods(s, dc, caps, ps.add)
	numericPeriods(s, dc, ps.add)
	fiscalPeriods(s, may, ps.add)
	yearPeriods(s, ps.add)
	seasonPeriods(s, dc, may, ps.add)
	relativeYearPeriods(s, dc, may, ps.add)
	cableRelativePeriods(s, dc.cable, may, ps.add)
	sortPeriods(ps.found)
	return ps.found
}

// periodSet gathers the dates found in s, each kept only when it
// overlaps none found before.
type periodSet struct {
	s     string
	found []period
}

// add records p as the text s[start:end] unless it is not valid or
// overlaps a period already found.
func (ps *periodSet) add(p period, start, end int) {
	if !p.valid() {
		return
	}
	p.start, p.end = start, end
	p.text = strings.TrimSpace(ps.s[start:end])
	for _, q := range ps.found {
		if p.start < q.end && q.start < p.end {
			return
		}
	}
	ps.found = append(ps.found, p)
}

// monthPeriods adds the dates written with a month name: "25-27 June
// 2009", "in early May", "from March to May 2009".
func monthPeriods(s string, dc dateContext, caps bool, add func(period, int, int)) {
	months := monthTokens(s, caps)
	for k := 0; k < len(months); k++ {
		md := readMonthDate(s, months[k])
		// a range to a second month: "November 2008 to November 2009",
		// "September 30 - October 2, 2009"
		if k+1 < len(months) {
			if p, end, ok := md.rangeTo(s, dc, months[k+1]); ok {
				add(p, md.start, end)
				k++
				continue
			}
		}
		if p, ok := md.alone(s, dc); ok {
			add(p, md.start, md.end)
		}
	}
}

// numericPeriods adds the days written in figures after a preposition,
// month first: "on 10/7", "on 10/1/04", "dated 3/5/2009". Not "on
// 9/11" with no year (the attacks), nor a run of more figures ("on
// 1/2/3/4").
func numericPeriods(s string, dc dateContext, add func(period, int, int)) {
	if strings.IndexByte(s, '/') < 0 {
		return
	}
	for _, m := range numericDateRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		if p, ok := numericDay(s, m[0], m[1], g[2], g[3], g[4], dc); ok {
			p.since = strings.EqualFold(g[1], "since")
			add(p, m[0], m[1])
		}
	}
	for _, m := range bareNumericDateRE.FindAllStringSubmatchIndex(s, -1) {
		if !bareDateNextRE.MatchString(s[m[1]:]) {
			continue // "GBU 10/12 Paveway", "1/4 (B)"
		}
		g := groups(s, m)
		if p, ok := numericDay(s, m[2], m[1], g[1], g[2], g[3], dc); ok {
			add(p, m[2], m[1])
		}
	}
}

// numericDay returns the day the figures mo/d[/y] between from and to in
// s write, month first, when they are one.
func numericDay(s string, from, to int, mo, d, y string, dc dateContext) (period, bool) {
	if to < len(s) && (s[to] == '/' || textmatch.IsDigit(s[to])) {
		return period{}, false
	}
	month, dd := time.Month(textmatch.Atoi(mo)), textmatch.Atoi(d)
	if month < 1 || month > 12 || dd < 1 || dd > monthEnd(2000, month).Day() || y == "" && month == time.September && dd == 11 {
		return period{}, false
	}
	year := fullYear(y)
	if y == "" {
		// a year written before it, else the cable's: a day in figures is
		// a recent one, not of a year the sentence names later
		year = dateContext{cable: dc.cable, later: dc.later}.yearFor(month, s[:from])
	}
	if year == 0 || dd > monthEnd(year, month).Day() {
		return period{}, false
	}
	return period{from: day(year, month, dd), to: day(year, month, dd)}, true
}

// monthDate is a month name and what stands around it: the days and year
// after it; a part of the month, a day or a preposition before it.
type monthDate struct {
	month      monthToken
	g          []string // after the month: the whole text, first day, last day, year
	start, end int      // of the whole date
	part       string   // "early", "mid", "late"
	prep       string   // the preposition before the date, lower-cased
	week       bool     // "the week of June 8"
	dayFrom    int
	year       int // 0 when not stated
}

// readMonthDate reads the date around the month name m in s.
func readMonthDate(s string, m monthToken) monthDate {
	g := groups(s[m.end:], afterMonthRE.FindStringSubmatchIndex(s[m.end:]))
	md := monthDate{month: m, g: g, start: m.start, end: m.end + len(g[0])}
	before, off := window(s, md.start, 30)
	if loc := partBeforeRE.FindStringSubmatchIndex(before); loc != nil {
		md.part = before[loc[2]:loc[3]]
		md.start = off + loc[0]
	} else if g[1] == "" {
		if loc := dayRangeBeforeRE.FindStringSubmatchIndex(before); loc != nil {
			// "25-27 June 2009"
			g[1], g[2] = before[loc[2]:loc[3]], before[loc[4]:loc[5]]
			md.start = off + loc[0]
		} else if loc := dayBeforeRE.FindStringSubmatchIndex(before); loc != nil {
			g[1] = before[loc[2]:loc[3]]
			md.start = off + loc[0]
		}
	}
	before, off = window(s, md.start, 30)
	if loc := weekBeforeRE.FindStringIndex(before); loc != nil && g[1] != "" && g[2] == "" {
		md.week, md.prep = true, "in"
		md.start = off + loc[0]
	} else if loc := prepBeforeRE.FindStringSubmatchIndex(before); loc != nil {
		md.prep = strings.ToLower(before[loc[2]:loc[3]])
		md.start = off + loc[0]
	}
	md.dayFrom = textmatch.Atoi(g[1])
	md.year = textmatch.Atoi(g[3])
	return md
}

// rangeTo reads a range from md to the next month name, m2, and returns
// it with the end of its text; false when the two are not joined or the
// range runs backwards. A year it infers for md stays in md.year.
func (md *monthDate) rangeTo(s string, dc dateContext, m2 monthToken) (period, int, bool) {
	m1 := md.month
	j := rangeJoinRE.FindStringSubmatch(s[md.end:m2.start])
	if j == nil {
		return period{}, 0, false
	}
	g2 := groups(s[m2.end:], afterMonthRE.FindStringSubmatchIndex(s[m2.end:]))
	y2 := textmatch.Atoi(g2[3])
	if y2 == 0 {
		y2 = dc.yearFor(m2.month, s[:m1.start])
	}
	if md.year == 0 {
		md.year = y2
		if m1.month > m2.month {
			md.year--
		}
	}
	if md.year == 0 {
		return period{}, 0, false
	}
	from, _ := monthPart(md.year, m1.month, md.part)
	if md.dayFrom > 0 {
		from = day(md.year, m1.month, md.dayFrom)
	}
	_, to := monthPart(y2, m2.month, j[1])
	if d := textmatch.Atoi(g2[1]); d > 0 {
		to = day(y2, m2.month, d)
	}
	if to.Before(from) {
		return period{}, 0, false
	}
	return period{from: from, to: to, since: md.prep == "since"}, m2.end + len(g2[0]), true
}

// alone reads md as a date of its own: a month, a part of it, or a day or
// days in it. A month alone needs a preposition, a day or a year.
func (md *monthDate) alone(s string, dc dateContext) (period, bool) {
	m1, g := md.month, md.g
	if g[1] == "" && g[3] == "" && md.prep == "" && md.part == "" {
		return period{}, false // a month alone needs a preposition, a day or a year
	}
	if md.prep == "by" && g[3] == "" {
		return period{}, false // "to sign the accord by January 31": a deadline, not when anything was done
	}
	y1 := md.year
	if y1 == 0 {
		y1 = dc.yearFor(m1.month, s[:m1.start])
	}
	if y1 == 0 {
		return period{}, false
	}
	from, to := monthPart(y1, m1.month, md.part)
	if md.dayFrom > 0 {
		d2 := textmatch.Atoi(g[2])
		if d2 == 0 {
			d2 = md.dayFrom
		}
		if md.dayFrom > 31 || d2 > 31 || d2 < md.dayFrom {
			return period{}, false
		}
		from, to = day(y1, m1.month, md.dayFrom), day(y1, m1.month, d2)
		if md.week {
			to = from.AddDate(0, 0, 6)
		}
	}
	return period{from: from, to: to, since: md.prep == "since"}, true
}

// yearPeriods adds the years standing alone after a word that may lead
// one ("in 2009", "since early 2008").
func yearPeriods(s string, add func(period, int, int)) {
	for i := 0; i+4 <= len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !textmatch.IsDigit(s[i+2]) || !textmatch.IsDigit(s[i+3]) ||
			i > 0 && textmatch.IsDigit(s[i-1]) || i+4 < len(s) && textmatch.IsDigit(s[i+4]) {
			continue
		}
		before, off := window(s, i, 30)
		loc := yearBeforeRE.FindStringSubmatchIndex(before)
		if loc == nil {
			continue
		}
		g := groups(before, loc)
		y := textmatch.Atoi(s[i : i+4])
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
		add(period{from: from, to: to, since: strings.EqualFold(g[1], "since")}, off+loc[0], i+4)
	}
}

// seasonPeriods adds the seasons named with "the" or a year ("the summer",
// "fall 2008"), when may (periodGate's) says seasonRE may match.
func seasonPeriods(s string, dc dateContext, may uint64, add func(period, int, int)) {
	if may&maySeason == 0 {
		return
	}
	for _, m := range seasonRE.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		if g[2] == "" && g[4] == "" {
			continue // "fall" is a verb too: a season needs "the" or a year
		}
		if p, ok := seasonPeriod(strings.ToLower(g[3]), textmatch.Atoi(g[4]), dc); ok {
			p.since = strings.EqualFold(g[1], "since")
			add(p, m[0], m[1])
		}
	}
}

// relativeYearPeriods adds "this year" (to the cable's date) and "last
// year", counted from the cable's year, when may (periodGate's) says
// relYearRE may match.
func relativeYearPeriods(s string, dc dateContext, may uint64, add func(period, int, int)) {
	if dc.cable.IsZero() || may&mayRelYear == 0 {
		return
	}
	for _, m := range relYearRE.FindAllStringSubmatchIndex(s, -1) {
		y := dc.cable.Year()
		w := strings.ToLower(s[m[2]:m[3]])
		p := period{from: day(y, 1, 1), to: dc.cable}
		if strings.HasPrefix(w, "last") || strings.HasPrefix(w, "past") {
			p = period{from: day(y-1, 1, 1), to: day(y-1, 12, 31)}
		}
		add(p, m[0], m[1])
	}
}

// seasonPeriod spans a season of the northern year: spring March-May,
// summer June-August, fall September-November, winter December to
// February (the winter of 2010 starts in December 2009). Without a year
// it is the year stated nearby, else the last such season to start before
// the cable.
func seasonPeriod(season string, y int, dc dateContext) (period, bool) {
	first := map[string]time.Month{"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[season]
	if y == 0 {
		y = dc.year
	}
	if y == 0 && dc.cable.IsZero() {
		y = dc.later
	}
	if y == 0 {
		if dc.cable.IsZero() {
			return period{}, false
		}
		y = dc.cable.Year()
		if season == "winter" {
			y++
		}
		for day(y, first, 1).After(dc.cable) || season == "winter" && day(y-1, first, 1).After(dc.cable) {
			y--
		}
	}
	if season == "winter" {
		return period{from: day(y-1, 12, 1), to: monthEnd(y, 2)}, true
	}
	return period{from: day(y, first, 1), to: monthEnd(y, first+2)}, true
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

package scan

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// Months maps a DTG's three-letter month to its number.
var Months = map[string]int{"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
	"JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12}

// monthNames maps a month's full name, as the "edited" releases' date
// line writes it, to its number.
var monthNames = map[string]int{"JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "MAY": 5,
	"JUNE": 6, "JULY": 7, "AUGUST": 8, "SEPTEMBER": 9, "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12}

// FullYear reads a two-digit year of the cable era (1966-2010s): 41-99
// are 19xx, 00-40 are 20xx; a year of three or more digits is kept.
// (extract has its own FullYear, for years in prose, which pivots at 2050.)
func FullYear(yy int) int {
	if yy >= 100 {
		return yy
	}
	if yy > 40 {
		return 1900 + yy
	}
	return 2000 + yy
}

var precedences = map[string]string{"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}

// The expressions of a date-time group on a line of its own and anywhere.
const (
	dtgLineExpr = `(?m)^[ \t]*((?:[ZOPR][ \t]+)*)(\d{2})(\d{2})(\d{2})Z[ \t]+([A-Za-z]{3})[ \t]+(\d{2}|\d{4})\b`
	dtgAnyExpr  = `(?:^|[^\d])(\d{2})(\d{2})(\d{2})Z[ \t]+([A-Za-z]{3})[ \t]+(\d{2}|\d{4})(?:[^\d]|$)`
)

var (
	// DTGLineRE matches a date-time group line of a transmission header,
	// with the precedence prosigns before it: "P R 041820Z JAN 10".
	DTGLineRE = lazyre.New(dtgLineExpr)
	// dtgAnyRE matches a date-time group anywhere, for headers whose
	// lines were run together ("...not available.201247Z Jan 04").
	dtgAnyRE = lazyre.New(dtgAnyExpr)
	// dtgLineNeeds and dtgAnyNeeds are the quick tests before them: the
	// texts every match holds, read from the expressions.
	dtgLineNeeds = textmatch.NewNeeds(dtgLineExpr)
	dtgAnyNeeds  = textmatch.NewNeeds(dtgAnyExpr)
	// routingRE matches the routing line "PP RUEHWEB" whose doubled
	// letter is the precedence.
	routingRE = lazyre.New(`(?m)^[ \t]*([ZOPR])([ZOPR])[ \t]+R[A-Z]{3,}`)
	// dateLineRE matches the date line that opens the "edited" releases:
	// "Thursday, 29 March 2007, 06:00".
	dateLineRE = lazyre.New(`^[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+(\d{1,2})[ \t]+([A-Za-z]+)[ \t]+(\d{4}),[ \t]+(\d{1,2}):(\d{2})[ \t]*$`)
	// cableDatedRE matches "Cable dated:2010-01-21T11:33:00", another
	// date line of re-published cables.
	cableDatedRE = lazyre.New(`(?i)cable dated:[ \t]*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})`)
)

// DTG is a parsed date-time group.
type DTG struct {
	Year, Month, Day, Hour, Min int
	Precedence                  string
}

// String prints the DTG as an ISO 8601 time in UTC: 2009-10-29T15:42Z.
func (d DTG) String() string {
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02dZ", d.Year, d.Month, d.Day, d.Hour, d.Min)
}

func makeDTG(day, hour, min, mon, year string, prec string) (DTG, bool) {
	m, ok := Months[strings.ToUpper(mon)]
	if !ok {
		return DTG{}, false
	}
	d := DTG{Year: FullYear(textmatch.Atoi(year)), Month: m, Day: textmatch.Atoi(day), Hour: textmatch.Atoi(hour), Min: textmatch.Atoi(min)}
	if d.Day < 1 || d.Day > 31 || d.Hour > 24 || d.Min > 59 {
		return DTG{}, false
	}
	if p := firstField(prec); p != "" {
		d.Precedence = precedences[p]
	}
	return d, true
}

// firstField returns strings.Fields(s)[0], or "" when s has no field,
// without building the slice.
func firstField(s string) string {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			return s[start:i]
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// FindDTG returns the first date-time group of a transmission header: on
// a line of its own if there is one, else anywhere.
func FindDTG(header string) (DTG, bool) {
	if !dtgAnyNeeds.MayHold(header) && !dtgLineNeeds.MayHold(header) {
		return DTG{}, false
	}
	// Line by line, so that the expression runs only on the lines that
	// may hold a DTG; its matches never span lines.
	for rest := header; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if !dtgLineNeeds.MayHold(l) {
			continue
		}
		if m := DTGLineRE.FindStringSubmatch(l); m != nil {
			if d, ok := makeDTG(m[2], m[3], m[4], m[5], m[6], m[1]); ok {
				return d, true
			}
		}
	}
	return findDTGAnywhere(header)
}

// findDTGAnywhere returns the first date-time group anywhere in a header,
// for a header with none on a line of its own.
func findDTGAnywhere(header string) (DTG, bool) {
	for _, m := range dtgAnyRE.FindAllStringSubmatchIndex(header, -1) {
		g := func(k int) string { return header[m[2*k]:m[2*k+1]] }
		if d, ok := makeDTG(g(1), g(2), g(3), g(4), g(5), gluedPrecedence(header[:m[2]])); ok {
			return d, true
		}
	}
	return DTG{}, false
}

// gluedPrecedence reads the prosign before a DTG in a header whose line
// ends were lost: "...ZNY CCCCC ZZHP 111453Z AUG 06" -> "P".
func gluedPrecedence(before string) string {
	before = strings.TrimRight(before, " \t")
	n := len(before)
	if n >= 1 && strings.IndexByte("ZOPR", before[n-1]) >= 0 && (n == 1 || before[n-2] == 'H' || before[n-2] == ' ' || before[n-2] == '\n') {
		return before[n-1:]
	}
	return ""
}

// FindPrecedence reads the precedence from the routing line ("PP RUEHWEB")
// when the date-time group line carries none.
func FindPrecedence(header string) string {
	if m := routingRE.FindStringSubmatch(header); m != nil {
		return precedences[m[1]]
	}
	return ""
}

// ParseDateLine reads the date line of an edited release as a DTG.
func ParseDateLine(line string) (DTG, bool) {
	if m := cableDatedRE.FindStringSubmatch(line); m != nil {
		return DTG{Year: textmatch.Atoi(m[1]), Month: textmatch.Atoi(m[2]), Day: textmatch.Atoi(m[3]), Hour: textmatch.Atoi(m[4]), Min: textmatch.Atoi(m[5])}, true
	}
	m := dateLineRE.FindStringSubmatch(line)
	if m == nil {
		return DTG{}, false
	}
	mon, ok := monthNames[strings.ToUpper(m[2])]
	if !ok {
		return DTG{}, false
	}
	return DTG{Year: textmatch.Atoi(m[3]), Month: mon, Day: textmatch.Atoi(m[1]), Hour: textmatch.Atoi(m[4]), Min: textmatch.Atoi(m[5])}, true
}

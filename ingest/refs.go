package ingest

import (
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
)

var (
	// compactRefRE matches a reference written as an id: 09CAIRO0561,
	// 10-OTTAWA-57.
	compactRefRE = lazyre.New(`\b(\d{2})-?([A-Z]{4,20})-?0*(\d{1,7})\b`)
	// refRE matches "[year] ORIGIN [(yy)] SERIAL[, SERIAL...] [(yy)|-yy]":
	// "05 PARIS 5459", "(99) ROME 2196", "'08 BUENOS AIRES 1491",
	// "STATE (01) 201265", "BRASILIA 2799 AND 2764", "QUITO 4525-91".
	spelledRefRE = lazyre.New(`(?:^|[^A-Z0-9'])(?:(\d{4}|\d{2}|'\d{2}|\(\d{2}\))[ ]+)?` +
		`([A-Z][A-Z.'\-]*(?:[ ][A-Z][A-Z.'\-]*){0,3})[ ]+(?:\((\d{2})\)[ ]+)?0*(\d{1,7})\b` +
		`((?:[ ]*(?:,|AND|&|/)[ ]*0*\d{1,7}\b)*)` +
		`(?:[ ]*\((\d{2})\)|-(\d{2})\b)?`)
	refListRE = lazyre.New(`\d{1,7}`)
	// enumeratorRE matches a list letter before an origin: "D. PARIS".
	enumeratorRE = lazyre.New(`^[A-Z][.)][ ]`)
	afterMonthRE = lazyre.New(`\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?[ ]?$`)
)

// ParseRefs reads the cable ids cited on a REF line: "A. STATE 112900 B.
// 08 BERLIN 1045" -> 09STATE112900, 08BERLIN1045 for a 2009 cable. A
// reference without a year takes the citing cable's year (yy, two
// digits). DTGs, telcons, e-mails and other non-cable references are
// skipped; so is the cable itself (self).
func ParseRefs(text, yy, self string) []string {
	text = strings.ToUpper(strings.ReplaceAll(text, "¶", " "))
	text = strings.Join(strings.Fields(text), " ")
	var out []string
	seen := map[string]bool{self: true}
	add := func(year, station, serial string) {
		serial = strings.TrimLeft(serial, "0")
		if year == "" || station == "" || serial == "" {
			return
		}
		id := year + station + serial
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	// The compact ids, then the text without them (as ReplaceAllString
	// with " " would make it, from the same matches).
	if locs := compactRefRE.FindAllStringSubmatchIndex(text, -1); locs != nil {
		var b strings.Builder
		last := 0
		for _, loc := range locs {
			if st := scan.CanonicalStation(text[loc[4]:loc[5]]); st != "" {
				add(text[loc[2]:loc[3]], st, text[loc[6]:loc[7]])
			}
			b.WriteString(text[last:loc[0]])
			b.WriteByte(' ')
			last = loc[1]
		}
		b.WriteString(text[last:])
		text = b.String()
	}
	for pos := 0; pos < len(text); {
		loc := spelledRefRE.FindStringSubmatchIndex(text[pos:])
		if loc == nil {
			break
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = text[pos+loc[2*i] : pos+loc[2*i+1]]
			}
		}
		station := refOrigin(m[2])
		if station == "" {
			// Not a reference: try again from the next word, so that
			// "A. 05 STATE 1" is read as "05 STATE 1".
			next := pos + loc[0] + 1
			if sp := strings.IndexByte(text[next:], ' '); sp >= 0 {
				next += sp
			} else {
				next = len(text)
			}
			pos = next
			continue
		}
		start := pos + loc[0]
		pos += loc[1]
		year := refYear(m[1])
		if enumeratorRE.MatchString(m[2]) || afterMonthRE.MatchString(text[:start+1]) {
			// "APRIL 10 D. PARIS 1025": the number belongs to what
			// comes before, not to this reference.
			year = ""
		}
		for _, y := range []string{m[3], m[6], m[7]} {
			if y != "" {
				year = y
			}
		}
		if year == "" {
			year = yy
		}
		add(year, station, m[4])
		for _, s := range refListRE.FindAllString(m[5], -1) {
			add(year, station, s)
		}
	}
	return out
}

// refOrigin finds the station named by the last words of phrase: "A.
// STATE" -> STATE, "B. RIO DE JANEIRO" -> RIODEJANEIRO.
func refOrigin(phrase string) string {
	words := strings.Fields(phrase)
	for i := 0; i < len(words); i++ {
		w := strings.Join(words[i:], " ")
		if st := scan.CanonicalStation(w); st != "" {
			return st
		}
	}
	return ""
}

// refYear reads a reference's year prefix: 2007, 05, '08, (99).
func refYear(s string) string {
	s = strings.Trim(s, "'()")
	switch len(s) {
	case 4:
		return s[2:]
	case 2:
		return s
	}
	return ""
}

// yearOf returns the two-digit year of a canonical id.
func yearOf(id string) string {
	if len(id) >= 2 && id[0] >= '0' && id[0] <= '9' && id[1] >= '0' && id[1] <= '9' {
		return id[:2]
	}
	return ""
}

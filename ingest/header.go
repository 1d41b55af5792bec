package ingest

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/cablesql/cablesql/internal/lazyre"
)

var precedences = map[string]string{"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}

var (
	// dtgLineRE matches a date-time group line of a transmission header,
	// with the precedence prosigns before it: "P R 041820Z JAN 10".
	dtgLineRE = lazyre.New(`(?m)^[ \t]*((?:[ZOPR][ \t]+)*)(\d{2})(\d{2})(\d{2})Z[ \t]+([A-Za-z]{3})[ \t]+(\d{2}|\d{4})\b`)
	// dtgAnyRE matches a date-time group anywhere, for headers whose
	// lines were run together ("...not available.201247Z Jan 04").
	dtgAnyRE = lazyre.New(`(?:^|[^\d])(\d{2})(\d{2})(\d{2})Z[ \t]+([A-Za-z]{3})[ \t]+(\d{2}|\d{4})(?:[^\d]|$)`)
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

// dtg is a parsed date-time group.
type dtg struct {
	year, month, day, hour, min int
	precedence                  string
}

func (d dtg) String() string {
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02dZ", d.year, d.month, d.day, d.hour, d.min)
}

func makeDTG(day, hour, min, mon, year string, prec string) (dtg, bool) {
	m, ok := months[strings.ToUpper(mon)]
	if !ok {
		return dtg{}, false
	}
	d := dtg{year: fullYear(atoi(year)), month: m, day: atoi(day), hour: atoi(hour), min: atoi(min)}
	if d.day < 1 || d.day > 31 || d.hour > 24 || d.min > 59 {
		return dtg{}, false
	}
	if p := firstField(prec); p != "" {
		d.precedence = precedences[p]
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

// findDTG returns the first date-time group of a transmission header: on
// a line of its own if there is one, else anywhere.
func findDTG(header string) (dtg, bool) {
	if !mayHoldDTG(header) {
		return dtg{}, false
	}
	// Line by line, so that the expression runs only on the lines that
	// may hold a DTG; its matches never span lines.
	for rest := header; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if !mayHoldDTG(l) {
			continue
		}
		if m := dtgLineRE.FindStringSubmatch(l); m != nil {
			if d, ok := makeDTG(m[2], m[3], m[4], m[5], m[6], m[1]); ok {
				return d, true
			}
		}
	}
	for _, m := range dtgAnyRE.FindAllStringSubmatchIndex(header, -1) {
		g := func(k int) string { return header[m[2*k]:m[2*k+1]] }
		if d, ok := makeDTG(g(1), g(2), g(3), g(4), g(5), gluedPrecedence(header[:m[2]])); ok {
			return d, true
		}
	}
	return dtg{}, false
}

// mayHoldDTG is a quick test of whether s holds a date-time group: a
// digit, Z, then a space or tab ("041820Z JAN 10").
func mayHoldDTG(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:], 'Z')
		if j < 0 || i+j+1 >= len(s) {
			return false
		}
		i += j
		if c := s[i-1]; c >= '0' && c <= '9' && (s[i+1] == ' ' || s[i+1] == '\t') {
			return true
		}
	}
	return false
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

// findPrecedence reads the precedence from the routing line ("PP RUEHWEB")
// when the date-time group line carries none.
func findPrecedence(header string) string {
	if m := routingRE.FindStringSubmatch(header); m != nil {
		return precedences[m[1]]
	}
	return ""
}

// parseDateLine reads the date line of an edited release as a DTG.
func parseDateLine(line string) (dtg, bool) {
	if m := cableDatedRE.FindStringSubmatch(line); m != nil {
		return dtg{year: atoi(m[1]), month: atoi(m[2]), day: atoi(m[3]), hour: atoi(m[4]), min: atoi(m[5])}, true
	}
	m := dateLineRE.FindStringSubmatch(line)
	if m == nil {
		return dtg{}, false
	}
	mon, ok := monthNames[strings.ToUpper(m[2])]
	if !ok {
		return dtg{}, false
	}
	return dtg{year: atoi(m[3]), month: mon, day: atoi(m[1]), hour: atoi(m[4]), min: atoi(m[5])}, true
}

// classLevel matches a classification level as written on the
// classification line, spaced or not, in any case.
const classLevel = `(?:T[ \t]?O[ \t]?P[ \t]+S[ \t]?E[ \t]?C[ \t]?R[ \t]?E[ \t]?T` +
	`|C[ \t]?O[ \t]?N[ \t]?F[ \t]?I[ \t]?D[ \t]?E[ \t]?N[ \t]?T[ \t]?I[ \t]?A[ \t]?L` +
	`|S[ \t]?E[ \t]?C[ \t]?R[ \t]?E[ \t]?T` +
	`|SENSITIVE[ \t]+BUT[ \t]+UNCLASSIFIED` +
	`|U[ \t]?N[ \t]?C[ \t]?L[ \t]?A[ \t]?S(?:[ \t]?S[ \t]?I[ \t]?F[ \t]?I[ \t]?E[ \t]?D)?` +
	`|LIMITED[ \t]+OFFICIAL[ \t]+USE)`

// classMarks are the handling words that may stand between the level and
// the station on the classification line.
const classMarks = `(?:[ \t]*(?:E[ \t]?F[ \t]?T[ \t]?O|SENSITIVE|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|//(?:NOFORN|NF|FOUO|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY))\b)*`

var (
	// classLineRE matches the classification line: level, handling
	// words, optional SECTION n OF m, station and zero-padded serial. It
	// may follow other text on the same line (a header line run into
	// it, "...PRIORITY 0000C O N F I D E N T I A L STATE 111693").
	classLineRE = lazyre.New(`(?i)^(` + classLevel + `)(` + classMarks + `)` +
		`[ \t]+(?:SECTION[ \t]+(\d{1,2})[ \t]+OF[ \t]+(\d{1,2})\s+)?(?:\d{2}[ \t]+)?` +
		`((?:AMEMBASSY[ \t]+|AMCONSUL[ \t]+)?[A-Z][A-Z'.\-]*(?:[ \t]+[A-Z][A-Z'.\-]*){0,3}?)[ \t]+0*(\d{1,7})(?:[ \t]*\\)?(?:[ \t]|$|[^\d])`)
	// levelOnlyRE matches a line that holds only a classification level.
	levelOnlyRE = lazyre.New(`(?i)^[ \t]*(` + classLevel + `)[ \t]*$`)
	spacedRE    = lazyre.New(`^(?:\S[ \t])+\S$`)
)

// classLine is a parsed classification line.
type classLine struct {
	start, end int // byte offsets of the line's match in the text
	level      string
	marks      []string // handling words on the line: NOFORN, EFTO, ...
	station    string
	serial     string
	section    int
}

// findClassLine returns the first classification line within the first
// limit bytes of text (limit 0: all of it).
func findClassLine(text string, limit int) (classLine, bool) {
	if limit > 0 && len(text) > limit {
		text = text[:cutAtRune(text, limit)]
	}
	lineEnd := -1
	for i := 0; i < len(text); i++ {
		if i > lineEnd {
			// The end of the line holding i, found once per line.
			if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
				lineEnd = i + k
			} else {
				lineEnd = len(text)
			}
		}
		if cl, ok := classLineAt(text, i, lineEnd); ok {
			return cl, true
		}
	}
	return classLine{}, false
}

// classLineAt reads a classification line starting at text[i], on the
// line that ends at lineEnd.
func classLineAt(text string, i, lineEnd int) (classLine, bool) {
	if !levelCouldStart(text, i) {
		return classLine{}, false
	}
	end := windowEnd(text, i, lineEnd)
	m := classLineRE.FindStringSubmatchIndex(text[i:end])
	if m == nil {
		return classLine{}, false
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += i
		}
	}
	code := stationCode(text[m[10]:m[11]])
	if code == "" {
		return classLine{}, false
	}
	lvl := text[m[2]:m[3]]
	// A level word inside a sentence ("the secret state 12") is not a
	// classification line: accept lower case only when the level is
	// spaced or sits at the start of a line.
	if !isUpper(lvl) && !spacedRE.MatchString(strings.TrimSpace(lvl)) && !atLineStart(text, m[2]) {
		return classLine{}, false
	}
	// An upper-case level names an upper-case station: "SECRET Embassy
	// Paris 12" is prose or a table, not a classification line.
	if isUpper(lvl) && !isUpper(text[m[10]:m[11]]) {
		return classLine{}, false
	}
	cl := classLine{start: m[2], end: m[13], level: NormalizeLevel(lvl), station: code, serial: text[m[12]:m[13]]}
	if m[6] >= 0 {
		cl.section = atoi(text[m[6]:m[7]])
	}
	cl.marks = handlingWords(text[m[4]:m[5]])
	return cl, true
}

// windowEnd returns where the classification line starting at i may
// end: the end of its line, or of the next non-blank line when the line
// ends after "SECTION 01 OF 02" (the station and serial then follow on
// their own line).
func windowEnd(text string, i, end int) int {
	if end-i > 300 {
		return i + 300 // a classification line is short
	}
	if !sectionEndRE.MatchString(text[i:end]) {
		return end
	}
	j := end
	for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if k := strings.IndexByte(text[j:min(len(text), j+200)], '\n'); k >= 0 {
		return j + k
	}
	return min(len(text), j+200)
}

var sectionEndRE = lazyre.New(`SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}[ \t]*$`)

// levelCouldStart is a quick test of whether a classification level may
// start at text[i]: a word start with the first two letters of one.
func levelCouldStart(text string, i int) bool {
	// A letter before is allowed only before a spaced level, which may
	// be run into the header ("...AMEMBASSY SEOULC O N F I D E N T I A L")
	// or mistyped ("SS E C R E T").
	if i > 0 && isLetter(text[i-1]) && (i+1 >= len(text) || text[i+1] != ' ') {
		return false
	}
	second := byte(0)
	j := i + 1
	if j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j < len(text) {
		second = text[j] | 0x20
	}
	switch text[i] | 0x20 {
	case 'c', 't':
		return second == 'o'
	case 's':
		return second == 'e'
	case 'u':
		return second == 'n'
	case 'l':
		return second == 'i'
	}
	return false
}

// stationPunct drops the punctuation of station words.
var stationPunct = strings.NewReplacer(".", "", "'", "", "-", "")

// stationCode turns the station words of a classification line into the
// station code of the id: "USUN NEW YORK" -> USUNNEWYORK.
func stationCode(s string) string {
	f := strings.Fields(strings.ToUpper(s))
	if len(f) > 0 && (f[0] == "AMEMBASSY" || f[0] == "AMCONSUL") {
		f = f[1:]
	}
	if len(f) == 0 || len(f) == 1 && refStopWords()[f[0]] || f[0] == "SECTION" {
		return ""
	}
	code := strings.Join(f, "")
	code = stationPunct.Replace(code)
	if len(code) < 3 {
		return ""
	}
	return code
}

func isUpper(s string) bool { return strings.ToUpper(s) == s }

func atLineStart(text string, i int) bool {
	for i > 0 {
		i--
		switch text[i] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// cutAtRune returns n moved back to the start of a UTF-8 sequence.
func cutAtRune(s string, n int) int {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return n
}

// NormalizeLevel returns the classification level of a written form:
// spaced forms collapsed ("C O N F I D E N T I A L" -> CONFIDENTIAL),
// UNCLAS -> UNCLASSIFIED, and a publisher's "//" suffix dropped
// ("SECRET//NOFORN" -> SECRET). SENSITIVE BUT UNCLASSIFIED is the level
// UNCLASSIFIED (its SBU caveat is kept apart).
func NormalizeLevel(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if i := strings.Index(s, "//"); i >= 0 {
		s = s[:i]
	}
	if lvl, ok := levelForms[s]; ok {
		return lvl // as written most of the time: skip the expression
	}
	if spacedRE.MatchString(s) {
		s = strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\t", "")
	}
	s = strings.Join(strings.Fields(s), " ")
	switch strings.ReplaceAll(s, " ", "") {
	case "UNCLAS", "UNCLASSIFIED", "SENSITIVEBUTUNCLASSIFIED":
		return "UNCLASSIFIED"
	case "CONFIDENTIAL":
		return "CONFIDENTIAL"
	case "SECRET":
		return "SECRET"
	case "TOPSECRET":
		return "TOP SECRET"
	case "LIMITEDOFFICIALUSE":
		return "LIMITED OFFICIAL USE"
	}
	return s
}

// levelForms are the usual written forms of the levels with what
// NormalizeLevel makes of them.
var levelForms = map[string]string{"UNCLAS": "UNCLASSIFIED", "UNCLASSIFIED": "UNCLASSIFIED",
	"SENSITIVE BUT UNCLASSIFIED": "UNCLASSIFIED", "CONFIDENTIAL": "CONFIDENTIAL", "SECRET": "SECRET",
	"TOP SECRET": "TOP SECRET", "LIMITED OFFICIAL USE": "LIMITED OFFICIAL USE"}

// caveatWords returns the handling caveats recorded in Cable.Caveats.
var caveatWords = lazySet(`NOFORN SIPDIS EXDIS NODIS LIMDIS STADIS EFTO ROGER CHEROKEE NOCONTRACT
	ORCON PROPIN WNINTEL REL SBU FOUO`)

// handlingWords returns the caveats named in s, spaced forms collapsed:
// "E F T O SENSITIVE" -> [EFTO SBU].
func handlingWords(s string) []string {
	s = strings.ToUpper(s)
	s = strings.ReplaceAll(s, "E F T O", "EFTO")
	s = strings.ReplaceAll(s, "SENSITIVE BUT UNCLASSIFIED", "SBU")
	s = strings.ReplaceAll(s, "FOR OFFICIAL USE ONLY", "FOUO")
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '/' || r == ',' }) {
		if w == "SENSITIVE" {
			w = "SBU"
		}
		if caveatWords()[w] {
			out = append(out, w)
		}
	}
	return out
}

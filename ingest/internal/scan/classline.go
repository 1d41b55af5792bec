package scan

import (
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// ClassLevel matches a classification level as written on the
// classification line, spaced or not, in any case.
const ClassLevel = `(?:T[ \t]?O[ \t]?P[ \t]+S[ \t]?E[ \t]?C[ \t]?R[ \t]?E[ \t]?T` +
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
	classLineRE = lazyre.New(`(?i)^(` + ClassLevel + `)(` + classMarks + `)` +
		`[ \t]+(?:SECTION[ \t]+(\d{1,2})[ \t]+OF[ \t]+(\d{1,2})\s+)?(?:\d{2}[ \t]+)?` +
		`((?:AMEMBASSY[ \t]+|AMCONSUL[ \t]+)?[A-Z][A-Z'.\-]*(?:[ \t]+[A-Z][A-Z'.\-]*){0,3}?)[ \t]+0*(\d{1,7})(?:[ \t]*\\)?(?:[ \t]|$|[^\d])`)
	// LevelOnlyRE matches a line that holds only a classification level;
	// a textmatch.Line, which turns prose away by the quick tests its
	// expression gives (the letter a level starts with, its length).
	LevelOnlyRE = textmatch.NewLine(`(?i)^[ \t]*(` + ClassLevel + `)[ \t]*$`)
	spacedRE    = lazyre.New(`^(?:\S[ \t])+\S$`)
)

// ClassLine is a parsed classification line.
type ClassLine struct {
	Start, End int // byte offsets of the line's match in the text
	Level      string
	Marks      []string // handling words on the line: NOFORN, EFTO, ...
	Station    string
	Serial     string
	Section    int
}

// FindClassLine returns the first classification line within the first
// limit bytes of text (limit 0: all of it).
func FindClassLine(text string, limit int) (ClassLine, bool) {
	if limit > 0 && len(text) > limit {
		text = text[:CutAtRune(text, limit)]
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
		if cl, ok := ClassLineAt(text, i, lineEnd); ok {
			return cl, true
		}
	}
	return ClassLine{}, false
}

// ClassLineAt reads a classification line starting at text[i], on the
// line that ends at lineEnd.
func ClassLineAt(text string, i, lineEnd int) (ClassLine, bool) {
	if !LevelCouldStart(text, i) {
		return ClassLine{}, false
	}
	end := windowEnd(text, i, lineEnd)
	m := classLineRE.FindStringSubmatchIndex(text[i:end])
	if m == nil {
		return ClassLine{}, false
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += i
		}
	}
	code := stationCode(text[m[10]:m[11]])
	if code == "" {
		return ClassLine{}, false
	}
	lvl := text[m[2]:m[3]]
	// A level word inside a sentence ("the secret state 12") is not a
	// classification line: accept lower case only when the level is
	// spaced or sits at the start of a line.
	if !IsUpper(lvl) && !spacedRE.MatchString(strings.TrimSpace(lvl)) && !atLineStart(text, m[2]) {
		return ClassLine{}, false
	}
	// An upper-case level names an upper-case station: "SECRET Embassy
	// Paris 12" is prose or a table, not a classification line.
	if IsUpper(lvl) && !IsUpper(text[m[10]:m[11]]) {
		return ClassLine{}, false
	}
	cl := ClassLine{Start: m[2], End: m[13], Level: NormalizeLevel(lvl), Station: code, Serial: text[m[12]:m[13]]}
	if m[6] >= 0 {
		cl.Section = textmatch.Atoi(text[m[6]:m[7]])
	}
	cl.Marks = HandlingWords(text[m[4]:m[5]])
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

// LevelCouldStart is a quick test of whether a classification level may
// start at text[i]: a word start where a level may begin (levelStarts,
// read from ClassLevel).
func LevelCouldStart(text string, i int) bool {
	// A letter before is allowed only before a spaced level, which may
	// be run into the header ("...AMEMBASSY SEOULC O N F I D E N T I A L")
	// or mistyped ("SS E C R E T"), and before a level in capitals run
	// into a header line in capitals: a text dump writes the body right
	// after the header's last line ("...EU MEMBER STATES
	// COLLECTIVEUNCLAS HELSINKI 000374").
	if i > 0 && textmatch.IsLetter(text[i-1]) && (i+1 >= len(text) || text[i+1] != ' ') && !gluedToCapitals(text, i) {
		return false
	}
	return levelStarts.At(text, i)
}

// gluedToCapitals reports whether text[i] starts an unspaced word in
// capitals run into the end of a header line: three capitals from i, and
// before them a word of at least three capitals that does not open its
// line. A doubled first letter ("UUNCLAS", "CSE C R E T") is a typo on
// the classification line itself, not a line run into it.
func gluedToCapitals(text string, i int) bool {
	if i+2 >= len(text) || !isUpperASCII(text[i]) || !isUpperASCII(text[i+1]) || !isUpperASCII(text[i+2]) {
		return false
	}
	j := i - 1
	for j >= 0 && isUpperASCII(text[j]) {
		j--
	}
	return i-j-1 >= 3 && j >= 0 && text[j] != '\n'
}

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// levelStarts is where a match of ClassLevel may begin, its first bytes
// read from the expression.
var levelStarts = textmatch.NewStarts(`(?i)` + ClassLevel)

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

func IsUpper(s string) bool { return strings.ToUpper(s) == s }

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
	return levelByExpression(s)
}

// levelByExpression is NormalizeLevel of an upper-case form without its
// "//" suffix, read without the table of usual forms.
func levelByExpression(s string) string {
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
var caveatWords = LazySet(`NOFORN SIPDIS EXDIS NODIS LIMDIS STADIS EFTO ROGER CHEROKEE NOCONTRACT
	ORCON PROPIN WNINTEL REL SBU FOUO`)

// HandlingWords returns the caveats named in s, spaced forms collapsed:
// "E F T O SENSITIVE" -> [EFTO SBU].
func HandlingWords(s string) []string {
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

// HeaderSearchLimit bounds how far into a text the classification line
// is looked for: transmission headers with long INFO lists run to a few
// KB.
const HeaderSearchLimit = 24 << 10

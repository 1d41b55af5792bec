package ingest

import (
	"fmt"
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// caption is what the lines between the classification line and the
// first paragraph say: caveats, E.O. line, TAGS, SUBJECT, REF and
// Classified By.
type caption struct {
	caveats        []string
	declassifyText string
	declassifyOn   string
	tagsText       string
	subject        string
	refText        string
	classifiedBy   string
	reason         string
	end            int // index of the first line after the caption; 0 when none was found
}

var (
	// inlineStopRE finds where a subject that runs into the next field
	// on the same line ends.
	inlineStopRE    = textmatch.NewGatedWord(`(?:REFS?:|REF\(S\):|Classified [Bb]y|CLASSIFIED BY|¶|[ \t]1\.[ \t]?\([A-Z]|SENSITIVE BUT UNCLASSIFIED)`)
	markingPrefixRE = lazyre.New(`(?i)^\((?:U|C|S|SBU|LOU|TS|S/NF|C/NF|S//NF|C//NF|U//FOUO|SBU/NF|C/REL[^)]*|S/REL[^)]*)\)[ \t]*[:\-]?[ \t]*`)
	markingSuffixRE = lazyre.New(`(?i)[ \t]*\((?:U|C|S|SBU|LOU|TS|S/NF|C/NF|S//NF|C//NF|U//FOUO|SBU/NF)\)\.?$`)
	declDateRE      = lazyre.New(`(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2,4})\b`)
	declISODateRE   = lazyre.New(`\b(\d{4})[/\-](\d{1,2})[/\-](\d{1,2})\b`)
	reasonRE        = textmatch.NewGatedWord(`(?i)\b(?:for[ \t]+)?reasons?\b[ \t]*[:;,.]?[ \t]*`)
	reasonCodeRE    = lazyre.New(`\b1[ ]?\.[ ]?[45](?:[ \t]*\(?[A-Ha-h]\b|\b)|\b1[45][ \t]*\([A-Ha-h]`)
	// reasonListRE matches the reason codes of E.O. 12958 sections 1.4
	// and 1.5 as written: "1.4 (B) and (D)", "1.4(b),(d)", "1.5 (b/d)",
	// "1.4 (b and d)", "1.4 b, d and h".
	reasonListRE       = lazyre.New(`^1[ ]?\.?[ ]?[45](?:[ \t]*[(\[]?[ \t]*[A-Ha-h]\b(?:[ \t]*[)\]])?(?:[ \t]*(?:,|and|AND|&|/|or|OR)[ \t]*)?)*`)
	classifiedPrefixRE = lazyre.New(`(?i)^(?:\([A-Z/]+\)[ \t]*|classified[ \t]+by:?[ \t]*)+`)
)

// parseCaption reads the caption fields from lines, which start just
// after the classification line. It stops at the first line of prose
// once an E.O., TAGS or SUBJECT line has been seen; lines before those
// (caveats, "PASS TO" and "FOR" lines, declassification notes) belong
// to the caption too. year is the cable's year, for two-digit dates.
func parseCaption(lines []string, year int) caption {
	var c caption
	seen := false // an E.O., TAGS or SUBJECT line was seen
	i, passing := 0, 0
	for i < len(lines) {
		l := lines[i]
		t := strings.TrimSpace(l)
		ln := scan.ScanLine(l)
		switch {
		case t == "":
			i++
			continue
		case ln.Kind == scan.Caveat:
			c.caveats = append(c.caveats, scan.HandlingWords(t)...)
			i++
		case isMarkerLine(t):
			i++
		case ln.Kind == scan.EO:
			c.declassifyText = strings.TrimSpace(strings.TrimRight(l[ln.Value:], " \\"))
			c.declassifyOn = declassifyDate(c.declassifyText, year)
			seen = true
			i++
		case ln.Kind == scan.Tags && (seen || c.tagsText == ""):
			var end int
			c.tagsText, end = tagsBlock(lines, i, l[ln.Value:])
			c.tagsText = clip(c.tagsText, maxTagsText)
			seen = true
			i = end
		case ln.Kind == scan.Subject && c.subject == "":
			var end int
			c.subject, end = subjectBlock(lines, i, l[ln.Value:])
			c.subject = clip(c.subject, maxSubject)
			seen = true
			i = end
		case ln.Kind == scan.Ref:
			text, end := refBlock(lines, i, l[ln.Value:])
			c.refText = clip(strings.TrimSpace(c.refText+" "+text), maxRefText)
			i = end
		case ln.By >= 0 && c.classifiedBy == "":
			var end int
			c.classifiedBy, c.reason, end = classifiedByBlock(lines, i)
			i = end
		case !seen && passing < 25 && !ln.Para:
			passing++
			i++
		case c.subject == "" && fieldFollows(lines, i+1):
			// A stray line (a TAGS line's tail, a note) before the
			// SUBJECT line still belongs to the caption.
			i++
		default:
			if seen || c.refText != "" || c.classifiedBy != "" {
				c.end = i
			}
			return c
		}
	}
	if seen || c.refText != "" || c.classifiedBy != "" {
		c.end = len(lines)
	}
	return c
}

// fieldFollows reports whether a SUBJECT line comes within the next few
// non-blank lines from i, before any numbered paragraph.
func fieldFollows(lines []string, i int) bool {
	for n := 0; i < len(lines) && n < 3; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		switch ln := scan.ScanLine(lines[i]); {
		case ln.Para:
			return false
		case ln.Kind == scan.Subject:
			return true
		}
		n++
	}
	return false
}

// Bounds on caption fields: text past them is not the field but a body
// whose line ends were lost.
const (
	maxSubject  = 600
	maxTagsText = 1000
	maxRefText  = 3000
)

// clip cuts s to at most n bytes, at a word boundary when it can.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:scan.CutAtRune(s, n)]
	if i := strings.LastIndexByte(s, ' '); i > n/2 {
		s = s[:i]
	}
	return s
}

// block joins line i and the lines after it up to a blank line or the
// start of another field, at most max lines, and returns the index after.
func block(lines []string, i, max int) (string, int) {
	parts := []string{strings.TrimSpace(lines[i])}
	j := i + 1
	for ; j < len(lines) && j < i+max; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" && reasonPendingRE.MatchString(parts[len(parts)-1]) {
			continue // "Reasons" with the codes after a blank line
		}
		if t == "" || isMarkerLine(t) || opensField(scan.ScanLine(t).Kind) || scan.IsParaStart(lines[j]) || markedParaRE.MatchString(t) {
			break
		}
		parts = append(parts, t)
	}
	return joinWrapped(parts), j
}

var reasonPendingRE = lazyre.New(`(?i)reasons?:?[ \t]*$`)

// opensField reports whether a line of kind k opens a caption field
// other than Classified By: it ends the Classified By block before it.
func opensField(k scan.Kind) bool {
	return k == scan.EO || k == scan.Tags || k == scan.Subject || k == scan.Ref
}

// classifiedByBlock reads the Classified By field that starts on
// lines[i] and the lines it runs onto: the classifier, the reason, and
// the index after the block.
func classifiedByBlock(lines []string, i int) (by, reason string, end int) {
	text, end := block(lines, i, 4)
	by, reason = parseClassifiedBy(clip(text[scan.ScanLine(text).By:], maxSubject))
	return by, reason, end
}

// joinWrapped joins wrapped lines with single spaces, dropping backslash
// line continuations.
func joinWrapped(parts []string) string {
	for i, p := range parts {
		parts[i] = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), "\\"))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// subjectBlock reads a SUBJECT line, lines[i], and its continuation
// lines; first is the field's text on line i.
func subjectBlock(lines []string, i int, first string) (string, int) {
	parts := []string{first}
	j := i + 1
	if loc := inlineStopRE.FindStringIndex(first); loc != nil {
		parts[0] = first[:loc[0]]
		return cleanSubject(joinWrapped(parts)), j
	}
	for ; j < len(lines) && j < i+5; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || isMarkerLine(t) || scan.ScanLine(t).Stop || scan.LevelOnlyRE.MatchString(t) {
			break
		}
		if _, ok := scan.FindClassLine(t, 0); ok {
			break
		}
		if loc := inlineStopRE.FindStringIndex(t); loc != nil {
			parts = append(parts, t[:loc[0]])
			j++
			break
		}
		parts = append(parts, t)
	}
	return cleanSubject(joinWrapped(parts)), j
}

// cleanSubject removes portion markings such as (C) or (SBU) from the
// start and end of a subject.
func cleanSubject(s string) string {
	s = strings.TrimSpace(s)
	for {
		if !strings.HasPrefix(s, "(") && !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, ".") {
			return s // neither expression can match: most subjects
		}
		t := markingPrefixRE.ReplaceAllString(s, "")
		t = markingSuffixRE.ReplaceAllString(t, "")
		t = strings.TrimSpace(t)
		if t == s {
			return s
		}
		s = t
	}
}

// tagsBlock reads a TAGS line and the lines it wraps onto: a line counts
// as a continuation when the previous one ends with a comma or it looks
// like "WORD," itself. text is the field's text on line i.
func tagsBlock(lines []string, i int, text string) (string, int) {
	j := i + 1
	for ; j < len(lines) && j < i+4; j++ {
		t := strings.TrimSpace(lines[j])
		if ln := scan.ScanLine(t); t == "" || ln.Stop || ln.Kind == scan.Subject || ln.Kind == scan.Ref {
			break
		}
		prev := strings.TrimSpace(text)
		if !strings.HasSuffix(prev, ",") && !tagContinuationRE.MatchString(t) && !allKnownTags(t) {
			break
		}
		text += " " + t
	}
	if loc := subjectInTagsRE.FindStringIndex(text); loc != nil {
		text = text[:loc[0]]
	}
	return strings.TrimSpace(text), j
}

// allKnownTags reports whether a line holds only known tags and country
// codes: the tail of a TAGS line wrapped without a comma.
func allKnownTags(t string) bool {
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' })
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if !knownTag(w) && !(len(w) == 2 && scan.IsUpper(w) && textmatch.IsLetter(w[0]) && textmatch.IsLetter(w[1])) {
			return false
		}
	}
	return true
}

var (
	tagContinuationRE = lazyre.New(`^[A-Z][A-Z0-9/\-]{1,9},`)
	subjectInTagsRE   = textmatch.NewGatedWord(`(?i)SUBJE?C?T?:`)
)

// refBlock reads a REF line and the reference items after it, which may
// be separated by blank lines. first is the field's text on line i.
func refBlock(lines []string, i int, first string) (string, int) {
	parts := []string{first}
	j := i + 1
	size := len(parts[0])
	for ; j < len(lines) && j < i+30 && size < 1500; j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		if t == "" {
			// A blank line ends the block unless a reference item
			// follows it.
			k := j + 1
			for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
				k++
			}
			if next := strings.TrimSpace(lines[min(k, len(lines)-1)]); k < len(lines) && refItemRE.MatchString(next) &&
				!scan.IsParaStart(lines[k]) && !markedSentenceRE.MatchString(next) {
				j = k - 1
				continue
			}
			break
		}
		if ln := scan.ScanLine(t); ln.By >= 0 || ln.Kind == scan.Subject || isMarkerLine(t) || markedSentenceRE.MatchString(t) ||
			(scan.IsParaStart(l) && !refItemRE.MatchString(t)) || summaryStartRE.MatchString(t) ||
			refProseStartRE.MatchString(t) && !refItemRE.MatchString(t) {
			break // "We delivered points in reftel to ...": the body, after a REF line that lost its line end
		}
		parts = append(parts, t)
		size += len(t)
	}
	return joinWrapped(parts), j
}

var (
	refItemRE = lazyre.New(`^(?:¶?[ \t]*[\[(]?[A-Za-z][.):\]][ \t]|[\[(]\d{1,2}[)\]][ \t]|[A-Z][A-Z ]+[ \t]0*\d{1,7}\b|\d{2,4}[ \t]+[A-Z]+[ \t]+\d)`)
	// markedParaRE opens a paragraph by its portion marking, which ends
	// a Classified By block: "(C) A/DCM delivered reftel points".
	markedParaRE = lazyre.New(`^\((?:U|C|S|SBU|[SC]//?NF)\)[ \t]+[A-Z]`)
	// markedSentenceRE opens an unnumbered paragraph with its portion
	// marking, which refItemRE would take for reference (U) or (C):
	// "(U) Pol/Econ Chief delivered reftel points ...".
	markedSentenceRE = lazyre.New(`^\((?:U|C|S|SBU)\)[ \t]+[A-Z][a-z]+[ /]`)
	summaryStartRE   = lazyre.New(`(?i)^(?:(?:BEGIN[ \t]+)?SUMMARY\b|-{3,})`)
)

// parseClassifiedBy splits the text after "Classified By" into the name
// of the classifier and the reason: "ISN/MTR Director Pam Durham. Reason
// 1.4 (B) and (D)" -> "Pam Durham", "1.4 (B) and (D)".
func parseClassifiedBy(s string) (by, reason string) {
	s = classifiedPrefixRE.ReplaceAllString(strings.TrimSpace(s), "")
	cut := len(s)
	if loc := reasonRE.FindStringIndex(s); loc != nil {
		cut = loc[0]
	}
	if loc := reasonCodeRE.FindStringIndex(s); loc != nil {
		if loc[0] < cut {
			cut = loc[0]
		}
		reason = reasonListRE.FindString(s[loc[0]:])
		reason = strings.Join(strings.Fields(reason), " ")
		reason = strings.TrimRight(reason, " ,/&")
		reason = strings.TrimSuffix(strings.TrimSuffix(reason, " and"), " AND")
		reason = reasonDotRE.ReplaceAllString(reason, "1.$1")
	}
	by = cleanClassifier(s[:cut])
	return by, reason
}

var reasonDotRE = lazyre.New(`^1 ?\.? ?([45])`)

// titleWords returns the titles and office words that stand before a name
// on a Classified By line.
var titleWords = scan.LazySet(`AMB AMB. MC POLCOUNS ECONCOUNS POLMINCOUNS RSO DATT CG PO CONGEN ECONCOUN POLCOUN AMBASSADOR CHARGE CHARGÉ D'AFFAIRES DAFFAIRES D’AFFAIRES A.I. AI DCM A/DCM CDA
	DEPUTY CHIEF OF MISSION DIRECTOR DIRECOTR COUNSELOR COUNSELLOR COUNSELOR: MINISTER MINISTER-COUNSELOR
	OFFICER POLOFF ECONOFF POLITICAL ECONOMIC POL ECON POLECON POL/ECON ACTING CONSUL GENERAL
	PRINCIPAL SECRETARY ASSISTANT SPECIAL SENIOR OFFICE SECTION HEAD COORDINATOR ADVISOR ADVISER
	ATTACHE DEFENSE MILITARY REGIONAL AFFAIRS PUBLIC MANAGEMENT EXECUTIVE FOR AND THE INTERIM
	INTERAGENCY PROVINCIAL US U.S. EMBASSY PERMANENT REPRESENTATIVE REP ALTERNATE DELEGATE
	SPECIALIST ANALYST CHARGE' POL/MIL POLMIL ECON/POL CONSULAR COMMERCIAL AGRICULTURAL DEPUTY-
	ASSOCIATE UNDER ASSISTANT-SECRETARY DAS PDAS A/S CHAIRMAN CHAIR MANAGER LEADER TEAM UNIT
	BUREAU DEPARTMENT STATE OFFICIAL ENERGY ENVIRONMENT SCIENCE TECHNOLOGY HEALTH LABOR
	ATTACHÉ COMMANDER NAVAL AIR ARMY`)

var classifierCutRE = textmatch.NewGatedWord(`(?i)[,;(]| - | -- |\bper\b|\bE\.O\.|\bfor\b`)

// cleanClassifier takes the name out of "ISN/MTR Director Pam Durham.":
// titles and offices before the name and anything after a comma go.
func cleanClassifier(s string) string {
	s = strings.TrimSpace(s)
	if loc := classifierCutRE.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".:;,"))
	f := strings.Fields(s)
	mixed := strings.ToUpper(s) != s
	last := -1
	titles := titleWords()
	for i, w := range f[:max(len(f)-1, 0)] { // the last word is a name
		u := strings.ToUpper(strings.Trim(w, ".,:"))
		if titles[u] || titles[strings.ToUpper(w)] || strings.Contains(w, "/") ||
			(mixed && len(u) >= 2 && len(u) <= 5 && w == u && !strings.Contains(w, ".")) {
			last = i
		}
	}
	if last >= 0 && last < len(f)-1 {
		f = f[last+1:]
	}
	return strings.Join(f, " ")
}

// declassifyDate reads the declassification date of an E.O. line's text
// as an ISO date: M/D/YY[YY] or YYYY/MM/DD. A two-digit year is taken in
// the century that puts it on or after the cable's year.
func declassifyDate(s string, year int) string {
	if m := declISODateRE.FindStringSubmatch(s); m != nil {
		return isoDate(textmatch.Atoi(m[1]), textmatch.Atoi(m[2]), textmatch.Atoi(m[3]))
	}
	m := declDateRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y := textmatch.Atoi(m[3])
	if len(m[3]) == 2 {
		switch {
		case year > 0:
			y += year / 100 * 100
			if y < year {
				y += 100
			}
		default:
			y += 2000
		}
	} else if len(m[3]) == 3 {
		return ""
	}
	return isoDate(y, textmatch.Atoi(m[1]), textmatch.Atoi(m[2]))
}

func isoDate(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

package ingest

import (
	"slices"
	"strings"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// maxCaptionLines bounds the lines read as the caption (E.O., TAGS,
// SUBJECT, REF, Classified By) when no numbered paragraph ends it.
const maxCaptionLines = 100

// Parse reads the header fields and paragraphs of a document into a
// cable. Fields the text gives are preferred; the publisher's metadata
// fills the rest (see the README's field notes). The error, an *Error
// naming the file and line, says why a cable could not be identified.
func Parse(d *source.Document) (*cablesql.Cable, error) {
	c := &cablesql.Cable{
		Origin:   d.Meta.Origin,
		Created:  d.Meta.Created,
		Released: d.Meta.Released,
		Source:   cablesql.Source{Path: d.Path, Format: d.Format, SHA256: d.SHA256, Line: d.Line},
	}
	header, body, cl, found := splitAtClassLine(d.Header, d.Body)
	c.Header = strings.Trim(header, "\n")
	c.Body = body
	year := readDTG(c, header, body)
	after := readLevel(c, d, body, cl, found)
	year, err := identify(c, d, cl, found, year)
	if err != nil {
		return nil, err
	}
	region := readCaption(c, d, header, after, cl, year)
	readParagraphs(c, region)
	return c, nil
}

// splitAtClassLine finds the classification line in body and returns
// the header and body split there (text before the line joins the
// header), and the line with its offsets into the new body. When there
// is no classification line and no header, the header is split off the
// body by its look.
func splitAtClassLine(header, body string) (string, string, scan.ClassLine, bool) {
	cl, found := scan.FindClassLine(body, scan.HeaderSearchLimit)
	if found && cl.Start > 0 {
		// Text before the classification line: a header run into the
		// body, an edited release's date line, a "partial extract"
		// notice.
		pre := body[:cl.Start]
		if strings.TrimSpace(header) == "" {
			header = pre
		} else {
			header = header + "\n" + pre
		}
		body = body[cl.Start:]
		cl.End -= cl.Start
		cl.Start = 0
	} else if !found && strings.TrimSpace(header) == "" {
		header, body = splitHeaderNoClass(body)
	}
	return header, body, cl, found
}

// readDTG sets the cable's DTG and precedence from the header (or a
// date line at the top of the body) and returns the DTG's year, 0 when
// there is none.
func readDTG(c *cablesql.Cable, header, body string) (year int) {
	t, hasDTG := scan.FindDTG(header)
	if !hasDTG {
		t, hasDTG = findDateLine(header + "\n" + firstLines(body, 3))
	}
	if hasDTG {
		c.DTG = t.String()
		c.Precedence = t.Precedence
		year = t.Year
	}
	if c.Precedence == "" {
		c.Precedence = scan.FindPrecedence(header)
	}
	return year
}

// readLevel sets the cable's classification and returns the lines of
// the body after the classification line (all of them when there is
// none), paragraph anchors run into a line put on lines of their own.
// The level is the publisher's (from the State Department's records)
// when the source gives one, else the classification line's.
func readLevel(c *cablesql.Cable, d *source.Document, body string, cl scan.ClassLine, found bool) []string {
	var after []string
	if found {
		c.Classification = cl.Level
		after = splitLines(body[cl.End:])
	} else {
		after = splitLines(body)
		c.Classification = leadingLevel(after)
	}
	if d.Meta.Classification != "" {
		if lvl := scan.NormalizeLevel(d.Meta.Classification); knownLevels[lvl] {
			c.Classification = lvl
		}
	}
	return after
}

// identify sets the cable's ID (and PublishedID, Station): the published
// one, else rebuilt from the year of the DTG and the station and serial
// of the classification line. It returns the cable's year: the DTG's
// year, else the publisher's, else the ID's.
func identify(c *cablesql.Cable, d *source.Document, cl scan.ClassLine, found bool, year int) (int, error) {
	metaID := ""
	if d.Meta.ID != "" {
		metaID = scan.CanonicalID(d.Meta.ID)
	}
	switch {
	case d.Meta.ID != "" && scan.PublishedIDRE.MatchString(metaID):
		c.ID = metaID
		if published := strings.ToUpper(strings.Join(strings.Fields(d.Meta.ID), "")); published != metaID {
			c.PublishedID = published // repaired: keep the id a user finds in the publisher's URL
		}
	case found && (year > 0 || yearFromDate(d.Meta.Created) > 0):
		if year == 0 {
			year = yearFromDate(d.Meta.Created)
		}
		c.ID = scan.CanonicalID(twoDigits(year) + cl.Station + strings.TrimLeft(cl.Serial, "0"))
	case found:
		return 0, source.Errorf(d.Path, d.Line, "no reference id: classification line %s %s has no date-time group to take the year from", cl.Station, cl.Serial)
	case d.Meta.ID != "":
		return 0, source.Errorf(d.Path, d.Line, "reference id %q is not of the form 09STATE111693", d.Meta.ID)
	default:
		return 0, source.Errorf(d.Path, d.Line, "no reference id: no classification line (such as \"C O N F I D E N T I A L STATE 111693\") and no published id")
	}
	c.Station = scan.StationOf(c.ID)
	if year == 0 {
		year = scan.FullYear(textmatch.Atoi(yearOf(c.ID)))
	}
	return year, nil
}

// readCaption sets the fields of the caption, the lines up to the first
// numbered paragraph (caveats, E.O., TAGS, SUBJECT, REF, Classified By),
// looking elsewhere for a subject or a Classified By the caption lacks,
// and returns the text after the caption.
func readCaption(c *cablesql.Cable, d *source.Document, header string, after []string, cl scan.ClassLine, year int) []string {
	p := min(firstParagraph(after), maxCaptionLines)
	capLines := reflowCaption(after[:p])
	cp := parseCaption(capLines, year)
	region := append(capLines[cp.end:len(capLines):len(capLines)], after[p:]...)

	c.Caveats = mergeCaveats(cl.Marks, cp.caveats, metaCaveats(d.Meta.Classification))
	c.DeclassifyText, c.DeclassifyOn = cp.declassifyText, cp.declassifyOn
	c.Tags = ParseTags(cp.tagsText)
	c.Subject, c.SubjectSource = cp.subject, "subject"
	if c.Subject == "" {
		c.Subject = subjectAnywhere(splitLines(header), after)
	}
	if c.Subject == "" && d.Meta.Title != "" {
		c.Subject, c.SubjectSource = strings.ToUpper(cleanSubject(strings.Join(strings.Fields(d.Meta.Title), " "))), "title"
	}
	if c.Subject == "" {
		c.SubjectSource = ""
	}
	c.ClassifiedBy, c.Reason = cp.classifiedBy, cp.reason
	if c.ClassifiedBy == "" && c.Reason == "" {
		c.ClassifiedBy, c.Reason = classifiedByInText(region)
	}
	c.Refs = ParseRefs(cp.refText, twoDigits(year), c.ID)
	for _, r := range d.Meta.Refs {
		if r = scan.CanonicalID(r); r != c.ID && !slices.Contains(c.Refs, r) {
			c.Refs = append(c.Refs, r)
		}
	}
	return region
}

// readParagraphs sets the cable's signer, taking the signature out of
// the text, and its paragraphs.
func readParagraphs(c *cablesql.Cable, region []string) {
	region = dropMarkers(region)
	signer, at, alone := findSigner(region)
	c.Signer = signer
	switch {
	case alone:
		region = region[:at]
	case signer != "":
		// "... considered. EDELMAN": the signature leaves the text.
		last := strings.TrimRight(region[at], " \t#.\\\"")
		region = append(region[:at:at], strings.TrimRight(strings.TrimSuffix(last, signer), " \t"))
	}
	c.Paragraphs = splitParagraphs(region)
}

// splitLines splits text into lines, putting a paragraph anchor (¶) that
// is run into a line on a line of its own.
func splitLines(s string) []string {
	lines := strings.Split(s, "\n")
	if !strings.Contains(s, "¶") {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		for {
			// The next ¶ after any at the start of the line.
			from := len(l) - len(strings.TrimLeft(l, " \t"))
			if strings.HasPrefix(l[from:], "¶") {
				from += len("¶")
			}
			i := strings.Index(l[from:], "¶")
			if i < 0 {
				break
			}
			i += from
			if strings.TrimSpace(l[:i]) == "" {
				break
			}
			out = append(out, l[:i])
			l = l[i:]
		}
		out = append(out, l)
	}
	return out
}

// firstParagraph returns the index of the line that starts paragraph 1
// (or the first marked paragraph), or len(lines).
func firstParagraph(lines []string) int {
	for i, l := range lines {
		if num, marking, rest, ok := scan.ParaStart(l); ok && !startsWithDigit(rest) && (num == 1 || marking != "") {
			return i
		}
	}
	return len(lines)
}

// reflowCaption puts each caption field that was run into another on a
// line of its own, as in bodies whose line ends were lost:
// "...000348SipdisE.o. 12958: decl: 01/07/2014 Tags: prel Subject: ..."
// (the fields are found by nextCaptionKeyword).
func reflowCaption(lines []string) []string {
	out := make([]string, 0, len(lines)+4)
	for _, l := range lines {
		for {
			// Fields run together sit near the start of a line.
			s := l[:scan.CutAtRune(l, min(len(l), 2000))]
			// nextCaptionKeyword is quick on an ASCII line; on another,
			// look first for the texts every match needs.
			if !textmatch.IsASCII(s) && !captionKeywordNeeds.MayHold(s) {
				break
			}
			cut := -1
			for at, end := nextCaptionKeyword(s, 0); at >= 0; at, end = nextCaptionKeyword(s, end) {
				if at > 0 && !markingOnlyRE.MatchString(l[:at]) && !continuesClassifiedBy(l, at) &&
					!sipdisInTags(l, at) {
					cut = at
					break
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, l[:cut])
			l = l[cut:]
		}
		out = append(out, splitInlineParagraphs(l)...)
	}
	return out
}

// inlineParaRE finds a numbered or marked paragraph run into a caption
// line whose line ends were lost: "REF: (A) TRIPOLI 144 ... REASON: 1.4
// (b), (d) 1.  (C)  Summary.", "Classified By: ... per 1.4 (b) and (d).
// (C) The Ambassador spoke ...", "REF: STATE 43799 (SBU) Poloff
// delivered". Submatch 1, 2 or 3 is where it starts; after a number or
// two spaces (3) only a sentence in mixed case (4) starts a paragraph.
// It is gated: every caption line is tried, and few hold "(C) ".
var inlineParaRE = textmatch.NewGatedWord(inlineParaExpr)

// inlineParaExpr is inlineParaRE's expression.
var inlineParaExpr = `(?:\s(\d{1,2}\.[ \t]*)|[.:][ \t]+()|(?:\d[ \t]+|[ \t]{2}|\)[ \t]+)())\((?:` + alternation(inlineMarkings) + `|U//FOUO)\)[ \t]+([A-Z][a-z]?)`

// splitInlineParagraphs cuts a caption line before the first paragraph
// run into it, so that the paragraphs are the body's and not a field's:
// without it a cable whose page lost its line ends kept no paragraph.
func splitInlineParagraphs(l string) []string {
	m := inlineParaRE.FindStringSubmatchIndex(l)
	if m == nil {
		if r := refProseRE.FindStringSubmatchIndex(l); r != nil {
			return []string{strings.TrimRight(l[:r[2]], " \t"), l[r[2]:]} // "REF: SECSTATE 102414 We delivered points"
		}
		return []string{l}
	}
	at := m[2]
	switch {
	case at >= 0:
	case m[4] >= 0:
		at = m[4]
	case m[9]-m[8] == 2:
		at = m[6] // "... 43799 (SBU) Poloff"
	case m[6] >= 0 && endsWithReason(l[:m[6]]):
		at = m[6] // "... Reason 1.4 (c)  (S/NF) HMG agrees"
	default:
		return []string{l} // "REF: (C) STATE 1234": a reference
	}
	if at <= 0 || strings.TrimSpace(l[:at]) == "" || subjectKeyOnly(l[:at]) {
		return []string{l} // "SUBJECT: (C) TALKS WITH ...": the subject's own marking
	}
	return []string{strings.TrimRight(l[:at], " \t"), l[at:]}
}

// subjectKeyOnly reports whether s is a subject field's keyword alone
// (scan.ScanLine's), before the subject's marking: "SUBJECT: ".
func subjectKeyOnly(s string) bool {
	ln := scan.ScanLine(s)
	return ln.Kind == scan.Subject && strings.TrimSpace(s[ln.Value:]) == ""
}

// endsWithReason reports whether s ends with the reason codes of a
// Classified By line as parseClassifiedBy reads them (reasonCodeRE,
// reasonListRE): "for Reason 1.4 (c)", "REASONS 1.4 (B) AND (D)". A marking
// after them opens the body's first paragraph whatever its first word
// ("(S/NF) HMG agrees").
func endsWithReason(s string) bool {
	locs := reasonCodeRE.FindAllStringIndex(s, -1)
	if locs == nil {
		return false
	}
	at := locs[len(locs)-1][0]
	codes := reasonListRE.FindString(s[at:])
	rest := strings.TrimSpace(s[at+len(codes):])
	// the last code closed: not "1.4 (B), " nor "1.4 " before "(C) AND (D)"
	return (rest == "" || rest == ".") && strings.HasSuffix(strings.TrimSpace(codes), ")")
}

// refProseRE is a reference line whose line end was lost before an
// unmarked paragraph: "REF: SECSTATE 102414 We delivered points in reftel
// to ...". The references are telegrams (a station and a number, perhaps
// lettered); the prose opens with a word in mixed case and two in lower
// case. Submatch 1 is where the prose starts. A Word: anchored at the
// line's start, most lines are turned away within a few bytes.
var refProseRE = textmatch.NewWord(refProseExpr)

// refProseExpr is refProseRE's expression.
const refProseExpr = `^REFS?:?[ \t]+(?:(?:\(?[A-Z]\)?\.?[ \t]+)?(?:\d{2})?[A-Z][A-Z]+(?:[ \t][A-Z]+)?[ \t]+\d{2,6}(?:[ \t]+\([A-Z]+\))?[ \t,;]+)+()` + proseOpening

// proseOpening opens prose: a word in mixed case and two in lower case.
const proseOpening = `[A-Z][a-z]+(?:[ \t]+[a-z]+){2}`

// refProseStartRE opens a line of prose that follows a reference block.
var refProseStartRE = lazyre.New(`^` + proseOpening)

// markingOnlyRE matches text that may stand before a field on its line:
// nothing, a marking, a paragraph number ("1. (U) CLASSIFIED BY ...").
var markingOnlyRE = lazyre.New(`^[ \t]*(?:¶?[ \t]*\d{1,3}\.)?[ \t]*(?:\([A-Za-z/ \-]+\))?[ \t]*$`)

// sipdisInTags reports whether the keyword at i is a SIPDIS standing in
// a TAGS line ("TAGS: PREL SIPDIS IZ"), which the tag reader drops.
func sipdisInTags(l string, i int) bool {
	return strings.HasPrefix(strings.ToUpper(l[i:]), "SIPDIS") && scan.ScanLine(l[:i]).Kind == scan.Tags && !textmatch.IsLetter(l[i-1])
}

// continuesClassifiedBy reports whether the keyword at i belongs to a
// Classified By line begun before it: "Classified by CDA Robert Deutsch;
// E.O. 12958, reasons 1.4 (b) and (d)", "Classified By: Classified by ...".
func continuesClassifiedBy(l string, i int) bool {
	if !strings.Contains(strings.ToUpper(l[:i]), "CLASSIFIED BY") {
		return false
	}
	k := strings.ToUpper(l[i:])
	return strings.HasPrefix(k, "E.O") || strings.HasPrefix(k, "EO") || strings.HasPrefix(k, "CLASSIFIED") || strings.HasPrefix(k, "SIPDIS")
}

// splitHeaderNoClass splits a text without a classification line at the
// end of its transmission header, if it has one: the first blank line
// after a line of the FM/TO/INFO block.
func splitHeaderNoClass(text string) (string, string) {
	lines := strings.Split(text, "\n")
	inHeader := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case i < 40 && (scan.DTGLineRE.MatchString(l) || strings.HasPrefix(t, "FM ") || strings.HasPrefix(t, "VZCZC")):
			inHeader = true
		case inHeader && t == "":
			return strings.Join(lines[:i], "\n"), strings.Join(lines[i+1:], "\n")
		}
	}
	return "", text
}

// findDateLine finds the date line of an edited release in text.
func findDateLine(text string) (scan.DTG, bool) {
	for _, l := range strings.Split(text, "\n") {
		if d, ok := scan.ParseDateLine(l); ok {
			return d, true
		}
	}
	return scan.DTG{}, false
}

func firstLines(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			return s
		}
		i += j + 1
	}
	return s[:i]
}

// leadingLevel returns the classification level written alone on one of
// the first lines, for a text without a classification line.
func leadingLevel(lines []string) string {
	for i, l := range lines {
		if i > 5 {
			break
		}
		if m := scan.LevelOnlyRE.FindStringSubmatch(l); m != nil {
			return scan.NormalizeLevel(m[1])
		}
	}
	return ""
}

// subjectAnywhere looks for a SUBJECT line outside the caption: in the
// header, or in the first lines of the body.
func subjectAnywhere(header, body []string) string {
	for _, lines := range [][]string{header, body} {
		for i, l := range lines {
			if i > 150 {
				break
			}
			if ln := scan.ScanLine(l); ln.Kind == scan.Subject && containsUpper(l, "SUBJ") {
				if s, _ := subjectBlock(lines, i, l[ln.Value:]); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// classifiedByInText finds a "CLASSIFIED BY" sentence in the first lines
// of the text, where older cables put it ("1. (U) CLASSIFIED BY ...").
func classifiedByInText(lines []string) (string, string) {
	for i, l := range lines {
		if i > 60 {
			break
		}
		if scan.ScanLine(l).By >= 0 {
			by, reason, _ := classifiedByBlock(lines, i)
			return by, reason
		}
	}
	return "", ""
}

// knownLevels are the classification levels NormalizeLevel returns.
var knownLevels = map[string]bool{"UNCLASSIFIED": true, "LIMITED OFFICIAL USE": true, "CONFIDENTIAL": true, "SECRET": true, "TOP SECRET": true}

// metaCaveats returns the caveats of a publisher's classification such
// as "SECRET//NOFORN" or "UNCLASSIFIED//FOR OFFICIAL USE ONLY".
func metaCaveats(s string) []string {
	i := strings.Index(s, "//")
	if i < 0 {
		return nil
	}
	return scan.HandlingWords(s[i+2:])
}

func mergeCaveats(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, w := range l {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

func twoDigits(year int) string {
	y := year % 100
	return string([]byte{byte('0' + y/10), byte('0' + y%10)})
}

// yearFromDate reads the year of an ISO date such as 2009-10-29.
func yearFromDate(s string) int {
	if len(s) >= 4 {
		if y := textmatch.Atoi(s[:4]); y > 1900 {
			return y
		}
	}
	return 0
}

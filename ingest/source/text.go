package source

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// Limits of a plain-text cable file. A cable is rarely over 1 MB; the
// longest lines are whole paragraphs or bodies whose line ends were lost.
const (
	maxTextFile = 16 << 20
	maxTextLine = 4 << 20
)

// readText reads a file holding a cable as plain text, or a news site's
// re-publication of one. A file holding several cables one after the
// other, each with its transmission header, gives one document each.
func readText(name string, r io.Reader, fn func(*Document, error) error) error {
	b, err := readBounded(r, maxTextFile, maxTextLine)
	if err != nil {
		return fn(nil, readError(name, err))
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return fn(nil, Errorf(name, 1, "empty file"))
	}
	text := DecodeText(b)
	parts := splitCables(text)
	if len(parts) == 1 {
		doc := textDocument(name, text)
		doc.SHA256 = digest(b)
		return fn(doc, nil)
	}
	line := 1
	for _, p := range parts {
		doc := textDocument(name, p)
		doc.Line += line - 1
		doc.SHA256 = digest([]byte(p))
		if err := fn(doc, nil); err != nil {
			return err
		}
		line += strings.Count(p, "\n")
	}
	return nil
}

// dumpPreambleStart moves a split point at i back over the five-line
// preamble of a text dump (id, title, date, classification, origin)
// when one stands just before it.
func dumpPreambleStart(text string, i int) int {
	j := i
	var lines []string
	for k := 0; k < 5 && j > 0; k++ {
		e := j - 1
		j = strings.LastIndexByte(text[:e], '\n') + 1
		lines = append([]string{strings.TrimSpace(text[j:e])}, lines...)
	}
	if len(lines) == 5 && refIDLineRE.MatchString(lines[0]) && metaClassRE.FindString(lines[3]) == lines[3] {
		return j
	}
	return i
}

// tidLineRE matches the transmission id that opens a cable's header.
var tidLineRE = lazyre.New(`(?m)^[ \t]*VZCZC[A-Z]{0,4}\d{0,5}[ \t]*$`)

// splitCables splits a text at each transmission id (VZCZC...) that
// follows a cable's classification line and comes before one: the start
// of the next cable. A transmission header with no classification line
// after it is a copy of the header at the end of a cable's text (as some
// Cable Viewer pages print it), and stays with that cable.
func splitCables(text string) []string {
	locs := tidLineRE.FindAllStringIndex(text, -1)
	if len(locs) < 2 {
		return []string{text}
	}
	var parts []string
	start := 0
	for k, loc := range locs[1:] {
		at := dumpPreambleStart(text, loc[0])
		if at <= start {
			continue
		}
		end := len(text)
		if k+2 < len(locs) {
			end = locs[k+2][0]
		}
		if _, ok := scan.FindClassLine(text[at:end], 0); !ok {
			continue
		}
		if _, ok := scan.FindClassLine(text[start:at], 0); ok {
			parts = append(parts, text[start:at])
			start = at
		}
	}
	return sameCableOnce(append(parts, text[start:]))
}

// sameCableOnce joins consecutive parts that are one cable twice: a
// Cable Viewer page shows a cut preview of the cable ("Please se...")
// and then its whole record, each with the same classification line
// (station and serial). The two are one cable, and the longer copy is
// kept, with the text before the first (the page's preamble).
func sameCableOnce(parts []string) []string {
	out := parts[:1]
	for _, p := range parts[1:] {
		last := out[len(out)-1]
		a, okA := scan.FindClassLine(last, 0)
		b, okB := scan.FindClassLine(p, 0)
		if okA && okB && a.Station == b.Station && a.Serial == b.Serial && a.Serial != "" {
			out[len(out)-1] = last + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// readError turns a read failure into an *Error with the line it
// happened at.
func readError(name string, err error) *Error {
	var tl *tooLongError
	if errors.As(err, &tl) {
		return Errorf(name, tl.line, "%v: not a cable", tl)
	}
	return Errorf(name, 0, "read: %v", err)
}

// textDocument makes the document of a cable held as text: a news
// site's page text when it has a "Cablegate:" title, else a cable text
// with or without a metadata preamble.
func textDocument(name, text string) *Document {
	if m := newsTitleRE.FindStringIndex(text); m != nil {
		if doc := newsDocument(name, text, m[0]); doc != nil {
			return doc
		}
	}
	doc := &Document{Format: FormatText, Path: name, Line: 1}
	start, ok := cableStart(text)
	if !ok {
		// No cable text: perhaps a dump of the metadata alone.
		start = len(text)
	}
	if start > 0 {
		readPreamble(text[:start], &doc.Meta)
		switch {
		case ok:
			doc.Line = 1 + strings.Count(text[:start], "\n")
			text = text[start:]
		case doc.Meta.ID != "":
			text = "" // the metadata is all there is
		}
	}
	doc.Body = text
	return doc
}

var (
	// cableStartRE matches the first line of a cable's own text: a
	// transmission id, a DTG line, a DE line, the old "INFO LOG-00"
	// routing block, or a classification line.
	cableStartRE = lazyre.New(`(?m)^[ \t]*(?:VZCZC|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+\d{1,2}[ \t]+[A-Za-z]+[ \t]+\d{4},|(?i:cable dated:)|(?:[ZOPR][ \t]+)*\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}\b|DE[ \t]+R[A-Z]{3,}|INFO[ \t]+LOG-|ACTION[ \t]+[A-Z]+-\d\d|(?:ZZ|OO|PP|RR)[ \t]+R[A-Z]{3,}|This record is a partial extract)`)
	refIDLineRE  = lazyre.New(`^\d{2}(?:\d{2})?[A-Z][A-Z0-9]{2,24}\d{1,7}$`)
	rubyTimeRE   = lazyre.New(`^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) ([\d:]+) [+-]\d{4} (\d{4})$`)
	metaClassRE  = lazyre.New(`\b(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?://[A-Z ]*[A-Z])?\b`)
	metaOriginRE = lazyre.New(`\b(?:Embassy|Consulate|Secretary of State|US Mission|Mission|American Institute|US Office|US Interests Section|USUN|US Delegation|REO|Consulate General|Department of State)\b[A-Za-z ,.'\-]*`)
)

// cableStart returns the offset where the cable's own text begins, after
// any preamble (a dump's metadata lines, a page's left-overs), and
// whether a start was recognised.
func cableStart(text string) (int, bool) {
	limit := text
	if len(limit) > preambleLimit {
		limit = limit[:scan.CutAtRune(limit, preambleLimit)]
	}
	start := -1
	if m := cableStartRE.FindStringIndex(limit); m != nil {
		start = m[0]
	}
	if start >= 0 {
		limit = limit[:start]
	}
	if cl, ok := scan.FindClassLine(limit, 0); ok {
		start = lineStart(limit, cl.Start)
	}
	if start < 0 {
		return 0, false
	}
	return start, true
}

// preambleLimit bounds how far into a text file its cable is looked for;
// the text of a whole Cable Viewer page has 30-40 KB of navigation
// before the cable.
const preambleLimit = 256 << 10

func lineStart(s string, i int) int {
	return strings.LastIndexByte(s[:i], '\n') + 1
}

// readPreamble reads publisher metadata from the lines before a cable:
// the five-line text dumps (reference id, title, date, classification,
// origin) or a page's metadata table copied as text.
func readPreamble(pre string, m *Meta) {
	var lines []string
	for _, l := range strings.Split(pre, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			lines = append(lines, t)
		}
	}
	switch i := lastContaining(lines, "Reference ID"); {
	case i >= 0 && strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lines[i]), ":")) != "Reference ID" && !strings.Contains(lines[i], "Created"):
		// "Reference ID: 09STATE111693" and other labelled lines.
		lines = lines[max(i-2, 0):]
	case i >= 0:
		// A page's metadata table as text: the values follow the
		// column names.
		lines = lines[i+1:]
	case len(lines) > 12:
		// Only the lines nearest the cable can describe it.
		lines = lines[len(lines)-12:]
	}
	if len(lines) >= 5 && refIDLineRE.MatchString(lines[0]) && metaClassRE.FindString(lines[3]) == lines[3] {
		// The five-line dump: id, title, date, classification, origin.
		m.ID, m.Title, m.Classification, m.Origin = lines[0], lines[1], lines[3], lines[4]
		lines = lines[2:3]
	}
	for _, l := range lines {
		if k, v, ok := labelled(l); ok {
			// "Reference ID: 09STATE111693", "Origin: Embassy Ankara".
			switch k {
			case "reference id", "reference", "ref id", "id", "cable id", "canonical id":
				if f := strings.Fields(v); len(f) > 0 && refIDLineRE.MatchString(f[0]) {
					m.ID = f[0]
				}
			case "created", "date", "cable date":
				if s := isoStampRE.FindString(v); s != "" {
					m.Created = isoStamp(s)
				}
			case "released", "release date":
				if s := isoStampRE.FindString(v); s != "" {
					m.Released = isoStamp(s)
				}
			case "classification":
				m.Classification = v
			case "origin", "from":
				m.Origin = v
			case "title":
				m.Title = v
			}
			continue
		}
		// An id opens its line: a dump's first line, a table's row.
		if f := strings.Fields(l); m.ID == "" && len(f) > 0 && refIDLineRE.MatchString(f[0]) {
			m.ID = f[0]
		}
		if d, ok := parseRubyTime(l); ok && m.Created == "" {
			m.Created = d
		}
		for _, s := range isoStampRE.FindAllStringSubmatch(l, -1) {
			stamp := fmt.Sprintf("%s-%s-%sT%s:%s", s[1], s[2], s[3], s[4], s[5])
			switch {
			case m.Created == "":
				m.Created = stamp
			case m.Released == "":
				m.Released = stamp
			}
		}
		if m.Classification == "" {
			if c := metaClassRE.FindString(l); c != "" && len(strings.TrimSpace(l)) < len(c)+80 {
				m.Classification = c
			}
		}
		if m.Origin == "" {
			if o := metaOriginRE.FindString(l); o != "" {
				m.Origin = strings.TrimRight(strings.TrimSpace(o), " ,.")
			}
		}
	}
}

var labelRE = lazyre.New(`^([A-Za-z][A-Za-z ]{1,20}?)[ \t]*[:=][ \t]*(\S.*)$`)

// labelled reads a "Label: value" line.
func labelled(l string) (key, value string, ok bool) {
	m := labelRE.FindStringSubmatch(strings.TrimSpace(l))
	if m == nil {
		return "", "", false
	}
	return strings.ToLower(m[1]), strings.TrimSpace(m[2]), true
}

func lastContaining(lines []string, s string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], s) {
			return i
		}
	}
	return -1
}

// parseRubyTime reads "Thu Oct 29 00:00:00 +0100 2009" as a date. The
// time is the local midnight of the dump's time zone, so only the date
// is kept.
func parseRubyTime(s string) (string, bool) {
	m := rubyTimeRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	mon, ok := scan.Months[strings.ToUpper(m[1])]
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s-%02d-%02d", m[4], mon, textmatch.Atoi(m[2])), true
}

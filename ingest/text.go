package ingest

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// maxTextFile bounds a single-cable text file; cables are rarely over 1 MB.
const maxTextFile = 64 << 20

// readText reads a file holding one cable as plain text, or as a news
// site's re-publication of one.
func readText(name, format string, r io.Reader, fn func(*Document, error) error) error {
	b, err := io.ReadAll(io.LimitReader(r, maxTextFile+1))
	if err != nil {
		return fn(nil, Errorf(name, 0, "read: %v", err))
	}
	if len(b) > maxTextFile {
		return fn(nil, Errorf(name, 1, "file larger than %d MB: not a single cable", maxTextFile>>20))
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return fn(nil, Errorf(name, 1, "empty file"))
	}
	text := decodeText(b)
	doc := &Document{Format: format, Path: name, Line: 1, SHA256: digest(b)}
	if format == FormatNewsSite {
		splitNewsSite(text, doc)
	} else {
		splitText(text, doc)
	}
	return fn(doc, nil)
}

var (
	newsTitleRE = regexp.MustCompile(`(?m)^\s*Cablegate:\s*(.+?)\s*$`)
	refIDLineRE = regexp.MustCompile(`^\d{2}[A-Z][A-Z0-9]{2,20}\d{1,7}$`)
)

// splitNewsSite takes the page title as metadata and the text from the
// first transmission line as the cable.
func splitNewsSite(text string, doc *Document) {
	if m := newsTitleRE.FindStringSubmatchIndex(text); m != nil {
		doc.Meta.Title = text[m[2]:m[3]]
		doc.Line = 1 + strings.Count(text[:m[0]], "\n")
		text = text[m[1]:]
	}
	doc.Body = text
}

// splitText recognises the five-line metadata preamble of text dumps
// (reference id, title, date, classification, origin) and keeps the rest
// as the cable.
func splitText(text string, doc *Document) {
	lines := strings.SplitN(text, "\n", 6)
	if len(lines) == 6 && refIDLineRE.MatchString(strings.TrimSpace(lines[0])) {
		doc.Meta.ID = strings.TrimSpace(lines[0])
		doc.Meta.Title = strings.TrimSpace(lines[1])
		if d, ok := parseRubyTime(strings.TrimSpace(lines[2])); ok {
			doc.Meta.Created = d
		}
		doc.Meta.Classification = strings.TrimSpace(lines[3])
		doc.Meta.Origin = strings.TrimSpace(lines[4])
		doc.Body = lines[5]
		return
	}
	doc.Body = text
}

var rubyTimeRE = regexp.MustCompile(`^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) [\d:]+ [+-]\d{4} (\d{4})$`)

// parseRubyTime reads "Thu Oct 29 00:00:00 +0100 2009" as a date.
func parseRubyTime(s string) (string, bool) {
	m := rubyTimeRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	mon, ok := months[strings.ToUpper(m[1])]
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s-%02d-%02d", m[3], mon, atoi(m[2])), true
}

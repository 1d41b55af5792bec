package source

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"github.com/cablesql/cablesql/internal/lazyre"
	"golang.org/x/text/transform"
)

// Document is one cable as read from a source, before parsing: the
// publisher's metadata when the format has any, the raw transmission
// header and body, and where it sits in the source.
type Document struct {
	Format string // html, cablescsv, text, newssite, json
	Path   string // display name of the source ("-" for stdin)
	Line   int    // line of the source where the cable starts
	Meta   Meta
	Header string // raw transmission header, "" when the source has none
	Body   string // raw body (classification line onwards), or the whole text
	SHA256 string // digest of the cable's bytes in the source
}

// Meta is publisher metadata that some formats carry beside the text.
type Meta struct {
	ID             string   // reference id as published
	Created        string   // ISO 8601: 2009-10-29T15:42, or a date alone
	Released       string   // ISO 8601
	Classification string   // as published, e.g. SECRET//NOFORN
	Origin         string   // e.g. "Embassy Ankara"
	Title          string   // a page title standing in for the subject
	Refs           []string // ids of cited cables given beside the text
}

// Formats that Detect recognises.
const (
	FormatHTML      = "html"
	FormatCablesCSV = "cablescsv"
	FormatText      = "text"
	FormatNewsSite  = "newssite"
	FormatJSON      = "json"
)

// sniffLen is how much of a file Detect looks at.
const sniffLen = 16 << 10

var (
	htmlRE      = lazyre.New(`(?i)<(?:!doctype html|html|head|body|pre|table|div|p|title|code|meta)\b`)
	csvRowRE    = lazyre.New(`^"?\d+"?,"?\d{1,2}/\d{1,2}/\d{4}[ T]\d{1,2}:\d{2}`)
	csvHeaderRE = lazyre.New(`(?i)^"?(?:id|identifier|#)"?,.*(?:date|created).*,.*ref`)
	jsonpRE     = lazyre.New(`^[A-Za-z_$][\w$.]*[ \t]*\([ \t\r\n]*[{\[]`)
	// newsTitleRE matches a news site's headline for a cable:
	// "Cablegate: <subject>", "US embassy cables: <subject>".
	newsTitleRE = lazyre.New(`(?mi)^[ \t]*(?:Cablegate|US embassy cables?|Wiki[Ll]eaks cables?):[ \t]*\S`)
)

// Detect names the format of a file from its first bytes (16 KB are
// enough), or "" when it is empty, binary or not one cablesql reads.
func Detect(head []byte) string {
	if isUTF16(head) {
		head = []byte(DecodeText(head))
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(h) == 0, isBinary(head):
		return ""
	case h[0] == '<':
		if htmlRE.Match(h) {
			return FormatHTML
		}
		return ""
	case h[0] == '{' || h[0] == '[' || jsonpRE.Match(h):
		return FormatJSON
	case looksLikeCablesCSV(h):
		return FormatCablesCSV
	case newsTitleRE.Match(h):
		return FormatNewsSite
	}
	return FormatText
}

// looksLikeCablesCSV reports whether h starts with a cables.csv row
// ("1","12/28/1966 18:48",...), after an optional header row.
func looksLikeCablesCSV(h []byte) bool {
	line, rest, _ := bytes.Cut(h, []byte("\n"))
	if csvRowRE.Match(line) {
		return true
	}
	return csvHeaderRE.Match(line) && csvRowRE.Match(rest)
}

// isBinary reports whether b holds NUL bytes or mostly control bytes.
func isBinary(b []byte) bool {
	if isUTF16(b) {
		return false
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	bad := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			bad++
		}
	}
	return len(b) > 0 && bad*20 > len(b)
}

// Read reads every cable in r, whose display name is name, and calls fn
// once per cable. The format is detected from the content.
//
// fn is called with the document, or with a nil document and a
// position-carrying *Error for a cable, row or file that could not be
// read; reading goes on after such an error when the format allows (the
// next row of a CSV file, the next record of a JSON file). Read returns
// an error only when fn returns one, which stops the reading.
func Read(name string, r io.Reader, fn func(*Document, error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return fn(nil, Errorf(name, 0, "read: %v", err))
	}
	if isUTF16(head) {
		// Decode UTF-16 as it streams, so every reader sees UTF-8.
		br = bufio.NewReaderSize(transform.NewReader(br, newUTF16Decoder()), 64<<10)
		head, _ = br.Peek(sniffLen)
	}
	if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
		head = head[3:]
	}
	switch format := Detect(head); format {
	case "":
		switch {
		case len(bytes.TrimSpace(head)) == 0:
			return fn(nil, Errorf(name, 1, "empty file"))
		case isBinary(head):
			return fn(nil, unknownFormat(name, "binary file, not a cable page, cables.csv, JSON or cable text"))
		}
		return fn(nil, unknownFormat(name, "not a cable page, cables.csv, JSON or cable text"))
	case FormatHTML:
		return readHTML(name, br, fn)
	case FormatCablesCSV:
		return readCablesCSV(name, br, fn)
	case FormatJSON:
		return readJSON(name, br, fn)
	default:
		if why := notCable(head); why != "" {
			return fn(nil, Errorf(name, 1, "not a cable: %s", why))
		}
		return readText(name, br, fn)
	}
}

// unknownFormat is the error for a file that is not one cablesql reads.
func unknownFormat(name, why string) *Error {
	e := Errorf(name, 1, "%v: %s", errUnknown, why)
	e.Err = errUnknown
	return e
}

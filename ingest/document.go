package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"unicode/utf8"
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
	ID             string // reference id as published
	Created        string // ISO 8601
	Released       string // ISO 8601
	Classification string
	Origin         string
	Title          string // a page title standing in for the subject
	Refs           []string
}

// Formats that Detect recognises.
const (
	FormatHTML      = "html"
	FormatCablesCSV = "cablescsv"
	FormatText      = "text"
	FormatNewsSite  = "newssite"
	FormatJSON      = "json"
)

// Detect names the format of a file from its first bytes, or "" when it
// is not one cablesql reads.
func Detect(head []byte) string {
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	switch {
	case len(h) == 0:
		return ""
	case isBinary(head):
		return ""
	case bytes.HasPrefix(h, []byte("<")):
		if bytes.Contains(head, []byte("<pre")) || bytes.Contains(bytes.ToLower(head), []byte("<html")) {
			return FormatHTML
		}
		return ""
	case bytes.HasPrefix(h, []byte(`"`)) && looksLikeCablesCSV(h):
		return FormatCablesCSV
	case bytes.HasPrefix(h, []byte("{")) || bytes.HasPrefix(h, []byte("[")) || bytes.HasPrefix(h, []byte("cablegrab(")):
		return FormatJSON
	case bytes.Contains(head, []byte("Cablegate: ")):
		return FormatNewsSite
	}
	return FormatText
}

// looksLikeCablesCSV reports whether h starts with `"<seq>","<date>",`.
func looksLikeCablesCSV(h []byte) bool {
	i := bytes.IndexByte(h[1:], '"')
	if i <= 0 {
		return false
	}
	for _, c := range h[1 : i+1] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return bytes.HasPrefix(h[i+2:], []byte(`,"`))
}

// isBinary reports whether b holds NUL bytes or mostly non-text bytes.
func isBinary(b []byte) bool {
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

// decodeText returns b as UTF-8 text with LF line ends: Latin-1 input
// (not valid UTF-8) is converted byte for byte, CRLF and lone CR become LF.
func decodeText(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var s string
	if utf8.Valid(b) {
		s = string(b)
	} else {
		r := make([]rune, 0, len(b))
		for _, c := range b {
			r = append(r, rune(c))
		}
		s = string(r)
	}
	if bytes.IndexByte(b, '\r') >= 0 {
		s = string(bytes.ReplaceAll(bytes.ReplaceAll([]byte(s), []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n")))
	}
	return s
}

func digest(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// Read reads every cable in r, whose display name is name, and calls fn
// for each. The format is detected from the content. Errors in one cable
// are passed to fn with a nil document... see ReadFunc.
//
// fn is called with the document, or with a position-carrying *Error for a
// cable that could not be read; reading goes on after such an error. Read
// returns an error only when the source as a whole cannot be read, or when
// fn returns one.
func Read(name string, r io.Reader, fn func(*Document, error) error) error {
	br := bufio.NewReaderSize(r, 64*1024)
	head, _ := br.Peek(8192)
	format := Detect(head)
	switch format {
	case "":
		if len(bytes.TrimSpace(head)) == 0 {
			return fn(nil, Errorf(name, 1, "empty file"))
		}
		return fn(nil, Errorf(name, 1, "%v: not a cable page, cables.csv, JSON or cable text", errUnknown))
	case FormatText, FormatNewsSite:
		return readText(name, format, br, fn)
	}
	return fn(nil, Errorf(name, 1, "%s format is not supported yet", format))
}

package ingest

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/source"
	"golang.org/x/text/encoding/charmap"
)

// The same cable saved in other encodings and line ends must parse to
// the same cable.

// encodeCP1252 returns s in Windows-1252, or false when s has a rune
// that encoding lacks.
func encodeCP1252(s string) ([]byte, bool) {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	return b, err == nil
}

func encodeUTF16(s string, big bool) []byte {
	var b bytes.Buffer
	order := binary.ByteOrder(binary.LittleEndian)
	b.Write([]byte{0xff, 0xfe})
	if big {
		order = binary.BigEndian
		b.Reset()
		b.Write([]byte{0xfe, 0xff})
	}
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&b, order, u)
	}
	return b.Bytes()
}

// variants returns a cable text (UTF-8, LF) in other encodings and line
// ends.
func variants(text string) map[string][]byte {
	v := map[string][]byte{
		"CRLF":      []byte(strings.ReplaceAll(text, "\n", "\r\n")),
		"CR":        []byte(strings.ReplaceAll(text, "\n", "\r")),
		"UTF-8 BOM": append([]byte("\xef\xbb\xbf"), text...),
		"UTF-16LE":  encodeUTF16(text, false),
		"UTF-16BE":  encodeUTF16(strings.ReplaceAll(text, "\n", "\r\n"), true),
	}
	if b, ok := encodeCP1252(text); ok {
		v["Windows-1252"] = b
		v["Windows-1252 CRLF"] = bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
	}
	return v
}

// sameCable compares two parses, leaving out where they came from.
func sameCable(t *testing.T, what string, want, got *cablesql.Cable) {
	t.Helper()
	w, g := *want, *got
	w.Source, g.Source = cablesql.Source{}, cablesql.Source{}
	if !reflect.DeepEqual(w, g) {
		t.Errorf("%s: parses differently:\n got %+v\nwant %+v", what, g, w)
	}
}

func TestEncodingsAndLineEnds(t *testing.T) {
	var texts []string
	for _, p := range []string{"../testdata/09STATE111693.txt", "../sample/09STATE111693.scoop.txt"} {
		texts = append(texts, source.DecodeText(mustReadFile(t, p)))
	}
	txts, _ := filepath.Glob("testdata/corpus/txt/*/data-sample/cablegate-converted/*.txt")
	for _, p := range txts[:min(len(txts), 6)] {
		texts = append(texts, source.DecodeText(mustReadFile(t, p)))
	}
	pages, _ := filepath.Glob("testdata/corpus/html/avilaroman+Wikileaks-Mirror/cable/*/*/*.html")
	for _, p := range pages[:min(len(pages), 8)] {
		texts = append(texts, string(userPreText(mustReadFile(t, p))))
	}
	if len(texts) < 10 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, text := range texts {
		base, err := parseOne("base", []byte(text))
		if err != nil {
			continue // a partial extract's text: no id to compare
		}
		for name, b := range variants(text) {
			c, err := parseOne(name, b)
			if err != nil {
				t.Errorf("%s as %s: %v", base.ID, name, err)
				continue
			}
			sameCable(t, base.ID+" as "+name, base, c)
		}
	}
}

func TestCablesCSVVariants(t *testing.T) {
	// The same rows: backslash escapes and LF (the real file), RFC 4180
	// "" doubling with CRLF, and bare numbers.
	header := "P 291542Z OCT 09\nFM SECSTATE WASHDC"
	body := string(mustReadFile(t, "../testdata/09STATE111693.txt"))
	body = body[strings.Index(body, "C O N F I D E N T I A L"):]
	body += "\nA \"quoted\" word and a back\\slash.\n"
	fields := []string{"7", "10/29/2009 15:42", "09STATE111693", "Secretary of State", "CONFIDENTIAL", "09STATE1", header, body}
	escaped := csvRow(append([]string{}, fields...)...)
	var rfc []string
	for i, f := range fields {
		if i == 0 {
			rfc = append(rfc, f)
			continue
		}
		rfc = append(rfc, `"`+strings.ReplaceAll(f, `"`, `""`)+`"`)
	}
	doubled := strings.ReplaceAll(strings.Join(rfc, ",")+"\n", "\n", "\r\n")
	var cables []*cablesql.Cable
	for _, in := range []string{escaped + escaped, doubled + doubled, "\xef\xbb\xbf" + escaped + escaped, string(encodeUTF16(escaped+escaped, false))} {
		docs, errs := readAll(t, "cables.csv", strings.NewReader(in))
		if len(docs) != 2 || len(errs) != 0 {
			t.Fatalf("%d docs, errors %v", len(docs), errs)
		}
		if docs[0].Body != body || docs[0].Header != header {
			t.Errorf("body or header changed:\n%q", docs[0].Body[len(docs[0].Body)-60:])
		}
		c, err := Parse(docs[1])
		if err != nil {
			t.Fatal(err)
		}
		cables = append(cables, c)
	}
	for i, name := range []string{"RFC 4180 CRLF row", "row after a byte-order mark", "UTF-16 row"} {
		sameCable(t, name, cables[0], cables[i+1])
	}
	if cables[0].Subject != "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S. REPORT ON CONTACTS WITH NON-PARTNERS" ||
		strings.Join(cables[0].Refs, " ") != "09STATE1" {
		t.Errorf("row: subject %q refs %v", cables[0].Subject, cables[0].Refs)
	}
}

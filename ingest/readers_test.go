package ingest

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/source"
)

// readAll reads every document and error of a source.
func readAll(t *testing.T, name string, r io.Reader) ([]*source.Document, []error) {
	t.Helper()
	var docs []*source.Document
	var errs []error
	err := source.Read(name, r, func(d *source.Document, err error) error {
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return docs, errs
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadBadFiles(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"empty.txt", "", "empty.txt:1: empty file"},
		{"blank.txt", "\n\n  \n", "blank.txt:1: empty file"},
		{"a.out", "\x7fELF\x02\x01\x01\x00\x00\x00\x00", "a.out:1: unknown format: binary file"},
		{"pic.svg", "<svg xmlns='x'/>", "pic.svg:1: unknown format"},
		{"broken.json", `{"_id": "04ANKARA348", "body": "C O N`, "broken.json:1: JSON record cut short"},
	}
	for _, tt := range tests {
		docs, errs := readAll(t, tt.name, strings.NewReader(tt.input))
		if len(docs) != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.want) {
			t.Errorf("%s: %d docs, errors %v, want one error starting %q", tt.name, len(docs), errs, tt.want)
		}
		var e *source.Error
		if len(errs) == 1 && !errors.As(errs[0], &e) {
			t.Errorf("%s: error %T is not an *Error", tt.name, errs[0])
		}
		if unknown := strings.Contains(tt.want, "unknown format"); len(errs) == 1 && errors.Is(errs[0], cablesql.ErrUnknownFormat) != unknown {
			t.Errorf("%s: errors.Is(ErrUnknownFormat) = %v", tt.name, !unknown)
		}
	}
	// A text that is not a cable reads, but does not parse.
	docs, _ := readAll(t, "notes.txt", strings.NewReader("Shopping list\n\nmilk\n"))
	if len(docs) != 1 {
		t.Fatalf("notes.txt: %d docs", len(docs))
	}
	if _, err := Parse(docs[0]); err == nil || !strings.HasPrefix(err.Error(), "notes.txt:1: no reference id") {
		t.Errorf("Parse(notes.txt) error = %v", err)
	}
}

// repeatReader yields n bytes of b repeated, without holding them.
type repeatReader struct {
	b []byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.b)
		if c == 0 {
			c = copy(p[k:k+1], r.b)
		}
		k += c
		r.n -= c
	}
	return k, nil
}

func TestLongLine(t *testing.T) {
	// A 50 MB line: a clear error at its line, without reading it whole.
	r := io.MultiReader(strings.NewReader("C O N F I D E N T I A L STATE 000001\n"), &repeatReader{b: []byte("x"), n: 50 << 20})
	docs, errs := readAll(t, "long.txt", r)
	if len(docs) != 0 || len(errs) != 1 || errs[0].Error() != "long.txt:2: line longer than 4 MB: not a cable" {
		t.Errorf("long line: %d docs, errors %v", len(docs), errs)
	}
	r = io.MultiReader(strings.NewReader("<html><pre>"), &repeatReader{b: []byte("x"), n: 50 << 20})
	docs, errs = readAll(t, "long.html", r)
	if len(docs) != 0 || len(errs) != 1 || errs[0].Error() != "long.html:1: file longer than 32 MB: not a cable" {
		t.Errorf("long page: %d docs, errors %v", len(docs), errs)
	}
}

// csvRow builds a cables.csv row with backslash escapes.
func csvRow(fields ...string) string {
	for i, f := range fields {
		fields[i] = csvEscape(f)
	}
	return strings.Join(fields, ",") + "\n"
}

const csvBody = "C O N F I D E N T I A L STATE 000111\n\nE.O. 12958: DECL: 10/29/2029\nTAGS: PREL\nSUBJECT: A \"QUOTED\" SUBJECT \\ WITH A BACKSLASH\n\n1. (C) Text.\n"

func TestCablesCSV(t *testing.T) {
	in := csvRow("1", "10/29/2009 15:42", "09STATE111", "Secretary of State", "CONFIDENTIAL//NOFORN", "09STATE1|08BERLIN2", "P 291542Z OCT 09\nFM SECSTATE WASHDC", csvBody) +
		"\n" + // a blank line between rows
		"2,\"1/2/2010 3:04\",\"10STATE2\",\"Secretary of State\",\"SECRET\",\"\",\"P 020304Z JAN 10\",\"S E C R E T STATE 000002\r\n\r\nSUBJECT: \"\"DOUBLED\"\" QUOTES\r\nADVISORS\\' QUALMS, C:\\TEMP\r\n\"\r\n"
	docs, errs := readAll(t, "cables.csv", strings.NewReader(in))
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	d := docs[0]
	if d.Format != source.FormatCablesCSV || d.Line != 1 || d.Meta.ID != "09STATE111" || d.Meta.Created != "2009-10-29T15:42" ||
		d.Meta.Origin != "Secretary of State" || d.Meta.Classification != "CONFIDENTIAL//NOFORN" ||
		strings.Join(d.Meta.Refs, " ") != "09STATE1 08BERLIN2" || d.Header != "P 291542Z OCT 09\nFM SECSTATE WASHDC" || d.Body != csvBody {
		t.Errorf("row 1 = %+v", d)
	}
	if docs[1].Line != 11 || docs[1].Meta.Created != "2010-01-02T03:04" || !strings.Contains(docs[1].Body, "SUBJECT: \"DOUBLED\" QUOTES\nADVISORS' QUALMS, C:\\TEMP\n") {
		t.Errorf("row 2 = line %d, %+v", docs[1].Line, docs[1])
	}
	c, err := Parse(d)
	if err != nil {
		t.Fatal(err)
	}
	if c.Subject != `A "QUOTED" SUBJECT \ WITH A BACKSLASH` || c.Classification != "CONFIDENTIAL" || strings.Join(c.Caveats, " ") != "NOFORN" {
		t.Errorf("parsed row 1: subject %q, level %q, caveats %v", c.Subject, c.Classification, c.Caveats)
	}
	if d.SHA256 == docs[1].SHA256 || len(d.SHA256) != 64 {
		t.Errorf("row digests %q %q", d.SHA256, docs[1].SHA256)
	}
}

func TestCablesCSVBadRows(t *testing.T) {
	good := csvRow("1", "10/29/2009 15:42", "09STATE111", "Secretary of State", "CONFIDENTIAL", "", "P 291542Z OCT 09", csvBody)
	short := csvRow("2", "10/29/2009 15:42", "09STATE112", "Secretary of State")
	// A row with too few fields is reported at its line; reading goes on.
	docs, errs := readAll(t, "c.csv", strings.NewReader(good+short+good))
	if len(docs) != 2 || len(errs) != 1 || errs[0].Error() != "c.csv:9: cables.csv row has 4 fields, want 8" {
		t.Errorf("short row: %d docs, errors %v", len(docs), errs)
	}
	// A row cut short by the end of the file: the rows before it stay.
	cut := good + good[:len(good)/2]
	docs, errs = readAll(t, "cut.csv", strings.NewReader(cut))
	if len(docs) != 1 || len(errs) != 1 || errs[0].Error() != "cut.csv:9: cables.csv row cut short: end of file inside a quoted field" {
		t.Errorf("truncated row: %d docs, errors %v", len(docs), errs)
	}
}

func TestCablesCSV100MBField(t *testing.T) {
	// The real limit: a 100 MB field is refused with a clear error, the
	// row after it still read, and memory bounded by the limit.
	head := `"1","10/29/2009 15:42","09STATE111","Secretary of State","SECRET","","","`
	good := csvRow("2", "10/29/2009 15:42", "09STATE112", "Secretary of State", "CONFIDENTIAL", "", "P 291542Z OCT 09", csvBody)
	r := io.MultiReader(strings.NewReader(head), &repeatReader{b: []byte("0123456789abcdef"), n: 100 << 20}, strings.NewReader("\"\n"+good))
	docs, errs := readAll(t, "big.csv", r)
	if len(docs) != 1 || docs[0].Meta.ID != "09STATE112" || len(errs) != 1 ||
		errs[0].Error() != "big.csv:1: cables.csv field longer than 64 MB (a quote left open?)" {
		t.Errorf("100 MB field: %d docs, errors %v", len(docs), errs)
	}
}

func TestReadJSON(t *testing.T) {
	lines := `{ "_id" : "04ANKARA348", "origin" : "Embassy Ankara", "date_time" : "2004-01-20 12:12", "classification" : "CONFIDENTIAL", "body" : "C O N F I D E N T I A L ANKARA 000348 Subject: x", "header" : "201247Z Jan 04", "reference_id" : "04ANKARA348" }
{ "_id" : "bad" "origin" }
{ "_id" : "04ANKARA7211", "body" : "S E C R E T ANKARA 007211", "date_time" : "2004-12-30 05:05" }
`
	docs, errs := readAll(t, "x.json", strings.NewReader(lines))
	if len(docs) != 2 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "x.json:2: JSON record:") {
		t.Fatalf("JSON lines: %d docs, errors %v", len(docs), errs)
	}
	if d := docs[0]; d.Meta.ID != "04ANKARA348" || d.Meta.Created != "2004-01-20T12:12" || d.Meta.Origin != "Embassy Ankara" || d.Line != 1 {
		t.Errorf("record 1 = %+v", d)
	}
	if docs[1].Line != 3 {
		t.Errorf("record 3 at line %d", docs[1].Line)
	}
	array := `[{"id":"08MOSCOW3343","text":"C O N F I D E N T I A L MOSCOW 003343"},` + "\n" + `{"id":"08MOSCOW3344","text":"C O N F I D E N T I A L MOSCOW 003344"}]`
	docs, errs = readAll(t, "a.json", strings.NewReader(array))
	if len(docs) != 2 || len(errs) != 0 || docs[1].Meta.ID != "08MOSCOW3344" || docs[1].Line != 2 {
		t.Errorf("JSON array: %d docs, errors %v", len(docs), errs)
	}
	jsonp := `cablegrab({"info":{"response":"OK"},"items":[{"id":"08MOSCOW3343","subject":"MEDVEDEV\u2019S ADDRESS","date":"2008-11-19 06:06:00","classification":"CONFIDENTIAL","origin":"Embassy Moscow","text":"C O N F I D E N T I A L MOSCOW 003343 \nSIPDIS \n"}]})`
	docs, errs = readAll(t, "j.js", strings.NewReader(jsonp))
	if len(docs) != 1 || len(errs) != 0 || docs[0].Meta.Title != "MEDVEDEV’S ADDRESS" || docs[0].Meta.Created != "2008-11-19T06:06" {
		t.Errorf("JSONP: %d docs, errors %v, %+v", len(docs), errs, docs)
	}
}

func TestJSONLongRecord(t *testing.T) {
	// A 100 MB record is refused at its line without being held whole.
	r := io.MultiReader(strings.NewReader(`{"id":"08MOSCOW1","text":"C O N F I D E N T I A L MOSCOW 000001"}`+"\n"+`{"id":"08MOSCOW2","text":"`),
		&repeatReader{b: []byte("0123456789abcdef"), n: 100 << 20}, strings.NewReader(`"}`))
	docs, errs := readAll(t, "big.json", r)
	if len(docs) != 1 || len(errs) != 1 || errs[0].Error() != "big.json:2: JSON record longer than 64 MB" {
		t.Errorf("100 MB record: %d docs, errors %v", len(docs), errs)
	}
}

func TestReadHTMLForms(t *testing.T) {
	// A page with only the body block, one with the cable as page text,
	// and a news site's page.
	body := "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th></tr>" +
		"<tr><td><a href='/x'>02ANKARA8150</a></td><td>2002-11-13 16:04</td></tr></table>" +
		"<code><pre>UNCLAS ANKARA 008150 &#x000A; &#x000A;SUBJECT: UPDATE ON TURKEY&#8217;S CONTRIBUTION &#x000A; &#x000A;<a id='par1' href='#par1'>¶</a>1.  EmbOffs met.</pre></code></body></html>"
	docs, errs := readAll(t, "one.html", strings.NewReader(body))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("one pre: %d docs, errors %v", len(docs), errs)
	}
	c, err := Parse(docs[0])
	if err != nil || c.ID != "02ANKARA8150" || c.Created != "2002-11-13T16:04" || c.Subject != "UPDATE ON TURKEY’S CONTRIBUTION" ||
		len(c.Paragraphs) != 1 || c.Paragraphs[0].Num != 1 || c.Header != "" {
		t.Errorf("one pre: %+v, %v", c, err)
	}
	news := "<!DOCTYPE html><html><head><title>Cablegate: Missile Technology Control Regime (Mtcr): U.S. | Scoop News</title>" +
		"<script>var x = 1;</script></head><body><div class='nav'>Celebrating 25 Years of Scoop</div>" +
		"<h1>Cablegate: Missile Technology Control Regime (Mtcr): U.S.</h1><p>DE RUEHC #1693 3021607<br>P 291542Z OCT 09</p>" +
		"<p>C O N F I D E N T I A L STATE 111693</p><p>E.O. 12958: DECL: 10/29/2029</p><p>1. (U) This is an action request.</p>" +
		"<p>&copy; Scoop Media</p><p>Subscribe to Scoop</p></body></html>"
	docs, errs = readAll(t, "story.htm", strings.NewReader(news))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("news page: %d docs, errors %v", len(docs), errs)
	}
	c, err = Parse(docs[0])
	if err != nil || c.ID != "09STATE111693" || c.Source.Format != source.FormatNewsSite || c.SubjectSource != "title" ||
		c.Subject != "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S." || len(c.Paragraphs) != 1 {
		t.Errorf("news page: %+v, %v", c, err)
	}
}

func TestTextPreambles(t *testing.T) {
	body := "C O N F I D E N T I A L ANKARA 000348 \n\nE.O. 12958: DECL: 01/07/2014 \nTAGS: PREL, PGOV, TU \nSUBJECT: TURKISH PM GOES TO WASHINGTON \n\n1. (C) Summary.\n"
	tests := []struct {
		name, text, id, created, class, origin, subject, source string
	}{
		{"labelled lines", "Reference ID: 04ANKARA348\nCreated: 2004-01-20 12:12\nReleased: 2010-11-28 18:06\nClassification: CONFIDENTIAL//NOFORN\nOrigin: Embassy Ankara\n\n" + body,
			"04ANKARA348", "2004-01-20T12:12", "CONFIDENTIAL", "Embassy Ankara", "TURKISH PM GOES TO WASHINGTON", "subject"},
		{"a page's table as text", "Browse by origin\nEmbassy Abidjan\nSECRET//NOFORN\nReference ID\nCreated\nReleased\nClassification\nOrigin\n04ANKARA348\n2004-01-20 12:12\n2010-11-28 18:06\nCONFIDENTIAL\nEmbassy Ankara\n" + body,
			"04ANKARA348", "2004-01-20T12:12", "CONFIDENTIAL", "Embassy Ankara", "TURKISH PM GOES TO WASHINGTON", "subject"},
		{"a newspaper's headline and date line", "Guardian home\n\nUS embassy cables: Turkish PM goes to Washington\n\nTuesday, 20 January 2004, 12:47\n" + strings.Replace(body, "SUBJECT: TURKISH PM GOES TO WASHINGTON \n", "", 1),
			"04ANKARA348", "", "CONFIDENTIAL", "", "TURKISH PM GOES TO WASHINGTON", "title"},
	}
	for _, tt := range tests {
		c := mustParse(t, tt.text)
		got := []string{c.ID, c.Created, c.Classification, c.Origin, c.Subject, c.SubjectSource}
		want := []string{tt.id, tt.created, tt.class, tt.origin, tt.subject, tt.source}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: id, created, level, origin, subject, source = %q, want %q", tt.name, got, want)
		}
	}
}

func TestTextSeveralCables(t *testing.T) {
	// Two cables in one text file, each with its header: two documents,
	// each at its own line.
	one := "VZCZCXYZ0003\nPP RUEHWEB\n\nDE RUEHC #1693 3021607\nP 291542Z OCT 09\nFM SECSTATE WASHDC\n\nC O N F I D E N T I A L STATE 111693\n\nSUBJECT: FIRST\n\n1. (C) One.\n\nCLINTON\n"
	two := "VZCZCXYZ0029\nPP RUEHWEB\n\nDE RUEHC #9845 2882008\nP R 142003Z OCT 08\nFM SECSTATE WASHDC\n\nC O N F I D E N T I A L STATE 109845\n\nSUBJECT: SECOND\n\n1. (C) Two.\n\nRICE\n"
	docs, errs := readAll(t, "two.txt", strings.NewReader(one+"\n"+two))
	if len(docs) != 2 || len(errs) != 0 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	for i, want := range []struct {
		id, subject string
		line        int
	}{{"09STATE111693", "FIRST", 1}, {"08STATE109845", "SECOND", 16}} {
		c, err := Parse(docs[i])
		if err != nil || c.ID != want.id || c.Subject != want.subject || docs[i].Line != want.line || len(c.Paragraphs) != 1 {
			t.Errorf("cable %d: %v, %+v at line %d", i+1, err, c, docs[i].Line)
		}
	}
	// Five-line dumps one after the other keep their metadata.
	dump := func(id, origin, cable string) string {
		return id + "\nTITLE\nThu Oct 29 00:00:00 +0100 2009\nCONFIDENTIAL\n" + origin + "\n" + cable
	}
	docs, errs = readAll(t, "dumps.txt", strings.NewReader(dump("09STATE111693", "Secretary of State", one)+dump("08STATE109845", "Secretary of State", two)))
	if len(docs) != 2 || len(errs) != 0 || docs[1].Meta.ID != "08STATE109845" || docs[1].Meta.Origin != "Secretary of State" || strings.Contains(docs[0].Body, "08STATE109845") {
		t.Errorf("dumps: %d docs, errors %v, %+v", len(docs), errs, docs)
	}
}

// TestSeedBothWays reads cable 09STATE111693 as published by WikiLeaks
// (a text dump) and as re-published by a news site: one cable.
func TestSeedBothWays(t *testing.T) {
	orig := parseFile(t, "../testdata/09STATE111693.txt")
	news := parseFile(t, "../sample/09STATE111693.scoop.txt")
	for _, c := range []*cablesql.Cable{orig, news} {
		if c.ID != "09STATE111693" || c.DTG != "2009-10-29T15:42Z" || c.Classification != "CONFIDENTIAL" || c.Precedence != "PRIORITY" {
			t.Errorf("%s: id %s dtg %s level %s precedence %s", c.Source.Format, c.ID, c.DTG, c.Classification, c.Precedence)
		}
		if c.DeclassifyOn != "2029-10-29" || c.ClassifiedBy != "Pam Durham" || c.Reason != "1.4 (B) and (D)" {
			t.Errorf("%s: declassify %s, classified by %q, reason %q", c.Source.Format, c.DeclassifyOn, c.ClassifiedBy, c.Reason)
		}
	}
	if orig.Subject != "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S. REPORT ON CONTACTS WITH NON-PARTNERS" || orig.SubjectSource != "subject" {
		t.Errorf("original subject %q (%s)", orig.Subject, orig.SubjectSource)
	}
	if !strings.HasPrefix(orig.Subject, news.Subject) || news.SubjectSource != "title" {
		t.Errorf("news subject %q (%s) is not the start of the original's", news.Subject, news.SubjectSource)
	}
	var tags []string
	for _, tg := range orig.Tags {
		tags = append(tags, tg.Name)
	}
	if strings.Join(tags, " ") != "BR ETTC FR KSCA MTCRE PARM PREL TSPA" || len(news.Tags) != 0 {
		t.Errorf("tags %v, news %v", tags, news.Tags)
	}
	if orig.Signer != "CLINTON" || orig.Origin != "Secretary of State" || orig.Created != "2009-10-29" {
		t.Errorf("signer %q origin %q created %q", orig.Signer, orig.Origin, orig.Created)
	}
	// The paragraphs are the same four, with comparable text: the news
	// site lost lines, so its text is a subsequence of the original's
	// words, and both keep the published line structure in Raw.
	if len(orig.Paragraphs) != 4 || len(news.Paragraphs) != 4 {
		t.Fatalf("paragraphs: %d original, %d news", len(orig.Paragraphs), len(news.Paragraphs))
	}
	for i := range orig.Paragraphs {
		o, n := orig.Paragraphs[i], news.Paragraphs[i]
		if o.Num != n.Num || o.Marking != n.Marking {
			t.Errorf("paragraph %d: %d (%s) vs %d (%s)", i+1, o.Num, o.Marking, n.Num, n.Marking)
		}
		if r := wordOverlap(n.Text, o.Text); r < 0.9 {
			t.Errorf("paragraph %d: only %.0f%% of the news text's words are in the original's", i+1, 100*r)
		}
	}
	for _, p := range []cablesql.Paragraph{orig.Paragraphs[2], news.Paragraphs[2]} {
		if !strings.Contains(p.Raw, "Begin Non-Paper:\n\nConfidential/Rel MTCR Countries:") || !strings.Contains(p.Text, "the MTCR's nonproliferation goals") {
			t.Errorf("paragraph 3 lost its lines or its repairs: %.200q", p.Raw)
		}
	}
	if !strings.Contains(orig.Paragraphs[2].Raw, "\nAlbania\n///////\n") {
		t.Errorf("original paragraph 3 lost its country headings")
	}
}

func parseFile(t *testing.T, path string) *cablesql.Cable {
	t.Helper()
	c, err := parseOne(path, mustReadFile(t, path))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// wordOverlap is the share of a's words found in b.
func wordOverlap(a, b string) float64 {
	have := map[string]bool{}
	for _, w := range strings.Fields(b) {
		have[w] = true
	}
	n, in := 0, 0
	for _, w := range strings.Fields(a) {
		n++
		if have[w] {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

package extract_test

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest/source"
)

// This file rebuilds a cable written as plain text in the other published
// forms, so that tests can read each through the real readers (ingest.Read
// on a file, as a user's ingest would): a WikiLeaks Cable Viewer page, a
// row of cables.csv and a news-site (Scoop) copy.

var (
	// bannerRE matches the classification line that opens a cable's body.
	bannerRE = regexp.MustCompile(`(?m)^(?:UNCLAS|UNCLASSIFIED|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET)\b.*$`)
	// serialBannerRE matches a banner that names the station and serial
	// ("UNCLAS SECTION 01 OF 02 MEXICO 002702"), wherever it starts: a
	// dump runs it into the header's last line, and some pages put a
	// metadata line in capitals ("UNCLASSIFIED//FOR OFFICIAL USE ONLY")
	// in the header block.
	serialBannerRE = regexp.MustCompile(`(?:UNCLAS|UNCLASSIFIED|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET)(?: E F T O)?(?: SECTION \d+ OF \d+)? [A-Z]{3,}(?: [A-Z]+)* \d{1,6}\b`)
	// gluedBannerRE matches a banner run into the line before it.
	gluedBannerRE = regexp.MustCompile(`(?:UNCLAS|C O N F I D E N T I A L|S E C R E T) `)
	// dumpIDRE matches the reference id opening a text dump.
	dumpIDRE = regexp.MustCompile(`^\d{2}[A-Z]+\d+\s*$`)
	// dtgLineRE matches the precedence and date-time group line, with
	// the operator's marks some carry ("P 221431Z FEB 10 ZDK", "O R
	// 200954Z JAN 10 ZFF6", "O 211302Z DEC 07 ZDK DUE TO SERVICES ZDK"),
	// or the date-time group alone as partial extracts give it ("221547Z
	// Sep 04").
	dtgLineRE = regexp.MustCompile(`^(?:[A-Z]{1,2}(?: [A-Z])? )?\d{6}Z [A-Z](?i:[A-Z]{2}) \d{2}(?: [A-Z][A-Z0-9]{1,4}\b.*)?$`)
	// firstParaRE matches the first numbered paragraph, or the first
	// marked one of a cable whose paragraphs have no numbers ("(C) As
	// part of a broader discussion").
	firstParaRE = regexp.MustCompile(`(?m)^¶?(?:1\.|\([A-Z/]{1,6}\) )`)
	// sectionEndRE matches the end of a banner whose station and serial
	// stand on the next line.
	sectionEndRE = regexp.MustCompile(`SECTION \d+ OF \d+\s*$`)
	paraNumRE    = regexp.MustCompile(`^¶?(\d{1,2})\.`)
	subjectRE    = regexp.MustCompile(`(?m)^SUBJECT:\s*(.*)$`)
	spacesRE     = regexp.MustCompile(`[ \t]{2,}`)
	blankRunRE   = regexp.MustCompile(`\n{4,}`)
)

// splitCable cuts a text cable into its transmission header (routing, DTG,
// FM/TO lines) and its body (from the classification banner on: the
// first that names the station and serial, else the first line that
// opens with a level).
// A text dump of the Cable Viewer (five lines of metadata, then the two
// blocks run together: "PRIORITY 0000C O N F I D E N T I A L STATE
// 111693") is cut where the banner starts.
func splitCable(text string) (header, body string) {
	if lines := strings.SplitN(text, "\n", 6); len(lines) == 6 && dumpIDRE.MatchString(lines[0]) {
		text = lines[5]
	}
	m := serialBannerRE.FindStringIndex(text)
	if m == nil {
		m = bannerRE.FindStringIndex(text)
	}
	if m == nil {
		m = gluedBannerRE.FindStringIndex(text)
	}
	if m == nil {
		return "", text
	}
	return strings.TrimRight(text[:m[0]], "\n"), text[m[0]:]
}

// originOf names the sender as the Cable Viewer does: "Embassy Hanoi",
// "Secretary of State", "Mission UNVIE Vienna".
func originOf(c *cablesql.Cable, header string) string {
	for _, l := range strings.Split(header, "\n") {
		from, ok := strings.CutPrefix(strings.TrimSpace(l), "FM ")
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(from, "SECSTATE"):
			return "Secretary of State"
		case strings.HasPrefix(from, "AMEMBASSY "):
			return "Embassy " + titleWords(strings.TrimPrefix(from, "AMEMBASSY "))
		case strings.HasPrefix(from, "AMCONSUL "):
			return "Consulate " + titleWords(strings.TrimPrefix(from, "AMCONSUL "))
		case strings.HasPrefix(from, "USMISSION "):
			return "Mission " + titleWords(strings.TrimPrefix(from, "USMISSION "))
		}
		return titleWords(from)
	}
	return c.Origin
}

// titleWords writes words in capitals as "Kuala Lumpur"; words of
// letters that look like acronyms (no vowel, or UNVIE) stay as written.
func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) <= 2 || w == "UNVIE" || !strings.ContainsAny(w, "AEIOU") {
			continue
		}
		words[i] = w[:1] + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

// classificationOf reads the classification from the body's banner.
func classificationOf(body string) string {
	banner := strings.ReplaceAll(bannerRE.FindString(body), " ", "")
	switch {
	case strings.HasPrefix(banner, "SECRET"):
		return "SECRET"
	case strings.HasPrefix(banner, "CONFIDENTIAL"):
		return "CONFIDENTIAL"
	case strings.Contains(body, "\nSENSITIVE"):
		return "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
	}
	return "UNCLASSIFIED"
}

// stamp writes the cable's creation time as the Cable Viewer does
// ("2009-03-20 09:15"): the publisher's Created when the cable was read
// with one, else its DTG ("2009-03-20T09:15Z"). A partial extract's
// header has no DTG, and its date is only the publisher's.
func stamp(c *cablesql.Cable) string {
	s := c.Created
	if s == "" {
		s = strings.TrimSuffix(c.DTG, "Z")
	}
	return strings.Replace(s, "T", " ", 1)
}

// viewerPage renders a cable (its header and body, as splitCable cuts a
// text cable) as a WikiLeaks Cable Viewer page: the metadata table, then
// the header and the body in two <pre> blocks on one line each, line
// breaks written &#x000A; and numbered paragraphs given ¶ anchors.
func viewerPage(id string, c *cablesql.Cable, header, body string) string {
	subject := ""
	if m := subjectRE.FindStringSubmatch(body); m != nil {
		subject = strings.TrimSpace(m[1])
	}
	y, mo, _ := strings.Cut(stamp(c), "-")
	mo, _, _ = strings.Cut(mo, "-")
	cell := func(href, v string) string { return "<td>\n<a href='" + href + "'>" + v + "</a>\n</td>\n" }
	var b strings.Builder
	b.WriteString("<?xml version='1.0' encoding='utf-8' ?>\n")
	b.WriteString(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">` + "\n")
	b.WriteString("<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>\n<head>\n<title>Cable Viewer</title>\n</head>\n<body>\n<div class='main'>\n")
	b.WriteString("<div class='pane big'>\n<h3>Viewing cable " + id + ", " + html.EscapeString(subject) + "</h3>\n")
	b.WriteString("<table class='cable'>\n<tr>\n<th>Reference ID</th>\n<th>Created</th>\n<th>Released</th>\n<th>Classification</th>\n<th>Origin</th>\n</tr>\n<tr>\n")
	b.WriteString(cell("/cable/"+y+"/"+mo+"/"+id+".html", id))
	b.WriteString(cell("/date/"+y+"-"+mo+"_0.html", stamp(c)))
	b.WriteString(cell("/reldate/2011-08-30_0.html", "2011-08-30 01:44"))
	b.WriteString(cell("/classification/4_0.html", classificationOf(body)))
	b.WriteString(cell("/origin/12_0.html", originOf(c, header)))
	b.WriteString("</tr>\n</table>\n")
	pre := func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			// The Cable Viewer escapes nothing but line breaks (raw
			// "&" and "'" stand in its pages).
			l = strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(l)
			if m := paraNumRE.FindStringSubmatch(l); m != nil {
				l = "<a id='par" + m[1] + "' href='#par" + m[1] + "'>¶</a>" + strings.TrimPrefix(l, "¶")
			}
			lines[i] = l
		}
		return "<code><pre>" + strings.Join(lines, "&#x000A;") + "</pre></code>\n"
	}
	if header != "" {
		b.WriteString(pre(header))
	}
	b.WriteString(pre(body))
	b.WriteString("</div>\n</div>\n</body>\n</html>\n")
	return b.String()
}

// cablesCSVRow renders a cable (header and body) as one row of
// cables.csv: eight double-quoted columns, quotes inside escaped with a
// backslash.
func cablesCSVRow(seq int, id string, c *cablesql.Cable, header, body string) string {
	var y, mo, d, hh, mm int
	fmt.Sscanf(stamp(c), "%d-%d-%d %d:%d", &y, &mo, &d, &hh, &mm)
	q := func(s string) string {
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
	}
	cols := []string{
		q(fmt.Sprint(seq)), q(fmt.Sprintf("%d/%d/%d %d:%02d", mo, d, y, hh, mm)), q(id),
		q(originOf(c, header)), q(classificationOf(body)), q(""), q(header), q(body),
	}
	return strings.Join(cols, ",") + "\n"
}

// scoopCopy renders a cable (header and body) as the news site Scoop
// re-published the cables: site furniture, a "Cablegate: <Subject>"
// headline in naive title case, then the DE line, the DTG, the banner, the E.O. and Classified By
// lines and the body, without the routing, TAGS, SUBJECT and REF lines,
// without ¶ signs or runs of spaces, and without every line that held a
// single word (one-word headings and their underlines, wrapped sentence
// ends). A cable without a SUBJECT line is headed by the subject the
// parser found, or else by its id.
func scoopCopy(c *cablesql.Cable, header, body string) string {
	subject := c.Subject
	if m := subjectRE.FindStringSubmatch(body); m != nil {
		subject = strings.TrimSpace(m[1])
	}
	if subject == "" {
		subject = c.ID
	}
	var kept []string
	for _, l := range strings.Split(header, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "DE ") || dtgLineRE.MatchString(t) {
			kept = append(kept, t)
		}
	}
	kept = append(kept, "")
	start := firstParaRE.FindStringIndex(body)
	if start == nil {
		start = []int{0, 0}
	}
	front := strings.Split(body[:start[0]], "\n")
	classified, serial := false, false
	for i, l := range front {
		t := strings.TrimSpace(l)
		switch {
		case i == 0:
			kept = append(kept, t, "")
			serial = !sectionEndRE.MatchString(t)
		case !serial && t != "":
			// The station and serial of a banner ending "SECTION 01
			// OF 02" stand on the next line.
			kept = append(kept, t, "")
			serial = true
		case strings.HasPrefix(t, "E.O."):
			kept = append(kept, t, "")
		case strings.HasPrefix(strings.ToUpper(t), "CLASSIFIED BY"):
			classified = true
			kept = append(kept, t)
		case classified && t != "":
			kept = append(kept, t)
		case classified:
			classified = false
			kept = append(kept, "")
		}
	}
	for _, l := range strings.Split(body[start[0]:], "\n") {
		t := strings.TrimSpace(strings.TrimPrefix(l, "¶"))
		if len(strings.Fields(t)) == 1 {
			continue
		}
		kept = append(kept, spacesRE.ReplaceAllString(t, " "))
	}
	cable := blankRunRE.ReplaceAllString(strings.Join(kept, "\n"), "\n\n\n")
	return "Celebrating 25 Years of Scoop\nLicence needed for work use Learn More\n\n\n\n" +
		"Cablegate: " + naiveTitle(subject) + "\n\n\n" + cable + "\n\n© Scoop Media\n\n" +
		"Advertisement - scroll to continue reading\nWorld Headlines\n\n\nJoin Our Free Newsletter\n"
}

// naiveTitle capitalises the first letter of each word and lowers the
// rest, as the news site did ("Missile Technology Control Regime (Mtcr)").
func naiveTitle(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}

// publishedForms writes a text cable in each published form to files
// under dir and returns their paths by form name.
func publishedForms(t testing.TB, dir, id string, c *cablesql.Cable, text string) map[string]string {
	t.Helper()
	header, body := splitCable(text)
	return publishedFormsOf(t, dir, id, c, header, body)
}

// publishedFormsOf writes a cable, given as its header and body, in each
// published form to files under dir and returns their paths by form name.
func publishedFormsOf(t testing.TB, dir, id string, c *cablesql.Cable, header, body string) map[string]string {
	t.Helper()
	forms := map[string]struct{ file, content string }{
		"cable page": {id + ".html", viewerPage(id, c, header, body)},
		"cables.csv": {id + ".csv", cablesCSVRow(1, id, c, header, body)},
		"news site":  {id + ".scoop.txt", scoopCopy(c, header, body)},
	}
	out := map[string]string{}
	for name, f := range forms {
		p := filepath.Join(dir, f.file)
		if err := os.WriteFile(p, []byte(f.content), 0o644); err != nil {
			t.Fatal(err)
		}
		out[name] = p
	}
	return out
}

// readForm reads a file through the real readers and checks it gives one
// cable in the expected format (readFormErr).
func readForm(t testing.TB, path, wantFormat string) *cablesql.Cable {
	t.Helper()
	c, err := readFormErr(path, wantFormat)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return c
}

// formOf is the format the reader should find for each published form.
var formOf = map[string]string{
	"cable page": source.FormatHTML,
	"cables.csv": source.FormatCablesCSV,
	"news site":  source.FormatNewsSite,
}

// heldOutCables are the cables of the third round, written before running
// the extractor on them; each is also read as a cable page, a cables.csv
// row and a news-site copy.
var heldOutCables = []string{
	"09HANOI312", "10STATE27415", "10STATE94417", "08STATE99870", "09KUALALUMPUR588", "09UNVIEVIENNA266",
	// written after the fixes, before running them, as a check
	"09TBILISI1712", "10STATE31290",
}

// TestPublishedFormsRead checks that each form of each test cable reads
// back through the real readers as the same cable: same id, date and
// paragraphs.
func TestPublishedFormsRead(t *testing.T) {
	files := heldOutCables
	for _, oc := range outreachCables {
		if !strings.Contains(oc.file, ".scoop") {
			files = append(files, strings.TrimSuffix(oc.file, ".txt"))
		}
	}
	dir := t.TempDir()
	for _, id := range files {
		path := filepath.Join("testdata", id+".txt")
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		orig := parseFile(t, path)
		for name, p := range publishedForms(t, dir, id, orig, string(text)) {
			c := readForm(t, p, formOf[name])
			if c.ID != orig.ID || c.DTG[:10] != orig.DTG[:10] {
				t.Errorf("%s %s: id %s date %s, want %s %s", id, name, c.ID, c.DTG, orig.ID, orig.DTG)
			}
			if len(c.Paragraphs) != len(orig.Paragraphs) {
				t.Errorf("%s %s: %d paragraphs, want %d", id, name, len(c.Paragraphs), len(orig.Paragraphs))
			}
		}
	}
}

// formCase is a cable to read in every published form and the facts
// written down for it.
type formCase struct{ id, text, expected string }

// formCases lists the seed, the outreach cables and the held-out ones.
func formCases(t testing.TB) []formCase {
	cases := []formCase{{"09STATE111693", filepath.Join("..", "testdata", "09STATE111693.txt"), "09STATE111693.expected.tsv"}}
	for _, oc := range outreachCables {
		if !strings.Contains(oc.file, ".scoop") {
			cases = append(cases, formCase{strings.TrimSuffix(oc.file, ".txt"), filepath.Join("testdata", oc.file), oc.expected})
		}
	}
	for _, id := range heldOutCables {
		cases = append(cases, formCase{id, filepath.Join("testdata", id+".txt"), id + ".expected.tsv"})
	}
	return cases
}

// TestFactsInEveryForm checks the facts of every test cable read through
// the real readers as text, as a cable page, as a cables.csv row and as a
// news-site copy, against the facts written down for it, and logs
// precision and recall per cable and form.
func TestFactsInEveryForm(t *testing.T) {
	dir := t.TempDir()
	type tally struct{ hits, got, want int }
	total := map[string]*tally{}
	defer func() {
		for _, name := range []string{"text", "cable page", "cables.csv", "news site"} {
			if tl := total[name]; tl != nil {
				t.Logf("all, %s: %d facts, %d expected, precision %.2f, recall %.2f", name, tl.got, tl.want,
					float64(tl.hits)/float64(max(tl.got, 1)), float64(tl.hits)/float64(max(tl.want, 1)))
			}
		}
	}()
	for _, fc := range formCases(t) {
		text, err := os.ReadFile(fc.text)
		if err != nil {
			t.Fatal(err)
		}
		want := readLines(t, filepath.Join("testdata", fc.expected))
		slices.Sort(want)
		orig := parseFile(t, fc.text)
		forms := publishedForms(t, dir, fc.id, orig, string(text))
		forms["text"] = fc.text
		for _, name := range []string{"text", "cable page", "cables.csv", "news site"} {
			t.Run(fc.id+"/"+name, func(t *testing.T) {
				c := orig
				if name != "text" {
					c = readForm(t, forms[name], formOf[name])
				}
				acts := extract.Activities(c)
				got := factSet(acts)
				p, r := score(got, want)
				tl := total[name]
				if tl == nil {
					tl = &tally{}
					total[name] = tl
				}
				for _, g := range got {
					if slices.Contains(want, g) {
						tl.hits++
					}
				}
				tl.got, tl.want = tl.got+len(got), tl.want+len(want)
				t.Logf("%s %s: %d facts, %d expected, precision %.2f, recall %.2f", fc.id, name, len(got), len(want), p, r)
				diffSets(t, fc.id+" "+name, got, want)
			})
		}
	}
}

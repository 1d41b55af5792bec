package extract_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
)

// outreachCables are cables of the seed's kind written for these tests:
// other countries, events, dates, phrasing and layouts (underlined
// headings, "Name:" headings, prose without headings, all capitals). The
// facts in <id>.expected.tsv were written by reading each cable.
var outreachCables = []struct{ file, expected string }{
	{"10STATE48213.txt", "10STATE48213.expected.tsv"},
	{"10STATE48213.scoop.txt", "10STATE48213.expected.tsv"}, // news site: one-word lines lost
	{"10NAIROBI412.txt", "10NAIROBI412.expected.tsv"},
	{"10STATE70112.txt", "10STATE70112.expected.tsv"},
	{"10BAKU287.txt", "10BAKU287.expected.tsv"},
	{"05STATE176512.txt", "05STATE176512.expected.tsv"},
	// held out: written after the second round of rules, before running them
	{"10STATE15533.txt", "10STATE15533.expected.tsv"},
	{"10DAKAR118.txt", "10DAKAR118.expected.tsv"},
	{"06STATE201234.txt", "06STATE201234.expected.tsv"},
}

// score returns the precision and recall of got against want.
func score(got, want []string) (precision, recall float64) {
	hit := 0
	for _, g := range got {
		if slices.Contains(want, g) {
			hit++
		}
	}
	precision, recall = 1, 1
	if len(got) > 0 {
		precision = float64(hit) / float64(len(got))
	}
	if len(want) > 0 {
		recall = float64(hit) / float64(len(want))
	}
	return precision, recall
}

// TestOutreachCables checks the facts of each hand-written cable against
// the ones written down for it, and logs precision and recall.
func TestOutreachCables(t *testing.T) {
	var hits, gotAll, wantAll int
	defer func() {
		p, r := float64(hits)/float64(max(gotAll, 1)), float64(hits)/float64(max(wantAll, 1))
		t.Logf("all: %d facts, %d expected, %d right: precision %.2f, recall %.2f", gotAll, wantAll, hits, p, r)
	}()
	for _, oc := range outreachCables {
		t.Run(oc.file, func(t *testing.T) {
			c := parseFile(t, filepath.Join("testdata", oc.file))
			acts := extract.Activities(c)
			got := factSet(acts)
			want := readLines(t, filepath.Join("testdata", oc.expected))
			slices.Sort(want)
			p, r := score(got, want)
			for _, g := range got {
				if slices.Contains(want, g) {
					hits++
				}
			}
			gotAll, wantAll = gotAll+len(got), wantAll+len(want)
			t.Logf("%s: %d facts, %d expected, precision %.2f, recall %.2f", oc.file, len(got), len(want), p, r)
			diffSets(t, oc.file, got, want)
			for _, a := range acts {
				if a.ISO2 == "US" || a.Sentence == "" || a.Paragraph == 0 {
					t.Errorf("bad activity %+v", a)
				}
			}
		})
	}
}

// TestOutreachFormats checks that the same cable gives the same facts as a
// WikiLeaks cable page (text read back from its <pre> blocks), as a
// cables.csv body and with its paragraphs re-flowed onto single lines, as
// the "edited" releases print them.
func TestOutreachFormats(t *testing.T) {
	for _, oc := range outreachCables {
		if strings.Contains(oc.file, "scoop") {
			continue
		}
		orig := parseFile(t, filepath.Join("testdata", oc.file))
		want := factSet(extract.Activities(orig))
		variants := map[string]string{
			"cable page": preText(cablePage(orig.Body)),
			"cables.csv": strings.ReplaceAll(orig.Body, "\n", "\r\n"),
			"re-flowed":  reflow(orig.Body),
		}
		for name, text := range variants {
			c, err := ingest.Parse(&source.Document{Format: source.FormatText, Path: oc.file, Header: dtgLine(orig), Body: text})
			if err != nil {
				t.Fatalf("%s %s: %v", oc.file, name, err)
			}
			diffSets(t, oc.file+" "+name, factSet(extract.Activities(c)), want)
		}
	}
}

// dtgLine writes the cable's date-time group as its header would.
func dtgLine(c *cablesql.Cable) string {
	d := c.DTG // 2010-05-12T15:30Z
	months := []string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
	var y, m, day, hh, mm int
	fmt.Sscanf(d, "%d-%d-%dT%d:%dZ", &y, &m, &day, &hh, &mm)
	return fmt.Sprintf("P %02d%02d%02dZ %s %02d", day, hh, mm, months[m-1], y%100)
}

// cablePage renders a body the way the WikiLeaks cable viewer does: one
// <pre> line with &#x000A; for each line break and ¶ anchors.
func cablePage(body string) string {
	var b strings.Builder
	b.WriteString("<html><body><h3>Viewing cable</h3><div><code><pre>")
	for i, l := range strings.Split(body, "\n") {
		if i > 0 {
			b.WriteString("&#x000A;")
		}
		l = paraAnchorRE.ReplaceAllString(l, "<a id='par$1' href='#par$1'>¶</a>$1.")
		b.WriteString(l)
	}
	b.WriteString("</pre></code></div></body></html>")
	return b.String()
}

var (
	paraAnchorRE = regexp.MustCompile(`^¶?(\d{1,2})\.`)
	preRE        = regexp.MustCompile(`(?s)<pre[^>]*>(.*?)</pre>`)
	tagRE        = regexp.MustCompile(`<[^>]+>`)
)

// preText returns the text of a cable page's <pre> blocks: line breaks
// restored and tags stripped.
func preText(page string) string {
	var parts []string
	for _, m := range preRE.FindAllStringSubmatch(page, -1) {
		s := strings.ReplaceAll(m[1], "&#x000A;", "\n")
		s = tagRE.ReplaceAllString(s, "")
		s = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'").Replace(s)
		parts = append(parts, s)
	}
	return strings.Join(parts, "\n")
}

// reflow joins the lines of each block of text after the header into one
// line, keeping lines alone that stand before an underline.
func reflow(body string) string {
	first := regexp.MustCompile(`(?m)^¶?1\.`).FindStringIndex(body)
	if first == nil {
		return body
	}
	out := []string{body[:first[0]]}
	for _, block := range regexp.MustCompile(`\n[ \t]*\n`).Split(body[first[0]:], -1) {
		lines := strings.Split(block, "\n")
		var cur []string
		for i, l := range lines {
			under := i+1 < len(lines) && regexp.MustCompile(`^\s*[-/]{3,}\s*$`).MatchString(lines[i+1])
			if under || regexp.MustCompile(`^\s*[-/]{3,}\s*$`).MatchString(l) {
				if len(cur) > 0 {
					out = append(out, strings.Join(cur, " "))
					cur = nil
				}
				out = append(out, l)
				continue
			}
			cur = append(cur, strings.TrimSpace(l))
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}

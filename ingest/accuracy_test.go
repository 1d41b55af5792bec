package ingest

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/ingest/source"
)

// The accuracy tests read real cables and compare four fields with the
// metadata WikiLeaks published for them (INDEX.tsv): the reference id,
// the date (within a day of the DTG or creation time), the
// classification level and the subject. Each cable is read as its page,
// as the text a user would strip from the page, as a five-line text
// dump, and as a cables.csv row built from the page.

// indexEntry is one row of INDEX.tsv.
type indexEntry struct {
	path, format, id, created, released, classification, origin, tags, subject string
}

func readIndex(t *testing.T, path string) []indexEntry {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// INDEX.tsv is plain tab-separated text with no quoting: a subject
	// may open with a double quote, so it is split by hand rather than
	// read with encoding/csv, which would take the quote as a field's
	// opening and run it on over the following rows.
	var out []indexEntry
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if i == 0 {
			continue
		}
		row := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(row) < 9 {
			t.Fatalf("%s:%d: %d fields, want at least 9", path, i+1, len(row))
		}
		for len(row) < 10 {
			row = append(row, "")
		}
		out = append(out, indexEntry{row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]})
	}
	return out
}

// fieldScore counts matches of the four checked fields.
type fieldScore struct {
	n, id, date, class, subject, all int
	subjects                         int // cables the index gives a subject for
	misses                           []string
}

func (s *fieldScore) add(e indexEntry, c *cablesql.Cable, err error) {
	s.n++
	if err != nil {
		s.misses = append(s.misses, fmt.Sprintf("%s: %v", e.id, err))
		return
	}
	var bad []string
	if matchID(e.id, c.ID) {
		s.id++
	} else {
		bad = append(bad, fmt.Sprintf("id %q want %q", c.ID, e.id))
	}
	if matchDate(e.created, c) {
		s.date++
	} else {
		bad = append(bad, fmt.Sprintf("date %q/%q want %q", c.DTG, c.Created, e.created))
	}
	if e.classification == "" || scan.NormalizeLevel(e.classification) == c.Classification {
		s.class++
	} else {
		bad = append(bad, fmt.Sprintf("classification %q want %q", c.Classification, e.classification))
	}
	if normSubject(e.subject) != "" {
		s.subjects++
	}
	if normSubject(e.subject) == "" {
		// The index has no subject: nothing to check against.
	} else if matchSubject(e.subject, c) {
		s.subject++
	} else {
		bad = append(bad, fmt.Sprintf("subject %q (%s) want %q", c.Subject, c.SubjectSource, e.subject))
	}
	if len(bad) == 0 {
		s.all++
	} else {
		s.misses = append(s.misses, e.id+": "+strings.Join(bad, "; "))
	}
}

func (s *fieldScore) rate(k int) float64 { return 100 * float64(k) / float64(max(s.n, 1)) }

func (s *fieldScore) report(t *testing.T, name string) {
	t.Helper()
	subjRate := 100 * float64(s.subject) / float64(max(s.subjects, 1))
	t.Logf("%-16s %4d cables: id %.1f%%, date %.1f%%, classification %.1f%%, subject %.1f%% (of %d with one), all four %.1f%%",
		name, s.n, s.rate(s.id), s.rate(s.date), s.rate(s.class), subjRate, s.subjects, s.rate(s.all))
	for _, m := range s.misses {
		t.Logf("  %s: %s", name, m)
	}
	for field, rate := range map[string]float64{"id": s.rate(s.id), "date": s.rate(s.date), "classification": s.rate(s.class), "subject": subjRate} {
		if rate < 99 {
			t.Errorf("%s: %s matches for %.1f%% of %d cables, want at least 99%%", name, field, rate, s.n)
		}
	}
}

// matchID accepts the published id or its repaired form (WikiLeaks
// published a few damaged ids, e.g. 09EFTOLONDON2187 for 09LONDON2187).
func matchID(want, got string) bool {
	return got == want || got == scan.CanonicalID(want)
}

// matchDate accepts a DTG or creation time within a day of the
// published creation time.
func matchDate(want string, c *cablesql.Cable) bool {
	if want == "" {
		return true
	}
	w, err := time.Parse("2006-01-02 15:04", want)
	if err != nil {
		return false
	}
	for _, s := range []string{c.DTG, c.Created} {
		for _, layout := range []string{"2006-01-02T15:04Z", "2006-01-02T15:04", "2006-01-02"} {
			if g, err := time.Parse(layout, s); err == nil {
				d := g.Sub(w)
				if d < 0 {
					d = -d
				}
				if d <= 25*time.Hour {
					return true
				}
			}
		}
	}
	return false
}

var (
	subjectCutRE  = regexp.MustCompile(`(?i)\s(?:REF:|REFS:|Classified By).*$`)
	subjectMarkRE = regexp.MustCompile(`\((?:U|C|S|SBU|S/NF|C/NF|SBU/NF)\)`)
	nonWordRE     = regexp.MustCompile(`[^A-Z0-9]+`)
)

// normSubject reduces a subject to upper-case words for comparison:
// markings, punctuation and the REF or Classified By text that the
// index sometimes runs into the subject are dropped.
func normSubject(s string) string {
	s = subjectCutRE.ReplaceAllString(s, "")
	s = subjectMarkRE.ReplaceAllString(strings.ToUpper(s), " ")
	s = strings.NewReplacer(",S ", "'S ", "’", "'", "\\", " ").Replace(s + " ")
	return strings.TrimSpace(nonWordRE.ReplaceAllString(s, " "))
}

// matchSubject accepts a subject that starts with the published one
// (which is often only its first line) or is its start.
func matchSubject(want string, c *cablesql.Cable) bool {
	w, g := normSubject(want), normSubject(c.Subject)
	return g != "" && (strings.HasPrefix(g+" ", w+" ") || strings.HasPrefix(w+" ", g+" "))
}

// parseOne reads exactly one cable from b.
func parseOne(name string, b []byte) (*cablesql.Cable, error) {
	var c *cablesql.Cable
	var firstErr error
	err := source.Read(name, bytes.NewReader(b), func(d *source.Document, err error) error {
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return nil
		}
		if c != nil {
			return fmt.Errorf("%s: more than one cable", name)
		}
		c, err = Parse(d)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if c == nil && firstErr == nil {
		firstErr = fmt.Errorf("%s: no cable", name)
	}
	return c, firstErr
}

var (
	userPreRE = regexp.MustCompile(`(?s)<pre>(.*?)</pre>`)
	userTagRE = regexp.MustCompile(`<[^>]+>`)
)

// pageBlocks returns the <pre> blocks of a page as a user would copy
// them: tags removed, entities decoded. It is written apart from the
// reader under test.
func pageBlocks(page []byte) []string {
	var out []string
	for _, m := range userPreRE.FindAllSubmatch(page, -1) {
		s := userTagRE.ReplaceAllString(string(m[1]), "")
		out = append(out, html.UnescapeString(s))
	}
	return out
}

// preText is the text a user holds after stripping a page: the <pre>
// blocks, one after the other.
func userPreText(page []byte) []byte {
	return []byte(strings.Join(pageBlocks(page), "\n"))
}

// userPageText is a whole page with its tags stripped, as a user's
// html2text or a browser's "save as text" leaves it: navigation, the
// metadata table and the cable.
func userPageText(page []byte) []byte {
	s := regexp.MustCompile(`(?is)<script.*?</script>`).ReplaceAllString(string(page), "")
	s = userTagRE.ReplaceAllString(s, "")
	return []byte(html.UnescapeString(s))
}

// textDump is a five-line text dump of a page, as alx/cablegate wrote
// them: id, title, date, classification, origin, then the <pre> blocks
// run together with nothing between them.
func textDump(e indexEntry, page []byte) []byte {
	created, _ := time.Parse("2006-01-02 15:04", e.created)
	title := e.subject
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n%s\n%s\n%s\n%s\n", e.id, title, created.Format("Mon Jan 02 00:00:00 +0100 2006"), e.classification, e.origin)
	b.WriteString(strings.Join(pageBlocks(page), ""))
	return b.Bytes()
}

// csvEscape quotes a cables.csv field: in double quotes, with \" and \\.
func csvEscape(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// cablesCSVRow builds the cables.csv row of a page: sequence number,
// creation date as M/D/YYYY H:MM, id, origin, classification, no
// references, header and body.
func cablesCSVRow(seq int, e indexEntry, page []byte) string {
	blocks := pageBlocks(page)
	header, body := "", ""
	switch len(blocks) {
	case 0:
	case 1:
		body = blocks[0]
	default:
		header, body = blocks[0], strings.Join(blocks[1:], "\n")
	}
	created, _ := time.Parse("2006-01-02 15:04", e.created)
	fields := []string{fmt.Sprint(seq), created.Format("1/2/2006 15:04"), e.id, e.origin, e.classification, "", header, body}
	for i, f := range fields {
		fields[i] = csvEscape(f)
	}
	return strings.Join(fields, ",") + "\n"
}

// corpusDir finds the shared corpus above the working directory, or
// $CABLESQL_CORPUS.
func corpusDir() string {
	if d := os.Getenv("CABLESQL_CORPUS"); d != "" {
		return d
	}
	dir, _ := os.Getwd()
	for i := 0; i < 5; i++ {
		p := filepath.Join(dir, "shared", "corpus")
		if _, err := os.Stat(filepath.Join(p, "INDEX.tsv")); err == nil {
			return p
		}
		dir = filepath.Dir(dir)
	}
	return ""
}

// accuracy scores every indexed cable under root in each format.
func accuracy(t *testing.T, root string, entries []indexEntry) {
	var page, stripped, pre, undated, dump, text, rows fieldScore
	var csvFile bytes.Buffer
	var csvEntries []indexEntry
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(root, e.path))
		if err != nil {
			t.Fatal(err)
		}
		switch e.format {
		case "html":
			c, err := parseOne(e.path, b)
			page.add(e, c, err)
			c, err = parseOne(e.path+" (page text)", userPageText(b))
			stripped.add(e, c, err)
			preText := userPreText(b)
			c, err = parseOne(e.path+" (pre text)", preText)
			if bytes.Contains(preText, []byte("partial extract")) && !bytes.Contains(preText, []byte("Cable dated:")) {
				// A partial extract without a "Cable dated:" line has no
				// header: its text holds no date, so no id can be built
				// from it. It must be an error, never a wrong id. (One
				// that is dated carries its own classification line, and
				// is scored with the others.)
				undated.n++
				if err == nil && c.ID != e.id {
					t.Errorf("%s: pre text of a partial extract gave id %s", e.id, c.ID)
				}
			} else {
				pre.add(e, c, err)
			}
			c, err = parseOne(e.path+" (text dump)", textDump(e, b))
			dump.add(e, c, err)
			csvEntries = append(csvEntries, e)
			csvFile.WriteString(cablesCSVRow(len(csvEntries), e, b))
		case "txt":
			c, err := parseOne(e.path, b)
			text.add(e, c, err)
		}
	}
	i := 0
	err := source.Read("cables.csv", &csvFile, func(d *source.Document, err error) error {
		if i >= len(csvEntries) {
			return fmt.Errorf("more rows than cables")
		}
		e := csvEntries[i]
		i++
		if err != nil {
			rows.add(e, nil, err)
			return nil
		}
		c, err := Parse(d)
		rows.add(e, c, err)
		return nil
	})
	if err != nil || i != len(csvEntries) {
		t.Errorf("cables.csv: %d rows of %d read, %v", i, len(csvEntries), err)
	}
	page.report(t, "html page")
	stripped.report(t, "page as text")
	pre.report(t, "pre text")
	t.Logf("pre text: %d partial extracts without a date left out", undated.n)
	dump.report(t, "text dump")
	rows.report(t, "cables.csv rows")
	if text.n > 0 {
		text.report(t, "text files")
	}
}

// TestAccuracySample measures accuracy over the sample of the corpus
// kept in testdata.
func TestAccuracySample(t *testing.T) {
	accuracy(t, "testdata/corpus", readIndex(t, "testdata/corpus/INDEX.tsv"))
}

// TestAccuracyCorpus measures accuracy over the whole shared corpus when
// it is there (it is not part of the repository).
func TestAccuracyCorpus(t *testing.T) {
	dir := corpusDir()
	if dir == "" {
		t.Skip("shared corpus not found; set CABLESQL_CORPUS")
	}
	accuracy(t, dir, readIndex(t, filepath.Join(dir, "INDEX.tsv")))
}

// TestJSONRecordsFromText rebuilds the id of each JSON record from its
// text alone and compares it with the published one.
func TestJSONRecordsFromText(t *testing.T) {
	path := "testdata/corpus/json/None-later+Wikileaks_Processing/wikileaks-11-28-10.head20.json"
	n := 0
	err := source.Read(path, bytes.NewReader(mustReadFile(t, path)), func(d *source.Document, err error) error {
		if err != nil {
			t.Error(err)
			return nil
		}
		want, created := d.Meta.ID, d.Meta.Created
		d.Meta.ID = ""
		c, err := Parse(d)
		if err != nil {
			t.Errorf("%s: %v", want, err)
			return nil
		}
		n++
		if c.ID != scan.CanonicalID(want) {
			t.Errorf("id from the text %s, want %s", c.ID, want)
		}
		if !matchDate(strings.Replace(created, "T", " ", 1), c) {
			t.Errorf("%s: date %s / %s, published %s", want, c.DTG, c.Created, created)
		}
		return nil
	})
	if err != nil || n != 20 {
		t.Errorf("%d records, %v", n, err)
	}
}

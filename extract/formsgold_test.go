package extract_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
)

// goldForms are the forms each real cable of the gold set is rewritten in,
// besides the one it was published in.
var goldForms = []string{"text", "cable page", "cables.csv", "news site", "json"}

// goldFormOf is the format the reader should find for each form.
var goldFormOf = map[string]string{
	"text":       source.FormatText,
	"cable page": source.FormatHTML,
	"cables.csv": source.FormatCablesCSV,
	"news site":  source.FormatNewsSite,
	"json":       source.FormatJSON,
}

// readDocument reads the one document of a file as published, and parses it.
func readDocument(t testing.TB, path string) (*source.Document, *cablesql.Cable) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var doc *source.Document
	var c *cablesql.Cable
	err = source.Read(path, f, func(d *source.Document, err error) error {
		if err != nil {
			return err
		}
		if doc != nil {
			return fmt.Errorf("more than one cable")
		}
		doc = d
		c, err = ingest.Parse(d)
		return err
	})
	if err != nil || c == nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return doc, c
}

// dumpText is a published cable as a plain-text dump of the Cable Viewer
// holds it (../shared/corpus/txt/alx+cablegate): five lines of the
// publisher's metadata (id, subject, creation date, classification,
// origin), then the transmission header and the body run together, as
// the dump writes them ("PRIORITY 0000C O N F I D E N T I A L STATE").
func dumpText(d *source.Document, c *cablesql.Cable) string {
	header := strings.TrimRight(d.Header, "\n")
	body := strings.TrimRight(d.Body, "\n") + "\n"
	title := c.Subject
	if m := subjectRE.FindStringSubmatch(body); m != nil {
		title = strings.TrimSpace(m[1])
	}
	created := "Thu Jan 01 00:00:00 +0100 1970" // no date: the id's year is read from the DTG
	if day, err := time.Parse("2006-01-02", strings.Fields(stamp(c) + " x")[0]); err == nil {
		created = day.Format("Mon Jan 02 15:04:05") + " +0100 " + day.Format("2006")
	}
	class, origin := d.Meta.Classification, d.Meta.Origin
	if class == "" {
		class = classificationOf(body)
	}
	if origin == "" {
		origin = originOf(c, header)
	}
	return strings.Join([]string{c.ID, title, created, class, origin, header + body}, "\n")
}

// jsonRecord renders a text cable as one record of the MongoDB export of
// the first release (../shared/corpus/json): _id, origin, date_time,
// classification, body, header and reference_id, the line breaks of the
// header and body kept.
func jsonRecord(id string, c *cablesql.Cable, text string) string {
	header, body := splitCable(text)
	rec := struct {
		ID             string `json:"_id"`
		Origin         string `json:"origin"`
		DateTime       string `json:"date_time"`
		Classification string `json:"classification"`
		Body           string `json:"body"`
		Header         string `json:"header"`
		ReferenceID    string `json:"reference_id"`
	}{id, originOf(c, header), stamp(c), classificationOf(body), body, header, id}
	b, err := json.Marshal(rec)
	if err != nil {
		panic(err) // strings always marshal
	}
	return string(b) + "\n"
}

// goldFormFiles writes a text cable in every form of goldForms under dir
// and returns their paths by form name.
func goldFormFiles(t testing.TB, dir, id string, c *cablesql.Cable, text string) map[string]string {
	t.Helper()
	out := publishedForms(t, dir, id, c, text)
	for name, f := range map[string]struct{ file, content string }{
		"text": {id + ".txt", text},
		"json": {id + ".json", jsonRecord(id, c, text)},
	} {
		p := filepath.Join(dir, f.file)
		if err := os.WriteFile(p, []byte(f.content), 0o644); err != nil {
			t.Fatal(err)
		}
		out[name] = p
	}
	return out
}

// formDiff is how the rows of one form of a cable differ from the rows of
// the cable as published.
type formDiff struct {
	id, form       string
	err            error  // the form did not read back as the cable
	skipped        string // why the form cannot carry the cable (cannotCarry)
	missing, extra []string
}

// allForms reads every gold cable in every form; without it each cable
// is read in one form besides its own, the forms taken in turn.
var allForms = flag.Bool("allforms", false, "read every gold cable in every form (TestGoldInEveryForm)")

// TestGoldInEveryForm reads the cables of the gold set's dev split as
// published, writes each one's text as a text dump would hold it, renders
// that text as a cables.csv row, a news-site copy, a Cable Viewer page
// and a JSON record, reads them back through the real readers and checks
// that the extractor gives the same rows (country, action, event, dates)
// as on the published form. It logs, per form, how many cables and rows
// differ. To stay quick it reads each cable in one form, in turn (cable
// i in form i mod 5), so that every form reads a fifth of the split;
// -allforms reads every cable in every form.
func TestGoldInEveryForm(t *testing.T) {
	cables := readGold(t, "dev")
	if len(cables) == 0 {
		t.Fatal("no gold cables in dev")
	}
	dir := t.TempDir()
	var mu sync.Mutex
	var diffs []formDiff
	read := map[string]int{}
	t.Run("cables", func(t *testing.T) {
		for i, gc := range cables {
			forms := goldForms
			if !*allForms {
				forms = goldForms[i%len(goldForms) : i%len(goldForms)+1]
			}
			for _, f := range forms {
				read[f]++
			}
			t.Run(gc.id, func(t *testing.T) {
				t.Parallel()
				got := goldCableForms(t, dir, gc, forms)
				mu.Lock()
				diffs = append(diffs, got...)
				mu.Unlock()
			})
		}
	})
	reportFormDiffs(t, read, diffs)
}

// goldCableForms reads one gold cable in the given forms and returns where
// its rows differ from the published form's. A form that does not read
// back as the same cable differs by all the published rows.
func goldCableForms(t *testing.T, dir string, gc goldCable, forms []string) []formDiff {
	doc, orig := readDocument(t, gc.path)
	want := factSet(extract.Activities(orig))
	sub := filepath.Join(dir, gc.id)
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	paths := goldFormFiles(t, sub, gc.id, orig, dumpText(doc, orig))
	var out []formDiff
	for _, name := range forms {
		d := formDiff{id: gc.id, form: name}
		if why := cannotCarry(name, orig); why != "" {
			d.skipped = why
			out = append(out, d)
			continue
		}
		c, err := readGoldForm(paths[name], goldFormOf[name])
		if err == nil && c.ID != orig.ID {
			err = fmt.Errorf("read as %s", c.ID)
		}
		if err != nil {
			d.err = err
			d.missing = want
			out = append(out, d)
			continue
		}
		got := factSet(extract.Activities(c))
		for _, w := range want {
			if !slices.Contains(got, w) {
				d.missing = append(d.missing, w)
			}
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				d.extra = append(d.extra, g)
			}
		}
		if len(d.missing)+len(d.extra) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// cannotCarry says why a form cannot carry a cable at all, or "". These
// are the only differences the test allows:
//
//   - a news-site copy of a cable whose text has no date-time group: the
//     partial extracts, whose header is the publisher's notice ("This
//     record is a partial extract of the original cable") and whose date
//     is only in the publisher's metadata. The copy keeps the cable's
//     text and nothing else, so nothing in it gives the year of the
//     cable's id, nor the year of its undated days ("On May 4").
//   - a news-site copy of a cable published without its line breaks (the
//     MongoDB export of the first release, ../shared/corpus/json, joins
//     each header and body into one line). The copy is made of lines: it
//     keeps the DE and DTG lines of the header and drops the rest, so a
//     header of one line leaves it without its DTG, as above. (Scoop
//     itself copied texts that had their line breaks.)
func cannotCarry(form string, c *cablesql.Cable) string {
	switch {
	case form != "news site":
		return ""
	case c.DTG == "":
		return "no date-time group in the text"
	case strings.Count(c.Header, "\n")+strings.Count(c.Body, "\n") < 2:
		return "published without line breaks"
	}
	return ""
}

// readGoldForm reads a file through the real readers (as readForm does)
// and returns its one cable, or why it is not one cable in the expected
// format.
func readGoldForm(path, wantFormat string) (*cablesql.Cable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cables []*cablesql.Cable
	err = source.Read(path, f, func(d *source.Document, err error) error {
		if err != nil {
			return err
		}
		if d.Format != wantFormat {
			return fmt.Errorf("read as %s, want %s", d.Format, wantFormat)
		}
		c, err := ingest.Parse(d)
		if err != nil {
			return err
		}
		cables = append(cables, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(cables) != 1 {
		return nil, fmt.Errorf("%d cables", len(cables))
	}
	return cables[0], nil
}

// reportFormDiffs logs per form the cables and rows that differ from the
// published form and fails on each difference.
func reportFormDiffs(t *testing.T, read map[string]int, diffs []formDiff) {
	t.Helper()
	slices.SortFunc(diffs, func(a, b formDiff) int {
		return strings.Compare(a.form+"\x00"+a.id, b.form+"\x00"+b.id)
	})
	for _, form := range goldForms {
		nc, unread, skipped, missing, extra := 0, 0, 0, 0, 0
		for _, d := range diffs {
			switch {
			case d.form != form:
				continue
			case d.skipped != "":
				skipped++
				continue
			case d.err != nil:
				unread++
			}
			nc++
			missing += len(d.missing)
			extra += len(d.extra)
		}
		t.Logf("%-10s: %d of %d cables differ from the published form (%d not read back), %d rows missing, %d extra; %d cables left out (cannotCarry)",
			form, nc, read[form]-skipped, unread, missing, extra, skipped)
	}
	for _, d := range diffs {
		if d.skipped != "" {
			continue
		}
		if d.err != nil {
			t.Errorf("%s as %s: not read back: %v", d.id, d.form, d.err)
			continue
		}
		t.Errorf("%s as %s: rows differ from the published form's\nmissing:\n  %s\nextra:\n  %s", d.id, d.form,
			strings.Join(d.missing, "\n  "), strings.Join(d.extra, "\n  "))
	}
}

package extract_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
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
	created := "no date" // the id's year is then read from the DTG
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

// jsonRecord renders a cable (header and body) as one record of the
// MongoDB export of the first release (../shared/corpus/json): _id,
// origin, date_time, classification, body, header and reference_id, the
// line breaks of the header and body kept.
func jsonRecord(id string, c *cablesql.Cable, header, body string) string {
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

// goldFormFiles writes a published cable in every form of goldForms
// under dir and returns their paths by form name: its text as a dump
// holds it, and that text rendered as the other forms. The renderers are
// given the header and body as the parser cut them in the published
// form (at the classification line), rather than cut again by
// splitCable from the dump's text, which runs them together and which
// some pages begin with a copy of the metadata and header.
func goldFormFiles(t testing.TB, dir string, d *source.Document, c *cablesql.Cable) map[string]string {
	t.Helper()
	header, body := c.Header, c.Body
	out := publishedFormsOf(t, dir, c.ID, c, header, body)
	for name, f := range map[string]struct{ file, content string }{
		"text": {c.ID + ".txt", dumpText(d, c)},
		"json": {c.ID + ".json", jsonRecord(c.ID, c, header, body)},
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
	known          string // why its rows differ (knownNewsDiffs)
	missing, extra []string
}

// allForms reads every gold cable in every form; without it every other
// cable is read in one form besides its own, the forms taken in turn.
var allForms = flag.Bool("allforms", false, "read every gold cable in every form (TestGoldInEveryForm)")

// formsOf returns the forms the i-th gold cable is read in: all of them
// with -allforms, else one form for every other cable (cable 2k in form
// k mod 5), which keeps the test to a few seconds (each form read costs
// an extraction, 4-5 ms a cable) while every form reads a tenth of the
// split.
func formsOf(i int) []string {
	if *allForms {
		return goldForms
	}
	if i%2 != 0 {
		return nil
	}
	k := i / 2 % len(goldForms)
	return goldForms[k : k+1]
}

// TestGoldInEveryForm reads the cables of the gold set's dev split as
// published, writes each one's text as a text dump would hold it, renders
// that text as a cables.csv row, a news-site copy, a Cable Viewer page
// and a JSON record, reads them back through the real readers and checks
// that the extractor gives the same rows (country, action, event, dates)
// as on the published form. It logs, per form, how many cables and rows
// differ. To stay quick it reads every other cable in one form, in turn
// (formsOf); -allforms reads every cable in every form.
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
			forms := formsOf(i)
			if len(forms) == 0 {
				continue
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
	paths := goldFormFiles(t, sub, doc, orig)
	var out []formDiff
	for _, name := range forms {
		d := formDiff{id: gc.id, form: name}
		if why := cannotCarry(name, orig); why != "" {
			d.skipped = why
			out = append(out, d)
			continue
		}
		c, err := readFormErr(paths[name], goldFormOf[name])
		if err == nil && c.ID != orig.ID {
			err = fmt.Errorf("read as %s", c.ID)
		}
		if err != nil {
			d.err = err
			d.missing = want
			out = append(out, d)
			continue
		}
		want := want
		if name == "news site" {
			want = factSet(extract.Activities(withoutLostFields(orig, c)))
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
		d.known = knownNewsDiffs[gc.id]
		if name != "news site" {
			d.known = ""
		}
		if len(d.missing)+len(d.extra) > 0 || d.known != "" {
			out = append(out, d)
		}
	}
	return out
}

// knownNewsDiffs are the cables whose rows differ as news-site copies
// because of what the copy loses of their text, each read line by line;
// a cable listed here whose rows no longer differ fails the test.
var knownNewsDiffs = map[string]string{
	// The copy drops the lines of one word: the underlines of headings
	// ("Antony Offers More CBMs" over "-----"), by which the extractor
	// knows a heading and ends the section (and its date) before it,
	// one-word headings ("Justice") and sentence ends wrapped onto a line
	// of their own ("disarmament.").
	"07LISBON2605":   "one-word lines: heading underlines and the heading \"Justice\"",
	"08BEIJING3911":  "one-word lines: heading underlines, wrapped sentence ends",
	"10NEWDELHI201":  "one-word lines: heading underlines",
	"08MONTEVIDEO34": "one-word lines: heading underlines",
	// The learned reader scores a sentence just at its threshold (0.972
	// since round 36) in one form and under it in the other: the copy's
	// lost one-word lines change the sentences around it, which the model
	// reads too. With the rules alone (SetModel(nil)) the forms agree.
	"05NEWDELHI9761": "the learned reader at its threshold (one-word lines: heading underlines)",
	"08TRIPOLI455":   "the learned reader at its threshold",
	// The copy drops the SUBJECT and REF lines; this cable's subject
	// runs on after a blank line ("AND FINANCIAL CRIMES"), which the
	// published form reads as a paragraph of its own.
	"08SANJOSE930": "SUBJECT continued after a blank line",
	// The published page's body holds a cut preview of the cable ("Cl..."),
	// then the publisher's record of it (a cables.csv row, or "id: ...
	// header: ... header ends" lines) with the header and caption again,
	// then the cable: the extractor reads the record's dates and caption
	// as text. The copy keeps the cable's own lines from paragraph 1 on.
	"06THEHAGUE1782": "published with a cables.csv row of itself in the body",
	"09THEHAGUE543":  "published with a cables.csv row of itself in the body",
	"08BOGOTA3521":   "published with an id/date/header record of itself in the body",
	"10BOGOTA235":    "published with an id/date/header record of itself in the body",
}

// withoutLostFields returns the published cable with the fields a
// news-site copy does not have as the copy gives them, for the rows the
// copy's text should give: the copy has no TAGS line (the extractor reads
// the post's country from TAGS); its subject is its headline, the
// SUBJECT line's first line in naive title case ("Cablegate: Missile
// Technology Control Regime (Mtcr): U.S."; the extractor names events
// after the subject and reads a subject in capitals as the cable's); and
// it drops the lines of one word, among them the signature ("LANGDALE")
// and the SIPDIS caveat.
func withoutLostFields(orig, news *cablesql.Cable) *cablesql.Cable {
	c := *orig
	c.Tags = news.Tags
	c.Subject, c.SubjectSource = news.Subject, news.SubjectSource
	c.Signer, c.Caveats = news.Signer, news.Caveats
	return &c
}

// cannotCarry says why a form cannot carry a cable at all, or "". These
// are the only differences the test allows, all of the news-site copy,
// which keeps the cable's text and none of the publisher's metadata, and
// of the header only the DE and DTG lines:
//
//   - a cable whose header has no DTG line: the partial extracts, whose
//     header is the publisher's notice ("This record is a partial extract
//     of the original cable") and whose date is the publisher's Created
//     or a "Cable dated:" line. Nothing in the copy gives the year of
//     the cable's id, nor of its undated days ("On May 4").
//   - a cable whose text alone does not name it: read without the
//     publisher's metadata it gives no id or another one. Its banner is
//     misspelt ("UUNCLAS MANAGUA 001002", "NCLAS SECTION 01 OF 02") or
//     names the cable it repeats (07PARIS2725 sends on 07MOSCOW5154 under
//     that cable's banner), so its id is only the publisher's.
//   - a cable published without its line breaks (the MongoDB export of
//     the first release, ../shared/corpus/json, joins each header and
//     body into one line). The copy is made of lines, so a header of one
//     line leaves it without a DTG line, as above. (Scoop itself copied
//     texts that had their line breaks.)
func cannotCarry(form string, c *cablesql.Cable) string {
	if form != "news site" {
		return ""
	}
	if strings.Count(c.Header, "\n")+strings.Count(c.Body, "\n") < 2 {
		return "published without line breaks"
	}
	dtgLine := false
	for _, l := range strings.Split(c.Header, "\n") {
		dtgLine = dtgLine || dtgLineRE.MatchString(strings.TrimSpace(l))
	}
	if !dtgLine {
		return "no DTG line in the header"
	}
	alone, err := ingest.Parse(&source.Document{Format: source.FormatText, Path: c.ID, Header: c.Header, Body: c.Body})
	if err != nil || alone.ID != c.ID {
		return "the text alone does not name the cable"
	}
	return ""
}

// readFormErr reads a file through the real readers and returns its one
// cable, or why it is not one cable in the expected format.
func readFormErr(path, wantFormat string) (*cablesql.Cable, error) {
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
		nc, unread, skipped, known, missing, extra := 0, 0, 0, 0, 0, 0
		for _, d := range diffs {
			switch {
			case d.form != form:
				continue
			case d.skipped != "":
				skipped++
				continue
			case d.known != "":
				known++
				continue
			case d.err != nil:
				unread++
			}
			nc++
			missing += len(d.missing)
			extra += len(d.extra)
		}
		t.Logf("%-10s: %d of %d cables differ from the published form (%d not read back), %d rows missing, %d extra; %d known differences (knownNewsDiffs), %d cables left out (cannotCarry)",
			form, nc, read[form]-skipped, unread, missing, extra, known, skipped)
	}
	why := map[string]int{}
	for _, d := range diffs {
		if d.skipped != "" {
			why[d.form+": "+d.skipped]++
		}
	}
	for _, k := range slices.Sorted(maps.Keys(why)) {
		t.Logf("left out, %s: %d cables", k, why[k])
	}
	for _, d := range diffs {
		switch {
		case d.skipped != "":
			continue
		case d.known != "" && len(d.missing)+len(d.extra) == 0:
			t.Errorf("%s as %s: listed in knownNewsDiffs (%s), but its rows are the published form's", d.id, d.form, d.known)
			continue
		case d.known != "":
			t.Logf("%s as %s: known difference (%s): %d rows missing, %d extra", d.id, d.form, d.known, len(d.missing), len(d.extra))
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

package synth_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/internal/synth"
)

var serialRE = regexp.MustCompile(`[1-9]\d*$`)

func mustSeeds(t *testing.T) []synth.Cable {
	t.Helper()
	seeds, err := synth.LoadSeeds("../../testdata/bench")
	if err != nil {
		t.Fatal(err)
	}
	return seeds
}

func TestLoadSeedsReadsPagesAndRows(t *testing.T) {
	seeds := mustSeeds(t)
	if len(seeds) < 30 {
		t.Fatalf("%d seeds, want the 40 pages and 2 rows of testdata/bench", len(seeds))
	}
	for _, s := range seeds {
		if s.ID == "" || s.Date == "" || s.Origin == "" || s.Classification == "" || len(s.Body) < 200 {
			t.Errorf("seed %q: missing fields: %+v", s.ID, s.Date)
		}
		if strings.Contains(s.Body, "&#x000A;") || strings.Contains(s.Body, "<a ") {
			t.Errorf("seed %s: body still holds HTML", s.ID)
		}
	}
}

// Every variant parses to its own reference id wherever the parser reads
// the seed's id from the same text.
func TestVariantsParseToTheirNewIDs(t *testing.T) {
	parseID := func(c synth.Cable) string {
		var id string
		source.Read(c.ID+".txt", strings.NewReader(c.Text()), func(d *source.Document, err error) error {
			if d != nil {
				if p, err := ingest.Parse(d); err == nil {
					id = p.ID
				}
			}
			return nil
		})
		return id
	}
	seen := map[string]bool{}
	checked := 0
	for i, s := range mustSeeds(t) {
		v := synth.Variant(s, i+1, 900000+i)
		if seen[v.ID] {
			t.Errorf("variant id %s repeats", v.ID)
		}
		seen[v.ID] = true
		serial := fmt.Sprint(900000 + i)
		if !strings.HasSuffix(v.ID, serial) {
			t.Errorf("Variant(%s) = id %s; want serial %s", s.ID, v.ID, serial)
		}
		// Some published pages carry another cable's body; only a body
		// that prints the seed's serial can print the variant's.
		if old := serialRE.FindString(s.ID); strings.Contains(s.Body, old) && !strings.Contains(v.Body, serial) {
			t.Errorf("Variant(%s): serial %s not in the body", s.ID, serial)
		}
		if parseID(s) != s.ID {
			continue // the parser cannot read this seed's id from its text
		}
		checked++
		if got := parseID(v); got != v.ID {
			t.Errorf("variant of %s parses to %q, want %q", s.ID, got, v.ID)
		}
	}
	t.Logf("%d of the seeds parse to their own id; their variants were checked", checked)
	if checked == 0 {
		t.Error("no seed parses to its own id")
	}
}

func TestWritersQuoteTheSameFields(t *testing.T) {
	var rows []synth.Cable
	synth.Generate(mustSeeds(t), 60, func(c synth.Cable) error {
		rows = append(rows, c)
		return nil
	})
	var rfc, cables bytes.Buffer
	for _, c := range rows {
		synth.WriteRFC4180(&rfc, c)
		synth.WriteCablesCSV(&cables, c)
	}
	records, err := csv.NewReader(&rfc).ReadAll()
	if err != nil {
		t.Fatalf("RFC 4180 output: %v", err)
	}
	if len(records) != len(rows) {
		t.Fatalf("%d RFC 4180 records, want %d", len(records), len(rows))
	}
	for i, r := range records {
		if r[2] != rows[i].ID || r[7] != rows[i].Body || r[6] != rows[i].Header {
			t.Errorf("record %d: id %q, want %q, or header/body differ", i, r[2], rows[i].ID)
		}
	}
	// The cables.csv layout escapes '"' and '\' with a backslash.
	quoted := 0
	for _, c := range rows {
		if strings.ContainsAny(c.Body, `"\`) {
			quoted++
			esc := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(c.Body)
			if !strings.Contains(cables.String(), `","`+esc+`"`+"\n") {
				t.Errorf("row %s: body not escaped with backslashes", c.ID)
			}
		}
	}
	if quoted == 0 {
		t.Error("no row with a quote to check the escapes on")
	}
	if !strings.HasPrefix(cables.String(), `"1","`) {
		t.Errorf("cables.csv layout starts %q", cables.String()[:20])
	}
}

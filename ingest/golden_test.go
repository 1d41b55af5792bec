package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/source"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenInputs are cables in each format whose parse is kept in
// testdata/golden as JSON: a change to the parser shows as a diff there.
var goldenInputs = []struct {
	name, path string
	max        int // records of a multi-cable file kept (0: all)
}{
	{"seed-text-dump", "../testdata/09STATE111693.txt", 0},
	{"seed-news-site", "../sample/09STATE111693.scoop.txt", 0},
	{"html-2008-action-request", "testdata/corpus/html/avilaroman+Wikileaks-Mirror/cable/2008/10/08STATE109845.html", 0},
	{"html-edited-release", "testdata/corpus/html/avilaroman+Wikileaks-Mirror/cable/2007/03/07BANDARSERIBEGAWAN112.html", 0},
	{"html-1966-archives", "testdata/corpus/html/avilaroman+Wikileaks-Mirror/cable/1966/12/66BUENOSAIRES2481.html", 0},
	{"html-run-together-body", "testdata/corpus/html/avilaroman+Wikileaks-Mirror/cable/2010/01/10STATE284.html", 0},
	{"text-latin1-crlf", "testdata/corpus/txt/paul-mathieu+cablegate-cia-analysis/data-sample/cablegate-converted/09UNVIEVIENNA279.txt", 0},
	{"text-old-routing-block", "testdata/corpus/txt/paul-mathieu+cablegate-cia-analysis/data-sample/cablegate-converted/09USEUBRUSSELS1177.txt", 0},
	{"text-partial-extract", "testdata/corpus/txt/alx+cablegate/cables/02ANKARA8150.txt", 0},
	{"cablescsv-rows", "testdata/corpus/csv/GavinMendelGleason+mapper/cables_sample.csv", 0},
	{"json-lines", "testdata/corpus/json/None-later+Wikileaks_Processing/wikileaks-11-28-10.head20.json", 2},
	{"jsonp", "testdata/corpus/json/javiervegas+qwikileaks/public/json/cable.json", 0},
}

func TestGolden(t *testing.T) {
	for _, in := range goldenInputs {
		t.Run(in.name, func(t *testing.T) {
			var got []*cablesql.Cable
			err := source.Read(in.path, bytes.NewReader(mustReadFile(t, in.path)), func(d *source.Document, err error) error {
				if err != nil {
					t.Errorf("read: %v", err)
					return nil
				}
				if in.max > 0 && len(got) >= in.max {
					return nil
				}
				c, err := Parse(d)
				if err != nil {
					t.Errorf("parse: %v", err)
					return nil
				}
				c.Header, c.Body = "", "" // the input itself
				got = append(got, c)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			golden := filepath.Join("testdata", "golden", in.name+".json")
			if *update {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(b, want) {
				t.Errorf("parse of %s differs from %s (go test -update rewrites it):\n%s", in.path, golden, firstDiff(string(want), string(b)))
			}
		})
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n want %s\n  got %s", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}

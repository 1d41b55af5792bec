package extract_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
)

// probeFloors are the least precision and recall each probe file must
// keep (over probe, country and action keys, rules alone): its score when
// the floor was last raised, less a margin for a rule's trade.
var probeFloors = map[string][2]float64{
	"A.tsv": {0.88, 0.70},
	"B.tsv": {0.92, 0.54},
	"E.tsv": {0.80, 0.50},
	"F.tsv": {0.88, 0.70},
}

// probeSplits are the probe files of each split (testdata/probes/README.md).
var probeSplits = map[string][]string{"dev": {"A.tsv", "B.tsv", "E.tsv", "F.tsv"}, "heldout": {"C.tsv", "D.tsv", "G.tsv"}}

// probe is one made-up cable and the facts a reader records of it.
type probe struct {
	line                         int
	station, date, tags, subject string
	text                         string
	want                         []string // "ISO2 action"
}

// TestProbes scores the extractor's rules on the probe readouts and holds
// the dev files to their floors; the held-out files are scored with
// -heldout.
func TestProbes(t *testing.T) {
	defer extract.SetModel(nil)()
	splits := []string{"dev"}
	if *heldout {
		splits = append(splits, "heldout")
	}
	for _, split := range splits {
		for _, name := range probeSplits[split] {
			probes := readProbes(t, filepath.Join("..", "testdata", "probes", name))
			tp, fp, fn, table := scoreProbes(probes)
			p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
			t.Logf("%s (%s, %d probes): P %.2f R %.2f (right %d, wrong %d, missed %d)\n%s", name, split, len(probes), p, r, tp, fp, fn, table)
			if f, ok := probeFloors[name]; ok && (p < f[0] || r < f[1]) {
				t.Errorf("%s: P %.2f R %.2f, below the floor P %.2f R %.2f", name, p, r, f[0], f[1])
			}
		}
	}
}

// scoreProbes counts the keys found, wrong and missed, and returns a table
// of them per action.
func scoreProbes(probes []probe) (tp, fp, fn int, table string) {
	per := map[string]*tally{}
	at := func(key string) *tally {
		a := key[strings.IndexByte(key, ' ')+1:]
		if per[a] == nil {
			per[a] = &tally{}
		}
		return per[a]
	}
	for _, pr := range probes {
		c := cableFromText("T", pr.date+"T12:00Z", strings.ReplaceAll(pr.text, " || ", "\n\n"))
		c.Station, c.Subject = pr.station, pr.subject
		for _, tag := range strings.Split(pr.tags, ",") {
			c.Tags = append(c.Tags, cablesql.Tag{Name: strings.TrimSpace(tag)})
		}
		var got []string
		for _, a := range extract.Activities(c) {
			got = append(got, a.ISO2+" "+a.Action)
		}
		slices.Sort(got)
		for _, k := range slices.Compact(got) {
			if slices.Contains(pr.want, k) {
				tp++
				at(k).tp++
			} else {
				fp++
				at(k).fp++
			}
		}
		for _, k := range pr.want {
			if !slices.Contains(got, k) {
				fn++
				at(k).fn++
			}
		}
	}
	var b strings.Builder
	actions := make([]string, 0, len(per))
	for a := range per {
		actions = append(actions, a)
	}
	slices.Sort(actions)
	for _, a := range actions {
		c := per[a]
		fmt.Fprintf(&b, "    %-10s P %.2f R %.2f (right %d, wrong %d, missed %d)\n", a, c.precision(), c.recall(), c.tp, c.fp, c.fn)
	}
	return tp, fp, fn, b.String()
}

// readProbes reads a probe file, reporting malformed lines as file:line.
func readProbes(t *testing.T, path string) []probe {
	t.Helper()
	var out []probe
	for i, f := range readTSV(t, path) {
		if len(f) != 6 {
			t.Errorf("%s:%d: %d fields, want 6", path, i+1, len(f))
			continue
		}
		pr := probe{line: i + 1, station: f[0], date: f[1], tags: f[2], subject: f[3], text: f[4]}
		for _, w := range strings.Split(f[5], ";") {
			if w = strings.Join(strings.Fields(w), " "); w != "" && w != "none" {
				pr.want = append(pr.want, w)
			}
		}
		slices.Sort(pr.want)
		pr.want = slices.Compact(pr.want)
		out = append(out, pr)
	}
	return out
}

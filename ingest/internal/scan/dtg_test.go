package scan

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// findDTGWhole is findDTG without the line-by-line shortcut: the
// expression over the whole header.
func findDTGWhole(header string) (DTG, bool) {
	for _, m := range DTGLineRE.FindAllStringSubmatch(header, -1) {
		if d, ok := makeDTG(m[2], m[3], m[4], m[5], m[6], m[1]); ok {
			return d, true
		}
	}
	return findDTGAnywhere(header)
}

func TestFindDTGMatchesWholeHeaderSearch(t *testing.T) {
	check := func(s string) {
		t.Helper()
		got, gotOK := FindDTG(s)
		want, wantOK := findDTGWhole(s)
		if got != want || gotOK != wantOK {
			t.Fatalf("findDTG(%q) = %v %v, want %v %v", s, got, gotOK, want, wantOK)
		}
	}
	for _, s := range testcorpus.Files(t) {
		check(s[:min(len(s), 8000)])
	}
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"041820Z", "321820Z", "Z", " ", "\t", "\n", "P ", "R ", "O", "JAN", "Feb", "XYZ", " 10", " 2010",
		"1", "12", "ZZHP", "x", "\r"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

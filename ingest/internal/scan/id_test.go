package scan

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// canonicalIDByExpressions is CanonicalID without the shortcut for
// simple ids.
func canonicalIDByExpressions(id string) string {
	return canonicalByExpressions(strings.ToUpper(strings.Join(strings.Fields(id), "")))
}

// stationOfByExpressions is StationOf without the shortcut.
func stationOfByExpressions(id string) string { return stationByExpressions(id) }

func TestSimpleIDsMatchExpressions(t *testing.T) {
	check := func(id string) {
		t.Helper()
		if got, want := CanonicalID(id), canonicalIDByExpressions(id); got != want {
			t.Fatalf("CanonicalID(%q) = %q, want %q", id, got, want)
		}
		if got, want := StationOf(id), stationOfByExpressions(id); got != want {
			t.Fatalf("stationOf(%q) = %q, want %q", id, got, want)
		}
	}
	// The ids of the test corpus's index.
	b, err := os.ReadFile(testcorpus.Path("INDEX.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		for _, f := range strings.Split(l, "\t") {
			check(f)
		}
	}
	rng := rand.New(rand.NewPCG(27, 28))
	pieces := []string{"0", "00", "09", "1", "2010", "123", "12345678", "STATE", "state", "EFTO", "AMEMBASSY", "AMCONSUL",
		"SECSTATE", "USUN", "SECTION01OF02", "ON1OF2", "ZFR", " ", "\t", "\u00a0", "é", "-", "X"}
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

// normalizeLevelByExpression is NormalizeLevel without the table of
// usual forms.
func normalizeLevelByExpression(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if i := strings.Index(s, "//"); i >= 0 {
		s = s[:i]
	}
	return levelByExpression(s)
}

func TestLevelFormsAndFirstFieldMatchSlowForms(t *testing.T) {
	for form := range levelForms {
		for _, s := range []string{form, strings.ToLower(form), " " + form + "//NOFORN"} {
			if got, want := NormalizeLevel(s), normalizeLevelByExpression(s); got != want {
				t.Fatalf("NormalizeLevel(%q) = %q, want %q", s, got, want)
			}
		}
	}
	rng := rand.New(rand.NewPCG(29, 30))
	pieces := []string{"SECRET", "S E C R E T", "TOP", "UNCLAS", "SIFIED", "CONFIDENTIAL", "LIMITED", "OFFICIAL", "USE",
		"SENSITIVE BUT", " ", "\t", "//", "NOFORN", "\u00a0", "é", "x", "P", "Z "}
	for range 30000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := NormalizeLevel(s), normalizeLevelByExpression(s); got != want {
			t.Fatalf("NormalizeLevel(%q) = %q, want %q", s, got, want)
		}
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Fatalf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
}

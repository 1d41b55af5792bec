package ingest

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/ingest/internal/testcorpus"
)

// The expressions the comma scans of apostrophe.go stand for.
var (
	possessiveRE  = regexp.MustCompile(`([A-Za-z.]),([sS])([^A-Za-z0-9]|$)`)
	contractionRE = regexp.MustCompile(`([nN]),([tT])([^A-Za-z0-9]|$)`)
	elisionRE     = regexp.MustCompile(`\b([dDlLO]),([A-Z])`)
	pronounRE     = regexp.MustCompile(`\b(I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|YOU|WE|THEY|HE|SHE|IT),(ll|re|ve|d|m|LL|RE|VE|D|M)\b`)
)

// checkCommaScans compares each scan with its expression on s.
func checkCommaScans(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		name string
		re   *regexp.Regexp
		repl string
		scan func(string, int, int) int
	}{
		{"possessive", possessiveRE, "$1'$2$3", possessiveComma},
		{"contraction", contractionRE, "$1'$2$3", contractionComma},
		{"elision", elisionRE, "$1'$2", elisionComma},
		{"pronoun", pronounRE, "$1'$2", pronounComma},
	} {
		want := c.re.ReplaceAllString(s, c.repl)
		if got := replaceCommas(s, c.scan); got != want {
			t.Fatalf("%s of %q:\n got %q\nwant %q", c.name, s, got, want)
		}
	}
}

func TestCommaScansMatchExpressions(t *testing.T) {
	for _, s := range []string{
		"MTCR,s position", "the State,s view", "U.S.,s", "a,s,s b", "a,s.,s b", "don,t", "DON,T.", "isn,t,s",
		"n,t,s x", "Cote d,Ivoire", "d,O,Donnell", "xd,Ivoire", "_l,Homme", "we,ll", "they,re", "I,m", "It,LL",
		"2I,m", "We,ll,we,ll", "he,d,she,d", "you,ve.", "a,s’", "a,s\xff", "L,s", "l,S", ",s", "s,", "a,", ",",
		"they,ree", "I,mm", "é,s", "x,sé", "O,Donnell,s", "Thailand,s, d,Italia,s; she,s",
	} {
		checkCommaScans(t, s)
	}
	// Every line of the test corpus.
	for _, l := range testcorpus.Lines(t) {
		if strings.Contains(l, ",") {
			checkCommaScans(t, l)
		}
	}
	// Random strings over the letters the expressions look at.
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{",", ",", ",", "s", "S", "t", "T", "n", "N", "d", "D", "l", "L", "O", "I", "m", "ll", "re", "VE",
		"we", "They", "she", "IT", "you", ".", " ", "_", "1", "é", "’", "\xff", "x", "Z"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkCommaScans(t, b.String())
	}
}

package textmatch_test

import (
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

// TestGateMatchesNeeds holds each Gate's one pass to the quick tests of
// its expressions taken one by one (Needs.MayHold, a gated Word's): bit
// i of Scan is set exactly when the needs of expression i let the text
// through. The Gates are the extractor's and Gates of every Word's
// expression, 64 at a time, on the harness's texts, in mixed case, and
// with the non-ASCII runes (?i) takes for "s" and "k".
func TestGateMatchesNeeds(t *testing.T) {
	all := texts(t)
	all = append(all, matchtest.MixedCase(7, all)...)
	twins := strings.NewReplacer("s", "ſ", "k", "\u212a", "K", "\u212a")
	for _, s := range all[:len(all)/4] {
		all = append(all, twins.Replace(s))
	}
	gates := textmatch.AllGates()
	var exprs []string
	for _, w := range textmatch.Words() {
		exprs = append(exprs, w.String())
	}
	for i := 0; i < len(exprs); i += 64 {
		gates = append(gates, textmatch.NewGate(exprs[i:min(len(exprs), i+64)]...))
	}
	turned, let := 0, 0
	for _, g := range gates {
		var mays []func(string) bool
		for _, expr := range g.Exprs() {
			_, may := textmatch.NeedsOf(expr)
			mays = append(mays, may)
		}
		for _, s := range all {
			got := g.Scan(s)
			for i, may := range mays {
				want := may == nil || may(s)
				if got&(1<<i) != 0 != want {
					t.Fatalf("Gate.Scan(%q) bit %d (%s) is %v; its needs say %v", s, i, g.Exprs()[i], !want, want)
				}
				if want {
					let++
				} else {
					turned++
				}
			}
		}
	}
	if len(gates) < 3 || turned < 100000 || let < 100000 {
		t.Fatalf("%d gates, %d bits clear, %d set: the test checks too little", len(gates), turned, let)
	}
	t.Logf("%d gates, %d texts, %d bits clear, %d set", len(gates), len(all), turned, let)
}

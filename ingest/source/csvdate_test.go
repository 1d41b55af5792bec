package source

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// csvDateRE is the expression csvDate reads by hand.
var csvDateRE = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})[ T](\d{1,2}):(\d{2})`)

// csvDateByExpression is csvDate by the expression.
func csvDateByExpression(s string) string {
	m := csvDateRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return strings.TrimSpace(s)
	}
	return fmt.Sprintf("%s-%02d-%02dT%02d:%s", m[3], textmatch.Atoi(m[1]), textmatch.Atoi(m[2]), textmatch.Atoi(m[4]), m[5])
}

func TestCSVDateMatchesExpression(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	// pick takes the first option (a right one) half the time.
	pick := func(options ...string) string {
		if rng.IntN(2) == 0 {
			return options[0]
		}
		return options[rng.IntN(len(options))]
	}
	read := 0
	for range 50000 {
		// A date with each part right most of the time, wrong now and then.
		s := pick("", " ", "\t") + pick("1", "12", "123", "", "x") + pick("/", "/", "-") + pick("2", "28", "280", "") +
			pick("/", "/", ".") + pick("1966", "2009", "19661", "196") + pick(" ", "T", "t", "") + pick("1", "18", "180", "") +
			pick(":", ":", ".") + pick("48", "05", "4", "485", "") + pick("", " ", ":59", "Z", "é")
		want := csvDateByExpression(s)
		if want != strings.TrimSpace(s) {
			read++
		}
		if got := csvDate(s); got != want {
			t.Fatalf("csvDate(%q) = %q, want %q", s, got, want)
		}
	}
	if read < 1000 {
		t.Fatalf("only %d dates read: the test tries too little", read)
	}
}

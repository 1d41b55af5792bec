package extract

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/textmatch"
	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

func TestCountriesComplete(t *testing.T) {
	cs := Countries()
	if len(cs) < 249 {
		t.Fatalf("Countries() has %d entries, want every ISO 3166-1 entry (249+)", len(cs))
	}
	seen := map[string]bool{}
	fips := map[string]string{}
	for _, c := range cs {
		if len(c.ISO2) != 2 || c.Name == "" || seen[c.ISO2] {
			t.Errorf("bad or duplicate entry %+v", c)
		}
		seen[c.ISO2] = true
		if c.FIPS != "" {
			if other, dup := fips[c.FIPS]; dup {
				t.Errorf("FIPS %s used by %s and %s", c.FIPS, other, c.ISO2)
			}
			fips[c.FIPS] = c.ISO2
		}
	}
	for _, want := range []string{"AL", "CG", "CD", "CI", "MK", "MM", "BS", "KR", "KP", "TL", "PS", "EH", "AQ", "UM", "XK"} {
		if !seen[want] {
			t.Errorf("missing %s", want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want string // "iso" per mention, ambiguous ones joined by "/", mentions by " "
	}{
		{"the Republic of the Congo", "CG"},
		{"Congo, Republic of", "CG"},
		{"Congo-Brazzaville and Congo-Kinshasa", "CG CD"},
		{"the Democratic Republic of the Congo", "CD"},
		{"Congo, Democratic Republic of", "CD"},
		{"Congo", "CD/CG"},
		{"Congolese officials", "CD/CG"},
		{"Cote d,Ivoire", "CI"},
		{"Côte d'Ivoire and the Ivory Coast", "CI CI"},
		{"Macedonia, North Macedonia, FYROM", "MK MK MK"},
		{"Burma or Myanmar", "MM MM"},
		{"the Bahamas", "BS"},
		{"Bosnia and Herzegovina, Bosnia, Bosnian", "BA BA BA"},
		{"South Korea, the ROK, the Republic of Korea", "KR KR KR"},
		{"North Korea and the DPRK", "KP KP"},
		{"the UAE and Emirati officials", "AE AE"},
		{"the Kyrgyz Republic", "KG"},
		{"Timor-Leste, East Timor", "TL TL"},
		{"Albanian, Filipino, Philippine, Kazakh, Kazakhstani", "AL PH PH KZ KZ"},
		{"Guinea-Bissau, Guinea, Equatorial Guinea, Papua New Guinea", "GW GN GQ PG"},
		{"Niger and Nigeria", "NE NG"},
		{"the GOAM and the GOAJ", "AM AZ"},
		{"the GOC", "CA/CD/CG/CL/CM/CN/CO/CU/CY/HR/KH/KM/TD"},
		{"New Mexico and New Jersey", ""},
		{"a roast turkey in china", ""},
		{"the Government of Afghanistan", "AF"},
		{"the United States", "US"},
	}
	g := loadGazetteer()
	for _, tt := range tests {
		var got []string
		for _, m := range g.find(tt.text, false) {
			isos := slices.Clone(m.isos)
			slices.Sort(isos)
			got = append(got, strings.Join(isos, "/"))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("find(%q) = %q, want %q", tt.text, s, tt.want)
		}
	}
}

func TestFindSpan(t *testing.T) {
	g := loadGazetteer()
	text := "work with the Government of Afghanistan through"
	ms := g.find(text, false)
	if len(ms) != 1 || text[ms[0].start:ms[0].end] != "Government of Afghanistan" {
		t.Errorf("find(%q) = %+v, want the span of Government of Afghanistan", text, ms)
	}
	caps := "THE UNITED STATES URGED ALBANIA. HE GOT THERE."
	ms = g.find(caps, true)
	if len(ms) != 2 || ms[1].isos[0] != "AL" {
		t.Errorf("find(%q) = %+v, want US and AL only", caps, ms)
	}
}

// markedTexts returns the texts the ASCII readings of words are held on:
// every sentence and 60-byte window of the test cables, and random
// strings of the gazetteer's names in several cases, months, and
// non-ASCII marks and letters between them.
func markedTexts(t *testing.T) []string {
	g := loadGazetteer()
	texts := matchtest.CableTexts(t, 37, 60)
	var pieces []string
	for _, c := range g.countries {
		for _, n := range append(append([]string{c.Name}, c.Aliases...), append(c.Demonyms, c.GovAbbr...)...) {
			pieces = append(pieces, n, strings.ToLower(n), strings.ToUpper(n))
		}
	}
	pieces = append(pieces, " ", " ", "  ", ", ", "-", ".", "'", "the ", "The ", "government of ", "of", "and", "x", "9", "_",
		"May", "MARCH", "Sept.", "Jan ", "june", "Decker")
	marks := []string{"’", "‘", "“", "”", " – ", "—", "\u00a0", "\xff", "\xe2\x80"} // no letters, no digits
	letters := []string{"é", "É", "ñ", "٣", "ſ"}                                    // asciiWords is false
	rng := rand.New(rand.NewPCG(11, 12))
	for _, extra := range [][]string{nil, marks, append(marks, letters...)} {
		for range 20000 {
			var b strings.Builder
			for range rng.IntN(6) {
				if len(extra) > 0 && rng.IntN(3) == 0 {
					b.WriteString(extra[rng.IntN(len(extra))])
				} else {
					b.WriteString(pieces[rng.IntN(len(pieces))])
				}
			}
			texts = append(texts, b.String())
		}
	}
	return texts
}

// TestFindASCIIMatchesTokens holds findASCII, which reads words as they
// stand and passes over lower-case words in mixed-case text, to
// findTokens, which cuts the whole text into tokens, on every text whose
// words are ASCII (asciiWords), as find chooses, in mixed case and in
// capitals (markedTexts).
func TestFindASCIIMatchesTokens(t *testing.T) {
	g := loadGazetteer()
	texts := markedTexts(t)
	found, nonASCII := 0, 0
	for _, s := range texts {
		if !asciiWords(s) {
			continue
		}
		if !textmatch.IsASCII(s) {
			nonASCII++
		}
		for _, caps := range []bool{false, true} {
			got, want := g.findASCII(s, caps), g.findTokens(s, caps)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("findASCII(%q, %v) = %+v; findTokens gives %+v", s, caps, got, want)
			}
			found += len(got)
		}
	}
	if found < 1000 || nonASCII < 1000 {
		t.Fatalf("%d mentions found, %d texts with non-ASCII marks: the test checks too little", found, nonASCII)
	}
}

// TestASCIITokens holds asciiTokens, which monthTokens and caseFold read
// without keys, to tokenize (markedTexts): it answers for a text exactly
// when asciiWords holds, with tokenize's spans, whose keys are the words
// in lower case (monthTokens makes them so).
func TestASCIITokens(t *testing.T) {
	read, nonASCII := 0, 0
	for _, s := range markedTexts(t) {
		got, ok := asciiTokens(nil, s)
		if ok != asciiWords(s) {
			t.Fatalf("asciiTokens(%q) answers %v; asciiWords says %v", s, ok, asciiWords(s))
		}
		if !ok {
			continue
		}
		read++
		if !textmatch.IsASCII(s) {
			nonASCII++
		}
		want := tokenize(s)
		if len(got) != len(want) {
			t.Fatalf("asciiTokens(%q) = %+v; tokenize gives %+v", s, got, want)
		}
		for i, w := range want {
			if got[i].start != w.start || got[i].end != w.end || strings.ToLower(s[w.start:w.end]) != w.key {
				t.Fatalf("asciiTokens(%q) = %+v; tokenize gives %+v", s, got, want)
			}
		}
	}
	if read < 10000 || nonASCII < 1000 {
		t.Fatalf("%d texts read, %d with non-ASCII marks: the test checks too little", read, nonASCII)
	}
}

// TestMonthTokens holds monthTokens, which reads the words of a text
// whose words are ASCII without cutting keys (asciiTokens), to monthsOf
// over tokenize's tokens, in mixed case and in capitals (markedTexts).
func TestMonthTokens(t *testing.T) {
	found := 0
	for _, s := range markedTexts(t) {
		for _, caps := range []bool{false, true} {
			got, want := monthTokens(s, caps), monthsOf(s, caps, tokenize(s), false)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("monthTokens(%q, %v) = %+v; over tokenize %+v", s, caps, got, want)
			}
			found += len(got)
		}
	}
	if found < 1000 {
		t.Fatalf("%d months found: the test checks too little", found)
	}
}

// TestNextOpener holds nextOpener to nextWord passing over the words that
// open with a lower-case letter, from every offset of markedTexts (every
// fifth text).
func TestNextOpener(t *testing.T) {
	words := 0
	for k, s := range markedTexts(t) {
		if k%5 != 0 {
			continue
		}
		for from := 0; from <= len(s); from++ {
			st, en := nextWord(s, from)
			for st >= 0 && s[st] >= 'a' && s[st] <= 'z' {
				st, en = nextWord(s, en)
			}
			if gs, ge := nextOpener(s, from); gs != st || ge != en {
				t.Fatalf("nextOpener(%q, %d) = %d, %d; nextWord gives %d, %d", s, from, gs, ge, st, en)
			}
			if st >= 0 {
				words++
			}
		}
	}
	if words < 10000 {
		t.Fatalf("%d words found: the test checks too little", words)
	}
}

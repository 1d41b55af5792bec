package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/extract"
)

// TestSentences checks single paragraphs: who is the subject, which action,
// event and dates, and that hosts, venues and the United States are not
// taken for subjects.
func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string // factKey lines
	}{
		{"1. (C) In June 2010, Kenya attended the Tenth International Export Control Conference.",
			[]string{"KE\tattended\t10th International Export Control Conference\t2010-06-01\t2010-06-30"}},
		{"1. (C) In May 2009, Belarus attended the \"Tracker\" Best Practices Conference, co-hosted by the U.S. and Poland in Warsaw.",
			[]string{"BY\tattended\tTracker Best Practices Conference\t2009-05-01\t2009-05-31"}},
		{"1. (C) In June 2009, Indian officials participated in a June 23-25 South Asia Workshop on Export Controls that was co-hosted by the U.S. and held in Sri Lanka.",
			[]string{"IN\tattended\tSouth Asia Workshop on Export Controls\t2009-06-23\t2009-06-25"}},
		{"1. (C) Mexican officials attended a legal/regulatory workshop on export controls in Chile as observers.",
			[]string{"MX\tattended\tlegal/regulatory workshop on export controls\t\t"}},
		{"1. (C) In March 2008, the United States urged Peru to subscribe to the Hague Code of Conduct Against Ballistic Missile Proliferation (HCOC).",
			[]string{"PE\turged\tHague Code of Conduct Against Ballistic Missile Proliferation (HCOC)\t2008-03-01\t2008-03-31"}},
		{"1. (C) In January 2009, the United States informed Kenya and Ghana of the results of the 2008 Canberra MTCR Plenary.",
			[]string{"KE\tinformed\t2008 Canberra MTCR Plenary\t2009-01-01\t2009-01-31", "GH\tinformed\t2008 Canberra MTCR Plenary\t2009-01-01\t2009-01-31"}},
		{"1. (C) From November 2008 to November 2009, Ghanaian officials participated in training courses on licensing, export investigation, and land and sea interdiction.",
			[]string{"GH\ttrained\t\t2008-11-01\t2009-11-30"}},
		{"1. (C) The United States held bilateral nonproliferation talks with Brazil in September 2009.",
			[]string{"BR\tdiscussed\t\t2009-09-01\t2009-09-30"}},
		{"1. (C) In late November 2008, Nepalese officials co-hosted with the United States a Regional Export Control Workshop held in Kathmandu.",
			[]string{"NP\thosted\tRegional Export Control Workshop\t2008-11-21\t2008-11-30"}},
		{"1. (C) The Conference in Istanbul, Turkey, June 25-27, 2009, was attended by more than 200 participants. Co-hosted by the United States and the Republic of Turkey, the conference was sponsored by the EXBS program.",
			nil},
		{"1. (C) Embassy Paris should provide a copy to the French MTCR Point of Contact.", nil},
		{"1. (C) Two EXBS programs this year were the Export Control Academy held at the University of Georgia.", nil},
		{"1. (C) China urged Iran to stop the shipment.", nil},
		{"1. (C) Since the 2008 Canberra Plenary, the United States has provided Georgia substantial border enforcement equipment.",
			[]string{"GE\tassisted\t\t2008-01-01\t2009-10-29"}},
	}
	for _, tt := range tests {
		c := cableFromText("T", seedDTG, tt.text)
		got := factSet(extract.Activities(c))
		want := append([]string(nil), tt.want...)
		if strings.Join(got, "|") != strings.Join(sorted(want), "|") {
			t.Errorf("Activities(%q)\n got %q\nwant %q", tt.text, got, sorted(want))
		}
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// TestHeadingsGiveSubject checks that a sentence naming no country takes
// the country of its heading, underlined or not, and that the facts follow
// when the heading is another country.
func TestHeadingsGiveSubject(t *testing.T) {
	for _, country := range []struct{ heading, iso string }{{"Malta", "MT"}, {"Ivory Coast", "CI"}, {"Congo, Republic of", "CG"}} {
		for _, underline := range []string{"\n////////", "\n--------", ""} {
			text := "3. (C) Contacts:\n\n" + country.heading + underline + "\n\n" +
				"In September 2009, the United States provided a demonstration of and training on its online\ncommodity identification tool.\n"
			got := factSet(extract.Activities(cableFromText("T", seedDTG, text)))
			want := country.iso + "\tassisted\t\t2009-09-01\t2009-09-30"
			if len(got) != 1 || got[0] != want {
				t.Errorf("heading %q%q: got %q, want %q", country.heading, underline, got, want)
			}
		}
	}
}

func BenchmarkActivities(b *testing.B) {
	seed := parseFile(b, "../testdata/09STATE111693.txt")
	plain := cableFromText("P", seedDTG, "1. (C) The Ambassador met the Finance Minister to review the budget. "+
		"He said the ministry would report next week on revenues, which fell in the second quarter.\n\n"+
		"2. (C) Comment: the figures are not yet public. End comment.")
	b.Run("seed", func(b *testing.B) {
		for b.Loop() {
			extract.Activities(seed)
		}
	})
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			extract.Activities(plain)
		}
	})
	caps := parseFile(b, "testdata/05STATE176512.txt")
	b.Run("capitals", func(b *testing.B) {
		for b.Loop() {
			extract.Activities(caps)
		}
	})
	// shapes that must not be pathological: a 60 KB paragraph without a
	// full stop, dense with countries and action words, and a cable
	// listing every country.
	var long strings.Builder
	long.WriteString("1. (C) ")
	for i := 0; long.Len() < 60000; i++ {
		fmt.Fprintf(&long, "the United States urged Kenya and Peru to attend the %dth Regional Workshop on export controls held in Lima, Peru, and discussed with Ghanaian officials that ", i)
	}
	longCable := cableFromText("L", seedDTG, long.String())
	b.Run("long paragraph", func(b *testing.B) {
		for b.Loop() {
			extract.Activities(longCable)
		}
	})
	var list strings.Builder
	list.WriteString("3. (C) Begin non-paper:\n\n")
	for _, c := range extract.Countries() {
		fmt.Fprintf(&list, "%s\n%s\n\nIn May 2009, the United States urged %s to subscribe to the HCOC.\n\n\n", c.Name, strings.Repeat("/", len(c.Name)), c.Name)
	}
	listCable := cableFromText("C", seedDTG, list.String())
	b.Run("every country", func(b *testing.B) {
		for b.Loop() {
			extract.Activities(listCable)
		}
	})
}

package extract

import (
	"reflect"
	"testing"
	"time"

	"github.com/cablesql/cablesql/internal/textmatch/matchtest"
)

func TestFindPeriods(t *testing.T) {
	cable := time.Date(2009, 10, 29, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text     string
		from, to string
		written  string
	}{
		{"In June 2009, Albania attended", "2009-06-01", "2009-06-30", "In June 2009"},
		{"From November 2008 to November 2009, Albanian officials", "2008-11-01", "2009-11-30", "From November 2008 to November 2009"},
		{"the conference in Istanbul, June 25-27, 2009, was", "2009-06-25", "2009-06-27", "June 25-27, 2009"},
		{"hosted on September 30 - October 2, 2009.", "2009-09-30", "2009-10-02", "on September 30 - October 2, 2009"},
		{"In mid-May 2009, the United States", "2009-05-11", "2009-05-20", "In mid-May 2009"},
		{"In late November 2008, Macau officials", "2008-11-21", "2008-11-30", "In late November 2008"},
		{"in early February 2009", "2009-02-01", "2009-02-10", "in early February 2009"},
		{"late February", "2009-02-21", "2009-02-28", "late February"},
		{"in December they met", "2008-12-01", "2008-12-31", "in December"},
		{"on 3 March 2009", "2009-03-03", "2009-03-03", "on 3 March 2009"},
		{"held 23-25 June 2007", "2007-06-23", "2007-06-25", "23-25 June 2007"},
		{"in 2007", "2007-01-01", "2007-12-31", "in 2007"},
		{"since March 2009", "2009-03-01", "2009-03-31", "since March 2009"},
		{"Throughout the year the United States", "2009-01-01", "2009-10-29", "Throughout the year"},
		{"between May and July 2009", "2009-05-01", "2009-07-31", "between May and July 2009"},
		{"during the week of April 12 they met", "2009-04-12", "2009-04-18", "during the week of April 12"},
		{"During the week of February 8, 2010, a team", "2010-02-08", "2010-02-14", "During the week of February 8, 2010"},
		{"in the fall of 2009", "2009-09-01", "2009-11-30", "in the fall of 2009"},
		{"in the fall of", "2009-09-01", "2009-11-30", "in the fall of"},
		{"during the summer", "2009-06-01", "2009-08-31", "during the summer"},
		{"in spring 2010", "2010-03-01", "2010-05-31", "in spring 2010"},
		{"in the winter of 2010", "2009-12-01", "2010-02-28", "in the winter of 2010"},
		{"In FY2008, EXBS provided", "2007-10-01", "2008-09-30", "In FY2008"},
		{"during fiscal year 2010 the program", "2009-10-01", "2010-09-30", "during fiscal year 2010"},
		{"In 2Q 2009, EXBS sponsored", "2009-04-01", "2009-06-30", "In 2Q 2009"},
		{"in the third quarter of 2008", "2008-07-01", "2008-09-30", "in the third quarter of 2008"},
		{"in Q1 FY2010", "2009-10-01", "2009-12-31", "in Q1 FY2010"},
		{"took part in a seminar last month", "2009-09-01", "2009-09-30", "last month"},
		{"attended the Academy last summer", "2009-06-01", "2009-08-31", "last summer"},
		{"earlier this month they met", "2009-10-01", "2009-10-29", "earlier this month"},
		{"prices fall 2 percent", "", "", ""},
		{"we may meet in Update 2009", "", "", ""},
		{"the UNSCR 1540 workshop", "", "", ""},
		{"EconOff spoke on 10/1/04 with the MFA", "2004-10-01", "2004-10-01", "on 10/1/04"},
		{"Poloff met him on 10/7 to discuss", "2009-10-07", "2009-10-07", "on 10/7"},
		{"the Minister, met on 12/3, said", "2008-12-03", "2008-12-03", "on 12/3"},
		{"met on 1/18 about the April 2003 attack", "2009-01-18", "2009-01-18", "on 1/18"},
		{"dated 3/5/2009", "2009-03-05", "2009-03-05", "dated 3/5/2009"},
		{"nothing has been the same since 9/11", "", "", ""},
		{"a vote on 2/30 failed", "", "", ""},
		{"on 1/2/3/4 of the text", "", "", ""},
		{"the score on 13/5", "", "", ""},
	}
	for _, tt := range tests {
		ps := findPeriods(tt.text, dateContext{cable: cable}, false)
		if tt.from == "" {
			if len(ps) != 0 {
				t.Errorf("findPeriods(%q) = %+v, want none", tt.text, ps)
			}
			continue
		}
		if len(ps) == 0 {
			t.Errorf("findPeriods(%q) found nothing", tt.text)
			continue
		}
		p := ps[0]
		if iso(p.from) != tt.from || iso(p.to) != tt.to || p.text != tt.written {
			t.Errorf("findPeriods(%q) = %s..%s %q, want %s..%s %q", tt.text, iso(p.from), iso(p.to), p.text, tt.from, tt.to, tt.written)
		}
	}
}

func TestYearFromContext(t *testing.T) {
	ps := findPeriods("a June 23-25 workshop", dateContext{later: 2007}, false)
	if len(ps) != 1 || iso(ps[0].from) != "2007-06-23" {
		t.Errorf("got %+v, want 2007-06-23 from the year stated nearby", ps)
	}
}

func TestAnchoredPeriods(t *testing.T) {
	week := period{from: day(2009, 3, 2), to: day(2009, 3, 6)}
	one := period{from: day(2009, 5, 28), to: day(2009, 5, 28)}
	tests := []struct {
		text     string
		anchor   period
		from, to string
	}{
		{"The following week, the Embassy met", week, "2009-03-09", "2009-03-15"},
		{"We met him the same day.", one, "2009-05-28", "2009-05-28"},
		{"the next day they toured the port", one, "2009-05-29", "2009-05-29"},
		{"later that month the team returned", one, "2009-05-29", "2009-05-31"},
		{"the same day", week, "", ""},
		{"the following year", one, "2010-01-01", "2010-12-31"},
		{"the next steps", one, "", ""},
	}
	for _, tt := range tests {
		p, ok := anchoredPeriod(tt.text, tt.anchor)
		if tt.from == "" {
			if ok {
				t.Errorf("anchoredPeriod(%q) = %s..%s, want none", tt.text, iso(p.from), iso(p.to))
			}
			continue
		}
		if !ok || iso(p.from) != tt.from || iso(p.to) != tt.to {
			t.Errorf("anchoredPeriod(%q) = %s..%s %v, want %s..%s", tt.text, iso(p.from), iso(p.to), ok, tt.from, tt.to)
		}
	}
}

// A decade is no year: "in the 1990's, Lee told the Ambassador October
// 16" is October of the cable's year, not of 1990.
func TestDecadeIsNoYear(t *testing.T) {
	s := "in the 1990's and the 2000s, and again in 2005, 19905 and 1990’s"
	var got []int
	for _, y := range yearsIn(s) {
		got = append(got, y.year)
	}
	if len(got) != 1 || got[0] != 2005 || firstYear(s) != 2005 || lastYear(s) != 2005 {
		t.Errorf("years of %q: %v, first %d, last %d; want only 2005", s, got, firstYear(s), lastYear(s))
	}
	dc := dateContext{cable: time.Date(2007, 10, 20, 0, 0, 0, 0, time.UTC)}
	if y := dc.yearFor(time.October, "ASEAN should not have admitted Burma in the 1990's, Lee told the Ambassador "); y != 2007 {
		t.Errorf("yearFor after a decade = %d, want the cable's 2007", y)
	}
}

func TestMonthOf(t *testing.T) {
	for w, want := range map[string]time.Month{
		"June": time.June, "JUNE": time.June, "Jun": time.June, "Jun.": time.June, "Sept.": time.September,
		"sep": time.September, "May": time.May, "Marsh": 0, "Mayer": 0, "Decker": 0, "Augustin": 0, "Ma": 0, "": 0,
	} {
		if got := monthOf(w); got != want {
			t.Errorf("monthOf(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLaterNeedsNoDate holds what periodsNoLater relies on: in the context
// of a cable with a date, the year a sentence states elsewhere (later)
// changes no date findPeriods reads, in mixed case or in capitals. The
// texts are the test cables' sentences and 60-byte windows and every
// 20th line of the gold cables, with later a year before the cable's and
// one after.
func TestLaterNeedsNoDate(t *testing.T) {
	texts := matchtest.CableTexts(t, 19, 60)
	for i, l := range matchtest.GoldLines(t) {
		if i%20 == 0 {
			texts = append(texts, l)
		}
	}
	found := 0
	for _, cable := range []time.Time{day(2009, 10, 29), day(2004, 2, 3)} {
		for _, s := range texts {
			for _, caps := range []bool{false, true} {
				want := findPeriods(s, dateContext{cable: cable}, caps)
				for _, later := range []int{1999, 2011} {
					if got := findPeriods(s, dateContext{cable: cable, later: later}, caps); !reflect.DeepEqual(got, want) {
						t.Fatalf("findPeriods(%q) with later %d = %+v; without, %+v", s, later, got, want)
					}
				}
				found += len(want)
			}
		}
	}
	if found < 5000 {
		t.Fatalf("%d dates found: the test checks too little", found)
	}
}

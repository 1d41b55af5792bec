package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ_CABLE")
	grep := os.Getenv("ZZ_GREP")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	var c *cablesql.Cable
	err := ingest.Read(path, f, func(d *ingest.Document, err error) error {
		if err != nil {
			return err
		}
		c, err = ingest.Parse(d)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	g := loadGazetteer()
	x := &cableContext{g: g, c: c, sents: layout(g, c), acr: acronyms{}, date: cableDate(c),
		mentioned: map[string]int{}, canon: map[string]string{}, eventDates: map[string]period{}, people: map[string]bool{}, foreign: map[string]string{}, anchored: map[int]period{}}
	x.tags = tagCountries(g, c)
	x.home = x.homeCountry()
	x.learn()
	post := x.postHome()
	t.Logf("home %q post %q people %v foreign %v", x.home, post, x.people, x.foreign)
	all := x.facts()
	for _, f := range Activities(c) {
		if grep == "" || strings.Contains(f.Sentence, grep) {
			t.Logf("ACTIVITY %s %s %q %s", f.ISO2, f.Action, f.Event, f.DateFrom)
		}
	}
	for i, s := range x.sents {
		for _, f := range all {
			if f.sent == i && (grep == "" || strings.Contains(s.text, grep)) {
				t.Logf("FACT %d %s %s %q", i, f.iso, f.action, f.event)
			}
		}
		if grep != "" && !strings.Contains(s.text, grep) {
			continue
		}
		t.Logf("SENT %d: %s", i, s.text)
		for _, m := range s.mentions {
			t.Logf("   mention %q %v", s.text[m.start:m.end], m.isos)
		}
		off := 0
		for _, cl := range x.clausesOf(i) {
			o := strings.Index(s.text[off:], cl) + off
			off = o + len(cl)
			t.Logf("   clause %q -> presence %+v", cl, x.presence(i, cl, o, post))
		}
		r := exchangeReader{x: x, i: i, home: post}
		for _, f := range r.meetingWith(s.text) {
			t.Logf("   meetingWith -> %s %s", f.iso, f.action)
		}
		if loc := meetingWithRE.FindStringIndex(s.text); loc != nil {
			st, en := speakerSpan(s.text, loc)
			t.Logf("   meetingWithRE at %v, speaker %d..%d", loc, st, en)
			if st >= 0 {
				t.Logf("   speaker %q", s.text[st:en])
			}
		}
	}
}

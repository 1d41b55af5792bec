package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest"
)

func TestZZDebug(t *testing.T) {
	id := os.Getenv("ZZ")
	if id == "" {
		t.Skip()
	}
	for _, path := range []string{"../testdata/gold/cables/" + id + ".html", "../testdata/gold/cables/" + id + ".txt"} {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		f, _ := os.Open(path)
		var c *cablesql.Cable
		ingest.Read(path, f, func(d *ingest.Document, err error) error {
			if err == nil {
				c, _ = ingest.Parse(d)
			}
			return nil
		})
		g := loadGazetteer()
		x := &cableContext{g: g, c: c, sents: layout(g, c), acr: acronyms{}, date: cableDate(c),
			mentioned: map[string]int{}, canon: map[string]string{}, eventDates: map[string]period{}, people: map[string]bool{}, anchored: map[int]period{}}
		x.tags = tagCountries(g, c)
		x.home = x.homeCountry()
		x.learn()
		for _, n := range x.named {
			fmt.Println("named", n.sent, n.name)
		}
		fmt.Println("subject:", c.Subject)
		ev, _ := x.readoutEvent()
		fmt.Println("lead:", x.leadDate().from, "cable date:", x.date)
		fmt.Println("readout:", ev, "home:", x.home, "people:", x.people)
		for _, a := range Activities(c) {
			fmt.Printf("%s %s %q %s | %.400s\n", a.ISO2, a.Action, a.Event, a.DateFrom, a.Sentence)
		}
	}
}

func TestZZSents(t *testing.T) {
	id := os.Getenv("ZZ")
	if id == "" {
		t.Skip()
	}
	path := "../testdata/gold/cables/" + id + ".html"
	if p := os.Getenv("ZZPATH"); p != "" {
		path = p
	}
	f, _ := os.Open(path)
	var c *cablesql.Cable
	ingest.Read(path, f, func(d *ingest.Document, err error) error {
		if err == nil {
			c, _ = ingest.Parse(d)
		}
		return nil
	})
	fmt.Println("paras", len(c.Paragraphs), "body", len(c.Body))
	for _, p := range c.Paragraphs {
		fmt.Printf("P%d %.100q\n", p.Seq, p.Text)
	}
	g := loadGazetteer()
	for i, s := range layout(g, c) {
		fmt.Printf("%d p%d has=%d m=%d | %.120s\n", i, s.para, readerWordsIn(s.text), len(s.mentions), s.text)
	}
}

func TestZZPresence(t *testing.T) {
	id := os.Getenv("ZZ")
	if id == "" {
		t.Skip()
	}
	path := "../testdata/gold/cables/" + id + ".html"
	f, _ := os.Open(path)
	var c *cablesql.Cable
	ingest.Read(path, f, func(d *ingest.Document, err error) error {
		if err == nil {
			c, _ = ingest.Parse(d)
		}
		return nil
	})
	g := loadGazetteer()
	x := &cableContext{g: g, c: c, sents: layout(g, c), acr: acronyms{}, date: cableDate(c),
		mentioned: map[string]int{}, canon: map[string]string{}, eventDates: map[string]period{}, people: map[string]bool{}, anchored: map[int]period{}}
	x.learn()
	for i, s := range x.sents {
		if !strings.Contains(s.text, os.Getenv("ZZS")) {
			continue
		}
		for _, cl := range clauses(s.text) {
			fmt.Printf("%d clause %q\n", i, cl)
			off := strings.Index(s.text, cl)
			floor := subjectStart(cl)
			for _, loc := range atEventRE.FindAllStringIndex(cl, -1) {
				verb := lastVerbBefore(cl, floor, loc[0])
				fmt.Println(" at", loc, "verb", verb, "floor", floor)
				if verb >= 0 {
					st, en := namedSpan(cl, loc[1], nil, nil, false)
					fmt.Printf("  span %d %d %q\n", st, en, cl[max(st, 0):max(en, 0)])
					sub, k := afterSubordinator(cl[floor:verb])
					fmt.Printf("  sub %q k %d irr %v %v name %q\n", sub, k, irrealis(sub), irrealis(cl[verb:loc[0]]), cleanEventName(x.canonical(extendEvent(cl, st, en, x.acr))))
				}
			}
			fmt.Println(x.presence(i, cl, off, "CN"))
		}
	}
}

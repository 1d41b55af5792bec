package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/store"
)

// A dataset is a few cables with the facts an extractor would find in
// them, stored the way ingest stores them (store.Put), so the saved
// queries can be checked against facts we know. The expected answers are
// computed from the same facts in Go, never written by hand, so a second
// dataset with other countries and events checks that the matrix columns
// follow the data.
type dataset struct {
	countries []cablesql.Country
	cables    []*cablesql.Cable
	facts     map[string][]cablesql.Activity // by cable id
}

func act(iso2, country, action, event, kind, from, to, text, sentence string, topics ...string) cablesql.Activity {
	return cablesql.Activity{ISO2: iso2, Country: country, Action: action, Event: event, EventKind: kind,
		DateFrom: from, DateTo: to, DateText: text, Sentence: sentence, Paragraph: 3, Topics: topics}
}

func fixtureCable(id, dtg, origin, text string) *cablesql.Cable {
	return &cablesql.Cable{
		ID: id, DTG: dtg, Origin: origin, Classification: "CONFIDENTIAL", Subject: "TEST " + id, SubjectSource: "subject",
		Paragraphs: []cablesql.Paragraph{{Seq: 1, Num: 1, Marking: "U", Text: "This is an action request.", Raw: "This is an action request."},
			{Seq: 3, Num: 3, Marking: "C", Text: text, Raw: text}},
		Source: cablesql.Source{Path: id + ".txt", Format: "text", SHA256: "sha-" + id, Line: 1},
	}
}

// nonPartners is modelled on 09STATE111693, the bundled sample: the
// MTCR report on contacts with non-partners.
func nonPartners() *dataset {
	const iecc = "10th International Export Control Conference"
	const academy = "Export Control Academy"
	const update = "Update 2009"
	const plenary = "2008 Canberra MTCR Plenary"
	return &dataset{
		countries: []cablesql.Country{
			{ISO2: "AL", Name: "Albania", Aliases: []string{"Republic of Albania"}, Demonyms: []string{"Albanian"}, GovAbbr: []string{"GOAL"}},
			{ISO2: "AF", Name: "Afghanistan", Aliases: []string{"Islamic Republic of Afghanistan"}, Demonyms: []string{"Afghan"}},
			{ISO2: "DZ", Name: "Algeria", Demonyms: []string{"Algerian"}},
			{ISO2: "AM", Name: "Armenia", Demonyms: []string{"Armenian"}},
			{ISO2: "AU", Name: "Australia", Demonyms: []string{"Australian"}},
			{ISO2: "TR", Name: "Turkey", Aliases: []string{"Türkiye", "Republic of Turkey"}, Demonyms: []string{"Turkish"}},
		},
		cables: []*cablesql.Cable{
			fixtureCable("09STATE111693", "2009-10-29T15:42Z", "Secretary of State",
				"In June 2009, Albania attended the 10th International Export Control Conference. Afghan officials attended the Export Control Academy."),
			fixtureCable("08CANBERRA1201", "2008-11-20T09:10Z", "Embassy Canberra",
				"Australia hosted the MTCR Plenary in Canberra in November 2008; Turkey attended as a partner."),
		},
		facts: map[string][]cablesql.Activity{
			"09STATE111693": {
				act("AL", "Albania", "trained", "", "", "2008-11-01", "2009-11-30", "From November 2008 to November 2009",
					"Albanian officials participated in numerous training courses on licensing, export investigation and land and sea interdiction.",
					"licensing", "export investigation", "land and sea interdiction"),
				act("AL", "Albania", "attended", academy, "training", "", "", "", "Albanian officials attended the Export Control Academy."),
				act("AL", "Albania", "attended", iecc, "conference", "2009-06-25", "2009-06-27", "In June 2009", "In June 2009, Albania attended the 10th International Export Control Conference."),
				act("AF", "Afghanistan", "trained", "", "", "2008-11-01", "2009-11-30", "From November 2008 to November 2009",
					"Afghan officials participated in training courses on licensing procedures and interdiction.", "licensing", "interdiction"),
				act("AF", "Afghanistan", "attended", academy, "training", "", "", "", "Afghan officials attended the Export Control Academy."),
				act("AF", "Afghanistan", "attended", iecc, "conference", "2009-06-25", "2009-06-27", "In June 2009", "In June 2009, Afghanistan attended the 10th International Export Control Conference."),
				act("DZ", "Algeria", "attended", iecc, "conference", "2009-06-25", "2009-06-27", "In June 2009", "In June 2009, Algeria attended the 10th International Export Control Conference."),
				act("DZ", "Algeria", "informed", "Missile Technology Control Regime", "regime", "2009-03-01", "2009-03-31", "In March 2009", "In March 2009, the U.S. briefed Algerian officials on the MTCR."),
				act("AM", "Armenia", "attended", update, "conference", "2009-09-30", "2009-10-02", "September 30 - October 2, 2009", "Armenian officials attended Update 2009."),
				act("AM", "Armenia", "attended", iecc, "conference", "2009-06-25", "2009-06-27", "In June 2009", "In June 2009, Armenia attended the 10th International Export Control Conference."),
				act("AM", "Armenia", "urged", "Hague Code of Conduct", "regime", "", "", "", "The U.S. urged Armenia to subscribe to the Hague Code of Conduct."),
				act("TR", "Turkey", "hosted", iecc, "conference", "2009-06-25", "2009-06-27", "June 25-27, 2009", "Co-hosted by the United States and the Republic of Turkey, the conference ..."),
			},
			"08CANBERRA1201": {
				act("AU", "Australia", "hosted", plenary, "plenary", "2008-11-01", "2008-11-30", "November 2008", "Australia hosted the MTCR Plenary in Canberra."),
				act("TR", "Turkey", "attended", plenary, "plenary", "2008-11-01", "2008-11-30", "November 2008", "Turkey attended as a partner."),
				act("AL", "Albania", "discussed", "Missile Technology Control Regime", "regime", "2008-11-15", "", "mid-November 2008", "Albanian officials discussed the MTCR Guidelines."),
			},
		},
	}
}

// asiaOutreach has other countries, other events, an action outside the
// usual set, two events on the same day (ordered by name) and an undated
// event (last).
func asiaOutreach() *dataset {
	return &dataset{
		countries: []cablesql.Country{
			{ISO2: "KZ", Name: "Kazakhstan", Demonyms: []string{"Kazakh", "Kazakhstani"}},
			{ISO2: "MY", Name: "Malaysia", Demonyms: []string{"Malaysian"}, GovAbbr: []string{"GOM"}},
			{ISO2: "VN", Name: "Vietnam", Aliases: []string{"Viet Nam"}, Demonyms: []string{"Vietnamese"}},
			{ISO2: "PE", Name: "Peru", Demonyms: []string{"Peruvian"}},
			{ISO2: "JP", Name: "Japan", Demonyms: []string{"Japanese"}},
		},
		cables: []*cablesql.Cable{
			fixtureCable("07TOKYO555", "2007-02-20T08:00Z", "Embassy Tokyo", "Japan hosted the 14th Asian Export Control Seminar."),
			fixtureCable("07ASTANA88", "2007-05-10T11:30Z", "Embassy Astana", "Kazakhstan signed the Global Initiative statement."),
		},
		facts: map[string][]cablesql.Activity{
			"07TOKYO555": {
				act("JP", "Japan", "hosted", "14th Asian Export Control Seminar", "conference", "2007-02-12", "2007-02-14", "February 12-14", "Japan hosted the seminar."),
				act("MY", "Malaysia", "attended", "14th Asian Export Control Seminar", "conference", "2007-02-12", "2007-02-14", "February 12-14", "Malaysia attended the seminar."),
				act("VN", "Vietnam", "attended", "14th Asian Export Control Seminar", "conference", "2007-02-12", "2007-02-14", "February 12-14", "Vietnam attended the seminar."),
				act("KZ", "Kazakhstan", "attended", "14th Asian Export Control Seminar", "conference", "2007-02-12", "2007-02-14", "February 12-14", "Kazakhstan attended the seminar."),
				act("VN", "Vietnam", "trained", "Tracker Workshop", "training", "", "", "", "Vietnamese licensing officers were trained on Tracker.", "Tracker software", "licensing"),
				act("VN", "Vietnam", "attended", "Tracker Workshop", "training", "", "", "", "Vietnamese officers attended the Tracker workshop."),
			},
			"07ASTANA88": {
				act("KZ", "Kazakhstan", "signed", "Global Initiative to Combat Nuclear Terrorism", "programme", "2006-10-30", "2006-10-31", "October 30-31, 2006", "Kazakhstan signed the statement."),
				act("KZ", "Kazakhstan", "attended", "Global Initiative to Combat Nuclear Terrorism", "programme", "2006-10-30", "2006-10-31", "October 30-31, 2006", "Kazakhstan attended the Rabat meeting."),
				act("PE", "Peru", "attended", "Zeta Border Forum", "meeting", "2007-05-01", "2007-05-01", "May 1", "Peru attended the Zeta Border Forum."),
				act("PE", "Peru", "attended", "Alpha Licensing Forum", "meeting", "2007-05-01", "2007-05-01", "May 1", "Peru attended the Alpha Licensing Forum."),
				act("MY", "Malaysia", "attended", "Alpha Licensing Forum", "meeting", "2007-05-01", "2007-05-01", "May 1", "Malaysia attended the Alpha Licensing Forum."),
				act("MY", "Malaysia", "assisted", "", "", "2007-04-01", "", "April 2007", "The U.S. assisted Malaysia with its export control law."),
			},
		},
	}
}

// build stores the dataset in a new database file and returns its path.
func (d *dataset) build(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "fixture.db")
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.PutCountries(ctx, d.countries); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.cables {
		if _, err := db.Put(ctx, c, d.facts[c.ID]); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func (d *dataset) all() []cablesql.Activity {
	var out []cablesql.Activity
	for _, c := range d.cables {
		out = append(out, d.facts[c.ID]...)
	}
	return out
}

// wantMatrix computes the attendance matrix from the facts: the header
// (iso2, country, events by earliest date with undated last, then name,
// total) and the rows (total highest first, then country), as CSV lines.
func (d *dataset) wantMatrix() []string {
	first := map[string]string{}
	for _, a := range d.all() {
		if a.Event == "" {
			continue
		}
		if f, ok := first[a.Event]; !ok || (a.DateFrom != "" && (f == "" || a.DateFrom < f)) {
			first[a.Event] = a.DateFrom
		}
	}
	attended := map[string]map[string]bool{} // iso2 -> event
	names := map[string]string{}
	var events []string
	seen := map[string]bool{}
	for _, a := range d.all() {
		if a.Action != "attended" {
			continue
		}
		if attended[a.ISO2] == nil {
			attended[a.ISO2] = map[string]bool{}
		}
		attended[a.ISO2][a.Event] = true
		names[a.ISO2] = a.Country
		if !seen[a.Event] {
			seen[a.Event] = true
			events = append(events, a.Event)
		}
	}
	sort.Slice(events, func(i, j int) bool {
		fi, fj := first[events[i]], first[events[j]]
		if (fi == "") != (fj == "") {
			return fj == ""
		}
		if fi != fj {
			return fi < fj
		}
		return events[i] < events[j]
	})
	var isos []string
	for iso := range attended {
		isos = append(isos, iso)
	}
	sort.Slice(isos, func(i, j int) bool {
		ti, tj := len(attended[isos[i]]), len(attended[isos[j]])
		if ti != tj {
			return ti > tj
		}
		return names[isos[i]] < names[isos[j]]
	})
	header := "iso2,country"
	for _, e := range events {
		header += "," + e
	}
	lines := []string{header + ",total"}
	for _, iso := range isos {
		line := iso + "," + names[iso]
		for _, e := range events {
			if attended[iso][e] {
				line += ",1"
			} else {
				line += ",0"
			}
		}
		lines = append(lines, fmt.Sprintf("%s,%d", line, len(attended[iso])))
	}
	return lines
}

// wantParticipation computes participation_by_country from the facts.
func (d *dataset) wantParticipation() []string {
	actions := []string{"attended", "trained", "informed", "urged", "discussed", "assisted", "hosted"}
	known := map[string]bool{}
	for _, a := range actions {
		known[a] = true
	}
	var extra []string
	counts := map[string]map[string]int{}
	names := map[string]string{}
	for _, a := range d.all() {
		if !known[a.Action] {
			known[a.Action] = true
			extra = append(extra, a.Action)
		}
		if counts[a.ISO2] == nil {
			counts[a.ISO2] = map[string]int{}
		}
		counts[a.ISO2][a.Action]++
		counts[a.ISO2][""]++
		names[a.ISO2] = a.Country
	}
	sort.Strings(extra)
	actions = append(actions, extra...)
	var isos []string
	for iso := range counts {
		isos = append(isos, iso)
	}
	sort.Slice(isos, func(i, j int) bool {
		ti, tj := counts[isos[i]][""], counts[isos[j]][""]
		if ti != tj {
			return ti > tj
		}
		return names[isos[i]] < names[isos[j]]
	})
	header := "iso2,country,total"
	for _, a := range actions {
		header += "," + a
	}
	lines := []string{header}
	for _, iso := range isos {
		line := fmt.Sprintf("%s,%s,%d", iso, names[iso], counts[iso][""])
		for _, a := range actions {
			line += fmt.Sprintf(",%d", counts[iso][a])
		}
		lines = append(lines, line)
	}
	return lines
}

package extract_test

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
)

// A paradigm states one fact in every way its parts combine: each
// subject with each verb, object and ending, one made-up sentence each.
// Where a probe readout tests one phrasing, a paradigm tests the
// phrasing's neighbours, so a rule that reads "received training from"
// but not "received predeployment training from", or a list of goods but
// not one with commas, shows as the part that fails. The floors are the
// share of sentences that give the fact when the floor was last raised;
// the negative paradigms (plans, another country acting) must give it in
// none.
type paradigm struct {
	name, station, tags string
	want                string     // "ISO2 action" each sentence states
	parts               [][]string // joined in order, one of each
	floor               float64    // least share of sentences giving want; negative paradigms give it in none
	negative            bool
	caps                bool // the sentences written in capitals, as older cables are
}

var paradigms = []paradigm{
	{name: "attendance", station: "ANKARA", tags: "TU,PREL", want: "TR attended", floor: 0.99, parts: [][]string{
		{"Turkish Foreign Minister Ali Babacan", "Foreign Minister Babacan", "Turkey", "A Turkish delegation",
			"The Turkish delegation, led by Deputy Foreign Minister Ertugrul Apakan,", "Turkish officials",
			"Turkish Defense Minister Gonul and Foreign Minister Babacan"},
		{" attended", " participated in", " took part in", " joined", " also attended"},
		{" the October 7 neighbors meeting", " the Iraq neighbors' foreign ministers meeting", " the Fifth Summit of the Americas",
			" the donors conference", " a regional workshop on export controls", " the NATO summit", " the meeting of Iraq's neighbors",
			" the 10th International Export Control Conference", " the ministerial meeting", " the Istanbul Energy Summit", " the G-20 summit"},
		{".", " in Tehran.", " in Geneva.", " on October 7.", " in Tehran on October 7.", ", MFA officials said.", " last week.", " in Baghdad."},
	}},
	{name: "attendance to come", station: "ANKARA", tags: "TU,PREL", want: "TR attended", negative: true, parts: [][]string{
		{"Turkish Foreign Minister Ali Babacan", "Turkey", "A Turkish delegation"},
		{" will attend", " plans to attend", " is expected to take part in", " hopes to join", " did not attend", " declined to attend"},
		{" the Fifth Summit of the Americas", " the donors conference", " the NATO summit"},
		{".", " in Geneva.", " on October 7."},
	}},
	{name: "training received", station: "NAIROBI", tags: "KE,PREL", want: "KE trained", floor: 0.99, parts: [][]string{
		{"ATA instructors", "OTA advisors", "CBP officers", "ISN/ECC", "DOE/NNSA", "A U.S. Coast Guard training team", "DTRA",
			"Treasury's Office of Technical Assistance", "AFRICOM trainers", "ACOTA instructors", "The Embassy's RSO", "DoD", "USAID",
			"EXBS", "FBI instructors", "U.S. Special Forces", "a JCET team", "U.S. Marines", "ICE agents", "US Army trainers", "NAVCENT",
			"CJTF-HOA", "U.S. trainers"},
		{" trained"},
		{" 30 Kenyan police officers", " thirty officers of the Kenya Police", " 24 Kenyan Navy boarding officers"},
		{" in May.", " in crisis response in May.", " at Manda Bay."},
	}},
	{name: "training given by another", station: "NAIROBI", tags: "KE,PREL", want: "KE trained", negative: true, parts: [][]string{
		{"Chinese instructors", "The Kenyan Police Academy", "British Army trainers"},
		{" trained", " will train", " offered to train"},
		{" 30 Kenyan police officers", " 24 Kenyan Navy boarding officers"},
		{" in May.", " next year."},
	}},
	{name: "goods given", station: "ISLAMABAD", tags: "PK,PREL", want: "PK assisted", floor: 0.99, parts: [][]string{
		{"The U.S.", "USAID", "The Embassy's NAS", "EXBS", "DoD"},
		{" provided", " delivered", " donated", " handed over", " gave", " supplied", " paid for"},
		{" body armor, night vision devices and 50 trucks", " two patrol boats", " USD 2 million", " food, water and medicine",
			" radiation detection equipment", " computers and software", " a new case tracking system"},
		{" to the Frontier Corps in May.", " to the Pakistani Frontier Corps in May.", " to the Ministry of Interior in May.",
			" to flood victims in Sindh in May.", " to the Pakistan Navy in May.", " in May."},
	}},
	{name: "meetings", station: "ANKARA", tags: "TU,PREL", want: "TR discussed", floor: 0.99, parts: [][]string{
		{"The Ambassador", "Ambassador Wilson", "PolCouns", "The DCM", "EconOff", "A/S Fried", "Charge", "We", "Embassy officials"},
		{" met", " met with", " called on", " spoke with", " had lunch with", " paid a courtesy call on", " held talks with",
			" raised the Cyprus issue with", " telephoned"},
		{" Foreign Minister Babacan", " MFA Deputy Undersecretary Apakan", " the Foreign Minister", " Turkish officials",
			" MFA officials", " Deputy PM Cicek", " Interior Ministry officials"},
		{" on June 3.", " June 3.", " in Ankara on June 3.", " on June 3 to discuss Iraq."},
	}},
	{name: "hosting", station: "DAKAR", tags: "SG,PREL", want: "SN hosted", floor: 0.80, parts: [][]string{
		{"Senegal", "The Government of Senegal", "The Senegalese Ministry of Foreign Affairs", "Foreign Minister Gadio", "The GOS"},
		{" hosted", " organized", " co-hosted", " convened", " sponsored"},
		{" the Fifth Summit of the OIC", " a regional workshop on money laundering", " the ECOWAS Council of Ministers",
			" a meeting of Sahel interior ministers", " the West African Fisheries Ministerial"},
		{".", " in Dakar.", " on March 13-14.", " at the King Fahd Hotel on March 13-14.", ", attended by 20 countries."},
	}},
	{name: "urgings", station: "ANKARA", tags: "TU,PREL", want: "TR urged", floor: 0.96, parts: [][]string{
		{"The Ambassador", "PolCouns", "The DCM", "A/S Fried", "We"},
		{" urged", " pressed", " encouraged", " asked", " called on", " appealed to"},
		{" Foreign Minister Babacan", " MFA Deputy Undersecretary Apakan", " the GOT", " Turkish officials", " the Foreign Minister"},
		{" to support the resolution.", " on June 3 to support the resolution.", " to vote yes on June 5.", " to release the detainees quickly."},
	}},
	{name: "goods not given", station: "ISLAMABAD", tags: "PK,PREL", want: "PK assisted", negative: true, parts: [][]string{
		{"The U.S. offered to provide", "The U.S. will provide", "The U.S. is considering whether to provide", "Pakistan asked the U.S. to provide",
			"The Minister requested", "China provided", "The U.S. declined to provide", "The U.S. has not provided"},
		{" two patrol boats", " USD 2 million", " radiation detection equipment"},
		{" to the Frontier Corps.", " to the Pakistan Navy.", "."},
	}},
	{name: "urgings by others", station: "ANKARA", tags: "TU,PREL", want: "TR urged", negative: true, parts: [][]string{
		{"Iranian Foreign Minister Mottaki", "The Russian Ambassador", "The EU"},
		{" urged", " pressed", " called on"},
		{" Foreign Minister Babacan", " Turkey", " the GOT"},
		{" to support the resolution.", " on June 3 to vote yes."},
	}},
	{name: "meetings of others", station: "ANKARA", tags: "TU,PREL", want: "TR discussed", negative: true, parts: [][]string{
		{"Iranian Foreign Minister Mottaki", "The Russian Ambassador", "Syrian officials"},
		{" met", " met with", " held talks with"},
		{" Foreign Minister Babacan", " Turkish officials"},
		{" on June 3.", " in Ankara on June 3."},
	}},
}

// capsFloors are the floors of the paradigms written in capitals, as the
// cables of the 1970s to the early 2000s are: each named paradigm again,
// in capitals ("THE AMBASSADOR MET FOREIGN MINISTER BABACAN ON JUNE 3").
var capsFloors = map[string]float64{"attendance": 0.99, "training received": 0.99, "goods given": 0.99, "meetings": 0.99, "urgings": 0.96, "hosting": 0.80}

func init() {
	for _, p := range paradigms {
		if f, ok := capsFloors[p.name]; ok {
			p.name, p.caps, p.floor = p.name+" in capitals", true, f
			paradigms = append(paradigms, p)
		}
	}
}

// paradigmFails names a paradigm whose failing sentences TestParadigms
// logs.
var paradigmFails = flag.String("paradigmfails", "", "log the sentences of the named paradigm that fail")

// TestParadigms holds each paradigm to its floor, and each negative one
// to no row, naming the parts that fail most.
func TestParadigms(t *testing.T) {
	defer extract.SetModel(nil)()
	for _, p := range paradigms {
		total, hits, fails := 0, 0, map[string]int{}
		eachSentence(p.parts, func(txt string, picked []string) {
			total++
			if paradigmStates(p, txt) {
				hits++
				if p.negative {
					for _, w := range picked {
						fails[w]++
					}
				}
			} else if !p.negative {
				for _, w := range picked {
					fails[w]++
				}
			}
			if *paradigmFails == p.name && paradigmStates(p, txt) == p.negative {
				t.Logf("%s: fails: %s", p.name, txt)
			}
		})
		share := float64(hits) / float64(total)
		t.Logf("%s: %d of %d sentences state %s (%.2f); parts failing most: %s", p.name, hits, total, p.want, share, worst(fails, 5))
		switch {
		case p.negative && hits > 0:
			t.Errorf("%s: %d of %d sentences gave %s, want none", p.name, hits, total, p.want)
		case !p.negative && share < p.floor:
			t.Errorf("%s: %.2f of sentences state %s, below the floor %.2f", p.name, share, p.want, p.floor)
		}
	}
}

// eachSentence calls f with every sentence the parts join into, and the
// parts it picked.
func eachSentence(parts [][]string, f func(string, []string)) {
	picked := make([]string, len(parts))
	var walk func(int)
	walk = func(k int) {
		if k == len(parts) {
			f(strings.Join(picked, ""), picked)
			return
		}
		for _, w := range parts[k] {
			picked[k] = w
			walk(k + 1)
		}
	}
	walk(0)
}

// paradigmStates reports whether the rules read p.want in a one-paragraph
// cable of p's post holding txt.
func paradigmStates(p paradigm, txt string) bool {
	if p.caps {
		txt = strings.ToUpper(txt)
	}
	c := cableFromText("T", "2009-10-20T12:00Z", "1. (C) "+txt)
	c.Station = p.station
	for _, tag := range strings.Split(p.tags, ",") {
		c.Tags = append(c.Tags, cablesql.Tag{Name: tag})
	}
	return slices.ContainsFunc(extract.Activities(c), func(a cablesql.Activity) bool { return a.ISO2+" "+a.Action == p.want })
}

// worst returns the n parts that fail most, with their counts.
func worst(fails map[string]int, n int) string {
	keys := make([]string, 0, len(fails))
	for k := range fails {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if fails[a] != fails[b] {
			return fails[b] - fails[a]
		}
		return strings.Compare(a, b)
	})
	var out []string
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, fmt.Sprintf("%q %d", strings.TrimSpace(k), fails[k]))
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

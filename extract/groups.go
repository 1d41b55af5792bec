package extract

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Groups of countries that a cable names as one party: "the P5", "the
// EU-3", "the GCC states", "the Nordic and Baltic countries". The
// gazetteer finds their names as mentions of a pseudo-country ("@P5"),
// which the rules read as any country; expandGroups then gives each
// member its own fact, as the members were at the cable's date. A group
// that is also a body (the GCC, the G8, ASEAN) counts only when its name
// is of its members ("the GCC states", "G8 leaders"): the body itself is
// no country.

// countryGroup is a group's members, some for a span of years only.
type countryGroup struct {
	names   []string // as cables write them; "the" is optional
	members []string
	since   map[string]int // member -> first year, when it joined later
	until   map[string]int // member -> last year, when it left
}

// memberNouns make a body's name that of its members: "GCC states".
var memberNouns = []string{"states", "countries", "members", "member states", "nations", "governments", "capitals",
	"leaders", "ministers", "foreign ministers", "ambassadors", "delegations", "partners"}

// stateNouns are the memberNouns that name the states themselves, not
// their people: a large union's "foreign ministers" or "leaders" are
// more often the topic of what is said ("briefed on meetings with EU
// Foreign Ministers") than a party to it.
var stateNouns = memberNouns[:7]

// withMembers returns each name followed by each of memberNouns.
func withMembers(names ...string) []string { return withNouns(memberNouns, names...) }

// withNouns returns each name followed by each of nouns.
func withNouns(nouns []string, names ...string) []string {
	var out []string
	for _, n := range names {
		for _, m := range nouns {
			out = append(out, n+" "+m)
		}
	}
	return out
}

// countryGroups are the groups by their pseudo-country ("@P5"), built
// when first asked: the gazetteer loads them for an ingest.
var countryGroups = sync.OnceValue(func() map[string]countryGroup {
	return map[string]countryGroup{
		"@P5": {names: append([]string{"P5", "P-5", "Perm Five", "permanent five", "Permanent Five", "P5 members", "P-5 members"}, withMembers("P5")...),
			members: []string{"CN", "FR", "RU", "GB", "US"}},
		"@P5+1": {names: []string{"P5+1", "P5 1", "P-5+1", "P5-plus-one", "P5-plus-1", "P5 plus one", "P5 plus 1", "E3+3", "EU3+3", "EU-3+3", "E3 3", "EU3 3"},
			members: []string{"CN", "FR", "RU", "GB", "US", "DE"}},
		"@EU3": {names: []string{"EU-3", "EU3", "EU Three", "EU three"}, members: []string{"FR", "DE", "GB"}},
		"@G8": {names: withMembers("G8", "G-8"), members: []string{"CA", "FR", "DE", "IT", "JP", "RU", "GB", "US"},
			since: map[string]int{"RU": 1997}, until: map[string]int{"RU": 2013}},
		"@G7":  {names: withMembers("G7", "G-7"), members: []string{"CA", "FR", "DE", "IT", "JP", "GB", "US"}},
		"@GCC": {names: withMembers("GCC", "Gulf Cooperation Council", "Gulf Arab", "Gulf"), members: []string{"SA", "KW", "BH", "QA", "AE", "OM"}},
		"@Nordic": {names: []string{"Nordic countries", "Nordic states", "Nordics", "Nordic governments", "Nordic nations"},
			members: []string{"DK", "FI", "IS", "NO", "SE"}},
		"@Baltic": {names: []string{"Baltic countries", "Baltic states", "Baltics", "Baltic governments", "Baltic nations"},
			members: []string{"EE", "LV", "LT"}},
		"@NB8": {names: []string{"Nordic and Baltic countries", "Nordic-Baltic countries", "Nordic and Baltic states", "Nordic-Baltic Eight", "Nordic-Baltic 8", "NB8", "NB-8"},
			members: []string{"DK", "FI", "IS", "NO", "SE", "EE", "LV", "LT"}},
		"@EU": {names: append(withNouns(stateNouns, "EU", "European Union"), "EU-27", "EU27", "EU-25", "EU25", "EU Member States", "EU Member-States",
			"EU member-states", "EUMS", "European Union Member States", "EU Partners"),
			members: []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
				"NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB"},
			since: map[string]int{"DK": 1973, "IE": 1973, "GB": 1973, "GR": 1981, "PT": 1986, "ES": 1986, "AT": 1995, "FI": 1995, "SE": 1995,
				"CY": 2004, "CZ": 2004, "EE": 2004, "HU": 2004, "LV": 2004, "LT": 2004, "MT": 2004, "PL": 2004, "SK": 2004, "SI": 2004,
				"BG": 2007, "RO": 2007, "HR": 2013},
			until: map[string]int{"GB": 2020}},
		"@NATO": {names: append(withNouns(stateNouns, "NATO"), "NATO Allies", "NATO allies", "NATO Member States"),
			members: []string{"AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU",
				"ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US"},
			since: map[string]int{"GR": 1952, "TR": 1952, "DE": 1955, "ES": 1982, "CZ": 1999, "HU": 1999, "PL": 1999,
				"BG": 2004, "EE": 2004, "LV": 2004, "LT": 2004, "RO": 2004, "SK": 2004, "SI": 2004, "AL": 2009, "HR": 2009,
				"ME": 2017, "MK": 2020, "FI": 2023, "SE": 2024}},
		"@CentAm": {names: []string{"Central American countries", "Central American states", "Central American governments", "Central American nations"},
			members: []string{"GT", "BZ", "SV", "HN", "NI", "CR", "PA"}},
	}
})

// addGroups adds the groups' names to the gazetteer.
func (g *gazetteer) addGroups() {
	for key, grp := range countryGroups() {
		for _, n := range grp.names {
			g.add(n, key, kindName)
		}
	}
}

// isGroup reports whether iso is a group's pseudo-country.
func isGroup(iso string) bool { return strings.HasPrefix(iso, "@") }

// groupMembers returns the members of a group at a date (the zero date:
// every member it ever had), the United States left out.
func groupMembers(key string, at time.Time) []string {
	grp := countryGroups()[key]
	var out []string
	for _, m := range grp.members {
		if m == "US" {
			continue
		}
		if y, ok := grp.since[m]; ok && !at.IsZero() && at.Year() < y {
			continue
		}
		if y, ok := grp.until[m]; ok && !at.IsZero() && at.Year() > y {
			continue
		}
		out = append(out, m)
	}
	return out
}

// expandGroups gives each member of a group its own fact, unless the
// member has the same one already.
func expandGroups(facts []fact, at time.Time) []fact {
	type key struct{ iso, action, event string }
	have := map[key]bool{}
	grouped := false
	for _, f := range facts {
		have[key{f.iso, f.action, f.event}] = true
		grouped = grouped || isGroup(f.iso)
	}
	if !grouped {
		return facts
	}
	out := facts[:0:0]
	for _, f := range facts {
		if !isGroup(f.iso) {
			out = append(out, f)
			continue
		}
		for _, m := range groupMembers(f.iso, at) {
			if k := (key{m, f.action, f.event}); !have[k] {
				have[k] = true
				g := f
				g.iso = m
				out = append(out, g)
			}
		}
	}
	return out
}

// groupAsParty reports whether a group's name, between the texts before
// and after it, stands for its members as a party: not as a modifier
// ("P5 agreement", "the G8 summit") nor as partners of the United States
// ("together with our P5+1 partners").
func groupAsParty(before, after string) bool {
	if strings.HasSuffix(before, "our ") || strings.HasSuffix(before, "Our ") {
		return false
	}
	w := firstWord(strings.TrimLeft(after, " "))
	switch {
	case strings.HasPrefix(w, "-"):
		return false // a heading: "P5+1 ----"
	case w == "" || w[0] < 'a' || w[0] > 'z':
		return true
	}
	return !partnerWords[w] && (groupFollowers[w] || isVerbWord(w))
}

// partnerWords after a group make it the United States' side.
var partnerWords = map[string]bool{"partners": true, "colleagues": true, "allies": true}

// groupFollowers may follow a group that is a party: "the P5 and Germany",
// "the EU-3 to".
var groupFollowers = map[string]bool{"and": true, "or": true, "to": true, "for": true, "in": true, "on": true, "at": true,
	"with": true, "also": true, "all": true, "both": true, "as": true, "that": true, "who": true, "which": true,
	"agreed": true, "said": true, "met": true, "have": true, "has": true, "had": true, "were": true, "are": true}

// subsetBeforeRE ends the text before a group named for some of its
// members only: "some NATO countries", "several EU member states".
var subsetBeforeRE = mustWordRE(`(?i)\b(?:some|several|a few|few|many|most|certain|two|three|four|five|six|seven|eight|nine|ten|a number of|a majority of|half of|one of|none of)\s+(?:of\s+)?(?:the\s+)?$`)

// partyGroups drops from a sentence's mentions the groups that are not a
// party there (groupAsParty): "urged P5 action", "our P5+1 partners".
func partyGroups(s string, ms []mention) []mention {
	return slices.DeleteFunc(ms, func(m mention) bool {
		if len(m.isos) != 1 || !isGroup(m.isos[0]) {
			return false
		}
		before, _ := window(s, m.start, 40)
		return subsetBeforeRE.MatchString(before) || !groupAsParty(before, s[m.end:])
	})
}

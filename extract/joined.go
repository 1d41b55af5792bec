package extract

import (
	"slices"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// The reader of joined parties: talks, summits and meetings named by
// their parties joined with hyphens ("the January 16
// Colombia-Guatemala-Mexico-Panama quadrilateral security talks", "the
// July Uribe-Chavez meeting"). Each party is a country, or a leader the
// cable named with the country's title ("Venezuelan President Chavez"),
// and each attended; a union or group among them ("the EU-Russia
// summit") is a party but gives no row. Talks with the United States among their parties are
// the exchange reader's (discussed); those to come give no row.

// joinedTalksRE is a hyphenated name of two or more parties, a few words
// and the noun of a gathering: group 1 the parties.
var joinedTalksRE = lazyre.New(`\b((?:[A-Z][\w.]*-){1,5}[A-Z][\w.]*)\s+(?:[A-Za-z]+\s+){0,3}?(?i:` + strings.Join(joinedNouns, "|") + `)\b`)

// joinedNouns are the gatherings joinedTalksRE names, in lower case (its
// first letter in either case).
var joinedNouns = []string{"talks", "summit", "meeting", "meetings", "consultations", "conference", "ministerial"}

// comingAfterRE opens the words after talks that are still to come: "will
// take place", "would serve", "scheduled for".
var comingAfterRE = mustWordRE(`^\s*(?:(?:is|are)\s+)?(?:will|would|should|could|may|might|scheduled|set|planned|expected|to be)\b`)

// topicTalksRE ends the words before talks that are a topic or a cause,
// not a gathering held: "attitudes toward Israeli-Palestinian talks",
// "pitching Israel-Syria proximity talks".
var topicTalksRE = mustWordRE(`\b(?:about|on|regarding|concerning|over|toward|towards|into|for|pitching|promoting|supporting|backing|resume|resuming|restart|restarting|revive|reviving|pressing|pushing)\s+(?:(?:the|a|an|any|direct|indirect|renewed|bilateral|peace|proximity|` + monthRE + `|\d{1,2},?|\d{4})\s+)*$`)

// mayJoin is joinedTalksRE's prefilter: every match holds a hyphen before
// a capital and one of joinedNouns after its first letter
// (TestJoinedTalksPrefilter).
func mayJoin(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i+1 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z' {
			return slices.ContainsFunc(joinedNouns, func(n string) bool { return strings.Contains(s, n[1:]) })
		}
		k := strings.IndexByte(s[i+1:], '-')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// onDateRE is the text between talks and their date after them: "EU-China
// Summit on November 28".
var onDateRE = lazyre.New(`^,?\s*(?:on|of)?\s*$`)

// orgAloneRE is a party of a joined name that is an organisation:
// orgRE's names, whole.
var orgAloneRE = mustWordRE(`^(?:` + orgNames + `)$`)

// readJoinedTalks returns the attendance of the talks that sentences
// name by their joined parties, other than what have already holds. Talks
// a sentence dates after the cable are still to come wherever named.
func (x *cableContext) readJoinedTalks(have []fact) []fact {
	found := countryEvents(have, Attended)
	var read []fact
	coming := map[string]bool{}
	for i := range x.sents {
		s := &x.sents[i]
		if !mayJoin(s.text) {
			continue
		}
		for _, loc := range joinedTalksRE.FindAllStringSubmatchIndex(s.text, -1) {
			fs, later := x.joinedTalks(i, loc)
			if later {
				coming[strings.ToLower(s.text[loc[0]:loc[1]])] = true
			}
			read = append(read, fs...)
		}
	}
	var out []fact
	for _, f := range read {
		if k := [2]string{f.iso, f.event}; !found[k] && !coming[strings.ToLower(f.event)] {
			found[k] = true
			out = append(out, f)
		}
	}
	return out
}

// joinedTalks returns the attendance of the talks joinedTalksRE found at
// loc in sentence i: one row per party, when every party is a country
// other than the United States or a leader of one. later says the
// sentence dates the talks after the cable.
func (x *cableContext) joinedTalks(i int, loc []int) (facts []fact, later bool) {
	s := &x.sents[i]
	before, after := s.text[:loc[0]], s.text[loc[1]:]
	if irrealis(before) || talksToComeRE.MatchString(before) || topicTalksRE.MatchString(before) || comingAfterRE.MatchString(after) {
		return nil, false
	}
	per := x.sentenceDate(i)
	for _, p := range x.sentencePeriods(i) {
		before := p.end <= loc[2] && strings.TrimSpace(s.text[min(p.end, loc[2]):loc[2]]) == "" // "the January 16 ... talks"
		after := p.start >= loc[1] && onDateRE.MatchString(s.text[loc[1]:p.start])              // "Summit on November 28"
		if !before && !after {
			continue
		}
		if !x.date.IsZero() && p.from.After(x.date) {
			return nil, true // talks still to come
		}
		per = p
	}
	var isos []string
	at := loc[2]
	for _, part := range strings.Split(s.text[loc[2]:loc[3]], "-") {
		iso := x.partyCountry(s, at, at+len(part), part)
		at += len(part) + 1
		if iso == "" && orgAloneRE.MatchString(part) || iso != "" && isGroup(iso) {
			continue // "the EU-Russia summit": the union is a party, no country
		}
		if iso == "" || iso == "US" || slices.Contains(isos, iso) {
			return nil, false
		}
		isos = append(isos, iso)
	}
	if len(isos) == 0 {
		return nil, false
	}
	event := strings.TrimSpace(s.text[loc[0]:loc[1]])
	out := make([]fact, 0, len(isos))
	for _, iso := range isos {
		out = append(out, fact{iso: iso, action: Attended, event: event, sent: i, clause: s.text, per: per})
	}
	return out, false
}

// partyCountry returns the country of one party of a joined name at
// [st, en) of sentence s: a country mention spanning it whole, or a
// surname the cable gave a foreign official's title.
func (x *cableContext) partyCountry(s *sentence, st, en int, part string) string {
	for _, m := range s.mentions {
		if m.start == st && m.end == en && len(m.isos) == 1 {
			return m.isos[0]
		}
	}
	return x.foreign[part]
}

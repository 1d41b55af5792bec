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
// and each attended. Talks with the United States among their parties are
// the exchange reader's (discussed); those to come give no row.

// joinedTalksRE is a hyphenated name of two or more parties, a few words
// and the noun of a gathering: group 1 the parties.
var joinedTalksRE = lazyre.New(`\b((?:[A-Z][\w.]*-){1,5}[A-Z][\w.]*)\s+(?:[A-Za-z]+\s+){0,3}?(?:talks|summit|meeting|meetings|consultations|conference|ministerial)\b`)

// comingBeforeRE ends the words before talks still to come: "the
// upcoming", "next week's".
var comingBeforeRE = mustWordRE(`\b(?:upcoming|next|forthcoming|future|planned|proposed|possible|potential|scheduled|expected|prospective|eventual|new)\b[^,;]{0,40}$`)

// comingAfterRE opens the words after talks that are still to come: "will
// take place", "would serve", "scheduled for".
var comingAfterRE = mustWordRE(`^\s*(?:(?:is|are)\s+)?(?:will|would|should|could|may|might|scheduled|set|planned|expected|to be)\b`)

// topicTalksRE ends the words before talks that are a topic or a cause,
// not a gathering held: "attitudes toward Israeli-Palestinian talks",
// "pitching Israel-Syria proximity talks".
var topicTalksRE = mustWordRE(`\b(?:about|on|regarding|concerning|over|toward|towards|into|for|pitching|promoting|supporting|backing|resume|resuming|restart|restarting|revive|reviving|pressing|pushing)\s+(?:(?:the|a|an|any|direct|indirect|renewed|bilateral|peace|proximity)\s+)*$`)

// mayJoin is joinedTalksRE's prefilter: every match holds a hyphen
// (TestJoinedTalksPrefilter).
func mayJoin(s string) bool { return strings.IndexByte(s, '-') >= 0 }

// readJoinedTalks returns the attendance of the talks that sentences
// name by their joined parties, other than what have already holds.
func (x *cableContext) readJoinedTalks(have []fact) []fact {
	found := map[[2]string]bool{}
	for _, f := range have {
		if f.action == Attended {
			found[[2]string{f.iso, f.event}] = true
		}
	}
	var out []fact
	for i := range x.sents {
		s := &x.sents[i]
		if !mayJoin(s.text) {
			continue
		}
		for _, loc := range joinedTalksRE.FindAllStringSubmatchIndex(s.text, -1) {
			for _, f := range x.joinedTalks(i, loc) {
				if k := [2]string{f.iso, f.event}; !found[k] {
					found[k] = true
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// joinedTalks returns the attendance of the talks joinedTalksRE found at
// loc in sentence i: one row per party, when every party is a country
// other than the United States or a leader of one.
func (x *cableContext) joinedTalks(i int, loc []int) []fact {
	s := &x.sents[i]
	before, after := s.text[:loc[0]], s.text[loc[1]:]
	if irrealis(before) || comingBeforeRE.MatchString(before) || topicTalksRE.MatchString(before) || comingAfterRE.MatchString(after) {
		return nil
	}
	var isos []string
	at := loc[2]
	for _, part := range strings.Split(s.text[loc[2]:loc[3]], "-") {
		iso := x.partyCountry(s, at, at+len(part), part)
		if iso == "" || iso == "US" || slices.Contains(isos, iso) {
			return nil
		}
		isos = append(isos, iso)
		at += len(part) + 1
	}
	event := strings.TrimSpace(s.text[loc[0]:loc[1]])
	per := x.sentenceDate(i)
	for _, p := range x.sentencePeriods(i) {
		if strings.TrimSpace(s.text[min(p.end, loc[2]):loc[2]]) == "" && p.end <= loc[2] && (x.date.IsZero() || !p.from.After(x.date)) {
			per = p // "the January 16 Colombia-Guatemala-Mexico-Panama ... talks": the date in the name
		}
	}
	out := make([]fact, 0, len(isos))
	for _, iso := range isos {
		out = append(out, fact{iso: iso, action: Attended, event: event, sent: i, clause: s.text, per: per})
	}
	return out
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

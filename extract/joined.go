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
// and the noun of a gathering: group 1 the parties. A gated Word: a
// sentence without one of the nouns is passed over before any search.
var joinedTalksRE = mustGatedRE(`\b((?:[A-Z][\w.]*-){1,5}[A-Z][\w.]*)\s+(?:[A-Za-z]+\s+){0,3}?(?i:` + strings.Join(joinedNouns, "|") + `)\b`)

// joinedNouns are the gatherings joinedTalksRE names, in lower case (its
// first letter in either case).
var joinedNouns = []string{"talks", "summit", "meeting", "meetings", "consultations", "conference", "ministerial"}

// comingAfterRE opens the words after talks that are still to come: "will
// take place", "would serve", "scheduled for".
var comingAfterRE = mustWordRE(`^\s*(?:` + comingWords + `)\b`)

// comingWords are the words after a gathering that put it in the future,
// for comingAfterRE and comingRE: "will take place", "would serve", "is
// scheduled for", "is to be".
const comingWords = `(?:(?:is|are)\s+)?(?:will|would|should|could|may|might|scheduled|set|planned|expected|to be)|(?:is|are)\s+to`

// topicTalksRE ends the words before talks that are a topic or a cause,
// not a gathering held: "attitudes toward Israeli-Palestinian talks",
// "pitching Israel-Syria proximity talks".
var topicTalksRE = mustWordRE(`\b(?:about|on|regarding|concerning|over|toward|towards|into|for|pitching|promoting|supporting|backing|resume|resuming|restart|restarting|revive|reviving|pressing|pushing)\s+(?:(?:the|a|an|any|direct|indirect|renewed|bilateral|peace|proximity|` + monthRE + `|\d{1,2},?|\d{4})\s+)*$`)

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

// talksBetweenRE is a gathering named by its two sides after "between":
// "exploratory talks between", "The Seventh Joint Commission Meeting
// between"; a meeting in lower case is one of persons ("a meeting between
// Diop and Mensah"), no gathering. Group 1 is its noun.
var talksBetweenRE = mustGatedRE(`\b(talks|negotiations|consultations|[Ss]ummit|Meeting|Session|Conference)\s+(?:held\s+)?between\s`)

// talksHeldRE follows the sides of talks with their having been held
// as an occasion (wasHeld, or a verb of their course): "resumed March
// 17", ", held on October 3 in Lome, produced"; not a judgment of talks
// going on ("had been fruitless") nor "are expected to".
var talksHeldRE = mustWordRE(`^(?:,\s+[^,]{1,60},)?\s+(?:ended|concluded|resumed|began|opened|closed|produced|yielded|` + wasHeld + `)\b`)

// frontedTalksRE is the text before talks that opens a sentence with
// them: "During the ", "In a January 12 round of ".
var frontedTalksRE = mustWordRE(`^(?:\(\w+\)\s*)?(?:In|During|At)\s+(?:the\s+|a\s+|an\s+)?(?:[\w,-]+\s+){0,5}$`)

// readTalksBetween returns the attendance of the talks that a sentence
// names by their two sides after "between" and tells as held: each side
// that is a country or its government attended ("The latest round of
// exploratory talks between the GOS and MFDC ended February 28"). Talks
// with the United States are the exchange reader's.
func (x *cableContext) readTalksBetween(have []fact) []fact {
	found := countryEvents(have, Attended)
	var out []fact
	for i := range x.sents {
		s := &x.sents[i]
		if !strings.Contains(s.text, " between ") {
			continue
		}
		for _, loc := range talksBetweenRE.FindAllStringSubmatchIndex(s.text, -1) {
			for _, f := range x.talksBetween(i, loc) {
				if k := [2]string{f.iso, f.event}; !found[k] {
					found[k] = true
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// talksBetween returns the attendance of the talks talksBetweenRE found
// at loc in sentence i: a row for each side that a country's mention
// names whole, when no side is the United States and the talks were held.
func (x *cableContext) talksBetween(i int, loc []int) []fact {
	s := &x.sents[i]
	isos, end, ok := betweenSides(s, loc[1])
	lead, after := s.text[:loc[2]], s.text[end:]
	if !ok || len(isos) == 0 || irrealis(lead) || talksToComeRE.MatchString(lead) || topicTalksRE.MatchString(lead) ||
		comingAfterRE.MatchString(after) {
		return nil
	}
	per := x.sentenceDate(i)
	if !per.valid() || !talksHeldRE.MatchString(after) && (!frontedTalksRE.MatchString(lead) || x.datedLater(i)) {
		return nil // held on a day: "a meeting between the two Presidents would help", "talks between X and Y had been positive"
	}
	event := cleanEventName(x.canonical(talksName(s.text, loc[2], loc[3])))
	if genericEvent(event) {
		event = "" // "exploratory talks" names none the cable gives (finish would empty it too)
	}
	var out []fact
	for _, iso := range isos {
		out = append(out, fact{iso: iso, action: Attended, event: event, sent: i, clause: s.text, per: per})
	}
	return out
}

// betweenSides reads the two sides of talks after "between", from
// offset p of sentence s: the countries of the sides a mention names
// whole ("the GOS", "Ghana"; not "Malian youth"), where the second
// side ends, and false when a side is the United States or the text is
// no two sides joined by "and".
func betweenSides(s *sentence, p int) ([]string, int, bool) {
	var isos []string
	for side := 0; side < 2; side++ {
		p += len(s.text[p:]) - len(strings.TrimPrefix(s.text[p:], "the "))
		if k := usAny.FindStringIndex(s.text[p:]); k != nil && k[0] == 0 {
			return nil, 0, false // talks with the US side
		}
		end := -1
		for _, m := range s.mentions {
			if m.start == p && len(m.isos) == 1 && m.kind != kindDemonym {
				end = m.end
				if iso := m.isos[0]; iso != "US" && !isGroup(iso) && !slices.Contains(isos, iso) {
					isos = append(isos, iso)
				}
			}
		}
		if end < 0 {
			w := strings.TrimRight(firstWord(s.text[p:]), ".;:") // "MFDC", "rebels": one word no country's mention names
			if w == "" {
				return nil, 0, false
			}
			end = p + len(w)
		}
		if side == 0 {
			if !strings.HasPrefix(s.text[end:], " and ") {
				return nil, 0, false
			}
			end += len(" and ")
		}
		p = end
	}
	return isos, p, true
}

// datedLater reports whether sentence i states a date after the cable's.
func (x *cableContext) datedLater(i int) bool {
	for _, p := range x.sentencePeriods(i) {
		if !x.date.IsZero() && p.from.After(x.date) {
			return true
		}
	}
	return false
}

// talksName returns the name of talks whose noun is at [st, en) of text,
// with the words before it that say which: "exploratory talks", "Seventh
// Joint Commission Meeting" (back to a determiner, "of" or a comma).
func talksName(text string, st, en int) string {
	words := strings.Fields(text[:st])
	k := len(words)
	for k > 0 && len(words)-k < 4 {
		w := words[k-1]
		if skipWords[strings.ToLower(w)] || w == "of" || strings.HasSuffix(w, ",") || isAdverb(w) ||
			monthOf(w) > 0 || allDigits(w) || talksToComeRE.MatchString(w+" ") {
			break
		}
		k--
	}
	return strings.Join(append(words[k:], text[st:en]), " ")
}

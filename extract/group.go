package extract

import (
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// candidate is a country mention that may be a clause's subject or object.
type candidate struct {
	mention
	venue bool // a place named in passing: "held in Sri Lanka", "Istanbul, Turkey"
	iso   string
}

// candidates classifies the clause's country mentions, leaving out the
// United States, hosts named in passing ("co-hosted by the U.S. and
// Poland") and names inside organisations ("University of Georgia").
func candidates(clause string, ms []mention) []candidate {
	return classify(clause, ms, false)
}

// withHosts is candidates with the hosts named after a participle of
// holding that candidates leaves out: "Kenya" of "the workshop, hosted by
// Kenya", whom that participle's own rule reads.
func withHosts(clause string, ms []mention) []candidate {
	return classify(clause, ms, true)
}

// classify is candidates, or withHosts when hosts is true.
func classify(clause string, ms []mention, hosts bool) []candidate {
	var hostSpans [][2]int
	for _, loc := range passiveHostRE.FindAllStringIndex(clause, -1) {
		end := loc[1]
		for end < len(clause) {
			rest := clause[end:]
			w := strings.TrimLeft(rest, " ")
			if w == "" {
				break
			}
			word, _, _ := strings.Cut(w, " ")
			if m := mentionAt(ms, end+len(rest)-len(w)); m != nil {
				end = m.end
				continue
			}
			lw := strings.ToLower(strings.TrimRight(word, ","))
			if lw == "and" || lw == "the" || strings.HasPrefix(word, "(") || isUSWord(strings.TrimRight(word, ",")) ||
				strings.HasPrefix(word, "U.S.") {
				end += len(rest) - len(w) + len(word)
				continue
			}
			break
		}
		hostSpans = append(hostSpans, [2]int{loc[0], end})
	}
	var out []candidate
	for _, m := range ms {
		if len(m.isos) != 1 || m.isos[0] == "US" {
			continue
		}
		host := false
		for _, h := range hostSpans {
			if m.start >= h[0] && m.start < h[1] {
				host = true
			}
		}
		before, _ := window(clause, m.start, 40)
		if host && !hosts || orgBeforeRE.MatchString(before) || strings.HasPrefix(clause[m.end:], " University") ||
			givenName(clause, m) || topicCopulaRE.MatchString(clause[m.end:]) {
			continue // "Montserrat Vargas Solorzano, Director of ..." is a person; "Iran was the only issue raised" a topic
		}
		c := candidate{mention: m, iso: m.isos[0]}
		c.venue = isVenue(clause, ms, m)
		out = append(out, c)
	}
	return out
}

// topicCopulaRE follows a country that a clause names as what was talked
// of: "Iran was the only international issue raised by Sarkozy".
var topicCopulaRE = mustWordRE(`^\s+(?:was|is|were|are|remains|remained)\s+(?:the|a|an|one of the)\s+(?:[a-z-]+\s+){0,2}(?:issues?|topics?|subjects?|questions?|focus|concerns?|problems?|priority|priorities)\b`)

// isVenue reports whether a mention names a place: "in Chile", "held in
// Sri Lanka", "Istanbul, Turkey".
func isVenue(clause string, ms []mention, m mention) bool {
	before, off := window(clause, m.start, 30)
	return venueWordRE.MatchString(before) ||
		cityBeforeRE.MatchString(before) && mentionEndingAt(ms, off+strings.LastIndex(before, ",")) == nil
}

func mentionEndingAt(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].end == i {
			return &ms[k]
		}
	}
	return nil
}

// groupAt returns the candidates coordinated with cs[k] ("Albania, Croatia
// and Macedonia").
func groupAt(clause string, cs []candidate, k int) []candidate {
	g := []candidate{cs[k]}
	for j := k + 1; j < len(cs); j++ {
		if cs[j].venue != cs[k].venue || !coordinated(clause[cs[j-1].end:cs[j].start]) {
			break
		}
		g = append(g, cs[j])
	}
	return g
}

// personCoordRE joins two countries of a subject through the people
// they name: the rest of the first person's title and name, then the
// second's title before "of" ("Ethiopian State Minister Tekeda Alemu and
// Ugandan", "Presidents Morales of Bolivia, Lula of Brazil and Uribe
// of Colombia"). Only names and titles: a lower-case word other than
// "of", "for" or "and" (a verb) ends the subject.
var personCoordRE = lazyre.New(`^(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|of|for|and|dos|da|de|del|di|van|von|bin|al|el|la|le)){0,8}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){1,3}of\s+(?:the\s+)?)?$`)

// coordinated reports whether the text between two countries' mentions
// joins them: "Albania, Croatia and", or through their people
// (personCoordRE).
func coordinated(between string) bool {
	return coordinationRE.MatchString(between) || personCoordRE.MatchString(between)
}

// groupBefore returns the coordinated group nearest before offset i.
func groupBefore(clause string, cs []candidate, i int) []candidate {
	last := -1
	for k, c := range cs {
		if c.end <= i && !c.venue {
			last = k
		}
	}
	if last < 0 {
		return nil
	}
	first := last
	for first > 0 && !cs[first-1].venue && coordinated(clause[cs[first-1].end:cs[first].start]) {
		first--
	}
	return cs[first : last+1]
}

// groupAfter returns the first coordinated group after offset i, of
// places named in passing only when venues is set.
func groupAfter(clause string, cs []candidate, i int, venues bool) []candidate {
	for k, c := range cs {
		if c.start >= i && c.venue == venues {
			return groupAt(clause, cs, k)
		}
	}
	return nil
}

// subjectGroup returns the countries that are the subject of a trigger at
// offset trig: the coordinated group nearest before it within the subject
// (from offset subj), not separated from it by another verb.
func subjectGroup(clause string, cs []candidate, subj, trig int) []candidate {
	g := groupBefore(clause, cs, trig)
	if g == nil || g[0].start < subj {
		return nil
	}
	if inner := groupBefore(clause, cs, g[0].start); inner != nil && inner[0].start >= subj && innerPrepRE.MatchString(clause[inner[len(inner)-1].end:g[0].start]) {
		g = inner // "The next Kenyan battalion bound for Somalia received": the battalion's country, not where it goes
	}
	between := clause[g[len(g)-1].end:trig]
	if k := ledByInRE.FindStringIndex(between); k != nil && !hasLexicalVerb(between[k[1]:]) && !relativeRE.MatchString(between[k[1]:]) {
		between = between[:k[0]] // "An Egyptian delegation led by Foreign Minister Aboul Gheit attended": who led it
	}
	if len(strings.Fields(between)) > 8 || relativeRE.MatchString(between) || hasLexicalVerb(between) {
		return nil // "France reported on an information seminar it hosted"
	}
	return g
}

// innerPrepRE ends the words of a subject between its head's country and
// another country that a preposition places inside it: "battalion bound
// for", "officials responsible for relations with", "delegation to".
var innerPrepRE = lazyre.New(`^\s+[^,;]{0,60}?\b(?:for|to|into|towards?|against|with)\s+(?:the\s+)?$`)

// ledByInRE is a participle that names who led a group: "a delegation
// led by", "headed by".
var ledByInRE = mustWordRE(`\b(?:led|headed|chaired|accompanied)\s+by\b`)

var relativeRE = mustWordRE(`\b(?:that|which|who|whom|said|says|noted|told|after|when|while|because|since|where|including)\b`)

// addressee reports whether a mention names the one urged or briefed:
// a country, or a demonym before a person or body ("Tunisian officials",
// "the Mongolian Foreign Ministry"), not before a thing ("Brazilian support").
func addressee(clause string, c candidate) bool {
	after := clause[c.end:]
	if strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		return addresseeNounRE.MatchString(after[len("'s"):]) || strings.HasPrefix(after, "’s") && addresseeNounRE.MatchString(after[len("’s"):])
	}
	if c.kind != kindDemonym {
		return true
	}
	return after == "" || strings.HasPrefix(after, "s ") || addresseeNounRE.MatchString(after) || strings.HasPrefix(strings.TrimLeft(after, " "), "to ")
}

// discussionGroup finds the countries a discussion is with: "talks with
// China", "discussed with the GOE issues", "raised the HCOC with
// Ecuadorian counterparts" (the actor must be the United States), or,
// jointly, "the United States and India have discussed" and "held the
// third U.S.-France Strategic Dialogue".
func discussionGroup(clause string, cs []candidate, subj int, loc []int) (g []candidate, jointly bool) {
	word := strings.ToLower(clause[loc[0]:loc[1]])
	noun := discussionNounRE.MatchString(word)
	if before := clause[max(0, loc[0]-50):loc[0]]; noun && nounTopicRE.MatchString(before) && !basedOnRE.MatchString(before) {
		return nil, false // "to discuss USG views on EU dialogue with Cuba": talks told of, not held
	}
	if g := groupAfter(clause, cs, loc[1], false); g != nil && addressee(clause, g[len(g)-1]) {
		between := clause[loc[1]:g[0].start]
		if (strings.HasSuffix(word, "with") || word == "met" || word == "meet" || word == "meets") && directObjectRE.MatchString(between) {
			return g, false
		}
		if m := withObjectRE.FindStringSubmatch(between); m != nil && !hasVerb(m[1]) && infinitiveAt(m[1]) < 0 &&
			!discussionNounRE.MatchString(strings.ToLower(lastWordOf(m[1]))) && (!noun || len(strings.Fields(m[1])) <= 5) {
			return g, false
		}
	}
	if noun && !talksToComeRE.MatchString(clause[max(0, loc[0]-40):loc[0]]) {
		if g := betweenGroup(clause, cs, loc[1]); g != nil {
			return g, true // "A January 14 discussion between Ambassador Wayne and Canadian Ambassador Martin": both sides named
		}
	}
	pre := groupBefore(clause, cs, loc[0])
	if pre == nil || pre[0].start < subj {
		return nil, false
	}
	between := clause[pre[len(pre)-1].end:loc[0]]
	if len(strings.Fields(between)) > 8 || strings.ContainsAny(between, ",;:") {
		return nil, false
	}
	lead := clause[subj:pre[0].start]
	if besideUS(clause, pre) && subjectLeadRE.MatchString(usAndRE.ReplaceAllString(lead, "")) {
		return pre, true // "the United States and India have discussed"
	}
	if u := compoundUSRE.FindStringIndex(lead); u != nil && u[1] == len(lead) && len(strings.Fields(between)) <= 3 &&
		(subjectLeadRE.MatchString(lead[:u[0]]) || heldRE.MatchString(lead[:u[0]])) {
		return pre, true // "held the third U.S.-France Strategic Dialogue"
	}
	return nil, false
}

// nounTopicRE ends the words before a noun of talks that is what is
// talked about: "views on EU dialogue", "an update on the negotiations";
// not "on the margins of talks".
var nounTopicRE = mustWordRE(`\b(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:(?:[\w.'-]+\s+){0,3})$`)

// basedOnRE ends the words before talks that a statement draws on, which
// were held: "Based on our discussions with GOE".
var basedOnRE = mustWordRE(`(?i)\b(?:based|drawing|relying)\s+on\s+(?:[\w.'-]+\s+){0,3}$`)

// betweenGroup is the other side of talks named by a noun between a US
// official and others, in either order, after offset i: "discussion
// between Ambassador Wayne and Canadian Ambassador Martin", "a meeting
// between the Chinese Vice Minister and the DCM".
func betweenGroup(clause string, cs []candidate, i int) []candidate {
	m := betweenRE.FindStringSubmatchIndex(clause[i:])
	if m == nil || modalRE.MatchString(clause[i+m[4]:i+m[5]]) {
		return nil // "an early discussion between the United States and Brazil could change the world"
	}
	first, second := [2]int{i + m[2], i + m[3]}, [2]int{i + m[4], i + m[5]}
	us := func(s string) bool {
		loc := usAny.FindStringIndex(s)
		return loc != nil && loc[0] < 12
	}
	other := second
	switch {
	case us(clause[first[0]:first[1]]):
	case us(clause[second[0]:second[1]]):
		other = first
	default:
		return nil
	}
	if g := groupAfter(clause, cs, other[0], false); g != nil && g[0].start < other[1] && g[len(g)-1].end <= other[1] {
		return g
	}
	return nil
}

// talksToComeRE ends the words before a noun of talks that are to come or
// only thought of: "the upcoming bilateral defense talks", "an idea for a
// high-level dialogue".
var talksToComeRE = mustWordRE(`(?i)\b(?:upcoming|forthcoming|planned|proposed|possible|future|potential|next|prospective|new|scheduled|expected|eventual|idea for|proposal for)\s+(?:[\w-]+\s+){0,3}$`)

// betweenRE follows a noun of talks and names the two sides: groups 1 and 2.
var betweenRE = lazyre.New(`^\s+(?:held\s+)?between\s+([^,;]{1,80}?)\s+and\s+([^,;]{1,80}?)(?:\s+(?:on|in|at|covered|focused|centered|was|were|took|touched|addressed|included)\b|[,;.]|$)`)

var (
	discussionNounRE = lazyre.New(`^(?:discussions?|talks|consultations?|dialog(?:ue)?|meetings?|negotiations?|exchanges?)`)
	// subjectLeadRE is what may open a clause before its subject.
	subjectLeadRE = lazyre.New(`(?i)^[\s\-(]*(?:(?:the|a|an|both|and|also|in|on|during|since|\w+ \d{1,2},?|\d{4},?|\w+ \d{4},?|first|second|third|fourth|fifth|sixth|annual|bilateral)\s+)*$`)
	// heldRE is a verb of holding a meeting before its name.
	heldRE = mustWordRE(`(?i)\b(?:held|hold|holds|hosted|host|hosts|had|conducted|convened|opened|launched|concluded|completed|resumed|attended|chaired|co-chaired)\s+(?:[\w-]+\s+){0,2}$`)
	// withSomeoneRE opens the other party of a discussion: a discussion
	// with a named person or body is not the section's country.
	withSomeoneRE = lazyre.New(`^[^,;]{0,60}?\bwith\s+(?:the\s+)?[A-Z]`)
)

// wordsBetween counts the words between two offsets.
func wordsBetween(s string, i, j int) int {
	if j <= i {
		return 0
	}
	return len(strings.Fields(s[i:j]))
}

// besideUS reports whether a group is coordinated with the United States:
// "the United States and India", "India and the U.S.".
func besideUS(clause string, g []candidate) bool {
	before, _ := window(clause, g[0].start, 30)
	after := clause[g[len(g)-1].end:]
	if len(after) > 30 {
		after = after[:30]
	}
	return usAndRE.MatchString(before) || andUSRE.MatchString(after)
}

var (
	usAndRE = lazyre.New(`(?:` + usNames + `)\s+and\s+(?:the\s+)?$`)
	andUSRE = lazyre.New(`^\s+and\s+(?:the\s+)?(?:` + usNames + `)`)
)

// namesCountry reports whether a clause names a country other than the
// United States and than the section's country, other than as a place
// ("in Kazakhstan").
func namesCountry(clause string, ms []mention, section string) bool {
	for _, m := range ms {
		if len(m.isos) > 1 || m.isos[0] != "US" && m.isos[0] != section && !isVenue(clause, ms, m) {
			return true
		}
	}
	return false
}

package extract

import (
	"regexp"
	"strings"
	"time"
)

// Actions, the vocabulary of Activity.Action.
const (
	Attended  = "attended"  // took part in a named conference, academy, workshop or training event
	Trained   = "trained"   // officials trained in courses on topics
	Informed  = "informed"  // the US informed or briefed the country
	Urged     = "urged"     // the US urged the country to do something
	Discussed = "discussed" // talks, dialogue, consultations, meetings
	Assisted  = "assisted"  // equipment, legal or regulatory help, programmes, demonstrations
	Hosted    = "hosted"    // the country hosted or co-hosted an event
)

// Where a trigger looks for its country.
const (
	roleSubject = iota // the country acts: "Albania attended"
	roleObject         // the US acts on the country: "urged Botswana"
	roleEither         // either side: "the United States and India have discussed"
)

// trigger is a verb or noun that states an action.
type trigger struct {
	action string
	role   int
	re     *regexp.Regexp
	heads  []string // first words of the pattern's phrases, to skip clauses without any
}

func init() {
	for i := range triggers {
		triggers[i].heads = headWords(triggers[i].re.String())
	}
}

// headWords lists the first words of the alternatives of a trigger pattern.
func headWords(pattern string) []string {
	body := pattern[strings.Index(pattern, "(")+1:]
	body = body[strings.Index(body, "(")+1:]
	var out []string
	depth := 0
	startAlt := true
	word := ""
	for _, r := range body {
		switch {
		case r == '(':
			depth++
		case r == ')':
			if depth == 0 {
				if word != "" {
					out = append(out, word)
				}
				return out
			}
			depth--
		case r == '|' && depth == 0:
			if word != "" {
				out = append(out, word)
			}
			word, startAlt = "", true
		case startAlt && depth == 0 && (r >= 'a' && r <= 'z' || r == '-'):
			word += string(r)
		case startAlt:
			startAlt = false
		}
	}
	return out
}

// wordSet is the lower-cased text of a clause, for quick trigger tests.
type wordSet string

func wordsOf(s string) wordSet { return wordSet(strings.ToLower(s)) }

// mayMatch reports whether the clause holds one of the trigger's first words.
func (t trigger) mayMatch(ws wordSet) bool {
	for _, h := range t.heads {
		if strings.Contains(string(ws), h) {
			return true
		}
	}
	return false
}

// triggers in order of precedence: a clause yields the first that finds a country.
var triggers = []trigger{
	{Urged, roleObject, regexp.MustCompile(`(?i)\b(urged|urges|urging|encouraged|encourages|encouraging|pressed|presses|called (?:on|upon)|demarched)\b`), nil},
	{Informed, roleObject, regexp.MustCompile(`(?i)\b(informed|informs|informing|briefed|briefs|briefing|notified|notifies|apprised|debriefed)\b`), nil},
	{Hosted, roleSubject, regexp.MustCompile(`(?i)\b(co-hosted|cohosted|co-hosts|co-host|hosted|hosts|host)\b`), nil},
	{Attended, roleSubject, regexp.MustCompile(`(?i)\b(attended|attends|attend|attending|participated in|participates in|participate in|participating in|took part in|take part in|taking part in|sent (?:a |an )?(?:delegation|delegates|representatives|officials|experts|participants|observers) to|(?:was|were) represented at)\b`), nil},
	{Trained, roleSubject, regexp.MustCompile(`(?i)\b(received|receive|receiving) (?:[a-z-]+ ){0,3}training\b`), nil},
	{Discussed, roleEither, regexp.MustCompile(`(?i)\b(discussed|discusses|discuss|discussing|discussions?|talks|consulted|consults|consult|consulting|consultations?|dialogue|dialog|met with|meet with|meeting|meetings|negotiations?|negotiated|exchange|raised|raise|raising)\b`), nil},
	{Assisted, roleObject, regexp.MustCompile(`(?i)\b(provided|provides|provide|providing|assisted|assists|assist|assisting|assistance|donated|donates|delivered|work(?:ed|ing|s)? (?:closely )?with|work(?:ed|ing|s)? to|strengthen|conducted activities|sponsored|funded|supported|supports|support|helped|helps|help|equipped)\b`), nil},
	{Trained, roleObject, regexp.MustCompile(`(?i)\b(train|trains|trained|training for|training to)\b`), nil},
}

var (
	clauseBreakRE  = regexp.MustCompile(`(?:,\s+and\s+|;\s+(?:and\s+)?|,\s+but\s+|,\s+while\s+|,\s+as well as\s+)`)
	passiveRE      = regexp.MustCompile(`(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$`)
	passiveHostRE  = regexp.MustCompile(`(?i)\b(?:co-)?(?:hosted|sponsored|organized|organised|funded|chaired|led|conducted)\s+by\b`)
	usActorRE      = regexp.MustCompile(`\bU\.S\.|\b(?:United States|USG|EXBS|Washington|Embassy|[Ee]mb[Oo]ffs?)\b`)
	negationRE     = regexp.MustCompile(`(?i)\b(?:not|n't|never|no longer|declined to|refused to|failed to|will|would|may|might|could|should|plans? to|invited to|expects? to|intends? to)\s+(?:\w+\s+)?$`)
	trainingObjRE  = regexp.MustCompile(`^\s*(?:[a-z][a-z-]*\s+){0,3}(?:training|courses?)\b`)
	consultObjRE   = regexp.MustCompile(`^\s*(?:[a-z][a-z-]*\s+){0,2}(?:activities|consultations|talks|discussions)\s+(?:concerning|on|about|regarding)\b`)
	topicsRE       = regexp.MustCompile(`(?i)\b(?:training|courses?|sessions?|activities|officials|representatives|personnel|officers)\s+(?:on|concerning|regarding|about)\s+`)
	coordinationRE = regexp.MustCompile(`^\s*(?:,|,?\s*and|,?\s*as well as|&|/|,?\s*or)\s*(?:the\s+)?$`)
	venueWordRE    = regexp.MustCompile(`(?i)\b(?:in|at|near|inside|outside|within)\s+(?:the\s+)?$`)
	orgBeforeRE    = regexp.MustCompile(`(?i)\b(?:university|college|institute|school|bank) of\s+(?:the\s+)?$`)
	cityBeforeRE   = regexp.MustCompile(`\b[A-Z][a-z]+,\s+(?:the\s+)?$`)
	listSepRE      = regexp.MustCompile(`,\s*|;\s*`)
	danglingRE     = regexp.MustCompile(`(?i)\b(?:the|a|an|to|for|of|on|in|with|and|its|their)$`)
)

// candidate is a country mention that may be a clause's subject or object.
type candidate struct {
	mention
	venue bool // a place named in passing: "held in Sri Lanka", "Istanbul, Turkey"
	iso   string
}

// fact is an activity before its event and dates are finished.
type fact struct {
	iso       string
	action    string
	event     string
	topics    []string
	per       period
	sent      int    // index of the sentence
	tail      string // text after the country, for truncated sentences
	truncated bool
}

// clauses splits a sentence into clauses at ", and", ";" and the like,
// keeping together the parts that do not state an action of their own.
func clauses(s string) []string {
	locs := clauseBreakRE.FindAllStringIndex(s, -1)
	var out []string
	start := 0
	for k, loc := range locs {
		nextEnd := len(s)
		if k+1 < len(locs) {
			nextEnd = locs[k+1][0]
		}
		if hasTrigger(s[loc[1]:nextEnd]) {
			out = append(out, s[start:loc[0]])
			start = loc[1]
		}
	}
	return append(out, s[start:])
}

func hasTrigger(s string) bool {
	ws := wordsOf(s)
	for _, t := range triggers {
		if !t.mayMatch(ws) {
			continue
		}
		if loc := t.re.FindStringIndex(s); loc != nil {
			return true
		}
	}
	return false
}

// candidates classifies the clause's country mentions, leaving out the
// United States, hosts named in passing ("co-hosted by the U.S. and
// Poland") and names inside organisations ("University of Georgia").
func candidates(clause string, ms []mention) []candidate {
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
		if host || orgBeforeRE.MatchString(before) || strings.HasPrefix(clause[m.end:], " University") {
			continue
		}
		c := candidate{mention: m, iso: m.isos[0]}
		c.venue = isVenue(clause, ms, m)
		out = append(out, c)
	}
	return out
}

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
		if cs[j].venue != cs[k].venue || !coordinationRE.MatchString(clause[cs[j-1].end:cs[j].start]) {
			break
		}
		g = append(g, cs[j])
	}
	return g
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
	for first > 0 && !cs[first-1].venue && coordinationRE.MatchString(clause[cs[first-1].end:cs[first].start]) {
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

// clauseFacts finds the action of one clause and the countries it concerns.
// fallback is the country the surrounding section is about ("" when none)
// and explicit says whether a heading names it.
func (x *cableContext) clauseFacts(si int, clause string, ms []mention, fallback string, explicit bool, dates []period, per period) []fact {
	cs := candidates(clause, ms)
	usActor := usActorRE.MatchString(clause)
	ws := wordsOf(clause)
	for _, t := range triggers {
		if !t.mayMatch(ws) {
			continue
		}
		for _, loc := range t.re.FindAllStringIndex(clause, -1) {
			if loc[0] > 0 && clause[loc[0]-1] == '-' {
				continue // "EXBS-sponsored", "co-hosted" used as a modifier
			}
			before, _ := window(clause, loc[0], 40)
			if negationRE.MatchString(before) {
				continue // "did not attend", "will attend": not a fact
			}
			if (t.action == Assisted || t.role == roleObject && t.action == Trained) && !explicit {
				byUS := passiveRE.MatchString(before) && usActorRE.MatchString(clause[loc[1]:min(len(clause), loc[1]+20)])
				if w, _ := window(clause, loc[0], 80); !usActorRE.MatchString(w) && !byUS {
					continue // help given by someone other than the United States
				}
			}
			if (t.action == Attended || t.action == Hosted) && strings.HasSuffix(strings.ToLower(before), "to ") {
				continue // "a visit to Mauritania to attend": a plan
			}
			role := t.role
			passive := passiveRE.MatchString(before)
			if t.action == Hosted && (passive || hasPrefixFold(clause[loc[1]:], " by")) {
				continue // a host named in passing
			}
			if passive && t.action == Attended && hasPrefixFold(clause[loc[1]:], " by") {
				role = roleObject // "was attended by X"
			} else if passive && role == roleObject {
				role = roleSubject // "Botswana was urged to"
			}
			var group []candidate
			action := t.action
			switch role {
			case roleSubject:
				group = groupBefore(clause, cs, loc[0])
				if group == nil && t.action == Hosted {
					// "the United States hosted Taiwan for talks"
					if group = groupAfter(clause, cs, loc[1], false); group != nil {
						action = Discussed
					}
				}
			case roleObject:
				pre := groupBefore(clause, cs, loc[0])
				usFirst := false
				if u := usActorRE.FindStringIndex(clause); u != nil && pre != nil && u[0] < pre[0].start {
					usFirst = true // "the EXBS program has worked to strengthen Uzbekistan's ... providing"
				}
				if pre != nil && !usFirst && t.action != Assisted && t.action != Trained {
					continue // another country acts: not US outreach
				}
				group = groupAfter(clause, cs, loc[1], false)
				if group != nil && (t.action == Urged || t.action == Informed) && wordsBetween(clause, loc[1], group[0].start) > 2 {
					group = nil // "urged the U.S. and UN to ... the Colombian publics": not the one urged
				}
				if group == nil && usActor {
					group = groupAfter(clause, cs, loc[1], true) // "EXBS conducted activities in Kazakhstan"
				}
				if group == nil && usFirst {
					group = pre
				}
				if group != nil && t.action == Assisted && needsAidNoun(clause, loc) && !aidNounRE.MatchString(clause) {
					group = nil // "provide a copy to the French POC"
				}
			case roleEither:
				// "discussed with the GOE", "talks with China", "the United
				// States and India have discussed"
				if group = groupAfter(clause, cs, loc[1], false); group != nil && wordsBetween(clause, loc[1], group[0].start) > 4 {
					group = nil
				}
				if group == nil {
					if pre := groupBefore(clause, cs, loc[0]); pre != nil && besideUS(clause, pre) {
						group = pre
					}
				}
				if group != nil && !usActor && !explicit {
					group = nil // talks between third countries
				}
			}
			if group == nil && fallback != "" && !namesCountry(clause, ms) && (usActor || explicit) {
				group = []candidate{{iso: fallback, mention: mention{start: loc[1], end: loc[1]}}}
			}
			if group == nil {
				continue
			}
			return x.buildFacts(si, clause, ms, group, action, loc, dates, per)
		}
	}
	return nil
}

// aidNounRE names what assistance consists of.
var aidNounRE = regexp.MustCompile(`(?i)\b(equipment|assistance|training|support|guidance|funding|funds|grants?|demonstrations?|commodities|technical|expertise|infrastructure|vehicles|detectors|help|programs?|workshops?|advice|capacity)\b`)

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

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
	usAndRE = regexp.MustCompile(`(?:U\.S\.|United States|USG)\s+and\s+(?:the\s+)?$`)
	andUSRE = regexp.MustCompile(`^\s+and\s+(?:the\s+)?(?:U\.S\.|United States|USG)`)
)

// needsAidNoun reports whether a trigger ("provided", "delivered") only
// means assistance when the clause says what was given.
func needsAidNoun(clause string, loc []int) bool {
	w := strings.ToLower(clause[loc[0]:loc[1]])
	return strings.HasPrefix(w, "provid") || strings.HasPrefix(w, "deliver") || strings.HasPrefix(w, "support") ||
		strings.HasPrefix(w, "help")
}

// namesCountry reports whether a clause names a country other than the
// United States, other than as a place ("in Kazakhstan").
func namesCountry(clause string, ms []mention) bool {
	for _, m := range ms {
		if len(m.isos) > 1 || m.isos[0] != "US" && !isVenue(clause, ms, m) {
			return true
		}
	}
	return false
}

// buildFacts fills in the event and topics of a clause's action.
func (x *cableContext) buildFacts(si int, clause string, ms []mention, group []candidate, action string, loc []int, dates []period, per period) []fact {
	last := group[len(group)-1]
	after := loc[1]
	if last.end > after {
		after = last.end
	}
	caps := x.sents[si].caps
	var event string
	var topics []string
	span := func(from int) string {
		if s, e := namedSpan(clause, from, ms, dates, caps); s >= 0 {
			return clause[s:e]
		}
		return ""
	}
	rest := clause[loc[1]:]
	switch {
	case action == Attended && trainingObjRE.MatchString(rest):
		action = Trained
		topics = topicsAfter(clause, loc[1])
	case action == Attended && consultObjRE.MatchString(rest):
		action = Discussed
		topics = topicsAfter(clause, loc[1])
	case action == Attended || action == Hosted:
		if event = span(loc[1]); event == "" {
			event = lowerEventPhrase(clause, loc[1])
		}
	case action == Urged || action == Informed:
		event = span(after)
		event = firstOfPair(event)
	case action == Discussed:
		if event = spanAround(clause, ms, loc, caps); eventKind(canonicalEvent(event, x.acr)) == "other" {
			event = ""
		}
	case action == Assisted:
		if e := span(loc[1]); e != "" && eventKind(canonicalEvent(e, x.acr)) == "training" {
			event = e
		} else if strings.Contains(clause, "EXBS") {
			event = "EXBS"
		}
	case action == Trained:
		topics = topicsAfter(clause, loc[1])
		if strings.Contains(clause, "EXBS") {
			event = "EXBS"
		}
	}
	if event != "" {
		event = canonicalEvent(event, x.acr)
	}
	if (action == Attended || action == Hosted) && event == "" || action == Trained && event == "" && len(topics) == 0 {
		return nil // "participating in landing of explosives": no event, no topics
	}
	var out []fact
	for _, c := range group {
		f := fact{iso: c.iso, action: action, event: event, topics: topics, per: per, sent: si}
		f.tail = strings.ToLower(strings.TrimSpace(clause[min(after, len(clause)):]))
		f.truncated = x.sents[si].truncated && danglingRE.MatchString(strings.TrimRight(clause, " "))
		out = append(out, f)
	}
	return out
}

// spanAround finds the name a discussion trigger belongs to: the name that
// holds it ("Senior Policy Exchange") or ends just before it
// ("Bilateral Counter Proliferation Task Force (CTF) meeting").
func spanAround(clause string, ms []mention, loc []int, caps bool) string {
	for from := 0; from < loc[1]; {
		s, e := namedSpan(clause, from, ms, nil, caps)
		if s < 0 || s > loc[1] {
			break
		}
		if s <= loc[0] && e >= loc[0] || e <= loc[0] && strings.TrimSpace(clause[e:loc[0]]) == "" {
			return clause[s:e]
		}
		from = e + 1
	}
	return ""
}

// firstOfPair keeps the first of two names joined by "and" when the first
// is an acronym ("MTCR and Wassenaar Arrangement (WA)" -> "MTCR").
func firstOfPair(name string) string {
	if a, _, ok := strings.Cut(name, " and "); ok && isAcronym(a) && !strings.Contains(a, " ") {
		return a
	}
	return name
}

// topicsAfter splits the list after "training courses on" into items.
func topicsAfter(clause string, from int) []string {
	loc := topicsRE.FindStringIndex(clause[from:])
	if loc == nil {
		return nil
	}
	list := clause[from+loc[1]:]
	list = strings.TrimRight(list, " .;:")
	var out []string
	for _, part := range listSepRE.Split(list, -1) {
		part = strings.TrimSpace(part)
		for _, p := range []string{"and ", "or ", "as well as "} {
			part = strings.TrimPrefix(part, p)
		}
		part = strings.Trim(part, ` "“”.`)
		part = strings.ReplaceAll(part, `"`, "")
		if part != "" && !contains(out, part) {
			out = append(out, part)
		}
	}
	return out
}

// sinceCable completes an open period at the cable's date.
func sinceCable(p period, cable time.Time) period {
	if p.since && !cable.IsZero() && cable.After(p.from) {
		p.to = cable
	}
	return p
}

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
	bit    wordSet  // the trigger's bit in a wordSet
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
		case r == '?' && startAlt && depth == 0 && word != "":
			word = word[:len(word)-1] // "discussions?" may be "discussion"
			startAlt = false
		case startAlt && depth == 0 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-'):
			word += strings.ToLower(string(r))
		case startAlt:
			startAlt = false
		}
	}
	return out
}

// wordSet tells which triggers a clause may hold: bit i is set when one
// of its words opens an alternative of triggers[i].
type wordSet uint32

// triggerWords maps the first words of the triggers' alternatives, and
// their inflections, to the triggers they open.
var triggerWords = map[string]wordSet{}

func init() {
	for i := range triggers {
		triggers[i].heads = headWords(triggers[i].re.String())
		triggers[i].bit = 1 << i
		for _, h := range triggers[i].heads {
			for _, w := range []string{h, h + "s", h + "es", h + "ed", h + "ing", h + "d"} {
				triggerWords[w] |= 1 << i
			}
		}
	}
}

// wordsOf returns the triggers whose first words a clause holds.
func wordsOf(s string) wordSet {
	var ws wordSet
	start := -1
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := s[start:i]
			if len(w) >= 3 {
				ws |= triggerWords[lowerASCII(w)]
			}
			start = -1
		}
	}
	return ws
}

// mayMatch reports whether the clause holds one of the trigger's first words.
func (t trigger) mayMatch(ws wordSet) bool { return ws&t.bit != 0 }

// lowerASCII lower-cases a word, without allocating when it is already.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// triggers in order of precedence: a clause yields the first that finds a country.
var triggers = []trigger{
	{Urged, roleObject, regexp.MustCompile(`(?i)\b(urged|urges|urging|encouraged|encourages|encouraging|pressed|presses|pressing|called (?:on|upon)|calling (?:on|upon)|appealed to|demarched)\b`), nil, 0},
	{Informed, roleObject, regexp.MustCompile(`(?i)\b(informed|informs|informing|briefed|briefs|briefing|notified|notifies|apprised|debriefed)\b`), nil, 0},
	{Hosted, roleSubject, regexp.MustCompile(`(?i)\b(co-hosted|cohosted|co-hosts|co-host|hosted|hosts|host)\b`), nil, 0},
	{Attended, roleSubject, regexp.MustCompile(`(?i)\b(attended|attends|attend|attending|participated in|participates in|participate in|participating in|took part in|take part in|taking part in|joined|sent (?:(?:a|an|two|three|four|five|six|several|\d+)\s+)?(?:(?:high-level|senior|technical|large|small)\s+)?(?:delegations?|delegates|representatives|officials|experts|participants|observers) to|(?:was|were) represented at)\b`), nil, 0},
	{Trained, roleSubject, regexp.MustCompile(`(?i)\b(received|receive|receiving) (?:[a-z-]+ ){0,3}training\b`), nil, 0},
	{Discussed, roleEither, regexp.MustCompile(`(?i)\b(discussed|discusses|discuss|discussing|discussions?|talks|consulted|consults|consult|consulting|consultations?|dialogue|dialog|met with|meet with|meeting with|meetings with|meeting|meetings|negotiations?|negotiated|Exchanges?|exchanges? with|raised|raises|raise|raising)\b`), nil, 0},
	{Assisted, roleObject, regexp.MustCompile(`(?i)\b(provided|provides|provide|providing|assisted|assists|assist|assisting|donated|donates|delivered|work(?:ed|ing|s)? (?:closely )?with|work(?:ed|ing|s)? to|strengthen|conducted activities|sponsored|funded|supported|helped|equipped|supplied|installed)\b`), nil, 0},
	{Trained, roleObject, regexp.MustCompile(`(?i)\b(train|trains|trained|training for|training to)\b`), nil, 0},
	{Trained, roleObject, regexp.MustCompile(`(?i)\b(conducted|conducts|organized|organised|organizes|delivered|taught|ran|held)\b`), nil, 0},
}

var (
	passiveRE      = regexp.MustCompile(`(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$`)
	passiveHostRE  = regexp.MustCompile(`(?i)\b(?:co-)?(?:hosted|sponsored|organized|organised|funded|chaired|led|conducted)\s+by\b`)
	trainingObjRE  = regexp.MustCompile(`^\s*(?:(?:[a-z][a-z-]*|[A-Za-z.()/]+-(?:funded|sponsored|hosted|led|organized|organised|run))\s+){0,3}(?:training|courses?)\b`)
	consultObjRE   = regexp.MustCompile(`^\s*(?:[a-z][a-z-]*\s+){0,2}(?:activities|consultations|talks|discussions)\s+(?:concerning|on|about|regarding)\b`)
	topicsRE       = regexp.MustCompile(`(?i)\b(?:training|courses?|sessions?|activities|officials|representatives|personnel|officers)\s+(?:on|concerning|regarding|about)\s+`)
	coordinationRE = regexp.MustCompile(`^\s*(?:,|,?\s*and|,?\s*as well as|&|/|,?\s*or)\s*(?:the\s+)?$`)
	venueWordRE    = regexp.MustCompile(`(?i)\b(?:in|at|near|inside|outside|within)\s+(?:the\s+)?$`)
	orgBeforeRE    = regexp.MustCompile(`(?i)\b(?:university|college|institute|school|bank) of\s+(?:the\s+)?$`)
	cityBeforeRE   = regexp.MustCompile(`\b[A-Z][a-z]+,\s+(?:the\s+)?$`)
	listSepRE      = regexp.MustCompile(`,\s*|;\s*`)
	danglingRE     = regexp.MustCompile(`(?i)\b(?:the|a|an|to|for|of|on|in|with|and|its|their)$`)
	// directObjectRE is what may stand between "urged" or "briefed" and
	// the country: "urged the GOAJ", "briefed officials from Peru".
	directObjectRE = regexp.MustCompile(`(?i)^\s*(?:the\s+|a\s+|an\s+)?(?:(?:more than|over|about|some|nearly|approximately|at least)\s+)?(?:\d+\s+)?(?:(?:senior\s+|visiting\s+|government\s+|host\s+)?(?:officials|representatives|delegations?|counterparts|authorities|members|leaders|leadership|experts|government|governments|participants)\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// withObjectRE is the text between a discussion word and "with" and
	// the country: "discussed with the GOE", "raised the HCOC with".
	withObjectRE = regexp.MustCompile(`(?i)^((?:[^,.;:]{0,80}?\s)?)with\s+(?:the\s+)?(?:(?:senior\s+)?(?:officials|representatives|delegations?|counterparts|authorities|experts)\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// compoundUSRE ends with "U.S.-" before a country: "U.S.-Ukraine talks".
	compoundUSRE = regexp.MustCompile(`(?:U\.S\.|US|American)-$`)
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
	clause    string
	truncated bool // the sentence stops short: a re-publication lost its end
	dangling  bool // ... on a word that wants more: "to the"
}

// clauses splits a sentence into clauses at ", and", ";", ", with", " and
// urged" and the like, keeping together the parts that do not state an
// action of their own.
func clauses(s string) []string {
	if !strings.ContainsAny(s, ",;") && !strings.Contains(s, " and ") {
		return []string{s}
	}
	locs := clauseBreaks(s)
	var out []string
	start := 0
	for k, loc := range locs {
		nextEnd := len(s)
		if k+1 < len(locs) {
			nextEnd = locs[k+1][0]
		}
		if loc[1] <= nextEnd && hasTrigger(s[loc[1]:nextEnd]) {
			out = append(out, s[start:loc[0]])
			start = loc[1]
		}
	}
	return append(out, s[start:])
}

// clauseBreaks returns where a sentence may break into clauses: the span
// of ", and ", "; ", ", but ", ", while ", ", as well as ", ", with ", and
// of " and " before a verb of action (" and urged", " and also provided").
func clauseBreaks(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ',' || s[i] == ';':
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j == i+1 {
				continue
			}
			rest := s[j:]
			if s[i] == ';' {
				out = append(out, [2]int{i, j + prefixLen(rest, "and ")})
				continue
			}
			for _, w := range []string{"and ", "but ", "while ", "as well as ", "with "} {
				if strings.HasPrefix(rest, w) {
					out = append(out, [2]int{i, j + len(w)})
					break
				}
			}
		case s[i] == ' ' && strings.HasPrefix(s[i:], " and "):
			j := i + len(" and ")
			rest := s[j:]
			for _, adv := range []string{"also ", "then ", "later ", "subsequently ", "regularly ", "routinely ", "again "} {
				rest = strings.TrimPrefix(rest, adv)
			}
			if w, _, _ := strings.Cut(rest, " "); actionVerbs[strings.TrimRight(w, ",.;")] {
				out = append(out, [2]int{i, len(s) - len(rest)})
			}
		}
	}
	return out
}

func prefixLen(s, p string) int {
	if strings.HasPrefix(s, p) {
		return len(p)
	}
	return 0
}

// actionVerbs open a clause of their own after " and ".
var actionVerbs = map[string]bool{"urged": true, "encouraged": true, "pressed": true, "informed": true, "briefed": true,
	"provided": true, "donated": true, "delivered": true, "discussed": true, "consulted": true, "hosted": true,
	"co-hosted": true, "attended": true, "participated": true, "took": true, "met": true, "raised": true, "trained": true,
	"sponsored": true, "funded": true, "assisted": true, "equipped": true, "supplied": true}

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
	var hosts [][]int
	if strings.Contains(clause, " by") || strings.Contains(clause, " By") || strings.Contains(clause, " BY") {
		hosts = passiveHostRE.FindAllStringIndex(clause, -1)
	}
	for _, loc := range hosts {
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
// and explicit says whether a heading names it. prevActor is the actor of
// the sentence's previous clause, which a clause without a subject of its
// own continues; clauseFacts returns this clause's actor for the next.
func (x *cableContext) clauseFacts(si int, clause string, ms []mention, fallback string, explicit bool, dates []period, per period, prevActor int) ([]fact, int) {
	cs := candidates(clause, ms)
	ws := wordsOf(clause)
	actorAt := func(from, to int) int {
		if to-from > maxLead {
			from = to - maxLead // the subject stands near its verb
		}
		lead, k := afterSubordinator(clause[from:to])
		if m := innerFrontRE.FindStringIndex(lead); m != nil && k > 0 {
			lead, k = lead[m[1]:], k+m[1] // "that, on the margins of the Washington Forum, he pressed"
		}
		sp := subjectPart(lead)
		if bareLead(sp) && k == 0 {
			return prevActor // "..., and provided technical assistance"
		}
		return actorOf(sp, cs, from+k, x.people)
	}
	front := subjectStart(clause)
	clauseActor := x.mainActor(clause, front, cs, prevActor)
	for _, t := range triggers {
		if !t.mayMatch(ws) {
			continue
		}
		for _, loc := range t.re.FindAllStringIndex(clause, -1) {
			if loc[0] > 0 && clause[loc[0]-1] == '-' {
				continue // "EXBS-sponsored", "co-hosted" used as a modifier
			}
			subj := front
			if loc[0] < subj {
				continue // inside a fronted phrase: "In our discussions with the GOB, we can"
			}
			lead := clause[max(subj, loc[0]-maxLead):loc[0]]
			if irrealis(lead) || nounModalRE.MatchString(clause[loc[1]:]) || gerundAfterPrep(clause, loc) {
				continue // "will attend", "recommends that EXBS continue to support", "to host", "dialogue can", "concerns about providing"
			}
			actor := actorAt(subj, loc[0])
			before, _ := window(clause, loc[0], 40)
			first := clause[loc[0]:loc[1]]
			if i := strings.IndexByte(first, ' '); i >= 0 {
				first = first[:i]
			}
			passive := passiveRE.MatchString(before) && !strings.HasSuffix(first, "ing") // not "is urging"
			action := t.action
			var group []candidate
			switch t.role {
			case roleSubject:
				if t.action == Hosted && (passive || hasPrefixFold(clause[loc[1]:], " by")) {
					continue // a host named in passing
				}
				if passive && t.action == Attended && hasPrefixFold(clause[loc[1]:], " by") {
					group = groupAfter(clause, cs, loc[1], false) // "was attended by X"
					break
				}
				group = subjectGroup(clause, cs, subj, loc[0])
				if group == nil && t.action == Hosted && actor == actorUS {
					// "the United States hosted Taiwan for talks"
					if g := groupAfter(clause, cs, loc[1], false); g != nil && wordsBetween(clause, loc[1], g[0].start) <= 3 {
						group, action = g, Discussed
					}
				}
				if group == nil && actor == actorUS {
					continue
				}
			case roleObject:
				if passive {
					group = subjectGroup(clause, cs, subj, loc[0]) // "Botswana was urged to"
					if group == nil && !explicit || group != nil && !explicit && !usActorRE.MatchString(clause[loc[1]:]) {
						continue
					}
					break
				}
				if actor != actorUS {
					continue // not US outreach: "Iran had pressed Azerbaijan"
				}
				group = groupAfter(clause, cs, loc[1], false)
				switch {
				case group == nil:
				case t.action == Urged || t.action == Informed:
					if !directObjectRE.MatchString(clause[loc[1]:group[0].start]) || !addressee(clause, group[len(group)-1]) {
						group = nil // "urged engagement with Iran", "urged Brazilian support": not the one urged
					}
				default:
					between := clause[loc[1]:group[0].start]
					if wordsBetween(clause, loc[1], group[0].start) > 12 || strings.ContainsAny(between, ";:") ||
						!directObjectRE.MatchString(between) && !recipientRE.MatchString(between) {
						group = nil // "information about certain Chinese companies": not given to China
					}
				}
				if group == nil && t.action != Urged && t.action != Informed {
					// "EXBS conducted activities in Kazakhstan"
					if g := groupAfter(clause, cs, loc[1], true); g != nil && wordsBetween(clause, loc[1], g[0].start) <= 2 {
						group = g
					}
				}
			case roleEither:
				if actor == actorForeign {
					continue // talks between other countries
				}
				var jointly bool
				group, jointly = discussionGroup(clause, cs, subj, loc)
				if group != nil && actor != actorUS && !jointly && !explicit {
					group = nil // "he had met with the North Korean Ambassador": who met is not said
				}
			}
			if group == nil && fallback != "" && !namesCountry(clause, ms) && (actor == actorUS || explicit) &&
				(t.action != Urged && t.action != Informed || explicit && genericObjectRE.MatchString(clause[loc[1]:])) &&
				(explicit || t.role != roleEither || !withSomeoneRE.MatchString(clause[loc[1]:])) {
				group = []candidate{{iso: fallback, mention: mention{start: loc[1], end: loc[1]}}}
			}
			if group != nil && t.action == Assisted && !aidGiven(clause, loc, group) {
				group = nil // "provide a copy to the French POC", "provided background materials"
			}
			if group == nil {
				continue
			}
			if fs := x.buildFacts(si, clause, ms, group, action, t, loc, dates, per); fs != nil {
				return append(fs, x.reducedAid(si, clause, cs, ms, front, fallback, explicit, per, fs)...), clauseActor
			}
		}
	}
	return x.reducedAid(si, clause, cs, ms, front, fallback, explicit, per, nil), clauseActor
}

// reducedAidRE is help named in passing as given by the United States:
// "trained on radiation detection equipment provided under the EXBS program".
var reducedAidRE = regexp.MustCompile(`(?i)\b(?:equipment|assistance|training|funding|grants?|vehicles|detectors|systems|commodities)\s+(?:\w+\s+)?(?:provided|donated|delivered|supplied|funded)\s+(?:by|under|through|from)\s+(?:the\s+)?(?:U\.S\.|United States|USG|EXBS|Department)`)

// reducedAid returns the assistance a clause names in passing, for the
// country it is about (its subject, or its section's), unless the clause
// already stated it.
func (x *cableContext) reducedAid(si int, clause string, cs []candidate, ms []mention, front int, fallback string, explicit bool, per period, done []fact) []fact {
	if !strings.Contains(clause, " by ") && !strings.Contains(clause, " under ") && !strings.Contains(clause, " through ") &&
		!strings.Contains(clause, " from ") {
		return nil
	}
	loc := reducedAidRE.FindStringIndex(clause)
	if loc == nil {
		return nil
	}
	for _, f := range done {
		if f.action == Assisted {
			return nil
		}
	}
	group := subjectGroup(clause, cs, front, loc[0])
	if group == nil && len(done) > 0 {
		group = []candidate{{iso: done[0].iso}}
	}
	if group == nil && explicit && !namesCountry(clause, ms) {
		group = []candidate{{iso: fallback}}
	}
	if group == nil {
		return nil
	}
	event := ""
	if strings.Contains(clause[loc[0]:loc[1]], "EXBS") {
		event = canonicalEvent("EXBS", x.acr)
	}
	var out []fact
	for _, c := range group {
		out = append(out, fact{iso: c.iso, action: Assisted, event: event, per: per, sent: si, clause: clause})
	}
	return out
}

// innerFrontRE is a phrase fronted inside a subordinate clause.
var innerFrontRE = regexp.MustCompile(`^,?\s*(?:in|on|at|during|after|before|since|from|following|with|under|despite)\b[^,;]*,\s*`)

// maxLead bounds the text before a trigger that is read for its subject
// and mood, so that a long run-on sentence costs no more than short ones.
const maxLead = 200

// mainActor returns who acts in a clause as a whole: the subject before
// its first verb ("We are concerned that Iran ..." is ours), or the actor
// of the clause before when it has none of its own.
func (x *cableContext) mainActor(clause string, front int, cs []candidate, prevActor int) int {
	end := min(len(clause), front+maxLead)
	sp := subjectPart(clause[front:end])
	if bareLead(sp) {
		return prevActor
	}
	return actorOf(sp, cs, front, x.people)
}

// mayAct reports whether a clause holds a word that may open a trigger.
func mayAct(ws wordSet) bool { return ws != 0 }

// subjectPart returns the part of a clause's lead before its first verb:
// the subject ("Van Diepen" of "Van Diepen reviewed U.S. concerns about
// Iranian procurement").
func subjectPart(lead string) string {
	for i := 0; i < len(lead); {
		for i < len(lead) && lead[i] == ' ' {
			i++
		}
		j := strings.IndexByte(lead[i:], ' ')
		if j < 0 {
			j = len(lead)
		} else {
			j += i
		}
		if isVerbWord(strings.Trim(lead[i:j], `,.;:"'()`)) {
			return lead[:i]
		}
		i = j
	}
	return lead
}

// hasVerb reports whether a text holds a word that looks like a finite
// verb ("reported", "took"); "nonproliferation-related" does not count.
func hasVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		if isVerbWord(strings.Trim(w, `,.;:"'()`)) {
			return true
		}
	}
	return false
}

// isVerbWord reports whether a word looks like a finite verb: a past form
// in -ed or one of a few common verbs and auxiliaries.
func isVerbWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") || verbWords[w]
}

var verbWords = map[string]bool{"took": true, "held": true, "met": true, "sent": true, "gave": true, "made": true,
	"said": true, "told": true, "saw": true, "went": true, "began": true, "ran": true, "brought": true, "led": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true,
	"would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "did": true,
	"does": true, "do": true, "continues": true, "remains": true, "says": true, "notes": true}

// hasLexicalVerb reports whether a text holds a verb other than an
// auxiliary: "France reported on an information seminar it" does,
// "border guards were" does not.
func hasLexicalVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `,.;:"'()`)
		if isVerbWord(w) && !auxiliaries[w] {
			return true
		}
	}
	return false
}

var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true,
	"are": true, "did": true, "does": true, "do": true}

// bareLead reports whether the text before a trigger holds no subject of
// its own: nothing, or adverbs ("also", "regularly").
func bareLead(lead string) bool {
	for _, w := range strings.Fields(lead) {
		switch strings.ToLower(strings.Trim(w, ",")) {
		case "also", "then", "later", "regularly", "routinely", "again", "subsequently", "has", "have", "had", "and":
		default:
			return false
		}
	}
	return true
}

// subjectGroup returns the countries that are the subject of a trigger at
// offset trig: the coordinated group nearest before it within the subject
// (from offset subj), not separated from it by another verb.
func subjectGroup(clause string, cs []candidate, subj, trig int) []candidate {
	g := groupBefore(clause, cs, trig)
	if g == nil || g[0].start < subj {
		return nil
	}
	between := clause[g[len(g)-1].end:trig]
	if len(strings.Fields(between)) > 8 || relativeRE.MatchString(between) || hasLexicalVerb(between) {
		return nil // "France reported on an information seminar it hosted"
	}
	return g
}

var relativeRE = regexp.MustCompile(`\b(?:that|which|who|whom|said|says|noted|told|after|when|while|because|since|where|including)\b`)

var (
	// nounModalRE follows a discussion noun that is the subject of a
	// wish: "U.S.-Egyptian dialogue can strengthen".
	nounModalRE = regexp.MustCompile(`^\s+(?:can|could|will|would|should|may|might|must|(?:is|are|was|were)\s+(?:un)?likely)\b`)
	// recipientRE ends the text between a verb of giving and the country
	// that receives: "provided equipment to", "a workshop for".
	recipientRE = regexp.MustCompile(`(?i)\b(?:to|for|with)\s+(?:the\s+)?$`)
	// genericObjectRE is an object that stands for the section's country:
	// "urged the government to", "briefed officials on".
	genericObjectRE = regexp.MustCompile(`(?i)^\s+(?:the\s+)?(?:host\s+)?(?:government|officials|authorities|counterparts|them|it)\b`)
	// addresseeNounRE follows a demonym that names who was urged or
	// briefed: "Tunisian officials", "the Chilean government".
	addresseeNounRE = regexp.MustCompile(`^\s*(?:[A-Z]|(?:officials?|government|authorities|counterparts|delegations?|delegates|representatives|leaders|leadership|ministers?|diplomats|experts|officers|side|interlocutors|team|partners|military|navy|army|people|companies|firms|industry)\b)`)
)

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

// aidWindow returns the text that says what a verb of giving gives: from
// the verb to the country, or a few words on when the country comes first.
func aidWindow(clause string, loc []int, group []candidate) string {
	end := group[len(group)-1].end
	switch {
	case end <= loc[1]:
		end = min(len(clause), loc[1]+90) // the section's country
	case directObjectRE.MatchString(clause[loc[1]:group[0].start]):
		end += min(len(clause)-end, 50) // "provided Ghana with radiation detection equipment"
	}
	return clause[loc[0]:end]
}

// discussionGroup finds the countries a discussion is with: "talks with
// China", "discussed with the GOE issues", "raised the HCOC with
// Ecuadorian counterparts" (the actor must be the United States), or,
// jointly, "the United States and India have discussed" and "held the
// third U.S.-France Strategic Dialogue".
func discussionGroup(clause string, cs []candidate, subj int, loc []int) (g []candidate, jointly bool) {
	word := strings.ToLower(clause[loc[0]:loc[1]])
	noun := discussionNounRE.MatchString(word)
	if g := groupAfter(clause, cs, loc[1], false); g != nil && addressee(clause, g[len(g)-1]) {
		between := clause[loc[1]:g[0].start]
		if strings.HasSuffix(word, "with") && directObjectRE.MatchString(between) {
			return g, false
		}
		if m := withObjectRE.FindStringSubmatch(between); m != nil && !hasVerb(m[1]) &&
			(!noun || len(strings.Fields(m[1])) <= 5) {
			return g, false
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

var (
	discussionNounRE = regexp.MustCompile(`^(?:discussions?|talks|consultations?|dialog(?:ue)?|meetings?|negotiations?|exchanges?)`)
	// subjectLeadRE is what may open a clause before its subject.
	subjectLeadRE = regexp.MustCompile(`(?i)^[\s\-(]*(?:(?:the|a|an|both|and|also|in|on|during|since|\w+ \d{1,2},?|\d{4},?|\w+ \d{4},?|first|second|third|fourth|fifth|sixth|annual|bilateral)\s+)*$`)
	// heldRE is a verb of holding a meeting before its name.
	heldRE = regexp.MustCompile(`(?i)\b(?:held|hold|holds|hosted|host|hosts|had|conducted|convened|opened|launched|concluded|completed|resumed|attended|chaired|co-chaired)\s+(?:[\w-]+\s+){0,2}$`)
	// withSomeoneRE opens the other party of a discussion: a discussion
	// with a named person or body is not the section's country.
	withSomeoneRE = regexp.MustCompile(`^[^,;]{0,60}?\bwith\s+(?:the\s+)?[A-Z]`)
)

// gerundAfterPrep reports whether a trigger is a gerund after a
// preposition, which names an action without stating it: "concerns about
// providing", "interest in discussing".
func gerundAfterPrep(clause string, loc []int) bool {
	w := clause[loc[0]:loc[1]]
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	before, _ := window(clause, loc[0], 20)
	return prepBeforeGerundRE.MatchString(before)
}

var prepBeforeGerundRE = regexp.MustCompile(`(?i)\b(?:about|of|for|on|against|from|without|before|after|in|at|toward|towards|regarding)\s+$`)

// aidNounRE names what assistance consists of.
var aidNounRE = regexp.MustCompile(`(?i)\b(equipment|assistance|training|support|guidance|funding|funds|grants?|demonstrations?|commodities|technical|expertise|infrastructure|vehicles|vans|boats|vessels|detectors|\$|USD|dollars|million|monitors|scanners|x-ray|inspection|systems|radios|computers|software|kits|help|programs?|workshops?|advice|capacity|export controls?|border|enforcement|legislation|laws?|regulations?|regulatory|licensing|customs|interdiction|nonproliferation|EXBS|strategic trade|procurement)\b`)

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

// aidGiven reports whether a verb of giving or working with gives help:
// "provided Ghana with radiation detection equipment", "delivered two
// X-ray systems to", not "provided a copy to the French POC". Working
// with, supporting and helping must say what the help is about.
func aidGiven(clause string, loc []int, group []candidate) bool {
	w := strings.ToLower(clause[loc[0]:loc[1]])
	win := aidWindow(clause, loc, group)
	switch {
	case strings.HasPrefix(w, "provid") || strings.HasPrefix(w, "deliver") || strings.HasPrefix(w, "suppl") ||
		strings.HasPrefix(w, "support") || strings.HasPrefix(w, "help") || strings.HasPrefix(w, "work"):
		return aidNounRE.MatchString(win) && !notAidRE.MatchString(clause[loc[1]:min(len(clause), loc[1]+25)])
	}
	return true
}

// notAidRE names things handed over that are messages, not help.
var notAidRE = regexp.MustCompile(`(?i)\b(?:cop(?:y|ies)|letters?|non-papers?|demarches?|messages?|points|texts?|responses?|repl(?:y|ies)|information|updates?|reports?|lists?|notes?|statements?|views|assurances|answers?|overviews?|readouts?|invitations?|keynote|address|remarks|speech|proposals?|materials|comments|data|documents?|briefings?)\b`)

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

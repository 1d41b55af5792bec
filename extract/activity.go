package extract

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
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
	roleListed         // the countries listed after it: "Participants included delegations from Chile and Peru"
)

// trigger is a verb or noun that states an action.
type trigger struct {
	action string
	role   int
	re     *wordRE
	// heads and bit are derived, not written in triggers: the first
	// words of the expression's matches (firstWordsOf, set by
	// triggerWords), to skip clauses without any, and the trigger's bit
	// in a wordSet (set by init).
	heads []string
	bit   wordSet
	// delegate says the match names the delegate or the delegation, not
	// the gathering: "Syria was represented by its Deputy Foreign
	// Minister", "The Ugandan delegation was led by", "Iran sent its
	// Deputy Minister of Culture", "Wieczorek-Zeul led the German
	// delegation".
	delegate bool
}

func init() {
	for i := range triggers {
		triggers[i].bit = 1 << i
	}
}

// triggerWords maps the first words of the triggers' matches, and their
// inflections, to the triggers they open: read from the expressions'
// syntax trees when an extraction first needs them, not at start.
var triggerWords = sync.OnceValue(func() *wordTable[wordSet] {
	t := &wordTable[wordSet]{}
	for i := range triggers {
		heads, ok := firstWordsOf(triggers[i].re.String())
		if !ok {
			panic("extract: trigger " + triggers[i].re.String() + " has no first words to stand for it")
		}
		triggers[i].heads = heads
		for _, h := range heads {
			for _, w := range []string{h, h + "s", h + "es", h + "ed", h + "ing", h + "d"} {
				t.Set(w, t.Get(w)|1<<i)
			}
		}
	}
	return t
})

// triggers in order of precedence: a clause yields the first that finds a country.
var triggers = []trigger{
	{action: Urged, role: roleObject, re: mustWordRE(`(?i)\b(urged|urges|urging|encouraged|encourages|encouraging|pressed|presses|pressing|called (?:on|upon)|calling (?:on|upon)|appealed to|sought)\b`)},
	{action: Informed, role: roleObject, re: mustWordRE(`(?i)\b(informed|informs|informing|briefed|briefs|briefing|notified|notifies|apprised|debriefed|alerted|alerts|reminded|reminds|conveyed to)\b`)},
	{action: Hosted, role: roleSubject, re: mustWordRE(`(?i)\b(co-hosted|cohosted|co-hosts|co-host|co-hosting|hosted|hosts|hosting|host)\b`)},
	{action: Attended, role: roleSubject, re: mustWordRE(`(?i)\b(attended|attends|attend|attending|participated in|participates in|participate in|participating in|participated|participates|took part in|take part in|taking part in|took part|take part|takes part|taking part|joined|graduated from|graduated (?:(?:on|in) )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?(?: \d{1,2})?(?:,? \d{4})? from|co-chaired|chaired|presided over|sent (?:(?:a|an|two|three|four|five|six|several|\d+)\s+)?(?:(?:high-level|senior|technical|large|small)\s+)?(?:[A-Z][a-z]+\s+)?(?:delegations?|delegates|representatives|officials|officers|experts|participants|observers|judges|prosecutors)(?: to)?|(?:was|were) represented at)\b`)},
	{action: Attended, role: roleSubject, re: mustWordRE(`(?i)\b((?:was|were) represented by|delegations? (?:was|were) (?:led|headed) by|sent (?:only )?(?:its|their|his|her|a|an) (?-i:(?:[A-Z][a-z]+ |deputy |vice |foreign |prime |senior |state |first |defen[cs]e |interior |finance |justice |trade |economy |energy |health ){0,3}?)(?:` + delegateTitles + `)|led (?:the|its|his|her|their|[A-Z][a-z]+'s) (?:country's )?(?:[A-Z][a-z]+ )?delegation)\b`), delegate: true},
	{action: Attended, role: roleListed, re: listedRE},
	{action: Trained, role: roleSubject, re: mustWordRE(`(?i)\b(received|receive|receiving) (?:[a-z-]+ ){0,3}training\b`)},
	{action: Discussed, role: roleEither, re: mustWordRE(`(?i)\b(discussed|discusses|discuss|discussing|discussions?|talks|consulted|consults|consult|consulting|consultations?|dialogue|dialog|met with|meet with|meeting with|meetings with|meeting|meetings|negotiations?|negotiated|(?-i:Exchanges?)|exchanges? with|raised|raises|raise|raising)\b`)},
	{action: Discussed, role: roleEither, re: mustWordRE(`(?i)\b(met|meets|meet|telephoned|phoned|queried)\b`)},
	{action: Discussed, role: roleEither, re: mustWordRE(`(?i)\b(review(?:ed|s|ing)? (?:[\w'-]+ ){0,6}?with)\b`)},
	{action: Assisted, role: roleObject, re: mustWordRE(`(?i)\b(provided|provides|provide|providing|assisted|assists|assist|assisting|donated|donates|delivered|gave|paid for|handed over|hands over|handing over|turned over|work(?:ed|ing|s)? (?:closely )?with|work(?:ed|ing|s)? to|strengthen|conducted activities|sponsored|funded|supported|helped|equipped|supplied|installed)\b`)},
	{action: Trained, role: roleObject, re: mustWordRE(`(?i)\b(train|trains|trained|training for|training to)\b`)},
	{action: Trained, role: roleObject, re: mustWordRE(`(?i)\b(conducted|conducts|organized|organised|organizes|delivered|taught|teaching|ran|held|presented|gave)\b`)},
	// last, so that a clause's attendance comes first: "Chile attended a
	// workshop hosted by Peru"
	{action: Hosted, role: roleSubject, re: hostedByRE},
}

// hostingPlanRE ends the text before "hosting" that makes it no hosting
// done: the present progressive, which tells what is arranged ("Brazil is
// hosting the summit next week"), or a subject after "of": the gerund
// then heads a noun's complement, not a clause ("the prospect of the UK
// hosting", "in view of Brazil hosting"), whatever the noun and however
// it is spelt; the cables misspell the nouns of prospect that irrealis
// knows.
var hostingPlanRE = mustWordRE(`(?i)\b(?:(?:is|are|am|be)\s+(?:also\s+|now\s+)?|of\s+(?:the\s+)?[\w.'-]+\s+)$`)

// hostedByRE names who held an event after it: "an anti-trafficking
// seminar sponsored by the Embassy of Sweden".
var hostedByRE = mustWordRE(`(?i)\b((?:co-)?(?:hosted|sponsored|organized|organised|convened) by)\b`)

// listedRE introduces a list of the countries that took part: "Participants
// included delegations from", "states represented as observers were", "the
// seminar brought together judges and police officers from".
var listedRE = func() *wordRE {
	// moreCountries counts countries besides those the list names: "from
	// 12 countries in addition to".
	const moreCountries = `(?:\s+(?:(?:some|about|over|more than|nearly)\s+)?(?:\d+|[a-z]+)\s+(?:countries|nations|states)\s*,?\s+(?:in addition to|including|among them|such as|besides))`
	incl := `\s+(?:[\w-]+\s+){0,4}?(?:included|includes|including|came from|were from|comprised)\b`
	were := `(?:\s+as\s+(?:an?\s+)?observers?)?\s+(?:were|was|included)\b`
	alts := []string{`following\s+(?:countries|states|governments|nations|delegations)[^:;.]{0,60}:`,
		`participants\s*:`, `attendees\s*:`, `participating\s+(?:countries|states|delegations)\s*:`,
		"participants" + incl, "attendees" + incl, "delegations" + incl, "delegates" + incl,
		"observers" + incl, "participating (?:countries|states|delegations)" + incl,
		`among\s+(?:the\s+)?(?:participants|attendees|delegations|observers)\s+(?:were|was)\b`,
		"represented" + were, "attending" + were, "participating" + were, "present" + were,
		`(?:delegations|delegates|representatives|officials|participants|experts)\s+from` + moreCountries,
		`brought\s+together\s+(?:[a-z][\w-]*\s+){0,6}?from` + moreCountries + `?`, `featur(?:ing|ed)\s+(?:` + speechNouns + `)\s+(?:from|by)`}
	return mustWordRE(`(?i)\b(` + strings.Join(alts, "|") + `)`)
}()

var (
	passiveRE      = mustWordRE(`(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+|well\s+)?$`)
	passiveHostRE  = mustWordRE(`(?i)\b(?:co-)?(?:hosted|sponsored|organized|organised|funded|chaired|led|conducted)\s+by\b`)
	trainingObjRE  = lazyre.New(`^\s*(?:(?:[a-z][a-z-]*|[A-Za-z.()/]+-(?:funded|sponsored|hosted|led|organized|organised|run))\s+){0,3}(?:training|courses?)\b`)
	consultObjRE   = lazyre.New(`^\s*(?:[a-z][a-z-]*\s+){0,2}(?:activities|consultations|talks|discussions)\s+(?:concerning|on|about|regarding)\b`)
	topicsRE       = mustWordRE(`(?i)\b(?:training|courses?|sessions?|activities|officials|representatives|personnel|officers)\s+(?:on|concerning|regarding|about)\s+`)
	coordinationRE = lazyre.New(`^\s*(?:,|,?\s*and|,?\s*as well as|&|/|,?\s*or)\s*(?:[Tt]he\s+)?` +
		`(?:(?:U\.\s?S\.|US|USG|United States|EU|European Union|European Commission)\s*(?:,|,?\s*and|,?\s*as well as)\s*(?:the\s+)?)*$`) // "China, the EU, the U.S. and Brazil"
	venueWordRE  = mustWordRE(`(?i)\b(?:in|at|near|inside|outside|within)\s+(?:the\s+)?$`)
	orgBeforeRE  = mustWordRE(`(?i)\b(?:university|college|institute|school|bank) of\s+(?:the\s+)?$`)
	cityBeforeRE = mustWordRE(`\b[A-Z][a-z]+,\s+(?:the\s+)?$`)
	listSepRE    = lazyre.New(`,\s*|;\s*`)
	danglingRE   = mustWordRE(`(?i)\b(?:the|a|an|to|for|of|on|in|with|and|its|their)$`)
	// directObjectRE is what may stand between "urged" or "briefed" and
	// the country: "urged the GOAJ", "briefed officials from Peru".
	directObjectRE = lazyre.New(`(?i)^\s*(?:the\s+|a\s+|an\s+)?(?:(?:more than|over|about|some|nearly|approximately|at least)\s+)?(?:\d+\s+)?(?:(?:senior\s+|visiting\s+|government\s+|host\s+)?(?:officials|representatives|delegations?|counterparts|authorities|members|leaders|leadership|experts|government|governments|participants)\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// urgedThatRE is the text between "urged" and the subject of what
	// was urged: "urged that (the) Egypt(ians)".
	urgedThatRE = lazyre.New(`^\s+that\s+(?:the\s+)?$`)
	// withObjectRE is the text between a discussion word and "with" and
	// the country: "discussed with the GOE", "raised the HCOC with".
	withObjectRE = lazyre.New(`(?i)^((?:[^,.;:]{0,80}?\s)?)with\s+(?:the\s+)?(?:(?:senior\s+)?(?:officials|representatives|delegations?|counterparts|authorities|experts)\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// compoundUSRE ends with "U.S.-" before a country: "U.S.-Ukraine talks".
	compoundUSRE = lazyre.New(`(?:U\.S\.|US|American)-$`)
)

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
	passing   bool // a meeting named in passing (heldMeetings): it neither dates the exchanges after it nor takes their date (dateUndated)
}

// clauseFacts finds the action of one clause and the countries it concerns,
// from found, the matches of each trigger in it (triggerMatches).
// fallback is the country the surrounding section is about ("" when none)
// and explicit says whether a heading names it. prevActor is the actor of
// the sentence's previous clause, which a clause without a subject of its
// own continues; clauseFacts returns this clause's actor for the next.
func (x *cableContext) clauseFacts(si int, clause string, found [][][]int, ms []mention, fallback string, explicit bool, dates []period, per period, prevActor int) ([]fact, int) {
	c := &clauseContext{text: clause, ms: ms, cs: candidates(clause, ms), front: subjectStart(clause),
		fallback: fallback, explicit: explicit, prevActor: prevActor, shared: x.sharedSubj, sentence: x.sents[si].text, off: x.clauseOff, per: per}
	clauseActor := x.mainActor(c.sentence, c.off, clause, c.front, c.cs, prevActor)
	for ti, t := range triggers {
		for _, loc := range found[ti] { // none for a trigger whose first words the clause lacks
			group, action := x.actionGroup(c, t, loc)
			if group == nil {
				continue
			}
			if fs := x.buildFacts(si, clause, ms, group, action, t, loc, dates, per); fs != nil {
				return x.namedAid(si, c, per, fs), clauseActor
			}
		}
	}
	return x.namedAid(si, c, per, nil), clauseActor
}

// namedAid adds to a clause's facts the help it names without a verb of
// giving: in passing (reducedAid) or by a noun (usHelp).
func (x *cableContext) namedAid(si int, c *clauseContext, per period, fs []fact) []fact {
	fs = append(fs, x.reducedAid(si, c.text, c.cs, c.ms, c.front, c.fallback, c.explicit, per, fs)...)
	return append(fs, x.usHelp(si, c, per, fs)...)
}

// clauseContext is what clauseFacts knows of the clause it reads.
type clauseContext struct {
	text      string
	ms        []mention
	cs        []candidate // the countries it names, as candidates
	front     int         // where its subject starts, after a fronted phrase (subjectStart)
	fallback  string      // the country the section is about, "" when none
	explicit  bool        // a heading names fallback
	prevActor int         // the actor of the sentence's previous clause
	shared    []candidate // the country subject of the previous clause, when this one has none
	sentence  string      // the clause's sentence, for the quotation the clause may stand in
	off       int         // where the clause starts in it
	per       period      // when the clause's action took place, as its dates say (choosePeriod)
}

// triggerMatch is one match of a trigger in a clause, read for who acts.
type triggerMatch struct {
	t       trigger
	loc     []int  // the trigger's words
	subj    int    // where the subject before it starts
	actor   int    // who acts: actorUS, actorForeign, ...
	first   string // the trigger's first word
	passive bool
}

// actorAt reads the actor of the subject in the clause's text [from, to),
// at most maxLead bytes before the verb at to.
func (x *cableContext) actorAt(c *clauseContext, from, to int) int {
	if to-from > maxLead {
		from = to - maxLead // the subject stands near its verb
	}
	lead, k := afterSubordinator(c.text[from:to])
	if m := innerFrontRE.FindStringIndex(lead); m != nil && k > 0 {
		lead, k = lead[m[1]:], k+m[1] // "that, on the margins of the Washington Forum, he pressed"
	}
	sp := subjectPart(lead)
	if bareLead(sp) && k == 0 {
		return c.prevActor // "..., and provided technical assistance"
	}
	if quotedFirstPerson(c.sentence, c.off+from+k, sp) {
		return actorUnknown // "\"We told them we do not want another Cyprus,\" he explained"
	}
	return actorOf(sp, c.cs, from+k, x.people)
}

// actionGroup reads the trigger t matched at loc in the clause: the
// countries its action concerns, by the trigger's role, and the action,
// which the clause may change ("hosted Taiwan for talks" is a
// discussion). It returns a nil group when the match states no action.
func (x *cableContext) actionGroup(c *clauseContext, t trigger, loc []int) ([]candidate, string) {
	clause := c.text
	if loc[0] > 0 && clause[loc[0]-1] == '-' {
		return nil, "" // "EXBS-sponsored", "co-hosted" used as a modifier
	}
	subj, relative := c.front, false
	if t.role == roleSubject && t.re != hostedByRE {
		// "the summit Brazil was hosting": the subject of a relative
		// clause whose object is the event before it
		if k, e := relativeObject(c.sentence[:c.off], clause, loc); e != "" && k >= c.off {
			subj, relative = k-c.off, true
		}
	}
	if loc[0] < subj && t.role != roleListed && t.re != hostedByRE {
		return nil, "" // inside a fronted phrase: "In our discussions with the GOB, we can"; not "The workshop, hosted by Kenya, ended"
	}
	subj = min(subj, loc[0]) // "Participants: Chile, Peru" is a label and a list
	lead := clause[max(subj, loc[0]-maxLead):loc[0]]
	if irrealis(lead) && !x.heldApart(c, t, loc) || nounModalRE.MatchString(clause[loc[1]:]) || gerundAfterPrep(clause, loc) {
		return nil, "" // "will attend", "recommends that EXBS continue to support", "to host", "dialogue can", "concerns about providing"
	}
	if w := clause[loc[0]:loc[1]]; t.action == Hosted && len(w) > 3 && strings.EqualFold(w[len(w)-3:], "ing") && hostingPlanRE.MatchString(lead) {
		return nil, "" // "Brazil is hosting the summit next week", "the possibility of the UK hosting another workshop"
	}
	m := &triggerMatch{t: t, loc: loc, subj: subj, actor: x.actorAt(c, subj, loc[0])}
	before, _ := window(clause, loc[0], 40)
	m.first = clause[loc[0]:loc[1]]
	if i := strings.IndexByte(m.first, ' '); i >= 0 {
		m.first = m.first[:i]
	}
	m.passive = passiveRE.MatchString(before) && !strings.HasSuffix(m.first, "ing") // not "is urging"
	if chairs(m.first) && hasPrefixFold(clause[loc[1]:], " by") {
		return nil, "" // "the US-Spain Foundation chaired by": a body's chair, not a gathering's
	}
	if loc[0] == subj && strings.EqualFold(m.first, "attended") && hasPrefixFold(clause[loc[1]:], " by") {
		m.passive = true // "..., attended by officials from Iraq and Yemen"
	}
	action := t.action
	var group []candidate
	ok := true
	switch t.role {
	case roleListed:
		group, ok = c.listedGroup(m)
	case roleSubject:
		group, action, ok = c.subjectRoleGroup(m)
	case roleObject:
		group, ok = c.objectRoleGroup(m)
	case roleEither:
		group, ok = c.eitherRoleGroup(m)
	}
	if !ok {
		return nil, ""
	}
	switch {
	case group == nil && relative:
		if m.actor != actorUS && otherSideRE.MatchString(clause[subj:loc[0]]) && x.home != "" && c.fallback == x.home && len(countriesIn(c.ms, subj, loc[0], nil)) == 0 {
			group = []candidate{{iso: x.home, mention: mention{start: subj, end: subj}}} // "a farewell event FM Diop hosted": the hosts' official
		}
	case group == nil && c.fallback != "" && t.role != roleListed && !namesCountry(clause, c.ms, c.fallback):
		group = x.fallbackGroup(c, m)
	}
	if group != nil && isExchange(action) && t.role != roleSubject {
		if group = withoutPrivateParties(clause, group); len(group) == 0 {
			return nil, "" // "met with Senegal's Chief Rabbi", "with Turkish businessmen who deal with Iran"
		}
	}
	if group != nil && t.action == Urged && callOnRE.MatchString(m.first) && !urgesTo(clause[max(loc[1], group[len(group)-1].end):]) {
		action = Discussed // "called on Interior Minister X to discuss": a visit
	}
	if group != nil && t.action == Assisted && !aidGiven(clause, loc, group) && !x.agencyWork(clause, m) {
		group = nil // "provide a copy to the French POC", "provided background materials"
	}
	if group != nil && t.action == Assisted && givenTraining(clause[loc[1]:]) {
		action = Trained // "provided training to 30 Ghanaian police investigators"
	}
	return group, action
}

// withoutPrivateParties returns group without the candidates that name a
// private party of their country, not its government ("Senegal's Chief
// Rabbi", "Turkish businessmen"); a copy when any is left out, so the
// clause's candidates stay for later triggers.
func withoutPrivateParties(clause string, group []candidate) []candidate {
	private := func(cd candidate) bool { return privateParty(headOf(clause[cd.end:], 60)) }
	k := slices.IndexFunc(group, private)
	if k < 0 {
		return group
	}
	kept := slices.Clone(group[:k])
	for _, cd := range group[k+1:] {
		if !private(cd) {
			kept = append(kept, cd)
		}
	}
	return kept
}

// heldApart reports whether a participle of holding after an event's name
// states the hosting whatever the mood of the clause around it: the event
// is named as what something comes from or follows ("asked the PM about
// the proposals from the fisheries symposium hosted by Deputy Prime
// Minister Ndiaye in early March", "progress will be reviewed since the 3rd
// West African Fisheries Ministerial hosted by Accra in 2008"), so it was
// held; not the object of a plan ("will attend the conference hosted by
// Mali").
// The words from the event's name on must state no plan, and the clause
// must date the event before the cable.
func (x *cableContext) heldApart(c *clauseContext, t trigger, loc []int) bool {
	if t.re != hostedByRE || !c.per.valid() || c.per.from.After(x.date) {
		return false
	}
	st := eventBefore(c.text, loc[0])
	return st >= 0 && heldFrameRE.MatchString(c.text[:st]) && !irrealis(c.text[st:loc[0]]) && !plannedRE.MatchString(c.text[st:loc[0]])
}

// heldFrameRE ends the words before an event's name that make it a thing
// past: what comes from it or follows it ("the proposals from the", "since
// the", "the results of the").
var heldFrameRE = mustWordRE(`(?i)\b(?:from|since|after|following|results\s+of|outcomes?\s+of|conclusions\s+of)\s+(?:the\s+|an?\s+)?$`)

// aidAgencyRE names a US agency or programme whose work is help: "USAID",
// "the Department's Port Security Engagement Program".
var aidAgencyRE = mustWordRE(`\b(?:` + usAidAgencies + `|Peace Corps|(?:[A-Z][a-z]+\s+){1,3}(?:Assistance|Engagement|Reduction|Development)\s+(?:Program|Programme|Office))\b`)

// homeBodyRE is a body of the government of the country a cable is
// about, that a US agency works with: "the Ministry of Education", "the
// Education Ministry", "the government".
var homeBodyRE = lazyre.New(`^\s+(?:the\s+)?(?:(?i:host\s+)?(?i:government|authorities)\b|(?:[A-Z][a-z]+\s+){0,3}(?:Ministry|Ministries|Government|Directorate|Agency|Commission|Council|Authority|Police|Customs|Court|Parliament|MFA|MOFA|MOD|MOH|MOE|MOI|MOJ)\b)`)

// agencyWork reports whether the trigger m is working with another side
// done by a US agency or programme whose work is help (aidAgencyRE, or
// the acronym the cable defined for one): "USAID has been working closely
// with the Ministry of Health", "PSEP has begun to work with". Its work
// is assistance whatever the help is called.
func (x *cableContext) agencyWork(clause string, m *triggerMatch) bool {
	if !strings.HasPrefix(strings.ToLower(m.first), "work") {
		return false
	}
	subject := clause[m.subj:m.loc[0]]
	if relativeRE.MatchString(subject) {
		return false // "USAID officers who have worked with the Minister": not the agency's work
	}
	return aidAgencyRE.MatchString(subject) || x.acr.definedIn(subject, aidAgencyRE) != ""
}

// givenTrainingRE follows a verb of giving whose object may be training:
// "provided training to", "delivered a two-week course for", "provided
// biosafety training to"; group 1 holds the words before the noun, which
// givenTraining checks.
var givenTrainingRE = lazyre.New(`^\s+((?:[\w-]+\s+){0,5}?)(?:training|trainings|courses?|instruction)\b`)

// givenTraining reports whether the object of a verb of giving, the text
// after it, is training: the noun with only its modifiers before it, not
// "equipment for training" nor "funds and training", and no other help
// listed after it.
func givenTraining(after string) bool {
	loc := givenTrainingRE.FindStringSubmatchIndex(after)
	if loc == nil {
		return false
	}
	if rest := strings.TrimLeft(after[loc[1]:], " "); strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "and ") {
		return false // "providing significant training, equipment, and infrastructure": help of several kinds
	}
	m := []string{"", after[loc[2]:loc[3]]}
	for _, w := range strings.Fields(m[1]) {
		switch strings.ToLower(w) {
		case "for", "to", "and", "or", "with", "in", "on", "at", "by", "from", "that", "which", "equipment", "funds", "funding", "support":
			return false
		}
	}
	return true
}

// listedGroup is the list of countries after a trigger that lists
// participants ("Participants included Chile, Peru"). It returns false
// when the clause says no action took place.
func (c *clauseContext) listedGroup(m *triggerMatch) ([]candidate, bool) {
	clause, loc := c.text, m.loc
	if irrealis(clause[loc[0]:loc[1]]) {
		return nil, false // "participants will include"
	}
	if g := groupAfter(clause, c.cs, loc[1], false); g != nil && (directObjectRE.MatchString(strings.TrimPrefix(clause[loc[1]:g[0].start], ":")) ||
		listedPersonRE.MatchString(clause[loc[1]:g[0].start])) {
		return g, true // "Participants included: Chile, Peru", "present were Presidents Museveni of Uganda, Kagame of"
	}
	return nil, true
}

// traineeNouns are the people a course is given to, named by trade
// (traineesRE) or before their country's institution (recipientRE): "to
// 32 investigators of the Indonesian National Police".
const traineeNouns = `officers|officials|investigators|prosecutors|judges|inspectors|agents|personnel|members|staff|soldiers|troops|cadets|students|pilots|analysts|examiners|guards|police|policemen|commanders|employees|specialists|experts|instructors|participants|trainees`

// listedPersonRE opens a list of participants with a person named by
// title and name before the country: "Presidents Museveni of".
var listedPersonRE = lazyre.New(`^\s*:?\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}of\s+(?:the\s+)?$`)

// subjectRoleGroup is the subject of a trigger whose subject acts ("Chile
// attended"), with the action, which hosting a country for talks turns
// into a discussion. It returns false when the match states no action.
func (c *clauseContext) subjectRoleGroup(m *triggerMatch) ([]candidate, string, bool) {
	clause, loc, t := c.text, m.loc, m.t
	if t.re == hostedByRE {
		g := c.hostGroup(m)
		return g, t.action, g != nil // no section's country stands in for a host not named
	}
	if t.action == Hosted && (m.passive || hasPrefixFold(clause[loc[1]:], " by")) {
		return nil, t.action, false // a host named in passing
	}
	if m.passive && t.action == Attended && hasPrefixFold(clause[loc[1]:], " by") {
		return groupAfter(clause, c.cs, loc[1], false), t.action, true // "was attended by X"
	}
	action := t.action
	group := subjectGroup(clause, c.cs, m.subj, loc[0])
	if group == nil && m.subj == loc[0] && c.shared != nil && t.action != Hosted {
		group = c.shared // "Argentina cooperated ... and regularly participated in U.S.-sponsored training"
	}
	if group == nil && t.action == Attended && !m.passive && attendeeNounRE.MatchString(clause[m.subj:loc[0]]) {
		// "Representatives attended from Mexico, Guatemala and Panama",
		// "Five delegations attended including India"
		if n := attendeesFromRE.FindStringIndex(clause[loc[1]:]); n != nil {
			if g := groupAfter(clause, c.cs, loc[1]+n[1], false); g != nil && g[0].start == loc[1]+n[1] {
				group = g
			}
		}
	}
	if group == nil && t.action == Hosted && !m.passive && m.actor != actorUS {
		group = cityHost(clause, loc) // "Dakar also hosted the First Annual West African Fisheries Ministerial"
	}
	if group == nil && t.action == Hosted && m.actor == actorUS {
		// "the United States hosted Taiwan for talks"
		if g := groupAfter(clause, c.cs, loc[1], false); g != nil && wordsBetween(clause, loc[1], g[0].start) <= 3 {
			group, action = g, Discussed
		} else if k := hostedGuestRE.FindStringIndex(clause[loc[1]:]); g == nil && c.fallback != "" && k != nil && hostsGuest(clause[loc[1]:loc[1]+k[1]]) {
			// "Ambassador Smith hosted Foreign Minister Gadio for lunch"
			group, action = []candidate{{iso: c.fallback, mention: mention{start: loc[1], end: loc[1]}}}, Discussed
		}
	}
	if group == nil && m.actor == actorUS && hasPrefixFold(clause[loc[0]:], "sent ") {
		if g := groupAfter(clause, c.cs, loc[0], false); g != nil && g[len(g)-1].end <= loc[1] {
			group = g // "The EXBS program sent four Senegalese officials to": those it sent
		}
	}
	if group == nil && m.actor == actorUS {
		return nil, action, false
	}
	return group, action, true
}

// chairs reports whether a trigger's word is one of chairing a gathering:
// "chaired", "co-chaired", "presided over".
func chairs(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "chaired") || strings.HasPrefix(w, "presided")
}

// hostedGuestRE follows a US official's "hosted" with an official of the
// other side as the guest of a meal or a meeting: " Foreign Minister Gadio
// for lunch", " the MFA's Director for the Americas at a dinner".
var hostedGuestRE = lazyre.New(`^\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}(?:for|at|to)\s+(?:an?\s+)?(?:(?:working|private|informal|farewell)\s+)?(?:lunch|luncheon|dinner|breakfast|coffee|iftar|meeting|talks)\b`)

// hostsGuest reports whether the guest of a US official's meal or meeting
// (hostedGuestRE) is an official of the other side: "Foreign Minister
// Gadio", "MFA Secretary General Diallo", not "Senator Kerry" or "the
// Deputy Secretary".
func hostsGuest(guest string) bool {
	return otherSideRE.MatchString(guest) && (foreignTitleRE.MatchString(guest) || !usActorRE.MatchString(guest))
}

// hostGroup is the host named after an event and "hosted by",
// "sponsored by", "organized by": the country, or a body of the country,
// right after "by" ("by the Embassy of Sweden", "by Costa Rica's
// national oil refinery"), when an event's noun ends the words before.
func (c *clauseContext) hostGroup(m *triggerMatch) []candidate {
	clause, loc := c.text, m.loc
	if eventBefore(clause, loc[0]) < 0 {
		return nil
	}
	g := groupAfter(clause, withHosts(clause, c.ms), loc[1], false)
	if g != nil && (len(g) > 2 || wordsBetween(clause, loc[1], g[0].start) > 3 || !hostLeadRE.MatchString(clause[loc[1]:g[0].start])) {
		g = nil // a country further on is not the host: "organized by the National Anti-Fraud Office (OFNAC), showed that Mali"
	}
	if g == nil {
		if iso := capitalAfter(clause[loc[1]:]); iso != "" {
			// "the 3rd ECOWAS Ministerial Conference hosted by Bamako": the
			// capital stands for its government
			return []candidate{{mention: mention{start: loc[1], end: loc[1], isos: []string{iso}}, iso: iso}}
		}
	}
	if g == nil && c.fallback != "" && hostOfficialAfter(clause[loc[1]:]) {
		// "talks hosted by President Arias", "the oil symposium hosted by
		// Deputy Prime Minister Barham Saleh": an official named without
		// a country is of the section's
		return []candidate{{mention: mention{start: loc[1], end: loc[1], isos: []string{c.fallback}}, iso: c.fallback}}
	}
	return g
}

// cityHostRE is a city's name of one to three words that hosted, right
// before the verb ("Dakar also hosted", "Thies, which hosted"), not
// after a capitalised word, which makes it part of a title or a body's
// name ("Consul Gen Lagos hosted"): group 1 holds the city, "The" of
// "The Hague" included.
var cityHostRE = lazyre.New(`(?:^|[^\w\s.]\s*|\b[a-z]+\s+)((?:The\s+)?[A-Z][a-z]+(?:\s+(?:de\s+)?[A-Z][a-z]+){0,2})(?:\s*,\s*(?:which|that)|\s+(?:also|recently|successfully|previously|once|itself|has|had|has\s+also)){0,2}\s+$`)

// cityHost returns the country of a city of a US post that hosted an
// event, named as the subject of the past "hosted" or "co-hosted" at loc
// ("In the busy port of Dakar, which hosted the Fisheries Commission's
// annual meeting"): the city stands for its country, the venue the
// text says hosted. nil when the words before the verb name no such city.
func cityHost(clause string, loc []int) []candidate {
	if w := strings.ToLower(clause[loc[0]:loc[1]]); w != "hosted" && w != "co-hosted" && w != "cohosted" {
		return nil // "Lagos hosts the secretariat": no event held
	}
	m := cityHostRE.FindStringSubmatchIndex(clause[:loc[0]])
	if m == nil {
		return nil
	}
	iso := loadGazetteer().byPost[stationKey(clause[m[2]:m[3]])]
	if iso == "" || iso == "US" {
		return nil
	}
	return []candidate{{mention: mention{start: m[2], end: m[3], isos: []string{iso}}, iso: iso}}
}

// cityHosted reports whether a sentence has a US post's city as the
// subject of "hosted" (cityHost), where the gazetteer names no country:
// "Accra hosted the ECOWAS summit".
func cityHosted(text string) bool {
	k := strings.Index(text, " hosted ")
	return k > 0 && cityHost(text, []int{k + 1, k + len(" hosted")}) != nil
}

// hostOfficialAfter reports whether the words after "hosted by" open with
// an official or body of a government that names no country: "President
// Arias", "the MFA"; not the US side, nor an organisation's ("Australia
// Group Chair Ian Biggs").
func hostOfficialAfter(after string) bool {
	head := firstWords(after, 4)
	k := otherSideRE.FindStringIndex(head)
	if k == nil {
		k = govBodyRE.FindStringIndex(after) // "the National Anti-Fraud Office"
	}
	return k != nil && !usAny.MatchString(head) && !orgRE.MatchString(head)
}

// govBodyRE opens the words after "hosted by" with an office of a
// government named by its rank, which names no country: "the National
// Anti-Fraud Office (OFNAC)", "the State Fisheries Directorate", "the
// Federal Border Agency".
var govBodyRE = lazyre.New(`^\s*(?:the\s+)?(?:National|State|Federal|Presidential)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Office|Agency|Commission|Commissioner|Council|Directorate|Authority|Secretariat|Committee|Service|Bureau)\b`)

// capitalAfter returns the country whose capital (the city of its
// embassy) the words after "hosted by" name alone, not as the first words
// of a body's name ("by Beijing Normal University"); "" otherwise.
func capitalAfter(after string) string {
	m := capitalAfterRE.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	return loadGazetteer().byCapital[stationKey(m[1])]
}

// capitalAfterRE is a city's name of one to three words after "hosted
// by", and no capitalised word after it.
var capitalAfterRE = lazyre.New(`^\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:[.,;:)]|\s+(?:[a-z]|\d)|$)`)

// hostLeadRE is what may come between "sponsored by" and the host's
// country: "the", "the Embassy of", "the Government of".
var hostLeadRE = lazyre.New(`^\s*(?:the\s+)?(?:(?:Embassy|Government|Governments|Ministry|Kingdom|Republic)\s+of\s+(?:the\s+)?)?$`)

// eventBefore returns where the name of the event that ends right before
// offset at starts ("an anti-trafficking Seminar" of "an anti-trafficking
// Seminar sponsored by"), or -1 when the words before end with no event's
// noun. The event may stand apart, with a comma or a form of "be" and a
// phrase of its topic or place between: "The workshop, hosted by", "The
// IGAD meeting on Somalia was hosted by". eventSpanBefore also returns
// where its name ends.
func eventBefore(clause string, at int) int {
	st, _ := eventSpanBefore(clause, at)
	return st
}

// eventApartRE ends the words between an event's noun and the participle
// that follows it apart: "on Somalia was", "which was", ",".
var eventApartRE = lazyre.New(`(?:\s+(?:on|in|at|for|about)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?(?:,|\s+(?:(?:which|that)\s+)?(?:was|were))?\s*$`)

// eventSpanBefore is the span of eventBefore's event, or -1, -1.
func eventSpanBefore(clause string, at int) (int, int) {
	if k := eventApartRE.FindStringIndex(clause[max(0, at-60):at]); k != nil && k[0] < k[1] {
		if st := eventNameBefore(clause, max(0, at-60)+k[0]); st >= 0 {
			return st, max(0, at-60) + k[0]
		}
	}
	if st := eventNameBefore(clause, at); st >= 0 {
		return st, at
	}
	return -1, -1
}

// notOfEventName reports whether a word before an event's noun is no part
// of its name: a month, a day ("7-8"; not "33rd"), "recent", "late".
func notOfEventName(w string) bool {
	w = strings.Trim(w, `"'`)
	switch strings.ToLower(w) {
	case "recent", "late", "early", "mid", "just-concluded", "upcoming", "last", "next":
		return true
	}
	return monthOf(w) > 0 || w != "" && textmatch.IsDigit(w[0]) && !isOrdinalNumber(w)
}

// eventNameBefore returns where the name of an event whose noun ends
// right at end starts, or -1.
func eventNameBefore(clause string, end int) int {
	words := strings.Fields(clause[max(0, end-80):end])
	if len(words) == 0 || !eventNounRE.MatchString(strings.Trim(words[len(words)-1], ",")) {
		return -1
	}
	start := end
	for k := len(words) - 1; k >= 0 && k >= len(words)-6; k-- {
		w := words[k]
		if determiners[strings.ToLower(w)] || strings.HasSuffix(w, ",") || k < len(words)-1 && notOfEventName(w) {
			break
		}
		start = strings.LastIndex(clause[:start], w)
	}
	if hasLexicalVerb(clause[start:end]) {
		return -1 // "Ministry of Foreign Affairs received TIP training" names no event
	}
	return start
}

// sharedSubject returns the country that is the whole subject of clause
// prev (its mentions ms), when clause cl, the next, opens with its verb and
// so shares it: "Argentina cooperated effectively ... and regularly
// participated in U.S.-sponsored training".
func sharedSubject(prev string, ms []mention, cl string) []candidate {
	if !isVerbWord(firstWord(skipAdverbs(cl))) {
		return nil
	}
	front := subjectStart(prev)
	end := firstVerbAfter(prev, front, len(prev))
	cs := candidates(prev, ms)
	var g []candidate
	for _, c := range cs {
		if c.start >= front && c.end <= end && !c.venue {
			g = append(g, c)
		}
	}
	if len(g) != 1 || g[0].iso == "US" || !speakerSubject(prev[front:end]) {
		return nil
	}
	return g
}

// attendeeNounRE names those who attend for their countries, the subject
// of "Representatives attended from Mexico".
var attendeeNounRE = mustWordRE(`(?i)\b(?:representatives|delegations?|delegates|participants|officials|ministers|experts|officers|attendees|observers|countries|nations)\b`)

// attendeesFromRE opens the countries after a bare "attended": "attended
// from Mexico", "attended including India".
var attendeesFromRE = lazyre.New(`^\s*,?\s*(?:from|including)\s+(?:the\s+)?`)

// agentRE opens the agent of a passive right after its verb: " by", "
// repeatedly by", " on March 3 by", and after the words that may join
// another adjective to it: " by and supportive of".
var agentRE = lazyre.New(`^\s+(?:(?:[a-z]+ly|on\s+[A-Z][a-z]+\s+\d{1,2})\s+)?by\s+(?:and\s+[a-z]+\s+(?:of|with|to)\s+)?`)

// thingAgent reports whether the agent of a passive urging is a thing
// rather than a party that urges: a US side's possession ("by the
// Ambassador's commitment", "by Washington's stance") or words that name
// no one ("by a hard-nosed realpolitik calculus"); not "by the State
// Department", "by the visiting CODEL", "by Minister Diop".
func thingAgent(agent string) bool {
	head := headOf(agent, 40)
	if k := usActorRE.FindStringIndex(head); k != nil {
		return possessive(head[k[1]:])
	}
	words := strings.Fields(head)
	for _, w := range words[:min(4, len(words))] {
		if isCapital(w[0]) {
			return false // a named agent, read as before
		}
	}
	return true
}

// objectRoleGroup is the object of a trigger whose object the United
// States acts on ("urged Botswana", "trained Kazakh officials"), or the
// subject of its passive. It returns false when the match states no
// US outreach.
func (c *clauseContext) objectRoleGroup(m *triggerMatch) ([]candidate, bool) {
	clause, loc, t := c.text, m.loc, m.t
	if m.passive {
		group := subjectGroup(clause, c.cs, m.subj, loc[0]) // "Botswana was urged to"
		if group == nil && !c.explicit || group != nil && !c.explicit && !usActorRE.MatchString(clause[loc[1]:]) {
			return nil, false
		}
		if k := agentRE.FindStringIndex(clause[loc[1]:]); k != nil && thingAgent(clause[loc[1]+k[1]:]) {
			return nil, false // "Lebanon was encouraged by President Obama's commitment": heartened by a thing
		}
		return group, true
	}
	if m.actor != actorUS {
		return nil, false // not US outreach: "Iran had pressed Azerbaijan"
	}
	group := groupAfter(clause, c.cs, loc[1], false)
	switch {
	case group == nil:
	case t.action == Urged || t.action == Informed:
		between := clause[loc[1]:group[0].start]
		if t.action == Urged && urgedThatRE.MatchString(between) && addressee(clause, group[len(group)-1]) {
			break // "urged that Egypt accept the first tranche"
		}
		if !directObjectRE.MatchString(between) || !addressee(clause, group[len(group)-1]) {
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
		if g := groupAfter(clause, c.cs, loc[1], true); g != nil && wordsBetween(clause, loc[1], g[0].start) <= 2 {
			group = g
		}
	}
	return group, true
}

// eitherRoleGroup is who the United States met or talked with, for a
// trigger whose subject or object may be the country. It returns false
// when the match states no such talks.
func (c *clauseContext) eitherRoleGroup(m *triggerMatch) ([]candidate, bool) {
	clause, loc, first := c.text, m.loc, m.first
	if m.actor == actorForeign {
		return nil, false // talks between other countries
	}
	if (first == "met" || first == "meet" || first == "meets" || first == "reviewed") && m.passive ||
		strings.EqualFold(first, "met") && first != "met" {
		return nil, false // "the requirements were met", "the MET team"
	}
	if discussionNounRE.MatchString(strings.ToLower(clause[loc[0]:loc[1]])) && anaphoricLeadRE.MatchString(clause[m.subj:loc[0]]) &&
		!newTalksRE.MatchString(clause[loc[1]:]) {
		return nil, false // "The discussions focused on ...": talks told before
	}
	group, jointly := discussionGroup(clause, c.cs, m.subj, loc)
	if group != nil && m.actor != actorUS && !jointly && !c.explicit {
		group = nil // "he had met with the North Korean Ambassador": who met is not said
	}
	return group, true
}

// fallbackGroup is the section's country, c.fallback, as the one the
// match concerns when the clause names no country, or nil when the
// clause does not let it stand in.
func (x *cableContext) fallbackGroup(c *clauseContext, m *triggerMatch) []candidate {
	clause, loc, t, actor := c.text, m.loc, m.t, m.actor
	explicit := c.explicit
	if namesPerson(firstWords(clause[loc[1]:], 3), x.orgPeople) {
		return nil // "urged Orsini", named before as EULEX's policy chief
	}
	if x.homeFallback {
		// a cable about one country: the United States acting on
		// its government ("the Ambassador urged Deputy Prime
		// Minister X", "met with the Ministry of Trade")
		giving := t.action == Assisted || t.action == Trained
		if actor == actorUS && (giving && homeGift(c.ms, c.fallback, m.first) && homeAidRE.MatchString(clause[loc[1]:]) && !marketRE.MatchString(headOf(clause[loc[1]:], 120)) ||
			t.action == Assisted && x.agencyWork(clause, m) && homeBodyRE.MatchString(clause[loc[1]:]) ||
			t.action == Trained && strings.HasPrefix(strings.ToLower(m.first), "train") && traineesRE.MatchString(clause[loc[1]:]) ||
			!giving && (homeObjectRE.MatchString(clause[loc[1]:]) || t.role == roleEither && homeWithRE.MatchString(clause[loc[1]:]))) {
			return []candidate{{iso: c.fallback, mention: mention{start: loc[1], end: loc[1]}}}
		}
	} else if (actor == actorUS || explicit) &&
		(t.action != Urged && t.action != Informed || explicit && genericObjectRE.MatchString(clause[loc[1]:])) &&
		(explicit || t.role != roleEither || !withSomeoneRE.MatchString(clause[loc[1]:])) {
		return []candidate{{iso: c.fallback, mention: mention{start: loc[1], end: loc[1]}}}
	}
	return nil
}

var (
	// anaphoricLeadRE is a determiner alone before a discussion noun that
	// opens a clause: "The discussions", "These talks".
	anaphoricLeadRE = lazyre.New(`(?i)^\s*(?:the|these|those|this|that|such)\s+$`)
	// newTalksRE follows a discussion noun that states talks of its own:
	// "The meeting with Kenyan officials", "the talks were held".
	newTalksRE = lazyre.New(`(?i)^\s+(?:with|between|among|(?:was|were)\s+held|took place|(?:was|were)\s+conducted)\b`)
)

// innerFrontRE is a phrase fronted inside a subordinate clause.
var innerFrontRE = lazyre.New(`^,?\s*(?:in|on|at|during|after|before|since|from|following|with|under|despite)\b[^,;]*,\s*`)

// maxLead bounds the text before a trigger that is read for its subject
// and mood, so that a long run-on sentence costs no more than short ones.
const maxLead = 200

// mainActor returns who acts in a clause as a whole: the subject before
// its first verb ("We are concerned that Iran ..." is ours, unless it
// stands in a quotation of its sentence, sent, where the clause starts at
// off), or the actor of the clause before when it has none of its own.
func (x *cableContext) mainActor(sent string, off int, clause string, front int, cs []candidate, prevActor int) int {
	end := min(len(clause), front+maxLead)
	sp := subjectPart(clause[front:end])
	if bareLead(sp) {
		return prevActor
	}
	if quotedFirstPerson(sent, off+front, sp) {
		return actorUnknown
	}
	return actorOf(sp, cs, front, x.people)
}

// quotedFirstPerson reports whether a subject, at offset at of text, is
// the first person inside a quotation: the one quoted speaks, not the
// cable's author.
func quotedFirstPerson(text string, at int, subject string) bool {
	first, _, _ := strings.Cut(trimAdverbs(strings.TrimLeft(subject, "\"“‘' ")), " ") // "We have requested"
	return (first == "I" || first == "We" || first == "we") && inQuote(text, at+1)
}

var (
	// nounModalRE follows a discussion noun that is the subject of a
	// wish: "U.S.-Egyptian dialogue can strengthen".
	nounModalRE = lazyre.New(`^\s+(?:can|could|will|would|should|may|might|must|(?:is|are|was|were)\s+(?:un)?likely)\b`)
	// recipientRE ends the text between a verb of giving and the country
	// that receives: "provided equipment to", "a workshop for", "taught a
	// course to 32 investigators of the".
	recipientRE = mustWordRE(`(?i)\b(?:to|for|with)\s+(?:the\s+)?$|\b(?:to|for)\s+(?:(?:some|about|over|more than|nearly)\s+)?\d+\s+$|\b(?:to|for)\s+(?:(?:some|about|over|more than|nearly)\s+)?(?:\d+\s+|[a-z]+\s+)?(?:[a-z-]+\s+){0,2}?(?:` + traineeNouns + `)\s+(?:of|from)\s+(?:the\s+)?$`)
	// genericObjectRE is an object that stands for the section's country:
	// "urged the government to", "briefed officials on".
	genericObjectRE = lazyre.New(`^\s+(?:(?i:the\s+)?(?i:host\s+)?(?i:government|officials|authorities|counterparts|them|it)\b|(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Minister|Ministry|President|Vice President|Premier|Secretary|Director|Chief|Commissioner|Governor|Chairman|Speaker|Cabinet|Parliament|MFA|MOFA|MOD)\b)`)
	// homeObjectRE is the government of the country a cable is about as
	// the one acted on: "urged Deputy Prime Minister X", "officials of
	// the Ministry of Trade".
	homeObjectRE = lazyre.New(`^` + homeObject)
	// homeAidRE is help given to a body of the country a cable is about:
	// "provided the Royal Malaysian Customs with two radiation isotope
	// identifiers".
	homeAidRE = lazyre.New(`(?i)^\s+(?:[\w/'.,-]+\s+){0,12}?(?:equipment|assistance|training|funding|funds|grants?|vehicles|vans|boats|detectors|identifiers|systems|devices|monitors|scanners|x-ray|radios|computers|software|kits|expertise|courses?|workshops?|support|supplies|medicines?|vaccines?|aircraft|helicopters|trucks|ambulances|generators|donations?|uniforms|vests|helmets|goggles|radio|books|infrastructure|network|million|billion|dollars|USD|food|water|meals|tents|blankets|relief|armor|system)\b`)
	// marketRE names a market, whose size in dollars is no help given:
	// "providing U.S. firms access to an estimated USD 150 billion market".
	marketRE = mustWordRE(`\bmarkets?\b`)
	// traineesRE is whom a course trains, named by trade: "trained 14
	// Coast Guard officers".
	traineesRE = lazyre.New(`^\s+(?:(?:some|about|over|more than|nearly)\s+)?(?:\d+\s+|[a-z]+-?[a-z]*\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+){0,2}(?:` + traineeNouns + `)\b`)
	// homeWithRE is talks with that government: "met with the Ministry of
	// Industry and Trade", "met separately with Deputy Prime Minister X".
	homeWithRE = lazyre.New(`^\s+(?:[a-z]+ly\s+)?(?:(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+)\s+)?with` + homeObject)
	// addresseeNounRE follows a demonym that names who was urged or
	// briefed: "Tunisian officials", "the Chilean government".
	addresseeNounRE = lazyre.New(`^\s*(?:[A-Z]|(?:officials?|government|authorities|counterparts|delegations?|delegates|representatives|leaders|leadership|ministers?|diplomats|experts|officers|side|interlocutors|team|partners|military|navy|army|people|companies|firms|industry|observers?|participants?|customs|border|police|licensing|embassy|envoys?|hosts?|colleagues|agenc(?:y|ies)|ministr(?:y|ies)|regulators?|interlocutor|chair|prosecutors|judges|police|investigators|students|cadets|trainees|soldiers|troops|pilots|analysts|inspectors|agents|guards|personnel|staff|specialists|technicians|instructors)\b)`)
)

// callOnRE is a verb of urging that is also one of visiting: "called on".
var callOnRE = lazyre.New(`(?i)^(?:called|calling|calls|call)$`)

// urgesTo reports whether the text after "called on X" says what X should
// do ("to ratify"), not why one called ("to discuss", "to present"):
// callPurpose's reading, which the exchange reader's callVisit shares.
func urgesTo(after string) bool {
	_, visit, found := callPurpose(after)
	return found && !visit
}

// homeObject is the pattern of homeObjectRE.
const homeObject = `\s+(?:(?i:the\s+)?(?i:host\s+)?(?i:government|authorities|counterparts)\b|(?i:(?:senior\s+)?officials\s+(?:of|from)\s+the)\s+[A-Z]|(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Minister|Ministry|President|Vice President|Premier|Secretary General|Secretary of State|Director General|Attorney General|Prosecutor General|Security Advisor|Chief of Staff|Governor|Mayor|Speaker|Cabinet|Parliament|MFA|MOFA|MOD)\b)`

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

// prepBeforeGerundRE ends the words before a form in -ing with a
// preposition, which makes it a gerund: "concerns about providing" names
// an action without stating it (gerundAfterPrep); "had the pleasure of
// meeting" is a verb, though a determiner comes before (the exchange
// reader's clause).
var prepBeforeGerundRE = mustWordRE(`(?i)\b(?:about|of|for|on|against|from|without|before|after|in|at|toward|towards|regarding)\s+$`)

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
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
		if part != "" && !slices.Contains(out, part) {
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

// skipAdverbs returns s after the adverbs that open it: "also", "then",
// "later", "again", words in -ly ("regularly participated").
func skipAdverbs(s string) string {
	for {
		w := firstWord(s)
		if w == "" || !isAdverb(w) {
			return s
		}
		s = strings.TrimLeft(strings.TrimSpace(s)[len(w):], " ")
	}
}

// trimAdverbs returns s without the adverbs that end it: "I" of "I
// strongly", "We" of "We also", "Gadio" of "Gadio last" (met),
// "He" of "He most recently".
func trimAdverbs(s string) string {
	for {
		s = strings.TrimRight(s, " ")
		k := strings.LastIndexByte(s, ' ')
		if k < 0 || !isAdverb(s[k+1:]) && !timesBeforeVerb[s[k+1:]] {
			return s
		}
		s = s[:k]
	}
}

// timesBeforeVerb are the adverbs of which time it was that stand between
// a subject and its verb, which isAdverb does not take, since before a
// noun they are no adverbs ("last week", "first round"): "Moratinos last
// met", "Charge first met", "most recently".
var timesBeforeVerb = map[string]bool{"last": true, "first": true, "once": true, "most": true}

// isAdverb reports whether a word is an adverb that may stand between a
// subject and its verb: "also", "then", "later", "again", words in -ly.
func isAdverb(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ly") || lw == "also" || lw == "then" || lw == "later" || lw == "again"
}

// homeGift reports whether a verb of giving gives to the country a cable
// is about: the clause names it and no other but the United States
// ("provided the Royal Malaysian Customs with"), or names none and the verb
// states a gift made ("we provided helmets"), not help in general ("we
// have been working to develop") nor a wish ("urged that the USG provide").
func homeGift(ms []mention, iso, verb string) bool {
	found := false
	for _, m := range ms {
		switch {
		case len(m.isos) == 1 && m.isos[0] == iso:
			found = true
		case len(m.isos) != 1 || m.isos[0] != "US":
			return false
		}
	}
	return found || giftMadeRE.MatchString(verb)
}

// giftMadeRE is a verb of giving that states a gift made.
var giftMadeRE = lazyre.New(`^(?i:provided|provides|providing|supplied|donated|delivered|installed|equipped|handed|turned|gave|paid)$`)

package extract

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// The reader of exchanges: the facts of meeting, demarche and briefing
// reports, the commonest shape of real reporting, which the trigger rules
// (activity.go) were not written for. Measured on the gold set
// (testdata/gold), they state most facts in two shapes:
//
//   - the US side acts on the other: "Poloff met with Thordur Gudjonson,
//     Acting Political Director at the Ministry for Foreign Affairs, on
//     September 6", "Ambassador delivered ref A demarche to ...", "He
//     urged Mexico to ...", "CDA and poloff met May 18 with MFA Director
//     ... to convey reftel demarche";
//   - the other side speaks to the US: "Bono told Charge privately ...",
//     "Iraq's Ambassador in Manama told Ambassador the next day ...",
//     "In a private meeting with Emboff on 2 May, Marcel Biato ...".
//
// The other party's country is the one its words name ("the Brazilian
// Ministry", "HMG counterparts", "officials from Bahrain"); when they name
// none, an official or a person met by an embassy is of the country the
// embassy is in.

// exchange is what one verb of an exchange states.
type exchange struct {
	acts    []string // the actions it gives
	carrier bool     // only with a carrier of a message as object: "delivered ... demarche"
	with    bool     // the party follows "with": "discussed the case with", not "discussed the case"
	topic   bool     // the object is what was said: the party follows "to", or is the one met before
	ask     bool     // urges only when what is asked follows: "asked X to", not "asked if"
	purpose bool     // a base form: only as the purpose of a meeting done ("met X to deliver points")
	noun    bool     // a noun of meeting: only after the US side as the clause's subject
	prog    bool     // a participle: only after a form of "be" ("have been pushing the GOK")
	passive bool     // the other side calls the US side in: after "by" in the passive ("the Charge was convoked by the MFA"), as subject in the active (calledIn)
	usSaid  bool     // only when what was said is of the US side: "said the U.S. strongly supported"
	invite  bool     // urges only by an infinitive that is no visit: "invited the FM to work with us", not "to attend"
	reply   bool     // only with what was said after it: "responded that", not "responded positively"
	toward  bool     // only with the other side as subject and the US side as object: "General Ruiz received Ambassador Aguirre"
}

// calledIn is a verb read only in the passive ("was convoked by") met in
// the active: the other side, its subject, called the US side in.
var calledIn = exchange{acts: []string{Discussed}, toward: true}

// exchangeVerbs returns the verbs of exchanges, by their lower-cased
// form, read from lexicon.tsv when an extraction first needs them (not at
// start: a query does not).
var exchangeVerbs = sync.OnceValue(readLexicon)

// exchangeRE finds the forms of exchangeVerbs; its expression is built
// from lexicon.tsv when first used, not at start.
var exchangeRE = sync.OnceValue(func() *wordRE { return mustWordRE(lexiconRE(lexiconTSV)) })

//go:embed lexicon.tsv
var lexiconTSV string

// readLexicon reads lexicon.tsv into the verbs of exchanges.
func readLexicon() map[string]exchange {
	verbs := map[string]exchange{}
	for _, f := range lexiconRows(lexiconTSV) {
		e := exchange{acts: strings.Split(f[1], ",")}
		for _, need := range strings.Split(f[2], ",") {
			switch need {
			case "with":
				e.with = true
			case "carrier":
				e.carrier = true
			case "topic":
				e.topic = true
			case "ask":
				e.ask = true
			case "purpose":
				e.purpose = true
			case "noun":
				e.noun = true
			case "progressive":
				e.prog = true
			case "passive":
				e.passive = true
			case "usclause":
				e.usSaid = true
			case "invite":
				e.invite = true
			case "reply":
				e.reply = true
			case "toward":
				e.toward = true
			case "-":
			default:
				panic("extract/lexicon.tsv: unknown need " + need)
			}
		}
		form := strings.ToLower(f[0]) // looked up by the lower-cased match
		if _, ok := verbs[form]; ok {
			panic("extract/lexicon.tsv: form listed twice: " + f[0])
		}
		verbs[form] = e
	}
	return verbs
}

// lexiconRows returns the rows of lexicon.tsv: form, actions, needs.
func lexiconRows(tsv string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			panic("extract/lexicon.tsv: want form, actions, needs: " + line)
		}
		rows = append(rows, f)
	}
	return rows
}

// lexiconRE returns the expression that finds the lexicon's forms, the
// longer first, in any case: a list of literals, which wordRE matches
// without regexp.
func lexiconRE(tsv string) string {
	var forms []string
	for _, f := range lexiconRows(tsv) {
		forms = append(forms, f[0])
	}
	slices.SortStableFunc(forms, func(a, b string) int { return len(b) - len(a) })
	for i, f := range forms {
		forms[i] = regexp.QuoteMeta(f)
	}
	return `\b(?i:` + strings.Join(forms, "|") + `)\b`
}

// towardVerbRE are the verbs by which the other side speaks to the US
// side: "Bono told Charge", "Fakhro told Treasury DepSec Kimmitt".
var towardVerbRE = mustWordRE(`^(?:` + tellVerbs + `|advised|met|called on|spoke (?:to|with)|talked (?:to|with)|(?:paid|made) a (?:courtesy )?call on|thanked|asked|urged|pressed|gave|contacted|provided|shared)\b`)

// carrierRE names what a demarche delivers: "reftel demarche", "ref A
// points", "nonpapers", "a letter from the Secretary".
var carrierRE = mustWordRE(`(?i)\b(?:refs?\s+[a-z](?:\s+and\s+[a-z])?\b|demarche|d[eé]marche|points|talking points|non-?papers?|message|letter|instructions|reftel|aide-m[eé]moire|diplomatic note|note verbale|counterproposal|copy|copies|overview|readout|briefing|update|text|texts|forms?|invitations?|requests?|representations)\b`)

// carriedObject reports whether the words after a verb of delivering name
// a message (carrierRE) that is its object, not a source cited: "the
// original list presented in Ref C" delivered nothing.
func carriedObject(head string) bool {
	for _, k := range carrierRE.FindAllStringIndex(head, -1) {
		if !citedInRE.MatchString(head[:k[0]]) {
			return true
		}
	}
	return false
}

// citedInRE ends the words before a reference that is cited, not
// delivered: "in Ref C", "per reftel", "see ref A".
var citedInRE = mustWordRE(`\b(?:in|per|see|under|from|by)\s+$`)

// requestCarrierRE opens a message that is itself a request: "reftel
// request", "the USG request", "our requests".
var requestCarrierRE = mustWordRE(`^\s*(?:(?:reftel|refs?\s+[A-Za-z]|our|the|USG|U\.S\.|Washington's|Department's)\s+)?(?:[a-z]+\s+)?requests?\b`)

// writtenRE names a message sent in writing, which meets no one: "via
// diplomatic note", "by e-mail", "under cover of a diplomatic note".
var writtenRE = mustWordRE(`(?i)\b(?:via|by|through|under cover of|in)\s+(?:an?\s+)?(?:diplomatic\s+note|note\s+verbale|e-?mail|fax|facsimile|letter)s?\b`)

// askingCarrierRE is a message that asks rather than tells: "a demarche
// urging", "delivered ref A demarche to ..., urging Senegal to", "conveyed
// ref A points June 27 requesting".
var askingCarrierRE = mustWordRE(`(?:\b(?:demarche|points|non-?paper|letter|message)\s+(?:(?:on\s+)?[A-Z][a-z]+\s+\d{1,2}\s+)?|,\s+)(?:urging|asking|requesting|calling on|pressing|encouraging|seeking)\b`)

// readExchanges returns the facts of the exchanges a cable reports,
// except those the trigger rules found in the same sentence.
func (x *cableContext) readExchanges(have []fact, home string) []fact {
	type seen struct {
		iso    string
		sent   int
		action string // "" for any
	}
	found := map[seen]bool{} // what the trigger rules read in each sentence
	for _, f := range have {
		found[seen{f.iso, f.sent, ""}] = true
		found[seen{f.iso, f.sent, f.action}] = true
	}
	var out []fact
	lastUS := -1 // the last sentence whose subject was the US side
	var lastParty []string
	lastPara := -1
	// met holds the countries the US side met in the cable's lead, and
	// the post's hosts met anywhere, up to the sentence read (visitedOnly);
	// next is the first fact of have not counted yet (have, as facts
	// gives it, is in sentence order).
	met, next := map[string]bool{}, 0
	var heads []headAt // the heads of the sentence read, reused
	count := func(f fact) {
		if f.action == Discussed && (x.leadPara(f.sent) || f.iso == home) {
			met[f.iso] = true
		}
	}
	for i := range x.sents {
		for ; next < len(have) && have[next].sent < i; next++ {
			count(have[next])
		}
		s := &x.sents[i]
		var has int
		has, heads = readerWordsIn(s.text, heads[:0])
		if has&readsUSSaid != 0 {
			has &^= readsUSSaid
			if usSaidRE().MatchString(s.text) {
				has |= readsExchange // "A/S Jones said the U.S. strongly supported": what the US side holds
			}
		}
		if has == 0 {
			continue // no rule of the reader can apply
		}
		r := exchangeReader{x: x, i: i, home: home, usBefore: lastUS >= 0 && lastUS == i-1,
			usInPara:  lastUS >= 0 && x.sents[lastUS].para == s.para,
			lastParty: lastParty, lastPara: lastPara, visited: visitedOnly(met, home)}
		fs := r.sentence(has, heads)
		lastParty, lastPara = r.lastParty, r.lastPara
		if r.usSubject {
			lastUS = i
		}
		for _, f := range fs {
			if found[seen{f.iso, i, f.action}] || found[seen{f.iso, i, ""}] && f.action != Informed && f.action != Urged {
				continue // the trigger rules read the sentence's facts of the country; they tell a meeting by its other actions
			}
			out = append(out, f)
			count(f)
		}
		if has&readsMeeting == 0 {
			continue
		}
		for _, f := range r.heldMeetings(s.text) {
			if !f.per.valid() && (found[seen{f.iso, i, ""}] || slices.ContainsFunc(fs, func(g fact) bool { return g.iso == f.iso })) {
				continue // undated, the meeting the sentence's verb reads; a dated one is another unless its date is the same
			}
			out = append(out, f)
		}
	}
	dateUndated(out, have, x.leadDate)
	return oneRowPerExchange(have, out)
}

// visitedOnly returns the one country of met when it is not home: a
// cable whose lead reports a meeting of the US side with another
// country's visitor ("Malian Foreign Minister Traore visited the port and
// met with the Ambassador"), and no meeting with the post's hosts, goes
// on with that meeting; "" otherwise.
func visitedOnly(met map[string]bool, home string) string {
	if len(met) != 1 || met[home] {
		return ""
	}
	for iso := range met {
		return iso
	}
	return ""
}

// leadPara reports whether sentence i is in the cable's first two
// paragraphs, where a report names whom it is of.
func (x *cableContext) leadPara(i int) bool {
	return x.sents[i].para <= x.sents[0].para+1
}

// exchangeReader reads one sentence for exchanges.
type exchangeReader struct {
	x         *cableContext
	i         int      // the sentence
	home      string   // the country of the post, "" for none
	usBefore  bool     // the sentence before had the US side as subject in an exchange (a "He" may be its)
	usInPara  bool     // a sentence of the paragraph before had the US side as subject
	explicit  bool     // the last party was read from a country's name (party)
	usSubject bool     // this sentence's subject is the US side
	lastParty []string // the countries of the last exchange the cable reports
	lastPara  int      // the paragraph of lastParty
	visited   string   // the one country the exchanges before met, none of the post's hosts among them (visitedOnly)
	realized  bool     // a verb of meeting with the US side acting came before: "met X to deliver points"
	pronoun   bool     // the subject of the verb being read is a pronoun
	datesFor  struct { // the dates of the clause read last (datesOf)
		cl    string
		off   int
		dates []period
		ok    bool
	}
}

// sentence returns the facts of the exchanges of the sentence, which
// holds the heads of the rules has, at heads (readerWordsIn). A clause is
// read by a rule only from the first of the rule's heads it holds.
func (r *exchangeReader) sentence(has int, heads []headAt) []fact {
	s := &r.x.sents[r.i]
	var out []fact
	if has&(readsExchange|readsAid|readsToward|readsResponse) != 0 {
		offset := 0
		for _, cl := range r.x.clausesOf(r.i) {
			off := strings.Index(s.text[offset:], cl) + offset
			offset = off + len(cl)
			ch := headsOf(s.text, off, len(cl), heads)
			if has&readsExchange != 0 && ch.may(readsExchange|readsUSSaid) {
				out = append(out, r.eachDate(r.clause(ch), cl, off)...)
			}
			if has&readsAid != 0 && ch.may(readsAid) {
				out = append(out, r.readAid(ch)...)
			}
			if has&readsToward != 0 && ch.may(readsToward) {
				out = append(out, r.eachDate(r.toward(ch), cl, off)...)
			}
			if has&readsResponse != 0 && ch.may(readsResponse) {
				out = append(out, r.eachDate(r.response(cl, off), cl, off)...)
			}
		}
	}
	if len(out) == 0 && has&readsMeeting != 0 {
		out = r.meetingWith(s.text)
	}
	if has&readsThanks != 0 {
		out = append(out, r.readThanks(s.text)...)
	}
	return out
}

// The rules of the reader a sentence's words may set off, by the heads of
// their expressions (readerHeads, looked up by readerWordsIn).
const (
	readsExchange = 1 << iota
	readsAid
	readsThanks
	readsMeeting
	readsToward
	readsResponse
	readsUSSaid
)

// readerWordsIn returns the rules whose heads a sentence holds: the rules
// whose first words (readerHeads) it holds; and heads with each such word
// appended, in order.
func readerWordsIn(text string, heads []headAt) (int, []headAt) {
	has, table := 0, readerHeads()
	for i := 0; ; {
		start, end, digits := textmatch.NextRun(text, i) // the words of eachWord
		if start == end {
			return has, heads
		}
		i = end
		if digits {
			continue
		}
		if rules := table.GetASCII(text[start:end]); rules != 0 {
			has |= rules
			heads = append(heads, headAt{at: start, rules: rules})
		}
	}
}

// headAt is a word of a sentence that heads rules of the reader: where it
// starts in the sentence, and the rules (readerHeads).
type headAt struct{ at, rules int }

// clauseHeads are the heads of the reader's rules in a clause of a
// sentence. A match of a rule's expression in the clause begins at a word
// that is one of the rule's heads (readerHeads): the expression's first
// word, all letters, at a `\b`, followed by no letter. So the search
// for it may start at the first such head of the clause, and a clause with
// none has no match; unless a non-ASCII byte ("ſ" matches `(?i)s`) or a
// clause's edge cut through a word of the sentence (the clause's words
// are not the sentence's): then every rule is searched from the start.
type clauseHeads struct {
	cl    string
	off   int      // of the clause in its sentence
	heads []headAt // the sentence's heads within the clause
	all   bool     // the heads do not tell: search the whole clause
}

// headsOf returns the heads of the clause at off in text, n bytes long,
// among heads, the sentence's.
func headsOf(text string, off, n int, heads []headAt) clauseHeads {
	end := off + n
	ch := clauseHeads{cl: text[off:end], off: off}
	ch.all = !textmatch.IsASCII(ch.cl) || n > 0 && (off > 0 && textmatch.IsLetter(text[off-1]) && textmatch.IsLetter(text[off]) ||
		end < len(text) && textmatch.IsLetter(text[end-1]) && textmatch.IsLetter(text[end]))
	i := 0
	for i < len(heads) && heads[i].at < off {
		i++
	}
	j := i
	for j < len(heads) && heads[j].at < end {
		j++
	}
	ch.heads = heads[i:j]
	return ch
}

// from returns where in the clause a match of an expression of rules may
// first begin: at the first of their heads with a `\b` before it; false
// when none may.
func (ch clauseHeads) from(rules int) (int, bool) {
	if ch.all {
		return 0, true
	}
	for _, h := range ch.heads {
		p := h.at - ch.off
		if h.rules&rules != 0 && (p == 0 || !textmatch.IsWordByte(ch.cl[p-1])) {
			return p, true
		}
	}
	return 0, false
}

// may reports whether an expression of rules may match in the clause.
func (ch clauseHeads) may(rules int) bool {
	_, ok := ch.from(rules)
	return ok
}

// findAll is re.FindAllStringIndex(ch.cl, -1) for re, an expression of
// rules: searched from where a match may first begin, whose `\b` is the
// same in the rest of the clause.
func (ch clauseHeads) findAll(re *wordRE, rules int) [][]int {
	p, ok := ch.from(rules)
	if !ok {
		return nil
	}
	locs := re.FindAllStringIndex(ch.cl[p:], -1)
	for _, loc := range locs {
		loc[0], loc[1] = loc[0]+p, loc[1]+p
	}
	return locs
}

// findEach is findAll for re, an expression of rules: tried at each of
// the rules' heads in turn (textmatch.Word.MatchAt), and not between them.
func (ch clauseHeads) findEach(re *wordRE, rules int) [][]int {
	if ch.all {
		return re.FindAllStringIndex(ch.cl, -1)
	}
	var locs [][]int
	from := 0 // where the last match ended
	for _, h := range ch.heads {
		p := h.at - ch.off
		if h.rules&rules == 0 || p < from || p > 0 && textmatch.IsWordByte(ch.cl[p-1]) {
			continue
		}
		if loc := re.MatchAt(ch.cl, p); loc != nil {
			locs = append(locs, loc)
			from = loc[1]
		}
	}
	return locs
}

// find is re.FindStringIndex(ch.cl) for re, an expression of rules.
func (ch clauseHeads) find(re *wordRE, rules int) []int {
	p, ok := ch.from(rules)
	if !ok {
		return nil
	}
	loc := re.FindStringIndex(ch.cl[p:])
	if loc != nil {
		loc[0], loc[1] = loc[0]+p, loc[1]+p
	}
	return loc
}

// readerHeads maps the first word of each alternative of the rules'
// heads (lexicon.tsv, aidVerbWords, thanksWords, meetingNouns) to the
// rules it may set off: a word scan, ten times cheaper than the
// expressions, that lets through every sentence one of them matches
// (TestReaderHeads).
var readerHeads = sync.OnceValue(func() *wordTable[int] {
	t := wordTable[int]{}
	add := func(form string, rule int) {
		w, _, _ := strings.Cut(form, " ")
		if !textmatch.IsLetters(w) {
			panic("extract: a head of the reader's rules is not all letters: " + w) // clauseHeads needs them so
		}
		t.Set(w, t.Get(w)|rule)
	}
	for _, f := range lexiconRows(lexiconTSV) {
		if strings.Contains(f[2], "usclause") {
			add(f[0], readsUSSaid) // read only where usSaidRE finds the US side after it
		} else {
			add(f[0], readsExchange)
		}
	}
	for rule, words := range map[int]string{readsAid: aidVerbWords, readsThanks: thanksWords, readsMeeting: meetingNouns + "|" + remarkNouns, readsToward: towardWords + "|" + towardGiveWords + "|" + towardObjectWords} {
		for _, w := range strings.Split(words, "|") {
			add(w, rule)
		}
	}
	words, ok := firstWordsOf(responseExpr) // "At", "In", "Following", ...
	if !ok {
		panic("extract: responseRE has no first words")
	}
	for _, w := range words {
		add(strings.ToLower(w), readsResponse)
	}
	return &t
})

// clause returns the facts of the exchanges of one clause.
func (r *exchangeReader) clause(ch clauseHeads) []fact {
	cl, off := ch.cl, ch.off
	locs := ch.findEach(exchangeRE(), readsExchange|readsUSSaid)
	if locs == nil {
		return nil
	}
	start := subjectStart(cl)
	var out []fact
	for _, loc := range locs {
		if loc[0] < start {
			continue
		}
		v := verbAt{cl: cl, off: off, loc: loc, e: exchangeVerbs()[strings.ToLower(cl[loc[0]:loc[1]])]}
		if v.e.usSaid && !usClauseRE.MatchString(cl[loc[1]:]) {
			continue // "said that the meeting went well": not the US side's position
		}
		if v.e.reply && !replyClauseRE.MatchString(cl[loc[1]:]) {
			continue // "responded positively", "responded in writing": no message told
		}
		if relativePartyRE.MatchString(cl[:loc[0]]) {
			continue // "All three governments with whom we met see Guinea as": the party is before, not after
		}
		if strings.HasSuffix(cl[loc[0]:loc[1]], "ing") && determinedRE.MatchString(cl[:loc[0]]) && !prepBeforeGerundRE.MatchString(cl[:loc[0]]) && namesNoSides(headOf(cl[loc[1]:], 120)) {
			continue // "to raise two issues in this initial meeting, Mali and Guinea": a noun whose sides are not named
		}
		from := start
		lead := cl[from:loc[0]]
		if k := afterReport(lead); k > 0 {
			from += k // "X will consider ... (reftel), Foreign Office Somalia Unit head Gill Atkinson told Poloff"
			lead = lead[k:]
		}
		subject, _ := afterSubordinator(blankRelatives(lead)) // "Barton, who accompanied McDonald on his visit to the U.S., stressed"
		subjAt := off + from + len(lead) - len(subject)
		if first, ok := coordinatedSubject(lead); ok {
			subject, subjAt = first, off+from // "He spoke of Iran's ties with Venezuela and told the Ambassador"
		} else if first, at, ok := r.sharedSubject(lead, off); ok {
			subject, subjAt = first, at // "UK Prime Minister Gordon Brown arrived August 30 and | met with Ambassador Eikenberry"
		}
		lt := strings.TrimSpace(lead)
		v.purpose = r.realized && (strings.HasSuffix(lt, " to") || lt == "to" || strings.HasSuffix(lt, " and") && purposeAndRE.MatchString(lt))
		if v.e.passive && !passiveRE.MatchString(lead) {
			v.e = calledIn // "the MFA's Ilkin convoked the DCM": the other side called the US side in
		}
		switch {
		case v.e.prog && !progressiveRE.MatchString(lead):
			continue // "pressing domestic priorities", "the Ambassador's urging"
		case v.e.noun && (!opensWithUS(cl[from:]) || irrealis(headOf(cl[loc[1]:], 80))):
			continue // "following discussions she would have very soon with"
		case v.e.purpose && !v.purpose:
			continue // "We encourage India to": an instruction, not a report
		case v.purpose:
			subject = "" // the purpose of a meeting: done with it
		case irrealis(lead) || strings.Contains(lead, "n't"):
			continue // "will urge", "did not meet"
		case passiveRE.MatchString(lead) && !v.e.passive && !strings.HasSuffix(cl[loc[0]:loc[1]], "ing"):
			// "was briefed", not "I've been meeting regularly with"; "FM Diop
			// was told by the Ambassador that": the US side its agent
			out = append(out, r.passiveByUS(v, subject, subjAt)...)
			continue
		}
		out = append(out, r.verbDated(r.sideFacts(v, subject, subjAt), v)...)
	}
	return out
}

// verbDated dates fs, the facts of verb v, by the day that follows the
// verb and its party ("..., Diallo told Pol-Econ Chief on February 7",
// "delivered a demarche to P/E chief on January 22") when the words
// before the verb give another: those date what was told or what the
// exchange answered ("Over 3,000 students marched in Kaolack on February
// 6", "Responding to an interview published on January 14").
func (r *exchangeReader) verbDated(fs []fact, v verbAt) []fact {
	if len(fs) == 0 {
		return fs
	}
	dates := r.datesOf(v.cl[:reportedAt(v.cl, v.loc[1])], v.off)
	if len(dates) < 2 || dates[0].end > v.loc[0] || frontDateRE.MatchString(v.cl[:dates[0].start]) {
		return fs // "On July 1, during the courtesy call, Diallo reiterated what she had told the Ambassador June 12"
	}
	var after period
	for _, p := range dates {
		if p.start >= v.loc[1] && verbDateGap(v.cl[v.loc[1]:p.start]) {
			after = p
			break
		}
	}
	if !after.valid() || after.to.Sub(after.from) > 24*time.Hour {
		return fs
	}
	for i := range fs {
		if fs[i].per.valid() && !fs[i].passing {
			fs[i].per = sinceCable(after, r.x.date)
		}
	}
	return fs
}

// verbDateGap reports whether gap, the words between a verb of exchange
// and a day, lets the day date the verb: its party or what it carried,
// in a few words, then "on" or nothing ("told Pol-Econ Chief on",
// "delivered a demarche to P/E chief on"); not a day that modifies a
// noun ("about the", "his") or that another word takes ("since", "of").
func verbDateGap(gap string) bool {
	words := strings.Fields(gap)
	if n := len(words); n > 0 && words[n-1] == "on" {
		words = words[:n-1]
	}
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(gap, ",;:()") {
		return false
	}
	for _, w := range words {
		if gapStopWords[strings.ToLower(w)] {
			return false
		}
	}
	last := words[len(words)-1]
	return !dayTakers[strings.ToLower(last)] && !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s")
}

// frontDateRE is the words before a day that opens its clause, which
// dates what the clause tells: "On July 1, ".
var frontDateRE = mustWordRE(`^\W*(?:(?:[Oo]n|[Ii]n|[Ee]arly|[Ll]ate|[Ll]ater)\s+)?$`)

// gapStopWords open what was said, what for or its time within an
// object: a day after them is not the verb's ("asked the CDA for
// clarification on the DAS's March 31 remarks").
var gapStopWords = map[string]bool{"that": true, "about": true, "regarding": true, "concerning": true, "since": true,
	"until": true, "because": true, "after": true, "before": true, "during": true, "when": true, "of": true, "for": true,
	"on": true, "with": true, "over": true, "into": true}

// dayTakers are the words that make a day after them part of a noun
// phrase or of another phrase of time: "the February 6 rally", "by".
var dayTakers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "this": true, "these": true, "by": true, "from": true, "for": true, "in": true, "at": true, "through": true,
	"to": true, "and": true, "or": true}

// relativePartyRE ends the words before a verb in a relative clause
// whose party is the one the clause is about: "with whom we", "whom the
// Ambassador".
var relativePartyRE = mustWordRE(`\bwhom\s+(?:[\w.'-]+\s+){1,3}$`)

// determinedRE ends the words before a form in -ing that a determiner
// makes a noun: "in this initial meeting", "at the meeting", "our
// meeting"; not "the Ambassador, meeting with", nor a gerund after a
// preposition (prepBeforeGerundRE): "the pleasure of meeting".
var determinedRE = mustWordRE(`\b(?i:the|a|an|this|that|these|those|its|their|his|her|our|my|each|every|any|another|first|next|last)\s+(?:[a-z][\w-]*\s+){0,2}$`)

// namesNoSides reports whether the words after a noun of meeting name
// none of its sides: no "with", no "between".
func namesNoSides(after string) bool {
	return !withRE.MatchString(after) && !strings.Contains(after, " between ")
}

// passiveByUS returns the facts of a verb of the US side's in the
// passive whose agent is the US side: "FM Diop was told by the Ambassador
// that", "MFA officials were urged by PolOff to". The subject, before the
// form of "be", is the other side; a verb whose party follows "with", or
// that carries a message or a topic, says no more of who was met.
func (r *exchangeReader) passiveByUS(v verbAt, subject string, subjAt int) []fact {
	e := v.e
	if e.with || e.topic || e.carrier || e.toward || e.reply || e.usSaid || e.invite {
		return nil // a noun of meeting needs "with" too; progressives and purposes are read before
	}
	k := agentRE.FindStringIndex(v.cl[v.loc[1]:])
	if k == nil || !startsWithUS(v.cl[v.loc[1]+k[1]:]) || thingAgent(v.cl[v.loc[1]+k[1]:]) {
		return nil // not "encouraged by the Embassy's pledge of help"
	}
	if p := passiveRE.FindStringIndex(subject); p != nil {
		subject = subject[:p[0]]
	}
	if sp, _ := subjectProper(subject, subjAt); sp == "" || startsWithUS(sp) || privateSubject(sp) {
		return nil
	}
	acts := e.acts
	if e.ask {
		acts = calledOn(v.cl[v.loc[1]+k[1]:], acts)
	}
	return r.factsOf(r.subjectCountries(subject, subjAt), acts, v.cl[:reportedAt(v.cl, v.loc[1])], v.off)
}

// sideFacts returns the facts of verb v by who its subject is: the US
// side's exchanges (usActs), or the other side's speaking to the US side.
func (r *exchangeReader) sideFacts(v verbAt, subject string, subjAt int) []fact {
	cl, loc, off := v.cl, v.loc, v.off
	var out []fact
	var before exchangeReader // what the reader knew before side(), kept for a verb toward the US side
	if v.e.toward {
		before = *r
	}
	if others, ok := r.jointSubject(subject, subjAt); ok {
		// "Foreign Minister Saud and the Ambassador discussed Iran": the US
		// side among the subject met the others; with a party after
		// "with", it met that party ("X, Y and Counselor McGehee met with")
		if v.e.toward {
			return nil // "FM Diop and the Ambassador received the delegation": the US side received, as side() reads it alone
		}
		r.usSubject, r.pronoun = true, false
		if fs := r.usActs(v); len(fs) > 0 || len(others) == 0 || !slices.Equal(v.e.acts, []string{Discussed}) || v.e.passive {
			return fs
		}
		return r.discussedBy(others, v)
	}
	switch r.side(subject, subjAt, v.purpose) {
	case actorUS:
		if v.e.toward {
			*r = before // "Embassy has received two GOA approaches": no exchange read
			return nil
		}
		out = append(out, r.usActs(v)...)
	case actorUnknown:
		if r.pronoun && pronounTowardRE.MatchString(cl[loc[0]:]) && r.spokenToUS(cl[loc[1]:], off+loc[1]) {
			// "He told Poloff October 30 that": the official the sentence before named
			out = r.discussedBy(r.pronounCountries(subjAt), v)
		} else if r.pronoun && r.usInPara && !v.e.topic && !v.purpose && !v.e.toward {
			// "He urged Mexico to ...": a pronoun of the paragraph's US
			// official, when the one urged is named by its country
			saved := *r
			if fs := r.usActs(v); r.explicit {
				out = append(out, fs...)
			} else {
				*r = saved // nothing read: what the reader knows stays
			}
		}
	case actorForeign:
		if v.e.toward && strings.HasPrefix(strings.TrimLeft(cl[loc[1]:], " "), "by ") {
			return nil // "the Security Policy Seminar hosted by the Embassy": a participle, the US side its agent
		}
		if (v.e.toward || towardVerbRE.MatchString(cl[loc[0]:])) && !privateSubject(subject) && r.spokenToUS(cl[loc[1]:], off+loc[1]) {
			out = r.discussedBy(r.subjectCountries(subject, subjAt), v)
		}
	}
	return out
}

// discussedBy returns a Discussed fact of verb v for each of isos.
func (r *exchangeReader) discussedBy(isos []string, v verbAt) []fact {
	return r.factsOf(isos, []string{Discussed}, v.cl[:reportedAt(v.cl, v.loc[1])], v.off)
}

// factsOf returns a fact of each action for each of isos, told by text,
// which starts at off in the sentence.
func (r *exchangeReader) factsOf(isos, acts []string, text string, off int) []fact {
	var out []fact
	for _, iso := range isos {
		for _, a := range acts {
			out = append(out, r.fact(iso, a, text, off))
		}
	}
	return out
}

// jointSubject returns the countries of the other parties in a subject
// that joins US officials to each other or to officials of another side
// by commas and "and" ("Foreign Minister Saud and the Ambassador"; "The
// Ambassador and Lunstead"), and whether it is such a subject.
func (r *exchangeReader) jointSubject(subject string, at int) ([]string, bool) {
	subject = strings.TrimRight(subject, " ")
	if !strings.Contains(subject, " and ") || strings.ContainsAny(subject, ";:()") || hasVerb(subject) || len(strings.Fields(subject)) > 24 {
		return nil, false
	}
	var isos []string
	us := 0
	for _, p := range subjectMembers(subject) {
		part := subject[p[0]:p[1]]
		if r.usOfficial(part) && !r.namesForeign(at+p[0], at+p[1]) {
			us++
			continue
		}
		if !namePhrase(part) || privateParty(part) {
			return nil, false // "after the main Haiti discussion, Abdenur"; "The recent BMD exercise involving U.S. ships"
		}
		found := countriesIn(r.x.sents[r.i].mentions, at+p[0], at+p[1], r.notAside)
		if len(found) == 0 && r.home != "" && foreignTitleRE.MatchString(part) {
			found = []string{r.home} // "Foreign Minister Saud": the post's hosts
		}
		if len(found) == 0 || slices.Contains(found, "US") {
			return nil, false
		}
		isos = append(isos, found...)
	}
	return isos, us > 0
}

// subjectMembers returns the spans of the members of a subject joined by
// commas and "and": "A, B, and C".
func subjectMembers(s string) [][2]int {
	var out [][2]int
	from := 0
	for from < len(s) {
		k, n := len(s), 0
		for _, sep := range []string{", and ", " and ", ", "} {
			if j := strings.Index(s[from:], sep); j >= 0 && from+j < k {
				k, n = from+j, len(sep)
			}
		}
		out = append(out, [2]int{from, k})
		from = k + n
	}
	return out
}

// namesForeign reports whether the span of the sentence names a country
// other than the US: "MEA Joint Secretary for Sri Lanka" is no US official.
func (r *exchangeReader) namesForeign(from, to int) bool {
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= from && m.end <= to && !(len(m.isos) == 1 && m.isos[0] == "US") {
			return true
		}
	}
	return false
}

// usOfficial reports whether s names a US official or office by title
// or name, with no other country's before it: "the Ambassador", "AF DAS
// William Fitzgerald"; not "the U.S.", "we", nor "Foreign Secretary Saran".
func (r *exchangeReader) usOfficial(s string) bool {
	k := r.usActorIn(s)
	if k == nil || foreignTitleRE.MatchString(s) || otherSideRE.MatchString(s[:k[0]]) {
		return false
	}
	switch strings.ToLower(strings.TrimPrefix(s[k[0]:k[1]], "the ")) {
	case "u.s.", "usg", "united states", "we", "washington":
		return false
	}
	return true
}

// namePhrase reports whether s is a name with its title and no other
// words: capitalised words (a possessive among them), joined only by
// "the", "of", "for" and the particles of names ("de", "al", "bin"):
// "Foreign Minister Kouchner's Africa Advisor Charlotte Montel".
func namePhrase(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "the", "of", "for", "de", "al", "bin":
			continue
		}
		if !isCapital(w[0]) {
			return false
		}
	}
	return true
}

// sharedSubject returns the subject of the sentence's first verb for a
// clause that opens with its verb, split from the clause before at "and":
// "UK Prime Minister Gordon Brown arrived August 30 | and met with
// Ambassador Eikenberry"; with its offset in the sentence. Not when a
// subordinate clause comes between, whose subject may be the one meant.
func (r *exchangeReader) sharedSubject(lead string, off int) (string, int, bool) {
	if strings.TrimSpace(lead) != "" || off == 0 {
		return "", 0, false
	}
	text := r.x.sents[r.i].text
	st := subjectStart(text)
	v := firstVerbAfter(text, st, off)
	if st >= off || v >= off || subordinatorRE.MatchString(text[v:off]) {
		return "", 0, false // "Serman confirmed that Aziz traveled to Paris and | met with": Aziz met, not Serman
	}
	return text[st:v], st, true
}

// meetingAskedRE opens the object of a verb of asking that asks for a
// meeting: "requested a meeting with", "asked for an appointment".
var meetingAskedRE = mustWordRE(`^\s+(?:for\s+)?(?:a|an|another)\s+(?:(?:urgent|private|separate|follow-up|courtesy|brief)\s+)?(?:meeting|appointment|call|audience|courtesy call|phone call)\b`)

// meetingsRequestedRE opens the object of a verb of asking in the present
// perfect that asks for meetings: "We have also requested meetings with
// Foreign Minister Aboul Gheit", a visit's preparation; not "Poloff
// immediately requested meetings with ... to request their assistance".
var meetingsRequestedRE = mustWordRE(`^\s+(?:(?:separate|further|additional|follow-up)\s+)?(?:meetings|appointments|calls)\b`)

// perfectBeforeRE ends the words before a verb in the present perfect.
var perfectBeforeRE = mustWordRE(`\b(?:have|has|'ve)\s+(?:also\s+|already\s+)?$`)

// usAskedRE opens the object of a verb of asking whose addressee is the
// US side, so that its subject is not: "asked that we provide the name",
// "requested us to"; not "asked that the Embassy be kept informed".
var usAskedRE = mustWordRE(`^\s+(?:that\s+(?:we|the\s+U\.\s?S\.|the\s+USG|Washington)\s+(?:[a-z]+\s+)?[a-z]+|(?:us|me)\s+(?:to|for)\b)`)

// askingRE is a verb of asking, whose addressee usAskedRE may find: not
// "urged that we focus", where "we" may take in the one urged.
var askingRE = mustWordRE(`^(?i:ask|request)`)

// verbAt is a verb of an exchange found in a clause.
type verbAt struct {
	cl      string
	off     int   // of the clause in its sentence
	loc     []int // of the verb in the clause
	e       exchange
	purpose bool // the purpose of a meeting told before: "met X ... to deliver points"
}

// usActs returns the facts of a verb whose subject is the US side: the
// country of the other party, the one met or the post's hosts.
func (r *exchangeReader) usActs(v verbAt) []fact {
	e, obj, pof := v.e, v.cl[v.loc[1]:], v.off+v.loc[1]
	if e.carrier && !carriedObject(headOf(obj, 80)) {
		return nil
	}
	carried := false // "discussed ref B non-paper with": the non-paper was delivered
	if e.with {
		k := withRE.FindStringIndex(headOf(obj, 120))
		if k == nil || participleBefore(obj[:k[0]]) || complementNoun(lastWord(strings.TrimRight(obj[:k[0]], " "))) && !foreignTitleRE.MatchString(firstWords(obj[k[1]:], 3)) {
			return nil // not "raised the issue of Venezuela, stating that Kirchner's relationship with Chavez"
		}
		carried = !e.noun && carrierRE.MatchString(firstWords(obj[:k[0]], 4)) // its object, not "raised Iran and asked for an update on"
		obj, pof = obj[k[1]:], pof+k[1]
	}
	if namesPerson(firstWords(obj, 3), r.x.orgPeople) {
		return nil // "urged Orsini", named before as EULEX's policy chief
	}
	if slices.Contains(e.acts, Urged) && (meetingAskedRE.MatchString(obj) || meetingsRequestedRE.MatchString(obj) && perfectBeforeRE.MatchString(v.cl[:v.loc[0]]) || askingRE.MatchString(v.cl[v.loc[0]:v.loc[1]]) && usAskedRE.MatchString(obj)) {
		return nil // "requested a meeting with X to urge ...": asked for, not held; "asked that we provide": the US is asked
	}
	isos, asked := r.verbParty(v, obj, pof)
	if len(isos) == 0 && len(e.acts) > 1 && (strings.HasPrefix(strings.TrimSpace(obj), "that ") ||
		slices.Contains(e.acts, Urged) && !e.ask && !r.namesAny(v.off+v.loc[1], v.off+v.loc[1]+min(len(obj), 40))) {
		isos = r.topicParty(obj, pof) // "PolCouns urged that Adl be more vocal", "The codel urged passage of"
	}
	if len(isos) == 0 {
		return nil
	}
	r.realized = r.realized || e.acts[0] == Discussed
	acts := e.acts
	switch {
	case e.invite:
		acts = invitedTo(obj)
	case e.ask && callVisit(v.cl[v.loc[0]:v.loc[1]], obj):
		acts = []string{Discussed} // "called on Interior Minister Diallo to discuss": a visit, nothing asked
	case e.ask:
		acts = calledOn(obj, acts)
	case e.topic && slices.Contains(acts, Urged) && ownStanceRE.MatchString(obj):
		acts = []string{Discussed, Informed} // "underscored his commitment to strengthening the relationship": a stance told, nothing asked
	case e.topic && slices.Contains(acts, Urged) && statedOnly(obj):
		acts = []string{Discussed, Urged, Informed} // "stressed that the sanctions are directed at the companies"
	case e.topic && slices.Contains(acts, Informed) && wishRE.MatchString(headOf(obj, 80)):
		acts = []string{Discussed, Informed, Urged} // "conveyed the USG's desire for Egypt to prosecute"
	}
	if asked || e.carrier && writtenRE.MatchString(outsideParens(headOf(v.cl[v.loc[1]:], 200))) {
		// asked, not met; "delivered Ref B letters under cover of a diplomatic note": written, not met
		acts = slices.DeleteFunc(slices.Clone(acts), func(a string) bool { return a == Discussed })
	}
	if carried && !slices.Contains(acts, Informed) {
		acts = append(slices.Clone(acts), Informed)
	}
	if (e.topic || e.carrier) && requestCarrierRE.MatchString(headOf(obj, 40)) && !slices.Contains(acts, Urged) {
		acts = append(slices.Clone(acts), Urged) // "conveyed reftel request to": the message asks
	}
	if e.topic && carrierRE.MatchString(headOf(obj, 40)) && askingCarrierRE.MatchString(headOf(obj, 120)) && !slices.Contains(acts, Urged) {
		acts = append(slices.Clone(acts), Urged) // "conveyed ref A points June 27 requesting information"
	}
	if e.carrier && askingCarrierRE.MatchString(headOf(r.x.sents[r.i].text[pof:], 250)) {
		// "delivered reftel demarche requesting Senegal's support ... to",
		// "delivered a demarche urging Paraguay to subscribe": a message that
		// asks, which the guidelines count as urging, not informing
		acts = slices.DeleteFunc(slices.Clone(acts), func(a string) bool { return a == Informed })
		if !slices.Contains(acts, Urged) {
			acts = append(acts, Urged)
		}
	}
	r.lastParty, r.lastPara = isos, r.x.sents[r.i].para
	told := reportedAt(v.cl, v.loc[1]) // "responded that the data would be shared in April": April dates the data, not the reply
	var out []fact
	for _, iso := range isos {
		for _, a := range acts {
			f := r.fact(iso, a, v.cl[:told], v.off)
			f.clause = v.cl
			out = append(out, f)
		}
	}
	return out
}

// verbParty returns the countries of the other party of a verb whose
// subject is the US side, read by what the verb needs after it (its
// object, at pof in the sentence); asked says they were asked to act in
// a "that" clause, not met.
func (r *exchangeReader) verbParty(v verbAt, obj string, pof int) (isos []string, asked bool) {
	switch e := v.e; {
	case e.passive:
		return r.summonedBy(obj, pof), false
	case v.purpose:
		return r.lastParty, false // "met with X ... to deliver ref A points"
	case e.topic:
		return r.topicParty(obj, pof), false
	case e.carrier:
		return r.carrierParty(obj, pof), false
	}
	if isos := r.thatParty(obj, pof); isos != nil {
		return isos, true // "requested last January that the United Kingdom ... and Japan demarche China"
	}
	return r.party(obj, pof), false
}

// ownStanceRE opens the object of a verb of stress that is the speaker's
// own stance: "underscored his commitment to", "stressed our support for".
var ownStanceRE = mustWordRE(`^\s+(?:to\s+(?:[\w.]+\s+){1,3}?)?(?:his|her|our|the\s+USG's|the\s+U\.S\.|U\.S\.|USG|Washington's|America's)\s+(?:(?:strong|continued|firm|full|personal)\s+)?(?:commitment|support|appreciation|gratitude|friendship|respect|satisfaction|pleasure|thanks|solidarity|admiration)\b`)

// reportedAt returns where the reported clause after a verb at verbEnd
// opens ("that" within a few words of the verb), or len(cl) when none
// does.
func reportedAt(cl string, verbEnd int) int {
	head := headOf(cl[verbEnd:], 80)
	if strings.HasPrefix(head, " that ") {
		return verbEnd
	}
	if k := strings.Index(head, " that "); k >= 0 && !strings.ContainsAny(head[:k], ",;") {
		return verbEnd + k
	}
	return len(cl)
}

// statedOnly reports whether what a verb of stress ("stressed",
// "emphasized", "underscored") holds is a statement ("stressed that the
// U.S. valued the cooperation"), which informs, rather than a call to act
// ("stressed that Spain should", "emphasized the need for"), which urges.
func statedOnly(obj string) bool {
	obj = strings.TrimLeft(obj, " ,")
	if strings.HasPrefix(obj, "to ") { // "stressed to the Minister that"
		k := strings.Index(headOf(obj, 80), " that ")
		if k < 0 {
			return false
		}
		obj = obj[k+1:]
	}
	if !strings.HasPrefix(obj, "that ") {
		return false
	}
	clause, _, _ := strings.Cut(obj, ";")
	return !directiveRE.MatchString(headOf(clause, 200))
}

// directiveRE holds a call to act inside a that-clause.
var directiveRE = mustWordRE(`(?i)\b(?:should|must|need|needs|needed|ought|important|importance|necessary|essential|critical|crucial|urgent|imperative|vital|have to|has to|had to|time to|expects?|expected|hoped|hopes|wants?|wanted|would like|encourage[sd]?|urge[sd]?|not to|to (?:ensure|take|make|work|continue|do|be|support|consider|avoid|refrain|press|help))\b`)

// purposeAndRE is a purpose a second one joins: "met with Ms. El-Husseiny
// ... to brief her on the EXBS program and (urge further engagement)".
var purposeAndRE = mustWordRE(`\bto\s+[a-z]+\b[^,;]*\band$`)

// usSaidRE finds a verb of the lexicon's usclause rows with the US side
// after it, for the sentences the reader's word scan lets through by such
// a verb alone: most say nothing of the US side, and are not read.
var usSaidRE = sync.OnceValue(func() *wordRE {
	var forms []string
	for _, f := range lexiconRows(lexiconTSV) {
		if strings.Contains(f[2], "usclause") {
			forms = append(forms, regexp.QuoteMeta(f[0]))
		}
	}
	return mustWordRE(`\b(?:` + strings.Join(forms, "|") + `)(?:\s+|\s*,\s*)(?:that\s+)?(?:the\s+)?(?:U\.\s?S\.|(?:US|USG|United States|Washington|we|the Department)\b)`)
})

// usClauseRE opens what was said with the US side as its subject.
var usClauseRE = mustWordRE(`^\s*,?\s*(?:that\s+)?(?:the\s+)?(?:U\.\s?S\.|US|USG|United States|Washington|we|the Department|U\.S\. Government)\s+(?:[a-z]+ly\s+)?(?:is|was|were|are|has|had|have|would|will|could|can|does|did|remained|remains|strongly|supports?|supported|wants?|wanted|believes?|believed|hopes?|hoped|looks?|valued?|values|sees?|saw|considers?|considered|shares?|shared|welcomes?|welcomed|expects?|expected|intends?|intended|plans?|planned|continues?|continued|recognizes?|recognized|appreciates?|appreciated|understands?|understood|opposes?|opposed|did not|does not)\b`)

// conditionRE opens a sentence with a condition, which holds for all of it.
var conditionRE = mustWordRE(`^(?:If|Unless|Should|Whether|Were|Had)\b`)

// progressiveRE ends the text before a participle with a form of "be".
var progressiveRE = mustWordRE(`\b(?:am|is|are|was|were|been)\s+(?:\w+ly\s+|also\s+|still\s+)?$`)

// calledOn tells "called on the GOB to release" (urged) from "called on
// the Foreign Minister" (a meeting), and "asked the GOB to" from "asked if".
//
// A verb that also informs ("advised") informs by a that-clause ("advised
// you that SHIG ...") and urges by an infinitive ("advised the Spanish not
// to create false expectations").
func calledOn(obj string, acts []string) []string {
	obj = strings.TrimSpace(obj)
	head := headOf(obj, 100)
	that := strings.HasPrefix(obj, "that ") || strings.Contains(headOf(obj, 40), " that ")
	k := infinitiveAt(head)
	view := askedForViewRE.FindStringIndex(head)
	switch {
	case view != nil && (k < 0 || view[1] <= k):
		return []string{Discussed} // "asked Yadlin for his assessment of reports that Fatah forces had been ordered not to fight back"
	case k >= 0 && askedToTell[firstWord(head[k+4:])]:
		return []string{Discussed} // "asked Atmar to comment on": a question, no call to act
	case k >= 0:
		return []string{Discussed, Urged}
	case that && slices.Contains(acts, Informed):
		return []string{Discussed, Informed}
	case strings.HasPrefix(obj, "that "):
		return []string{Discussed, Urged}
	}
	return []string{Discussed}
}

// callVisit reports whether a "called on" names a visit to an official
// for a purpose of the US side's, not a call to act: "called on former
// President Sall to discuss his views", "called on Vice Minister
// Fernandez on August 28 to protest", not "called on the GOB to release"
// nor "called on Muslims to protest", nor a visit "to review progress and
// to seek" support.
func callVisit(verb, obj string) bool {
	if !strings.HasPrefix(strings.ToLower(verb), "call") {
		return false
	}
	called, visit, _ := callPurpose(obj)
	return visit && officialObjectRE.MatchString(called)
}

// callPurpose reads the words after "called on" (the one called on and
// what follows) for the infinitive that says why: the words before it
// (the one called on), whether it is a visit's purpose ("to discuss",
// "to present", "to thank") rather than what the one called on should
// do ("to ratify", "to discuss ... and to seek"), and whether there is
// an infinitive within reach at all.
func callPurpose(obj string) (called string, visit, found bool) {
	obj = " " + strings.TrimSpace(obj) // "to release" right after the one called on: " to release"
	head := headOf(obj, 100)
	k := infinitiveAt(head)
	if k < 0 {
		return "", false, false
	}
	return strings.TrimSpace(head[:k]), visitPurposes[firstWord(head[k+4:])] && !visitAskRE.MatchString(headOf(obj[k:], 200)), true
}

// visitAskRE is a purpose of a visit that asks the one visited to act:
// "and to seek the Interior Minister's support for", "to urge".
var visitAskRE = mustWordRE(`\bto\s+(?:seek|request|ask|urge|press|encourage|push|solicit)\b`)

// visitPurposes are what the US side calls on an official to do, which
// asks nothing of the official: "to discuss", "to deliver", and what a
// visit to an official, not to a crowd, may be for: "to thank", "to
// follow up". "to seek" is no visit's (visitAskRE), nor "to protest",
// which asks the official to stop.
var visitPurposes = map[string]bool{"discuss": true, "review": true, "talk": true, "present": true, "deliver": true,
	"raise": true, "introduce": true, "meet": true, "exchange": true, "brief": true, "congratulate": true,
	"express": true, "convey": true, "pay": true, "share": true, "hear": true, "learn": true,
	"thank": true, "follow": true, "relay": true, "register": true}

// officialObjectRE opens an object naming an official by title or name,
// two capitalised words: "Vice Minister of Foreign Affairs Amadou
// Fernandez", "the Foreign Minister", "Shaykh Jaber"; not "the GOB",
// "Muslims in Denmark".
var officialObjectRE = mustWordRE(`^(?:(?:the|former)\s+)*[A-Z][\w.'-]*\s+[A-Z]`)

// askedForViewRE opens the object of "asked" that asks for a view or
// news, a question: "Yadlin for his assessment of", "the Minister about
// his impressions", "for an update on".
var askedForViewRE = mustWordRE(`^(?:[^,;]{0,60}?\s)?(?:for|about)\s+(?:(?:his|her|their|its|the|an?|any|more|further|Embassy's|our)\s+)?(?:own\s+)?(?:assessments?|views?|opinions?|thoughts|reactions?|readouts?|take|impressions?|perspectives?|comments?|analysis|updates?|information|details|clarifications?|explanations?|sense)\b`)

// replyClauseRE opens what a reply said: "responded that", "replied the
// decision was taken", "responded by emphasizing".
var replyClauseRE = mustWordRE(`^\s*,?\s*(?:that\b|by\s+(?:saying|noting|explaining|emphasi[sz]ing|stressing|pointing|underscoring|reiterating|describing)\b|(?:the|we|he|she|it|this|there|our|his|her|U\.S\.|USG)\s)`)

// wishRE is a wish that the other side act, as what was conveyed: "the
// USG's desire for Egypt to prosecute", "our hope that the GON would".
var wishRE = mustWordRE(`\b(?:desire|wish|hope|request|expectation)s?\s+(?:for\s+[^,;]{1,60}?\s+to\s+[a-z]+|that\s+[^,;]{1,60}?\s+(?:would|will|should|must|could)\s+[a-z]+)`)

// invitedTo tells "invited the FM to work with us" (urged) from "invited
// the FM to attend" and "invited a local Imam" (invitations, no exchange).
func invitedTo(obj string) []string {
	head := headOf(strings.TrimSpace(obj), 100)
	if k := infinitiveAt(head); k >= 0 && !invitedToComeRE.MatchString(head[k+4:]) {
		return []string{Discussed, Urged}
	}
	return nil
}

// invitedToComeRE opens what an invitation to be somewhere asks, which
// urges nothing: "invited the Minister to visit Washington", "to take
// part in the reception".
var invitedToComeRE = mustWordRE(`^(?:attend|visit|participate|join|come|travel|speak|address|dine|lunch|dinner|observe|meet|be|take part)\b`)

// askedToTell are the verbs by which one asks another side for its views
// or for facts rather than to act: "asked him to let us know", "asked
// Gazprom's interlocutor to identify its priorities".
var askedToTell = map[string]bool{"comment": true, "let": true, "identify": true, "explain": true, "clarify": true,
	"elaborate": true, "describe": true, "confirm": true, "share": true, "assess": true, "characterize": true,
	"outline": true, "update": true, "brief": true, "detail": true, "specify": true}

// opensWithUS reports whether a sentence's subject is the US side: "The
// Ambassador said ...", "Poloff noted ...", so that a "He" after it is his.
func opensWithUS(text string) bool {
	return startsWithUS(text[subjectStart(text):])
}

// startsWithUS reports whether a subject opens with the US side.
func startsWithUS(subject string) bool {
	head := headOf(subject, 40)
	for _, re := range []indexFinder{usSide, usActorRE} {
		if loc := re.FindStringIndex(head); loc != nil && usLead(head[:loc[0]]) {
			return !strings.HasPrefix(head[loc[0]:], "U.S.") && !strings.HasPrefix(head[loc[0]:], "Washington") && !strings.HasPrefix(head[loc[0]:], "Our")
		}
	}
	return false
}

// usLead reports whether s is what may come before the name of the US
// side that opens a subject: nothing, "the", and the acting of "A/DCM"
// or "the Acting DCM".
func usLead(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "The "), "the ")
	return s == "" || s == "A/" || s == "Acting "
}

// fromPlaceRE ends the words before the "to" of a route: "from Italy".
var fromPlaceRE = mustWordRE(`\bfrom\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}$`)

// travelBeforeRE ends the words before a "to" that names where one went:
// "his trip", "the Secretary's visit".
var travelBeforeRE = mustWordRE(`\b(?:trips?|visits?|travels?|journeys?|tours?|return)\s+$`)

// carrierParty returns the country a message was delivered to: the one
// after "to" ("delivered talking points on the US Zimbabwe sanctions
// resolution, per Ref A, to Antonio Alarcon"), else the one named as
// the object, else, with no "to", the post's hosts ("Charge and PolOff
// had on October 20 delivered ref B points and the revised proposal").
func (r *exchangeReader) carrierParty(obj string, off int) []string {
	head := headOf(obj, 200)
	for _, k := range toPartyRE.FindAllStringIndex(head, -1) {
		if jointlyWith(head[:k[0]], head[k[0]:k[1]]) {
			continue // "delivered reftel demarche jointly with the French DCM ... to": who else delivered
		}
		if fromPlaceRE.MatchString(head[:k[0]+1]) || travelBeforeRE.MatchString(head[:k[0]+1]) {
			continue // "the re-export from Italy to India of USML-listed items", "a readout of his trip to Afghanistan": a route, not whom it was told
		}
		if toGathering(head[k[1]:]) {
			continue // "passed invitation to the Secretary's September 24 luncheon ... to the office of the Prime Minister"
		}
		if infinitiveAt(head[k[0]:]) != 0 {
			if isos := r.party(obj[k[1]:], off+k[1]); len(isos) > 0 || !strings.HasPrefix(strings.TrimSpace(head[k[0]:k[1]]), "with") {
				return isos
			}
			// "presented the Political Director with ref B points": the party comes first
		}
		break
	}
	if isos := r.party(obj, off); len(isos) > 0 || r.home == "" || r.pronoun {
		return isos
	}
	return []string{r.home}
}

// participleBefore reports whether the words between a verb of talks and
// its "with" hold a clause of their own set off by a comma and a
// participle: the "with" is that clause's.
func participleBefore(between string) bool {
	for _, loc := range commaParticipleRE.FindAllStringIndex(between, -1) {
		if w := strings.TrimLeft(between[loc[0]+1:loc[1]], " "); w != "including" && w != "regarding" && w != "concerning" {
			return true // not ", including end-use monitoring, with several Brazilian officials"
		}
	}
	return false
}

// commaParticiple is a comma and a participle that opens a clause: ",
// stating", ", noting"; objectEndRE ends a party there too.
const commaParticiple = `,\s+[a-z]+ing\b`

// commaParticipleRE finds commaParticiple.
var commaParticipleRE = mustWordRE(commaParticiple)

// toGathering reports whether the words after the "to" of a message name
// the event an invitation is to, up to the next "to": "the Secretary's
// September 24 luncheon for female heads of state".
func toGathering(after string) bool {
	phrase, _, more := strings.Cut(after, " to ")
	head := firstWords(phrase, 6)
	return more && (eventNounRE.MatchString(head) || socialEventRE.MatchString(head))
}

// socialEventRE names the gatherings one is invited to that eventNounRE
// leaves out: meals, receptions, ceremonies.
var socialEventRE = mustWordRE(`(?i)\b(?:luncheon|lunch|dinner|breakfast|reception|ceremony|celebration|event)\b`)

// jointlyWith reports whether "with" (the text prep) after before names
// who acted together with the US side, not to whom: "jointly with",
// "together with", "along with".
func jointlyWith(before, prep string) bool {
	if strings.TrimSpace(prep) != "with" {
		return false
	}
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	return w == "jointly" || w == "together" || w == "along"
}

// summonedBy returns the country that summoned the US side: the one after
// "by" ("was convoked by the MFA"), else the post's hosts.
func (r *exchangeReader) summonedBy(obj string, off int) []string {
	head := headOf(obj, 80)
	if k := byRE.FindStringIndex(head); k != nil {
		if isos := r.party(obj[k[1]:], off+k[1]); len(isos) > 0 {
			return isos
		}
	}
	if r.home == "" {
		return nil
	}
	return []string{r.home}
}

// pronounCountries returns the country of the official a pronoun that
// spoke to the US side stands for: the subject of the sentence before, in
// the same paragraph, when it is another side's official ("Indian High
// Commissioner Chakravarty expressed pleasure ... He told Ambassador
// Moriarty"; "The UK shares U.S. concerns ..., according to FCO Section
// Head Jason Moore. He told Poloff"): the country it names, the official's
// named before, or the post's hosts for an office of theirs.
func (r *exchangeReader) pronounCountries(subjAt int) []string {
	prev := r.i - 1
	if prev < 0 || r.x.sents[prev].para != r.x.sents[r.i].para || len(countriesIn(r.x.sents[r.i].mentions, 0, subjAt, nil)) > 0 {
		return nil // not "In Chile, he told the Ambassador"
	}
	ps := &r.x.sents[prev]
	st := subjectStart(ps.text)
	v := firstVerbAfter(ps.text, st, len(ps.text))
	subject := ps.text[st:v]
	if v == len(ps.text) || strings.Count(subject, " ") > 12 {
		return nil // no verb found
	}
	if orgRE.MatchString(subject) || usSide.MatchString(subject) || r.usActorIn(subject) != nil {
		return nil // "UN Special Envoy ...", "The Ambassador ..."
	}
	if isos := countriesIn(ps.mentions, st, st+len(subject), nil); len(isos) > 0 {
		return isos[:1]
	}
	if isos := r.x.foreignIn(subject); len(isos) == 1 {
		return isos
	}
	if r.home == "" || !foreignTitleRE.MatchString(subject) && !foreignBodyRE.MatchString(subject) {
		return nil // "He and his friends told us of police brutality"
	}
	return []string{r.home}
}

// pronounTowardRE is a verb by which a pronoun's official tells the US
// side something (pronounCountries): not "he met with", whose "he" may be
// a US visitor.
var pronounTowardRE = mustWordRE(`^(?:` + tellVerbs + `)\b`)

// tellVerbs are the verbs by which the other side tells the US side
// something, shared by towardVerbRE and pronounTowardRE.
const tellVerbs = `told|informed|briefed|assured|explained to|complained to|confided to|said to`

// byRE introduces the agent of a passive.
var byRE = mustWordRE(`^[^,;]{0,30}?\bby\s+`)

// heAfterUS reports whether a pronoun subject may be the US official of
// the sentence before: that sentence told an exchange with the US side as
// subject, or opens with one ("The Ambassador said ...").
func (r *exchangeReader) heAfterUS() bool {
	if r.usBefore {
		return true
	}
	prev := r.i - 1
	return prev >= 0 && r.x.sents[prev].para == r.x.sents[r.i].para && opensWithUS(r.x.sents[prev].text)
}

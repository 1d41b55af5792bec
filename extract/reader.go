package extract

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
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
}

// exchangeVerbs are the verbs of exchanges, by their lower-cased form,
// read from lexicon.tsv.
var exchangeVerbs = map[string]exchange{}

// exchangeRE finds the forms of exchangeVerbs.
var exchangeRE = mustWordRE(lexiconRE(lexiconTSV))

//go:embed lexicon.tsv
var lexiconTSV string

func init() {
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
			case "-":
			default:
				panic("extract/lexicon.tsv: unknown need " + need)
			}
		}
		exchangeVerbs[f[0]] = e
	}
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
var towardVerbRE = mustWordRE(`^(?:told|informed|briefed|assured|met|called on|explained to|complained to|confided to|said to|thanked|asked|urged|pressed|gave)\b`)

// carrierRE names what a demarche delivers: "reftel demarche", "ref A
// points", "nonpapers", "a letter from the Secretary".
var carrierRE = mustWordRE(`(?i)\b(?:demarche|d[eé]marche|points|talking points|non-?papers?|message|letter|instructions|reftel|aide-m[eé]moire|diplomatic note|note verbale)\b`)

// askingCarrierRE is a message that asks rather than tells: "a demarche
// urging", "delivered ref A demarche to ..., urging Senegal to".
var askingCarrierRE = mustWordRE(`(?:\b(?:demarche|points|non-?paper|letter|message)\s+|,\s+)(?:urging|asking|requesting|calling on|pressing|encouraging|seeking)\b`)

// usSideRE names the US side of an exchange beyond usActorRE: post
// shorthand, officers by section, agencies and the first person.
var usSideRE = mustWordRE(`\b(?:DCM|CDA|Charg[eé]|PolCouns|Polcouns|POLCOUNS|EconCouns|Econcouns|PolChief|EconChief|` +
	`Pol/Econ|P/E|E/POL|Pol-Econ|PolEcon|Polecon|[Pp]ol(?:itical)? [Cc]ounselor|[Ee]con(?:omic)? [Cc]ounselor|` +
	`[A-Z][a-z]+ Counselor|[A-Z][a-z]+ Officer|[Ee]mb(?:assy)? officers?|[Pp]oloffs?|[Ee]conoffs?|[Ee]mboffs?|` +
	`[Pp]ol/[Ee]con [Cc]hief|[Pp]ol [Cc]hief|[Ee]con [Cc]hief|DATT|LEGAT|Legatt?|ODC|OMC|DEA|ICE|NCIS|OPDAT|INL|CHDS|` +
	`USTR|AUSTR|DNSA|DepSec|Deputy Secretary|Under Secretary|Assistant Secretary|Special Envoy|` +
	`Codel|CODEL|[Cc]odel|Staffdel|STAFFDEL|Senators?|Congressm[ae]n|Congresswom[ae]n|Representatives?|Rep\.|DNI|SecDef|SECDEF|CJCS|` +
	`[A-Z]+COM|[Tt]he Ambassador|[Uu]s)\b`)

// otherSideRE names officials, bodies and persons of another government:
// the words by which an embassy's report names its host's side.
var otherSideRE = mustWordRE(`\b(?:[Mm]inisters?|[Mm]inistry|[Mm]inistries|MFA|MOFA|MOD|MOI|MOJ|MRE|FM|DFM|PM|DPM|` +
	`[Vv]ice[- ]Minister|President|Vice President|Prime Minister|King|Queen|Emir|Amir|Crown Prince|Sheikh|Prince|` +
	`[Oo]fficials?|[Cc]ounterparts?|Director(?:-| )General|Director|Deputy Director|Secretary General|Under ?[Ss]ecretary|` +
	`Permanent Secretary|State Secretary|Political Director|Chief of Staff|[Aa]dvis[eo]r|Head|Commissioner|Governor|` +
	`Mayor|Speaker|[Pp]arliamentarians?|[Ll]egislators?|MPs?|Deputies|Senators?|Chairman|Chair|Dr\.|Mr\.|Ms\.|Mrs\.|` +
	`[Gg]overnment|Cabinet|Palace|Presidency|[Pp]olice|[Aa]rmed [Ff]orces|[Cc]ommander|Chief|[Aa]mbassador [A-Z][a-z]+|[Ll]eaders?|[Cc]ontacts?|[Ii]nterlocutors?|` +
	`[Pp]rosecutors?|[Jj]udges?|[Ss]pokes(?:man|woman|person)|[Dd]elegation|[Oo]pposition)\b`)

// objectEndRE ends the party of an exchange: what follows is its topic
// or its purpose, not who was met.
var objectEndRE = mustWordRE(`(?:,\s+[a-z]+ing\b|\b(?:that|whether|if|why|how|what|when|where|for|about|regarding|concerning|on the (?:issue|subject|margins?|situation|question)s?|` +
	`to (?:discuss|deliver|convey|present|relay|review|raise|request|press|urge|seek|share|explain|brief|express|encourage|follow)|` +
	`who|which|in order|during|after|before|because)\b|;|:)`)

// institutionAfterRE opens an institution after a country's name or
// demonym: "(in the Maltese) Finance Ministry", "(at the Brazilian)
// Ministry of External Relations".
var institutionAfterRE = mustWordRE(`^(?:'s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Ministry|Ministries|MFA|Government|Embassy|Parliament|Presidency|Cabinet|Armed Forces|Army|Navy|Police|Customs|Foreign Office|Finance Ministry)\b`)

// topicBeforeRE ends the text before a country named as a place or a
// topic, not as a party: "in Iraq", "on Iran", "about Cuba".
var topicBeforeRE = mustWordRE(`\b(?:(?:opinion|opinions|views?|assessment|position|situation|case|issue|question|relations?|policy|policies|role) of\s+(?:the\s+)?$|(?:in|at|on|about|regarding|concerning|over|toward|towards|against|into|via|through|to|for|than|like|including)\s+(?:the\s+)?$)`)

// readExchanges returns the facts of the exchanges a cable reports,
// except those the trigger rules found in the same sentence.
func (x *cableContext) readExchanges(have []fact) []fact {
	home := x.postHome()
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
	for i := range x.sents {
		s := &x.sents[i]
		has := readerWordsIn(s.text)
		if has == 0 {
			continue // no rule of the reader can apply
		}
		r := exchangeReader{x: x, i: i, home: home, usBefore: lastUS >= 0 && lastUS == i-1,
			lastParty: lastParty, lastPara: lastPara}
		fs := r.sentence(has)
		lastParty, lastPara = r.lastParty, r.lastPara
		if r.usSubject {
			lastUS = i
		}
		for _, f := range fs {
			if found[seen{f.iso, i, f.action}] || found[seen{f.iso, i, ""}] && f.action != Informed && f.action != Urged {
				continue // the trigger rules read the sentence's facts of the country; they tell a meeting by its other actions
			}
			out = append(out, f)
		}
	}
	dateUndated(out, x.leadDate)
	return oneRowPerExchange(have, out)
}

// postHome returns the country whose officials a cable's report meets
// by default: the one it is about, else its post's; "" for none.
func (x *cableContext) postHome() string {
	home := x.home
	if home == "" {
		// the post's country, though its TAGS may not name it, and though
		// the subject names the country talked about ("LEBANON: ..." from
		// Manama reports the Bahraini MFA's views: testdata/gold)
		home = x.g.byPost[stationKey(x.c.Station)]
	}
	if home == "US" {
		return ""
	}
	return home
}

// oneRowPerExchange keeps one fact per country, action and date: a
// meeting's report tells it in several sentences ("Poloff met ... He
// stressed ... He also raised ..."), and the gold set, like a reader,
// counts one meeting. A fact without a date is kept only when no other
// fact states the same country and action.
func oneRowPerExchange(have, fs []fact) []fact {
	type key struct {
		iso, action string
		from, to    int64
	}
	keyOf := func(f fact) key {
		return key{f.iso, f.action, f.per.from.Unix(), f.per.to.Unix()}
	}
	seen, any := map[key]bool{}, map[[2]string]bool{}
	for _, f := range have {
		seen[keyOf(f)] = true
		any[[2]string{f.iso, f.action}] = true
	}
	for _, f := range fs {
		if f.per.valid() {
			any[[2]string{f.iso, f.action}] = true
		}
	}
	var out []fact
	for _, f := range fs {
		k := keyOf(f)
		if seen[k] || !f.per.valid() && any[[2]string{f.iso, f.action}] {
			continue
		}
		seen[k] = true
		any[[2]string{f.iso, f.action}] = true
		out = append(out, f)
	}
	return out
}

// dateUndated gives an exchange told without a date the date of the last
// dated exchange with the same country before it: the later sentences of
// a meeting's report ("He urged Mexico to ...") are about that meeting.
// Before any, it takes lead, the date the cable's report opens with.
func dateUndated(fs []fact, leadDate func() period) {
	last := map[string]period{}
	var lead period
	leadRead := false
	for i := range fs {
		f := &fs[i]
		if f.per.valid() {
			last[f.iso] = f.per
		} else if p, ok := last[f.iso]; ok {
			f.per = p
		} else {
			if !leadRead {
				lead, leadRead = leadDate(), true
			}
			if lead.valid() {
				f.per = lead
			}
		}
	}
}

// leadDate returns the days a report opens with: the first day or span of
// days (up to ten: a visit, a conference) its first sentences name, within
// a month before the cable's date ("On December 6
// John Holmes briefed ...", "The Ambassador met FM Araujo on March 13").
// Most cables report what happened in the days before they were sent.
func (x *cableContext) leadDate() period {
	if x.date.IsZero() {
		return period{}
	}
	for i := range min(len(x.sents), 12) {
		s := &x.sents[i]
		years := yearsIn(s.text)
		dc := dateContext{cable: x.date, year: firstOf(years), later: firstOf(years)}
		for _, p := range findPeriods(s.text, dc, false) {
			if p.since || !p.to.IsZero() && p.to.Sub(p.from).Hours() > 10*24 || p.from.After(x.date) || x.date.Sub(p.from).Hours() > 31*24 {
				continue
			}
			return p
		}
	}
	return period{}
}

// exchangeReader reads one sentence for exchanges.
type exchangeReader struct {
	x         *cableContext
	i         int      // the sentence
	home      string   // the country of the post, "" for none
	usBefore  bool     // the sentence before had the US side as subject (a "He" may be its)
	usSubject bool     // this sentence's subject is the US side
	lastParty []string // the countries of the last exchange the cable reports
	lastPara  int      // the paragraph of lastParty
	realized  bool     // a verb of meeting with the US side acting came before: "met X to deliver points"
	pronoun   bool     // the subject of the verb being read is a pronoun
}

// sentence returns the facts of the exchanges of the sentence, which
// holds the heads of the rules has (readerWordsIn).
func (r *exchangeReader) sentence(has int) []fact {
	s := &r.x.sents[r.i]
	var out []fact
	if has&(readsExchange|readsAid) != 0 {
		offset := 0
		for _, cl := range clauses(s.text) {
			off := strings.Index(s.text[offset:], cl) + offset
			offset = off + len(cl)
			if has&readsExchange != 0 {
				out = append(out, r.eachDate(r.clause(cl, off), cl, off)...)
			}
			if has&readsAid != 0 {
				out = append(out, r.readAid(cl, off)...)
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
// their expressions that readerGateRE finds.
const (
	readsExchange = 1 << iota
	readsAid
	readsThanks
	readsMeeting
)

// readerWordsIn returns the rules whose heads a sentence holds: the rules
// whose first words (readerHeads) it holds.
func readerWordsIn(text string) int {
	has := 0
	eachWord(text, func(w string) bool {
		has |= readerHeads.getASCII(w)
		return true
	})
	return has
}

// readerHeads maps the first word of each alternative of the rules'
// heads (lexicon.tsv, aidVerbWords, thanksWords, meetingNouns) to the
// rules it may set off: a word scan, ten times cheaper than the
// expressions, that lets through every sentence one of them matches
// (TestReaderHeads).
var readerHeads = func() wordTable[int] {
	t := wordTable[int]{m: map[string]int{}}
	add := func(form string, rule int) {
		w, _, _ := strings.Cut(form, " ")
		t.set(w, t.m[w]|rule)
	}
	for _, f := range lexiconRows(lexiconTSV) {
		add(f[0], readsExchange)
	}
	for rule, words := range map[int]string{readsAid: aidVerbWords, readsThanks: thanksWords, readsMeeting: meetingNouns} {
		for _, w := range strings.Split(words, "|") {
			add(w, rule)
		}
	}
	return t
}()

// clause returns the facts of the exchanges of one clause, which starts
// at off in its sentence.
func (r *exchangeReader) clause(cl string, off int) []fact {
	locs := exchangeRE.FindAllStringIndex(cl, -1)
	if locs == nil {
		return nil
	}
	start := subjectStart(cl)
	var out []fact
	for _, loc := range locs {
		if loc[0] < start {
			continue
		}
		verb := cl[loc[0]:loc[1]]
		e := exchangeVerbs[strings.ToLower(verb)]
		lead := cl[start:loc[0]]
		subject, _ := afterSubordinator(lead)
		infinitive := strings.HasSuffix(strings.TrimSpace(lead), " to") || strings.TrimSpace(lead) == "to"
		if e.purpose && !(infinitive && r.realized) {
			continue // "We encourage India to": an instruction, not a report
		}
		if infinitive && r.realized {
			subject = "" // the purpose of a meeting: done with it
		} else if irrealis(lead) || strings.Contains(lead, "n't") || passiveRE.MatchString(lead) {
			continue
		}
		obj := cl[loc[1]:]
		side := r.side(subject, off+start+len(lead)-len(subject), infinitive && r.realized)
		switch side {
		case actorUS:
			if e.carrier && !carrierRE.MatchString(headOf(obj, 80)) {
				continue
			}
			if e.carrier && askingCarrierRE.MatchString(headOf(r.x.sents[r.i].text[off+loc[1]:], 250)) {
				continue // "delivered a demarche urging Paraguay to subscribe": it asks, and the trigger rules read it
			}
			pof := off + loc[1]
			if e.with {
				k := withRE.FindStringIndex(headOf(obj, 120))
				if k == nil {
					continue
				}
				obj, pof = obj[k[1]:], pof+k[1]
			}
			var isos []string
			if e.purpose && !(infinitive && r.realized) {
				continue // "We encourage India to": an instruction, not a report
			}
			if infinitive && r.realized {
				isos = r.lastParty // "met with X ... to deliver ref A points"
			} else if e.topic {
				isos = r.topicParty(obj, pof)
			} else {
				isos = r.party(obj, pof)
			}
			if len(isos) == 0 && len(e.acts) > 1 && (strings.HasPrefix(strings.TrimSpace(obj), "that ") ||
				slices.Contains(e.acts, Urged) && !e.ask && !r.namesAny(off+loc[1], off+loc[1]+min(len(obj), 40))) {
				isos = r.topicParty(obj, pof) // "PolCouns urged that Adl be more vocal", "The codel urged passage of"
			}
			if len(isos) == 0 {
				continue
			}
			r.realized = r.realized || e.acts[0] == Discussed
			acts := e.acts
			if e.ask {
				acts = calledOn(obj)
			}
			r.lastParty, r.lastPara = isos, r.x.sents[r.i].para
			for _, iso := range isos {
				for _, a := range acts {
					out = append(out, r.fact(iso, a, cl, off))
				}
			}
		case actorForeign:
			if !towardVerbRE.MatchString(cl[loc[0]:]) || !r.usParty(headOf(obj, 60), off+loc[1]) {
				continue
			}
			for _, iso := range r.subjectCountries(subject, off+loc[0]-len(subject)) {
				out = append(out, r.fact(iso, Discussed, cl, off))
			}
		}
	}
	return out
}

// withRE introduces the party of talks: "discussed the case with".
var withRE = mustWordRE(`\bwith\b`)

// usParty reports whether the head of an object, at off in the sentence,
// names the US side: "told Charge", not "told the Swiss Charge".
func (r *exchangeReader) usParty(head string, off int) bool {
	k := usSideRE.FindStringIndex(head)
	if u := usActorRE.FindStringIndex(head); u != nil && (k == nil || u[0] < k[0]) {
		k = u
	}
	if k == nil {
		return false
	}
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= off && m.end <= off+k[0] && !(len(m.isos) == 1 && m.isos[0] == "US") {
			return false
		}
	}
	return true
}

// aside reports whether a mention stands in parentheses: "Joint Secretary
// (Pakistan, Afghanistan, Iran)" names no party.
func (r *exchangeReader) aside(m mention) bool {
	text := r.x.sents[r.i].text[:m.start]
	return strings.Count(text, "(") > strings.Count(text, ")")
}

// calledOn tells "called on the GOB to release" (urged) from "called on
// the Foreign Minister" (a meeting), and "asked the GOB to" from "asked if".
func calledOn(obj string) []string {
	if k := infinitiveAt(headOf(obj, 100)); k >= 0 || strings.HasPrefix(strings.TrimSpace(obj), "that ") {
		return []string{Discussed, Urged}
	}
	return []string{Discussed}
}

// infinitiveAt returns the offset of the first " to " before a verb in s,
// or -1: "encouraged Brazil to use", not "delivered points to Waddat".
func infinitiveAt(s string) int {
	for i := 0; ; {
		k := strings.Index(s[i:], " to ")
		if k < 0 {
			return -1
		}
		at := i + k
		next := firstWord(s[at+4:])
		if next != "" && next[0] >= 'a' && next[0] <= 'z' && !determiners[next] && !relatives[next] {
			return at
		}
		i = at + 4
	}
}

// relatives follow "to" without making an infinitive: "to which Gamal replied".
var relatives = map[string]bool{"which": true, "whom": true, "whose": true, "what": true, "where": true, "date": true}

// topicParty returns the party of a verb whose object is what was said
// ("stressed the need for Arab support"): the one it was said to ("to
// the Minister"), or the one met last.
func (r *exchangeReader) topicParty(obj string, off int) []string {
	head := obj
	if loc := objectEndRE.FindStringIndex(obj); loc != nil {
		head = obj[:loc[0]] // "emphasized that ... indispensable to good relations"
	}
	if k := toPartyRE.FindStringIndex(headOf(head, 80)); k != nil && infinitiveAt(head[k[0]:]) != 0 {
		if isos := r.party(obj[k[1]:], off+k[1]); len(isos) > 0 {
			return isos
		}
	}
	if strings.HasPrefix(strings.TrimSpace(obj), "to ") {
		return nil
	}
	if r.lastPara == r.x.sents[r.i].para {
		return r.lastParty
	}
	if r.home != "" && !r.pronoun {
		return []string{r.home} // "The Ambassador outlined ...": to the post's hosts
	}
	return nil
}

// toPartyRE introduces the one something was said to.
var toPartyRE = mustWordRE(` (?:to|with)\s+`)

// headOf returns the start of a text, up to n bytes, cut at a word.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if k := strings.LastIndexByte(s[:n], ' '); k > 0 {
		return s[:k]
	}
	return s[:n]
}

// side tells who the subject of an exchange is: the US side, the other
// side, or neither as far as the text says. at is the subject's offset in
// the sentence.
func (r *exchangeReader) side(subject string, at int, purpose bool) int {
	if purpose {
		return actorUS
	}
	subject = strings.TrimSpace(subject)
	if k := strings.LastIndex(subject, ", "); k >= 0 && hasVerb(subject[:k]) {
		at += k + 2 // "... who favors Turkey's joining the EU, something he has told us"
		subject = subject[k+2:]
	}
	if subject == "" {
		return actorUnknown
	}
	if subject == "I" || subject == "We" || subject == "we" {
		r.usSubject = true
		return actorUS // the cable's author
	}
	text := r.x.sents[r.i].text
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= at && m.end <= at+len(subject) && !(len(m.isos) == 1 && m.isos[0] == "US") {
			if before, _ := window(text, m.start, 12); postBeforeRE.MatchString(before) {
				continue // "Embassy Moscow" is the US side
			}
			if !usAndRE.MatchString(subject) && !andUSRE.MatchString(subject) {
				return actorForeign
			}
		}
	}
	if foreignBodyRE.MatchString(subject) {
		return actorForeign // "FCO Sanctions Officer Dominic Otway"
	}
	if orgRE.MatchString(subject) {
		return actorUnknown // "John Holmes, UN Under Secretary General"
	}
	first := firstWord(subject)
	r.pronoun = pronounRE.MatchString(first)
	if r.pronoun {
		if r.usBefore {
			r.usSubject = true
			return actorUS
		}
		return actorUnknown
	}
	us := usActorRE.FindStringIndex(subject)
	if us == nil {
		us = usSideRE.FindStringIndex(subject)
	}
	if f := foreignTitleRE.FindStringIndex(subject); f != nil && (us == nil || f[0] < us[0]) {
		return actorForeign
	}
	if us != nil || namesPerson(subject, r.x.people) {
		r.usSubject = true
		return actorUS
	}
	if r.home != "" && visitingTeamRE.MatchString(subject) && !otherSideRE.MatchString(subject[:visitingTeamRE.FindStringIndex(subject)[0]]) {
		r.usSubject = true
		return actorUS // "the Preventing Nuclear Smuggling Program (PNSP) delegation": a post reports its visitors
	}
	if r.home != "" && (otherSideRE.MatchString(subject) || personRE.MatchString(subject)) {
		return actorForeign
	}
	return actorUnknown
}

// postBeforeRE ends the text before a city that names a US post.
var postBeforeRE = mustWordRE(`\b(?:Embassy|Consulate|Consulate General|Mission|Amembassy|AmEmbassy)\s+$`)

// foreignBodyRE names another government's ministry by the shorthand
// cables use for it.
var foreignBodyRE = mustWordRE(`\b(?:FCO|DFID|HMT|MFA|MOFA|MRE|MEA|MFAT|DFAT|MINREX|Foreign Office|Foreign Ministry|Quai|Parliamentary)\b`)

// orgRE names an international organisation, whose officials are neither
// side of a bilateral exchange.
var orgRE = mustWordRE(`\b(?:UN|U\.N\.|United Nations|EU|European Union|NATO|IAEA|OSCE|OAS|OECD|World Bank|IMF|WIPO|WTO|` +
	`UNHCR|UNDP|UNICEF|ICRC|African Union|AU|ASEAN|Interpol|INTERPOL|Commission)\b`)

// visitingTeamRE ends a subject that is a team, which in a post's report
// with no country named is the visiting US one.
var visitingTeamRE = mustWordRE(`\b(?:delegation|team|visitors|experts|trainers|instructors|CODEL|codel|Codel)$`)

// pronounRE is a subject that refers back to a person named before
// ("They" in reports is mostly the other side: "They explained that").
var pronounRE = mustWordRE(`^(?:He|She|he|she)$`)

// personRE is a subject that is a person's name: "Bono", "Marcel Biato",
// "a subdued Geronimo Gutierrez".
var personRE = mustWordRE(`^(?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s*$`)

// party returns the countries of the other party of an exchange, whose
// words start at off in the sentence.
func (r *exchangeReader) party(obj string, off int) []string {
	end := len(obj)
	if loc := objectEndRE.FindStringIndex(obj); loc != nil {
		end = loc[0]
	}
	if k := infinitiveAt(obj[:end]); k >= 0 {
		end = k // "encouraged Brazil to use its relations with Iran"
	}
	head := obj[:end]
	var isos []string
	last := -1 // the end of the last party: those after it must continue its list
	for _, m := range r.x.sents[r.i].mentions {
		if m.start < off || m.end > off+end || len(m.isos) != 1 || m.isos[0] == "US" || r.aside(m) {
			continue
		}
		if last >= 0 && !listJoinRE.MatchString(r.x.sents[r.i].text[last:m.start]) {
			break // "to German Embassy counterparts the importance of giving India the message"
		}
		text := r.x.sents[r.i].text
		if topicBeforeRE.MatchString(obj[:m.start-off]) && !institutionAfterRE.MatchString(text[m.end:]) {
			continue // "about Iran", not "in the Maltese Finance Ministry"
		}
		if !contains(isos, m.isos[0]) {
			isos = append(isos, m.isos[0])
		}
		last = m.end
	}
	if len(isos) > 0 {
		return isos
	}
	if r.home == "" {
		return nil
	}
	lead := strings.TrimLeft(head, " ,")
	lead = strings.TrimPrefix(strings.TrimPrefix(lead, "with "), "separately with ")
	other := otherSideRE.FindStringIndex(lead)
	for _, re := range []*wordRE{usActorRE, usSideRE} {
		if us := re.FindStringIndex(lead); us != nil && us[0] < 12 && (other == nil || other[0] > us[0]) {
			return nil // "met with DNSA Abrams", "briefed the Ambassador"; not "Defense Secretary General Galvan"
		}
	}
	name, _, _ := strings.Cut(lead, ",")
	if otherSideRE.MatchString(head) || personRE.MatchString(firstWords(name, 3)) {
		return []string{r.home}
	}
	return nil
}

// namesAny reports whether the sentence names a country, the US too,
// between two offsets: "encouraged American companies" has a party.
func (r *exchangeReader) namesAny(from, to int) bool {
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= from && m.end <= to {
			return true
		}
	}
	return false
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// subjectCountries returns the countries of the other side as a subject
// names them, which starts at off in the sentence: its own words, or the
// post's country.
func (r *exchangeReader) subjectCountries(subject string, off int) []string {
	if r.home != "" && foreignBodyRE.MatchString(subject) {
		return []string{r.home} // "FCO DRC Desk Officer Craven": the FCO's country
	}
	var isos []string
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= off && m.end <= off+len(subject) && len(m.isos) == 1 && m.isos[0] != "US" && !contains(isos, m.isos[0]) &&
			!r.aside(m) {
			isos = append(isos, m.isos[0])
		}
	}
	if len(isos) == 0 && r.home != "" {
		isos = []string{r.home}
	}
	return isos
}

// meetingWithRE is a meeting with the US side named in passing: "In a
// private meeting with Emboff on 2 May, Marcel Biato ...".
var meetingWithRE = mustWordRE(`\b(?:` + meetingNouns + `)\s+with\s+(?:the\s+)?(?:visiting\s+)?`)

// meetingNouns open meetingWithRE.
const meetingNouns = `meeting|meetings|conversation|conversations|lunch|dinner|call|talks|discussion|discussions`

// meetingWith returns the exchange of a sentence that names a meeting with
// the US side in passing, with the other side as its subject.
func (r *exchangeReader) meetingWith(text string) []fact {
	for _, loc := range meetingWithRE.FindAllStringIndex(text, -1) {
		rest := text[loc[1]:]
		if !usSideRE.MatchString(headOf(rest, 40)) && !usActorRE.MatchString(headOf(rest, 30)) || irrealis(text[:loc[0]]) {
			continue
		}
		st, en := speakerSpan(text, loc)
		if st < 0 {
			continue
		}
		isos := r.mentionsIn(st, en)
		if len(isos) == 0 && r.home != "" && otherSideRE.MatchString(text[st:en]) {
			isos = []string{r.home}
		}
		var out []fact
		for _, iso := range isos {
			out = append(out, r.fact(iso, Discussed, text, 0))
		}
		return out
	}
	return nil
}

// speakerSpan returns the span of the subject of the main clause of a
// sentence that names a meeting at loc in passing: after the phrase's
// comma ("In a meeting with Charge, MPAA CEO Dan Glickman expressed"), or
// before the phrase ("Rao, in his meeting with the Ambassador, said"), up
// to its verb; -1 when there is none.
func speakerSpan(text string, loc []int) (int, int) {
	st := 0
	if k := strings.Index(text[loc[1]:], ", "); k >= 0 && !hasVerb(text[:loc[0]]) {
		st = loc[1] + k + 2
	} else if loc[0] == 0 {
		return -1, -1
	}
	en := len(text)
	if st == 0 {
		en = loc[0]
	}
	for i, w := range strings.Fields(text[st:en]) {
		if i > 0 && isVerbWord(strings.Trim(w, `,.;:"'()`)) {
			k := strings.Index(text[st:], " "+w)
			return st, st + k
		}
	}
	return st, en
}

// mentionsIn returns the countries other than the US named in a span of
// the sentence.
func (r *exchangeReader) mentionsIn(st, en int) []string {
	var isos []string
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= st && m.end <= en && len(m.isos) == 1 && m.isos[0] != "US" && !contains(isos, m.isos[0]) && !r.aside(m) {
			isos = append(isos, m.isos[0])
		}
	}
	return isos
}

// fact returns a fact of the sentence, dated by the clause.
func (r *exchangeReader) fact(iso, action, cl string, off int) fact {
	dates := r.datesOf(cl, off)
	var per period
	if len(dates) > 0 {
		per = sinceCable(dates[0], r.x.date)
		for _, p := range dates[1:] {
			if !p.from.Before(per.from) && !p.to.After(per.to) {
				per = sinceCable(p, r.x.date)
			}
		}
	}
	return fact{iso: iso, action: action, per: per, sent: r.i, clause: cl}
}

// datesOf returns the dates a clause at off in the sentence states, those
// after the cable's date left out: an exchange reported is past ("by July
// 2011" is a deadline).
func (r *exchangeReader) datesOf(cl string, off int) []period {
	years := yearsIn(r.x.sents[r.i].text)
	dc := dateContext{cable: r.x.date, year: yearBefore(years, off), later: firstOf(years)}
	dates := nameDates(cl, findPeriods(cl, dc, false))
	if r.x.date.IsZero() {
		return dates
	}
	past := dates[:0:0]
	for _, p := range dates {
		if !p.from.After(r.x.date) {
			past = append(past, p)
		}
	}
	return past
}

// eachDate returns fs once per date a clause conjoins ("on September 6
// and again on September 11"), or fs when it states one.
func (r *exchangeReader) eachDate(fs []fact, cl string, off int) []fact {
	alts := conjoinedDates(cl, r.datesOf(cl, off))
	if len(alts) < 2 || len(fs) == 0 {
		return fs
	}
	var out []fact
	for _, p := range alts {
		for _, f := range fs {
			f.per = sinceCable(p, r.x.date)
			out = append(out, f)
		}
	}
	return out
}

// aidVerbRE are the verbs of help the US side gives: "provided airport
// security training to approximately 30 Libyan officials", "Poloff donated
// Portuguese language books to the school library".
var aidVerbRE = mustWordRE(aidVerbs)

const aidVerbs = `\b(?:` + aidVerbWords + `)\b`

// aidVerbWords are the forms aidVerbRE finds.
const aidVerbWords = `provided|provides|provide|donated|handed over|delivered|gave|funded|financed|equipped|trained|conducted|held|organized|organised`

// travelledToRE ends a lead whose verb of help is the purpose of a journey
// made: "traveled to Libya to".
var travelledToRE = mustWordRE(`\b(?:traveled|travelled|came|went|visited|arrived|deployed|returned)\b[^,;]{0,60}\bto\s+$`)

// trainingRE names training in the object of a verb of help.
var trainingRE = mustWordRE(`(?i)\b(?:training|trainings|courses?|workshops?|seminars?|instruction|exercises?)\b`)

// listJoinRE joins the items of a list of countries: ", ", " and ", ", and the ".
var listJoinRE = lazyre.New(`^(?:'s)?(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?$`)

// recipientSkipRE ends the text before a country that is not the
// recipient of help: "about Iran", "against Iraq".
var recipientSkipRE = mustWordRE(`\b(?:about|regarding|concerning|against|than|like|from|by)\s+(?:the\s+)?$`)

// readAid returns the help a clause says the US side gave: trained when
// what was given is training, assisted when it is material help.
func (r *exchangeReader) readAid(cl string, off int) []fact {
	loc := aidVerbRE.FindStringIndex(cl)
	start := subjectStart(cl)
	if loc == nil || loc[0] < start {
		return nil
	}
	lead := cl[start:loc[0]]
	subject, _ := afterSubordinator(lead)
	if m := travelledToRE.FindStringIndex(lead); m != nil {
		subject = lead[:m[0]] // "a CBP team traveled to Libya to provide training": done on arrival
		lead = subject
	}
	if irrealis(lead) || passiveRE.MatchString(lead) || r.side(subject, off+start, false) != actorUS {
		return nil
	}
	verb := strings.ToLower(cl[loc[0]:loc[1]])
	obj := cl[loc[1]:]
	action := ""
	switch {
	case carrierRE.MatchString(headOf(obj, 60)):
		return nil // "delivered ref A demarche to the head of Libya's ... program"
	case verb == "trained" || trainingRE.MatchString(headOf(obj, 60)):
		action = Trained
	case aidNounRE.MatchString(headOf(obj, 40)) && verb != "conducted" && verb != "held" && verb != "organized" && verb != "organised":
		action = Assisted
	default:
		return nil
	}
	var isos []string
	last := -1 // the end of the last recipient: those after it must continue its list
	for _, m := range r.x.sents[r.i].mentions {
		at := off + loc[1]
		if m.start < at || m.end > off+len(cl) || len(m.isos) != 1 || m.isos[0] == "US" || contains(isos, m.isos[0]) {
			continue
		}
		if last >= 0 && !listJoinRE.MatchString(r.x.sents[r.i].text[last:m.start]) {
			break // "to Malian Customs for the Senegal ... border crossings"
		}
		if !recipientSkipRE.MatchString(cl[loc[1] : m.start-off]) {
			isos, last = append(isos, m.isos[0]), m.end
		}
	}
	if len(isos) == 0 && r.home != "" && otherSideRE.MatchString(obj) {
		isos = []string{r.home}
	}
	var out []fact
	for _, iso := range isos {
		out = append(out, r.fact(iso, action, cl, off))
	}
	return out
}

// thankedRE is gratitude for what the other side did: "Thanking the UAE
// for hosting", "grateful to Her Majesty's Government for putting together
// this Conference", "thanked EXBS for the training programs".
var thankedRE = mustWordRE(`\b(?i:` + thanksWords + `)\b(.{0,80}?)\bfor\s+(.{0,60})`)

// thanksWords open thankedRE.
const thanksWords = `thank|thanked|thanks|thanking|grateful to|appreciation to|appreciated`

// thanksAidRE names material help a country thanks the US for ("support"
// is as often diplomatic).
var thanksAidRE = mustWordRE(`(?i)\b(?:assistance|equipment|donations?|aid|funding|grants?|vehicles|supplies)\b`)

// hostingRE opens what a country is thanked for when it hosted.
var hostingRE = mustWordRE(`^(?:(?:the|its|their|his|her|our|your)\s+)?(?:hosting|organizing|organising|putting together|holding|convening)\b`)

// readThanks returns what gratitude states: the US side thanking a country
// for hosting (hosted), a country thanking the US side for training or
// help (trained, assisted).
func (r *exchangeReader) readThanks(text string) []fact {
	m := thankedRE.FindStringSubmatchIndex(text)
	if m == nil || irrealis(text[:m[0]]) {
		return nil
	}
	what, between := "", text[m[2]:m[3]]
	switch forWhat := text[m[4]:m[5]]; {
	case trainingRE.MatchString(forWhat):
		what = "training"
	case hostingRE.MatchString(forWhat):
		what = "hosting"
	case thanksAidRE.MatchString(forWhat):
		what = "assistance"
	default:
		return nil
	}
	var isos []string
	us := usActorRE.MatchString(between) || usSideRE.MatchString(between)
	switch what {
	case "training", "assistance":
		if !us {
			return nil // thanks to the US side: the country before them received it
		}
		for _, mn := range r.x.sents[r.i].mentions {
			if mn.end <= m[0] && len(mn.isos) == 1 && mn.isos[0] != "US" && !contains(isos, mn.isos[0]) {
				isos = append(isos, mn.isos[0])
			}
		}
		if len(isos) == 0 && r.home != "" {
			isos = []string{r.home}
		}
		action := Assisted
		if what == "training" {
			action = Trained
		}
		return r.facts(isos, action, text)
	default:
		if us {
			return nil
		}
		for _, mn := range r.x.sents[r.i].mentions {
			if mn.start >= m[2] && mn.end <= m[3] && len(mn.isos) == 1 && mn.isos[0] != "US" && !contains(isos, mn.isos[0]) {
				isos = append(isos, mn.isos[0])
			}
		}
		return r.facts(isos, Hosted, text)
	}
}

// facts returns a fact of the sentence per country.
func (r *exchangeReader) facts(isos []string, action, text string) []fact {
	var out []fact
	for _, iso := range isos {
		out = append(out, r.fact(iso, action, text, 0))
	}
	return out
}

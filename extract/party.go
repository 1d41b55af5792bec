package extract

// Who the parties of an exchange are (reader.go): the side a subject is
// on (side), the country of the one met, briefed or urged (party,
// topicParty), and meetings named in passing (meetingWith).

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// usSideAlts are the names of the US side of an exchange beyond
// usActorRE, by kind: post shorthand, officers by section, agencies,
// legislators, combatant commands and the first person.
var usSideAlts = []string{
	usPostRE,
	`DCM|CDA|COM|Chief of Mission|Charg[eé]?|(?:Pol|POL|Econ|ECON|PolMil|POLMIL)(?:[Cc]hief|CHIEF|[Cc]ouns(?:elor)?|COUNS(?:ELOR)?)|` +
		`Pol/Econ|P/E|E/POL|(?:Pol |POL )?M/C|(?i:EcMin|EconMin|PolMin)|PolMil|Pol-Mil|MinCouns|FCS|FAS|ConGen|Consul General|CG|Pol-Econ|PolEcon|Polecon|[Pp]ol(?:itical)? [Cc]ounselor|[Ee]con(?:omic)? [Cc]ounselor`,
	`[A-Z][A-Za-z]*\)? Counselor`,
	usOfficerRE + `|[Pp]ol(?:itical)? [Aa]ssistants?|[Ee]con(?:omic)? [Aa]ssistants?|[Pp]ol(?:itical)? [Ss]pecialists?|[Ee]con(?:omic)? [Ss]pecialists?|FSNs?|[Ee]mb(?:assy)? officers?|[Pp]oloffs?|[Ee]conoffs?|[Ee]mboffs?|` +
		`[Pp]ol/[Ee]con [Cc]hief|[Pp]ol [Cc]hief|[Ee]con [Cc]hief|[Pp]ol(?:itical)? [Dd]eputy|[Ee]con(?:omic)? [Dd]eputy`,
	usAgencies,
	`USTR|AUSTR|DNSA|DepSec|Deputy Secretary|Under Secretary|Assistant Secretary|Special Envoy|` +
		`Codel|CODEL|[Cc]odel|Staffdel|STAFFDEL|Senators?|Congressm[ae]n|Congresswom[ae]n|Representatives?|Rep\.|DNI|SecDef|SECDEF|CJCS`,
	`[A-Z]+COM`,
	`[Tt]he Ambassador|[Uu]s`,
}

// usSideRE names the US side of an exchange beyond usActorRE: any of
// usSideAlts, as a whole word.
var usSideRE = mustWordRE(`\b(?:` + strings.Join(usSideAlts, "|") + `)\b`)

// usSide is usSideRE asked branch by branch (usSideAlts, one expression
// each): several times faster than the whole, whose many branches the
// regexp engine must try together at every word. TestUSSide holds it to
// usSideRE.
var usSide = func() alternation {
	out := make(alternation, len(usSideAlts))
	for i, alt := range usSideAlts {
		out[i] = mustWordRE(`\b(?:` + alt + `)\b`)
	}
	return out
}()

// usAny names the US side by any of its names: usActorRE, then the
// branches of usSide. Its MatchString is usActorRE's or usSideRE's; its
// FindStringIndex the leftmost of theirs.
var usAny = append(alternation{usActorRE}, usSide...)

// alternation is the branches of an alternation of whole words, each an
// expression: `\b(?:A|B)\b` as `\b(?:A)\b` and `\b(?:B)\b`.
type alternation []*wordRE

// MatchString reports whether a branch matches s.
func (a alternation) MatchString(s string) bool {
	if textmatch.IsASCII(s) {
		return a.leftmost(s) != nil
	}
	for _, re := range a {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// FindStringIndex returns the match the whole alternation would find:
// the leftmost, and at the same start the first branch's, as Go's
// leftmost-first regexp prefers.
func (a alternation) FindStringIndex(s string) []int {
	if textmatch.IsASCII(s) {
		return a.leftmost(s)
	}
	var best []int
	for _, re := range a {
		if loc := re.FindStringIndex(s); loc != nil && (best == nil || loc[0] < best[0]) {
			best = loc
		}
	}
	return best
}

// leftmost is FindStringIndex for an ASCII text, read once for all the
// branches rather than once for each: every match of a branch begins a
// word (a textmatch.Word's), so the leftmost is at the first word's start
// where a branch matches (MatchAt), the first branch's there. TestUSSide
// holds it to the branches' own searches.
func (a alternation) leftmost(s string) []int {
	for p := 0; p < len(s); p++ {
		if !textmatch.IsWordByte(s[p]) {
			continue
		}
		for _, re := range a {
			if loc := re.MatchAt(s, p); loc != nil {
				return loc
			}
		}
		for p+1 < len(s) && textmatch.IsWordByte(s[p+1]) {
			p++ // the rest of the word
		}
	}
	return nil
}

// indexFinder finds the first match of an expression in a text.
type indexFinder interface{ FindStringIndex(s string) []int }

// usOfficerRE names an officer of a US post by the section or office:
// "Political Officer", "Principal Officer", "ESTH officer", "PolMil
// Officer"; not "Desk Officer" nor "Human Rights Officer", which the
// cables give other governments' officials. ECONOFF and the like are
// the shorthand in capitals.
const usOfficerRE = `(?:Political|Economic|Econ|Pol|PolMil|Pol-Mil|Principal|Consular|Management|Commercial|Security|Affairs|Information|` +
	`Press|Defense|Military|Agricultural|Science|Labor|Refugee|Narcotics|Environment|Trade|Embassy|Section|ESTH|RSO|PAS|INL|FCS|FAS) [Oo]fficers?|` +
	`(?:POL|ECON|EMB|POLMIL|POLEC|ESTH|CONS|MGMT|LEG|MIL)OFFS?`

// usPostRE names the officers of a US post by the shorthand cables use:
// a section ("pol", "econ", "polmil", "emb", "msn", "congen", "esth"),
// perhaps a rank ("min"), then the post held ("off", "couns", "chief",
// "intern", "FSN"), in any case and with "A/", "D/" or "Dep" for an
// acting or deputy holder: "PolMinCouns", "polmiloff", "D/Polcouns",
// "ESTHOFF", "Congenoffs", "Pol-MC", "Econ/Chief"; "Pol/Mil officer"; the offices known by their
// initials (RSO, PAO, LEGATT, MLO, REO for a regional environment office,
// Labatt for the labor attache); and the attaches by their field. Not
// "Geoff" or "Chertoff", nor a labor union's chief.
const usPostRE = `(?i:(?:[AD]/|Dep(?:uty)?\s?|Acting\s)?(?:` + postSections + `)(?:[-/]?(?:` + postSections + `|min))*` +
	`(?:[-/]?(?:offs?|couns|chief|mc|fsns?|interns?)|\s(?:officers?|fsns?|interns?)))|` +
	`RSO|PAO|LEGATT|MLO|REO|Labatt|(?:Defen[cs]e|Legal|Air|Army|Naval|Navy|Military|Labor|Treasury|Customs|Homeland Security|DHS|FBI|DEA|Country|Embassy) Attach[eé]s?`

// postSections are the sections of a US post in its officers' shorthand.
const postSections = `pol|econ|ec|mil|polmil|emb|msn|miss|con|cons|congen|esth|est|mgmt|pub|pd|lab|labor|sci|env|fcs|fas|inl|narc`

// usAgencies are the US agencies and offices at a post that act for the
// United States: "the DATT delivered", "ICE trained", the armed services
// and the combatant commands ("USAF instructors trained", "SOUTHCOM
// donated") and their components ("NAVCENT", "CJTF-HOA"), the Narcotics
// Affairs Section (NAS), the assistance programmes that act by their
// names ("ATA instructors trained", Diplomatic Security's Antiterrorism
// Assistance; "an OTA advisor", Treasury's Office of Technical
// Assistance; "CTR funded", Cooperative Threat Reduction) and the
// agencies of Washington that train and give abroad.
const usAgencies = `DASD|PDASD|PDAS|ASD|DATT|DAO|LEGAT|Legatt?|ODC|OMC|OSC|MILGRP|DEA|ICE|NCIS|OPDAT|INL|CHDS|JCET|IMET|ACOTA|GPOI|DCM|ONDCP|NNSA|` +
	`USUN|USNATO|USEU|USOSCE|USDEL|USDel|USAF|USMC|USCG|USARMY|MILGP|ICITAP|DIILS|OFDA|NAS|SOUTHCOM|AFRICOM|EUCOM|CENTCOM|PACOM|NORTHCOM|JSOTF-P|CSTC-A|` +
	`NAVCENT|MARCENT|ARCENT|AFCENT|SOCOM|SOCSOUTH|SOCAFRICA|SOCEUR|SOCPAC|CJTF-HOA|USFOR-A|MNSTC-I|USACE|DTRA|ATA|OTA|CTR|TSA|USDA|APHIS|DOJ|ATF|USTDA|FEMA`

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
var objectEndRE = mustWordRE(`(?:` + commaParticiple + `|\b(?:that|whether|if|why|how|what|when|where|for|about|regarding|concerning|on the (?:issue|subject|margins?|situation|question)s?|` +
	`to (?:discuss|deliver|convey|present|relay|review|raise|request|press|urge|seek|share|explain|brief|express|encourage|follow)|` +
	`who|which|in order|during|after|before|because)\b|;|:)`)

// institutionAfterRE opens an institution after a country's name or
// demonym: "(in the Maltese) Finance Ministry", "(at the Brazilian)
// Ministry of External Relations".
var institutionAfterRE = mustWordRE(`^(?:'s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Ministry|Ministries|MFA|Government|Embassy|Parliament|Presidency|Cabinet|Armed Forces|Army|Navy|Police|Customs|Foreign Office|Finance Ministry)\b`)

// topicBeforeRE ends the text before a country named as a place or a
// topic, not as a party: "in Iraq", "on Iran", "about Cuba".
var topicBeforeRE = mustWordRE(`\b(?:(?:opinion|opinions|views?|assessment|position|situation|case|issue|question|relations?|policy|policies|role) of\s+(?:the\s+)?$|(?:in|at|on|about|regarding|concerning|over|toward|towards|against|into|via|through|to|for|than|like|including)\s+(?:the\s+)?$)`)

// aboutRE opens what an object is about, everything after it a topic:
// "delivered points regarding the launch from India of the satellite".
var aboutRE = mustWordRE(`\b(?:regarding|concerning)\b`)

// withRE introduces the party of talks: "discussed the case with".
var withRE = mustWordRE(`\bwith\b`)

// usParty reports whether the head of an object, at off in the sentence,
// names the US side: "told Charge", not "told the Swiss Charge".
func (r *exchangeReader) usParty(head string, off int) bool {
	k := usSide.FindStringIndex(head)
	if u := r.usActorIn(head); u != nil && (k == nil || u[0] < k[0]) {
		k = u
	}
	return k != nil && !r.namesForeign(off, off+k[0])
}

// aside reports whether a mention names no party: it stands in
// parentheses ("Joint Secretary (Pakistan, Afghanistan, Iran)"), names a
// portfolio or a posting, or is what was talked of ("Iran was the only
// issue raised").
func (r *exchangeReader) aside(m mention) bool {
	text := r.x.sents[r.i].text
	return inAside(text, m.start) || portfolio(text, m) || postedAt(text, m) || topicCopulaRE.MatchString(text[m.end:])
}

// postedToRE ends the words before a country to which a diplomat is
// posted, which is not the diplomat's: "Italian Ambassador to Brazil",
// "Counsellor at the Embassy in Tanzania".
var postedToRE = mustWordRE(`\b(?:Ambassador|Ambassadors|Embassy|Embassies|Consul|Consul General|Charge d'Affaires|Chargé d'Affaires|` +
	`Envoy|Permanent Representative|PermRep|Mission|Nuncio|High Commissioner|Attache|Attaché)\s+(?:to|in)\s+(?:the\s+)?$`)

// portfolio reports whether a mention names what an official or an
// office deals with rather than whom it belongs to: "Director,
// Afghanistan and Pakistan, in the Cabinet Office", "MFA West Asian
// Affairs Department Iran Division Deputy Director Ni Ruchi".
func portfolio(text string, m mention) bool {
	before, _ := window(text, m.start, 60)
	return portfolioAfterRE.MatchString(text[m.end:]) || portfolioBeforeRE.MatchString(before) ||
		bodyOwnsRE.MatchString(before) && bodyTitleAfterRE.MatchString(text[m.end:])
}

var (
	// portfolioAfterRE follows a country that names a unit's portfolio,
	// alone or in a list: "Iran Desk", "the Caribbean, Mexico, and Central
	// America Team".
	portfolioAfterRE = mustWordRE(`^(?:'s)?(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*\s+(?:Division|Desk|Department|Directorate|Unit|Office|Section|Affairs|Bureau|Team|Task Force|Branch|Cell|Working Group|desk|division|unit|section|team|task force)\b`)
	// bodyOwnsRE and bodyTitleAfterRE hold a country between a body of a
	// government and a title of its official: "MFA's Iraqi Refugee
	// Coordinator", "Foreign Ministry Iraq Coordinator".
	bodyOwnsRE       = mustWordRE(`\b(?:` + foreignBodies + `|Ministry|Department)(?:'s|’s)?\s+$`)
	bodyTitleAfterRE = mustWordRE(`^\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Coordinator|Director|Envoy|Adviser|Advisor|Officer|Head|Chief|Representative)\b`)
	// portfolioBeforeRE ends the title of an official for a portfolio.
	portfolioBeforeRE = mustWordRE(`\b(?:Director|Head|Chief|Coordinator|Officer|Adviser|Advisor|Representative|Counselor|Counsellor|Counsel|Manager)(?:,|\s+for|\s+on)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s+|\s+and\s+|,\s+and\s+))*$`)
)

// inAside reports whether offset at of a text stands in parentheses that
// set words aside; not those that open the sentence or a comment, "(Comment:
// Iraq's Ambassador in Manama told Ambassador ...", which say what happened.
func inAside(text string, at int) bool {
	depth, open := 0, -1
	for i := 0; i < at; i++ {
		switch text[i] {
		case '(':
			if depth == 0 {
				open = i
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		}
	}
	if depth == 0 {
		return false
	}
	rest := strings.ToLower(text[open+1 : min(len(text), open+12)])
	return open > 2 && !strings.HasPrefix(rest, "comment") && !strings.HasPrefix(rest, "note") &&
		!membersListRE.MatchString(text[:open])
}

// membersListRE ends the text before parentheses that list who a plural
// noun stands for: "briefed a group of core donors (France, Spain,
// Germany)".
var membersListRE = mustWordRE(`\b(?:donors|countries|partners|participants|members|member states|states|delegations|governments|nations|` +
	`allies|ambassadors|embassies|missions|counterparts|colleagues|neighbors|neighbours|attendees)\s*$`)

// notAside keeps the mentions aside does not put in parentheses.
func (r *exchangeReader) notAside(m mention) bool { return !r.aside(m) }

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

// namesOther reports whether the sentence names a country other than iso
// and the US: "During Malian FM Traore's recent trip to Washington, the
// Secretary emphasized" is no longer of the visitor met before.
func (r *exchangeReader) namesOther(iso string) bool {
	for _, m := range r.x.sents[r.i].mentions {
		if !slices.Contains(m.isos, iso) && !slices.Contains(m.isos, "US") {
			return true
		}
	}
	return false
}

// topicParty returns the party of a verb whose object is what was said
// ("stressed the need for Arab support"): the one it was said to ("to
// the Minister"), or the one met last.
func (r *exchangeReader) topicParty(obj string, off int) []string {
	head := obj
	if loc := objectEndRE.FindStringIndex(obj); loc != nil {
		head = obj[:loc[0]] // "emphasized that ... indispensable to good relations"
	}
	if k := toPartyRE.FindStringIndex(headOf(head, 80)); k != nil && infinitiveAt(head[k[0]:]) != 0 &&
		len(strings.Fields(head[:k[0]])) <= 6 && !hasVerb(head[:k[0]]) && !complementNoun(lastWord(head[:k[0]])) {
		// "outlined the USG position to FM Araujo", not "highlighted the
		// increase ... and proposed expanded commitments to Afghanistan"
		if isos := r.party(obj[k[1]:], off+k[1]); len(isos) > 0 {
			return isos
		}
	}
	if to, ok := strings.CutPrefix(strings.TrimSpace(obj), "to "); ok {
		before, _ := window(r.x.sents[r.i].text, off, 40)
		if name := beforeLowerWord(to, 3); r.home != "" && !r.pronoun && !pronounWordRE.MatchString(before) && personRE.MatchString(name) && !orgRE.MatchString(name) &&
			!usAny.MatchString(name) && !namesPerson(name, r.x.orgPeople) {
			return []string{r.home} // "conveyed to Marzouk the USG's desire": a person of the post's hosts
		}
		return nil
	}
	if r.lastPara == r.x.sents[r.i].para {
		return r.lastParty
	}
	if r.visited != "" && !r.pronoun && r.x.sents[r.i].heading == nil {
		if r.namesOther(r.visited) {
			return nil // "During Malian FM Traore's recent trip, the Secretary emphasized": neither the visitor's nor the hosts'
		}
		return []string{r.visited} // "The Ambassador highlighted ...", after a visitor's meeting with him
	}
	if r.home != "" && !r.pronoun {
		return []string{r.home} // "The Ambassador outlined ...": to the post's hosts
	}
	return nil
}

// complementNoun reports whether a noun takes "to" or "with" after it as
// its own complement, so that the country after is not the one told:
// "highlighted USG opposition to Eritrea's efforts", "stressed U.S.
// support to the TFG", "outlined our relations with Syria".
func complementNoun(w string) bool {
	switch strings.ToLower(w) {
	case "opposition", "support", "commitment", "commitments", "threat", "threats", "assistance", "aid", "access",
		"approach", "response", "contribution", "contributions", "visit", "visits", "trip", "exports", "sales",
		"relationship", "relations", "ties", "cooperation", "engagement", "partnership", "dialogue", "talks",
		"negotiations", "dispute", "links", "transfers", "shipments", "travel", "return", "challenge", "challenges":
		return true
	}
	return false
}

// pronounWordRE is a pronoun that may be the subject of a verb after it:
// "told the Ambassador he personally explained to".
var pronounWordRE = mustWordRE(`\b(?:` + subjectPronouns + `)\b`)

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

// subjectProper returns the words of a subject that name who acts, with
// their offset: without adverbs after it ("Diop later told": Diop), a
// phrase fronted before it in lower case, or a report it ends.
func subjectProper(subject string, at int) (string, int) {
	subject = trimAdverbs(strings.TrimSpace(subject))
	if k := frontedIn(subject); k > 0 {
		at += k // "... has admitted that, on the margins of the Washington Forum, he pressed": he
		subject = subject[k:]
	}
	if k := afterReport(subject); k > 0 {
		at += k // "... who favors Turkey's joining the EU, something he has told us"
		subject = subject[k:]
	}
	return subject, at
}

// side tells who the subject of an exchange is: the US side, the other
// side, or neither as far as the text says. at is the subject's offset in
// the sentence.
func (r *exchangeReader) side(subject string, at int, purpose bool) int {
	if purpose {
		return actorUS
	}
	subject, at = subjectProper(subject, at)
	if subject == "" {
		return actorUnknown
	}
	if side, ok := r.authorOrContact(subject, at); ok {
		return side
	}
	text := r.x.sents[r.i].text
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= at && m.end <= at+len(subject) && !(len(m.isos) == 1 && m.isos[0] == "US") {
			if before, _ := window(text, m.start, 12); postBeforeRE.MatchString(before) {
				continue // "Embassy Moscow" is the US side
			}
			if before, _ := window(text, m.start, 30); m.start > at && placeInRE.MatchString(before) {
				continue // "An American visitor in Cuba": where, not who; not "at the GoSS's Cairo office"
			}
			if !usAndRE.MatchString(subject) && !andUSRE.MatchString(subject) {
				return actorForeign
			}
		}
	}
	if foreignBodyRE.MatchString(subject) {
		return actorForeign // "FCO Sanctions Officer Dominic Otway"
	}
	if len(r.x.foreignIn(subject)) > 0 && r.x.titlesForeign(subject) {
		return actorForeign // "Sharif", whom the cable named as Somalia's President
	}
	if orgRE.MatchString(subject) || namesPerson(subject, r.x.orgPeople) {
		return actorUnknown // "John Holmes, UN Under Secretary General"; "Orsini", named before as EULEX's
	}
	first := firstWord(subject)
	r.pronoun = pronounRE.MatchString(first)
	if r.pronoun {
		if r.otherReports(at) {
			return actorUnknown // "GOSS official X has admitted that ... he pressed": he is X
		}
		if r.heAfterUS() {
			r.usSubject = true
			return actorUS
		}
		return actorUnknown
	}
	if statementSubjectRE.MatchString(subject) {
		return actorUnknown // "The U.S. opening statement stressed": said to a body, no exchange with one party
	}
	plain := blankQuotes(blankRelatives(subject)) // "Barton, who accompanied McDonald on his visit to the U.S., stressed"
	us := r.usActorIn(plain)
	if us == nil {
		us = usSide.FindStringIndex(plain)
	}
	if f := foreignTitleRE.FindStringIndex(plain); f != nil && (us == nil || f[0] < us[0]) {
		return actorForeign
	}
	if us != nil && toldBeforeRE.MatchString(plain[:us[0]]) {
		return actorUnknown // "Mehdy later told P/E Chief the crew had pressed him": the US side is what was told, the crew pressed
	}
	if privateBefore(plain, us) {
		return actorUnknown // "Most academics and journalists we spoke with ... told us"
	}
	if us != nil || namesPerson(subject, r.x.people) {
		r.usSubject = true
		return actorUS
	}
	if r.home != "" && visitingTeamRE.MatchString(subject) && !otherSideRE.MatchString(subject[:visitingTeamRE.FindStringIndex(subject)[0]]) &&
		r.x.usTeam() {
		r.usSubject = true
		return actorUS // "the Preventing Nuclear Smuggling Program (PNSP) delegation": a post reports its visitors
	}
	if r.home != "" && (otherSideRE.MatchString(subject) || personRE.MatchString(subject)) {
		return actorForeign
	}
	return actorUnknown
}

// frontedIn returns where the subject begins in a subject that opens with
// a phrase fronted in lower case, after a subordinator ("that, on the
// margins of the Forum, he"), as subjectStart reads one that opens a
// clause; 0 when none does.
func frontedIn(subject string) int {
	if subject == "" || subject[0] < 'a' || subject[0] > 'z' {
		return 0
	}
	return subjectStart(strings.ToUpper(subject[:1]) + subject[1:])
}

// reportThatRE is a verb that reports what its subject said, before the
// clause it reports: "has admitted that", "said on May 3 that".
var reportThatRE = mustWordRE(`\b(?:said|says|admitted|admits|noted|claimed|claims|explained|added|stated|insisted|confirmed|denied|acknowledged|recalled|revealed)\s+(?:[\w,.]+\s+){0,4}?that\b`)

// otherReports reports whether the sentence, before at, has a subject
// other than the US side report a clause ("GOSS official X has admitted
// that"): a pronoun in that clause is that subject, not a US official.
func (r *exchangeReader) otherReports(at int) bool {
	text := r.x.sents[r.i].text[:at]
	k := reportThatRE.FindStringIndex(text)
	if k == nil {
		return false
	}
	st := subjectStart(text)
	if st > k[0] {
		st = 0 // the reporting verb stands in what subjectStart took for a fronted phrase
	}
	subj := strings.TrimSpace(text[st:k[0]])
	return subj != "" && !pronounRE.MatchString(firstWord(subj)) && r.usActorIn(subj) == nil && !usSide.MatchString(subj)
}

// toldBeforeRE ends the words of a subject before a US actor who is the
// one told, the verb after being what was told: "Mehdy later told | P/E
// Chief the crew had pressed him".
var toldBeforeRE = mustWordRE(`\b(?:told|tells|tell|informed|assured|reminded|warned)\s+(?:the\s+)?$`)

// namedDepartment reports whether the text before "Department" ends with
// the name of a department of a ministry ("the Counterproliferation
// Department"), not the Department of State ("the Department", "State
// Department").
func namedDepartment(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return isCapital(w[0]) && w != "State" && w != "The"
}

// postBeforeRE ends the text before a city that names a US post.
var postBeforeRE = mustWordRE(`\b(?:Embassy|Consulate|Consulate General|Mission|Amembassy|AmEmbassy)\s+$`)

// foreignBodyRE names another government's ministry by the shorthand
// cables use for it.
var foreignBodyRE = mustWordRE(`\b(?:` + foreignBodies + `)\b`)

// foreignBodies are the abbreviations and names by which a report names a
// body of its host government without the country's name.
const foreignBodies = `FCO|Foreign and Commonwealth Office|Cabinet Office|Home Office|DFID|HMT|HM Treasury|Her Majesty's Treasury|MFA|MOFA|MRE|MEA|MFAT|DFAT|MINREX|Foreign Office|Foreign Ministry|Quai|Parliamentary`

// orgRE names an international organisation, whose officials are neither
// side of a bilateral exchange.
var orgRE = mustWordRE(`\b(?:` + orgNames + `)\b`)

// orgNames are the international organisations orgRE names ("U.N": the
// word ends before its last stop).
const orgNames = `UN|U\.N|United Nations|EU|European Union|NATO|IAEA|OSCE|OAS|OECD|World Bank|IMF|WIPO|WTO|` +
	`UNHCR|UNDP|UNICEF|ICRC|African Union|AU|ASEAN|Interpol|INTERPOL|Commission|EULEX|UNMIK|UNAMA|UNIFIL|ICC|ICTY|ICJ|` +
	`ICAO|OPCW|CTBTO|Arab League|Council of Europe|IOM|Council Secretariat`

// visitingTeamRE ends a subject that is a team, which in a post's report
// with no country named is the visiting US one.
var visitingTeamRE = mustWordRE(`\b(?:delegation|team|visitors|experts|trainers|instructors|CODEL|codel|Codel)$`)

// pronounRE is a subject that refers back to a person named before
// ("They" in reports is mostly the other side: "They explained that").
var pronounRE = mustWordRE(`^(?:` + subjectPronouns + `)$`)

// subjectPronouns are the pronouns that stand for one person met or
// meeting, the subject of a verb.
const subjectPronouns = `He|She|he|she`

// personRE is a subject that is a person's name: "Bono", "Marcel Biato",
// "a subdued Geronimo Gutierrez".
var personRE = mustWordRE(`^(?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?)?` + nameWord + `(?:\s+` + nameWord + `){0,3}\s*$`)

// nameWord is a word of a person's name: "Marcel", "McDonald", "O'Neill".
const nameWord = `[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)?[a-z]*(?:-[A-Z][a-z]+)?`

// party returns the countries of the other party of an exchange, whose
// words start at off in the sentence.
func (r *exchangeReader) party(obj string, off int) []string {
	end := objectEnd(obj)
	head := obj[:end]
	var isos []string
	last := -1  // the end of the last party: those after it must continue its list
	topic := -1 // the end of the last topic: those that continue its list are topics too
	for _, m := range r.x.sents[r.i].mentions {
		if m.start < off || m.end > off+end || len(m.isos) != 1 || m.isos[0] == "US" || r.aside(m) || givenName(r.x.sents[r.i].text, m) ||
			inCompound(r.x.sents[r.i].text, m) {
			continue
		}
		if last >= 0 && !listJoinRE.MatchString(r.x.sents[r.i].text[last:m.start]) {
			break // "to German Embassy counterparts the importance of giving India the message"
		}
		text := r.x.sents[r.i].text
		if topicBeforeRE.MatchString(obj[:m.start-off]) && !institutionAfterRE.MatchString(text[m.end:]) ||
			aboutRE.MatchString(obj[:m.start-off]) ||
			topic >= 0 && listJoinRE.MatchString(text[topic:m.start]) && !hasVerb(firstWords(text[m.end:], 1)) {
			topic = m.end
			continue // "about Iran", not "in the Maltese Finance Ministry"; "on efforts in Afghanistan and Pakistan"
		}
		if privateParty(headOf(text[m.end:], 60)) {
			last = m.end
			continue // "met with Senegal's Chief Rabbi", "with Turkish businessmen"
		}
		if !slices.Contains(isos, m.isos[0]) {
			isos = append(isos, m.isos[0])
		}
		last = m.end
	}
	if len(isos) == 0 {
		isos = r.x.foreignIn(head) // "reviewed with Sharif": the Somali President named before
	}
	lead := strings.TrimLeft(head, " ,")
	r.explicit = len(isos) > 0
	if len(isos) > 0 {
		return isos
	}
	if objectPronounRE.MatchString(lead) {
		if r.lastPara == r.x.sents[r.i].para && len(r.lastParty) > 0 {
			return r.lastParty // "we told him that ...": the one met before
		}
		if r.home != "" {
			return []string{r.home}
		}
	}
	if r.home == "" {
		return nil
	}
	if m := meetingDateRE.FindStringIndex(lead); m != nil {
		lead = lead[m[1]:] // "met on March 20 with Carlos Zannini, the Secretary for Legal ... Affairs"
	}
	lead = strings.TrimPrefix(strings.TrimPrefix(lead, "with "), "separately with ")
	other := otherSideRE.FindStringIndex(lead)
	if ft := foreignTitleRE.FindStringIndex(lead); ft != nil && (other == nil || ft[0] < other[0]) {
		other = ft // "met Foreign Secretary Miliband": a title of the other side that holds "Secretary"
	}
	body := foreignBodyRE.FindStringIndex(lead)
	if body != nil && (other == nil || body[0] < other[0]) {
		other = body // "delivered ref d to HM Treasury": a body of the hosts whose name holds "Treasury"
	}
	if us := usAny.FindStringIndex(lead); us != nil && us[0] < 12 && (other == nil || other[0] > us[0]) {
		if equivalentRank(lead[us[1]:]) {
			return []string{r.home} // "to A/S-equivalent for the Americas Daniel Parfait": the hosts' official of that rank
		}
		return nil // "met with DNSA Abrams", "briefed the Ambassador"; not "Defense Secretary General Galvan"
	}
	name, _, _ := strings.Cut(lead, ",")
	if privateParty(lead) {
		return nil // "met with Lawyer Rafael Chavero", "with Jose Perez, a local businessman,"
	}
	if otherSideRE.MatchString(head) || body != nil || personRE.MatchString(firstWords(name, 3)) ||
		fullName(beforeLowerWord(name, 3)) && !orgRE.MatchString(firstWords(name, 10)) || r.surnameOnly(name, off+len(obj)-len(lead)) {
		return []string{r.home}
	}
	return nil
}

// privateParty reports whether the party a verb names, without its
// country, is a person who speaks for no government: by the words before
// its first comma or by the appositive after it (privateSubject).
func privateParty(lead string) bool {
	if k := partyEndRE.FindStringIndex(lead); k != nil {
		lead = lead[:k[0]] // "told the Turkmen they would benefit from Western companies' capital": what was said is no party
	}
	parts := strings.SplitN(lead, ",", 3)
	return privateSubject(parts[0]) || len(parts) > 1 && privateSubject(parts[1])
}

// partyEndRE ends the words that name a party, where what was said or
// asked begins.
var partyEndRE = mustWordRE(`\b(?:that|to|about|on|regarding|if|whether|they|he|she|it|we|how|why|what)\b|;`)

// meetingDateRE opens the words after a verb of meeting with its date:
// "on March 20 ", "in May ".
var meetingDateRE = lazyre.New(`^(?:(?:on|in)\s+)?` + monthRE + `(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+`)

// surnameOnly reports whether a party, at off in the sentence, is a
// surname alone before "on", a month or the clause's end: "presented the draft
// letter to Hegazy on January 14", the post's contact; not a place the
// gazetteer knows, an acronym, a US official or an organisation.
func (r *exchangeReader) surnameOnly(name string, off int) bool {
	w := firstWord(name)
	rest := strings.TrimSpace(name[len(w):])
	w = strings.TrimRight(w, ".;:")
	if len(w) < 4 || !personRE.MatchString(w) || strings.ToUpper(w) == w || usAny.MatchString(w) || orgRE.MatchString(w) {
		return false
	}
	if mentionAt(r.x.sents[r.i].mentions, off) != nil {
		return false // "to Cairo"
	}
	return rest == "" || strings.HasPrefix(rest, "on ") || monthOf(firstWord(rest)) != 0
}

// thatParty returns the countries an exchange's verb asks to act in a
// "that" clause with a bare verb, when the verb has no object of its own
// before it: "requested last January that the United Kingdom, Australia
// and Japan demarche China", "urged that the GOB reconsider"; not "noted
// that Japan has".
func (r *exchangeReader) thatParty(obj string, off int) []string {
	end := objectEnd(obj)
	if !strings.HasPrefix(obj[end:], "that ") || !timeOnlyRE.MatchString(obj[:end]) {
		return nil
	}
	start := off + end + len("that ")
	last := -1
	var isos []string
	for _, m := range r.x.sents[r.i].mentions {
		if m.start < start || len(m.isos) != 1 || m.isos[0] == "US" {
			continue
		}
		if last >= 0 && !listJoinRE.MatchString(r.x.sents[r.i].text[last:m.start]) || last < 0 && m.start-start > 12 {
			break
		}
		if !slices.Contains(isos, m.isos[0]) {
			isos = append(isos, m.isos[0])
		}
		last = m.end
	}
	if last < 0 {
		return nil
	}
	if after := r.x.sents[r.i].text[last:]; !bareVerbRE.MatchString(after) || modalRE.MatchString(firstWord(after)) {
		return nil
	}
	return isos
}

// objectEnd returns where the party of an exchange ends in the words
// after its verb: before its topic or purpose (objectEndRE) or an
// infinitive ("encouraged Brazil to use its relations with Iran").
func objectEnd(obj string) int {
	end := len(obj)
	if loc := objectEndRE.FindStringIndex(obj); loc != nil {
		end = loc[0]
	}
	if k := infinitiveAt(obj[:end]); k >= 0 {
		end = k
	}
	return end
}

// timeOnlyRE is text that says only when: "", " last January ", " again ".
var timeOnlyRE = mustWordRE(`^\s*(?:(?:last|this|in|on|early|late|again|also|then|` + monthRE + `|\d{1,4},?)\s*)*$`)

// bareVerbRE opens the bare verb of a clause that says what was asked:
// " demarche China", " reconsider"; not " has", " would".
var bareVerbRE = lazyre.New(`^\s+(?:not\s+)?(?:be|[a-z]{3,}[^s\W])\b`)

// equivalentRank reports whether the text after a US title makes it
// another government's rank: "A/S-equivalent for the Americas Daniel
// Parfait", "Under Secretary equivalent".
func equivalentRank(after string) bool {
	after = strings.TrimLeft(after, " -")
	return strings.HasPrefix(after, "equivalent") || strings.HasPrefix(after, "level equivalent")
}

// beforeLowerWord returns the first words of s, at most n, up to the first
// that opens in lower case: "Sharon McDonald" of "Sharon McDonald on
// October 14".
func beforeLowerWord(s string, n int) string {
	words := strings.Fields(s)
	k := 0
	for k < len(words) && k < n && words[k][0] >= 'A' && words[k][0] <= 'Z' {
		k++
	}
	return strings.Join(words[:k], " ")
}

// fullName reports whether s is a person's name of two words or more.
func fullName(s string) bool { return strings.Contains(s, " ") && personRE.MatchString(s) }

// inCompound reports whether a mention is glued by a hyphen to another
// word, a modifier and not a party: "improved United States-Spain
// relations", "the Spain-Morocco dispute".
func inCompound(text string, m mention) bool {
	return m.start > 0 && text[m.start-1] == '-' || m.end < len(text) && text[m.end] == '-'
}

// authorOrContact reads the subjects whose side their first words tell:
// a post's contact, the cable's author, and the US side and another's
// together; ok is false for any other subject.
func (r *exchangeReader) authorOrContact(subject string, at int) (side int, ok bool) {
	if postContactRE.MatchString(subject) {
		if r.home != "" {
			return actorForeign, true // "An Embassy contact told us": the post's source, of its hosts
		}
		return actorUnknown, true
	}
	if quotedFirstPerson(r.x.sents[r.i].text, at, subject) {
		return actorUnknown, true // "We sincerely call on the ICJ ...," added the Minister
	}
	if subject == "I" || subject == "We" || subject == "we" {
		r.usSubject = true
		return actorUS, true // the cable's author
	}
	if k := strings.Index(subject, " and "); k > 0 && startsWithUS(subject[:k]) && !inQuote(r.x.sents[r.i].text, at) {
		r.usSubject = true
		return actorUS, true // "DCM and Dutch counterpart Otto Genee delivered jointly demarche"
	}
	return actorUnknown, false
}

// postContactRE names a source of the post, who is not the US side:
// "An Embassy contact", "Post's contacts", "our interlocutor".
var postContactRE = mustWordRE(`\b(?:Embassy|Post|Post's|Mission|our|Our)\s+(?:[a-z]+\s+)?(?:contacts?|sources?|interlocutors?|informants?)\b`)

// placeInRE ends the words before a country named as where someone is.
var placeInRE = mustWordRE(`\b(?:in|inside|near|within)\s+(?:the\s+)?$`)

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

// objectPronounRE opens an object that is a pronoun for the one met.
var objectPronounRE = mustWordRE(`^(?:him|her|them)\b`)

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// joinedRE is what may stand between a country's name and the body of
// its government the name qualifies: "UK Foreign Office", "Britain's FCO".
var joinedRE = lazyre.New(`^(?:'s|’s)?\s?$`)

// subjectCountries returns the countries of the other side as a subject
// names them, which starts at off in the sentence: its own words, or the
// post's country.
func (r *exchangeReader) subjectCountries(subject string, off int) []string {
	if k := relativeWhoRE.FindStringIndex(subject); k != nil && k[0] > 0 {
		if isos := r.subjectCountries(subject[:k[0]], off); len(isos) > 0 {
			return isos // "GOE interlocutors who work with their Russian counterparts": the head's, not the relative clause's
		}
	}
	if fb := foreignBodyRE.FindStringIndex(subject); fb != nil && r.home != "" {
		// "FCO DRC Desk Officer Craven": the FCO's country, unless a
		// country's name comes before the body ("UK Foreign Office
		// Director General Leslie" is the UK's)
		for _, m := range r.x.sents[r.i].mentions {
			if len(m.isos) == 1 && m.isos[0] != "US" && m.start >= off && m.end <= off+fb[0] && joinedRE.MatchString(r.x.sents[r.i].text[m.end:off+fb[0]]) {
				return m.isos // the name joined to the body: "UK Foreign Office", "Britain's FCO"
			}
		}
		return []string{r.home}
	}
	isos := countriesIn(r.x.sents[r.i].mentions, off, off+len(subject), r.notAside)
	if len(isos) == 0 {
		isos = r.x.foreignIn(subject)
	}
	if len(isos) == 0 && namesPerson(subject, r.x.orgPeople) {
		return nil // an international organisation's official, named before with it
	}
	if len(isos) == 0 && r.home != "" && !r.postedTo(off, off+len(subject), r.home) {
		isos = []string{r.home} // not "Counsellor at the Embassy in Tanzania": a diplomat posted to the host
	}
	return isos
}

// relativeWhoRE opens a relative clause of a person within a subject.
var relativeWhoRE = mustWordRE(`\b(?:who|whom|whose)\b`)

// postedTo reports whether the span of the sentence names iso only as the
// country a diplomat is posted to (postedAt).
func (r *exchangeReader) postedTo(from, to int, iso string) bool {
	text := r.x.sents[r.i].text
	for _, m := range r.x.sents[r.i].mentions {
		if m.start >= from && m.end <= to && slices.Contains(m.isos, iso) && postedAt(text, m) {
			return true
		}
	}
	return false
}

// postedAt reports whether a mention names the country a diplomat is
// posted to (postedToRE).
func postedAt(text string, m mention) bool {
	return postedToRE.MatchString(text[max(0, m.start-40):m.start])
}

// meetingWithRE is a meeting with the US side named in passing: "In a
// private meeting with Emboff on 2 May, Marcel Biato ...", "In a separate
// discussion on December 20 with", "In comments to the Ambassador on May 4,
// FM Davutoglu said".
var meetingWithRE = mustWordRE(`\b(?:(?:` + meetingNouns + `)\s+(?:(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+)\s+)?with|(?:courtesy\s+)?calls?\s+on|[Ii]n\s+(?:(?:his|her|their|recent|private)\s+)*(?:` + remarkNouns + `)\s+to)\s+(?:the\s+)?(?:visiting\s+)?`)

// remarkNouns are what one says to another, which are a meeting in
// meetingWithRE after "in" and before "to": "In comments to the
// Ambassador", not "made comments to Poloff consistent with" (whose
// subject the reader does not know).
const remarkNouns = `comments|remarks`

// meetingNouns open meetingWithRE before "with".
const meetingNouns = `meeting|meetings|conversation|conversations|lunch|dinner|breakfast|call|calls|telcon|telcons|teleconference|videoconference|talks|discussion|discussions`

// meetingWith returns the exchange of a sentence that names a meeting with
// the US side in passing, with the other side as its subject.
func (r *exchangeReader) meetingWith(text string) []fact {
	for _, loc := range meetingWithRE.FindAllStringIndex(text, -1) {
		rest := text[loc[1]:]
		if irrealis(text[:loc[0]]) {
			continue
		}
		party, _, _ := strings.Cut(rest, ", ") // "with Foreign Minister Store, the Ambassador noted": Store
		if !usSide.MatchString(headOf(party, 40)) && !r.usTitled(party, loc[1]) {
			if fs := r.frontedMeeting(text, loc); len(fs) > 0 {
				return fs
			}
			continue
		}
		st, en := speakerSpan(text, loc)
		if st < 0 {
			continue
		}
		isos := countriesIn(r.x.sents[r.i].mentions, st, en, r.notAside)
		if len(isos) == 0 {
			isos = r.x.foreignIn(text[st:en]) // "In a meeting with the Ambassador, Lidegaard confirmed"
		}
		if len(isos) == 0 && r.home != "" && !orgRE.MatchString(text[st:en]) && !privateParty(text[st:en]) &&
			(otherSideRE.MatchString(text[st:en]) || r.namedSpeaker(text, loc[1], st, en)) {
			isos = []string{r.home}
		}
		return r.factsOf(isos, []string{Discussed}, text, 0)
	}
	return r.meetingAlone(text)
}

// usTitled reports whether the party of a meeting, at off in the
// sentence, opens with a US official's title that no other country's
// name comes before: "with Ambassador Smith", not "with visiting Malian
// Ambassador, Amadou Traore".
func (r *exchangeReader) usTitled(party string, off int) bool {
	k := usActorRE.FindStringIndex(headOf(party, 30))
	return k != nil && !r.namesForeign(off, off+k[0])
}

// officialUSSubject reports whether the subject between st and en, before the
// verb at en, is the US side's: one of its officials, who states a fact
// (not "could"), and names no country.
func (r *exchangeReader) officialUSSubject(text string, st, en int) bool {
	subject := text[st:en]
	return en < len(text) && (startsWithUS(subject) || namesPerson(subject, r.x.people)) && !modalRE.MatchString(firstWord(text[en:])) &&
		len(countriesIn(r.x.sents[r.i].mentions, st, en, nil)) == 0
}

// usPossessed reports whether the words before a meeting's noun make it
// the US side's: "During the Ambassador's March 3", "In Poloff's", "In
// our"; the sentence's subject may then be anyone ("During the
// Ambassador's meeting with FM Diop, the vote was discussed").
func usPossessed(before string) bool {
	m := possessorRE.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	owner := m[1]
	if frontRE.MatchString(owner) && !strings.HasSuffix(firstWord(owner), "'s") {
		_, owner, _ = strings.Cut(owner, " ") // "In Poloff's": Poloff's
	}
	return owner == "Our" || startsWithUS(owner) // startsWithUS takes "our" but not "Our"
}

// impliedUSRE opens a fronted phrase whose meetings are the reporting
// post's own, though it names no one: "Based on recent conversations
// with", "From our discussions with".
var impliedUSRE = lazyre.New(`^(?:Based on|From)\s+(?:(?:recent|our|several|numerous|many|separate|frequent|private|repeated|informal|extensive)\s+)*$`)

// possessorRE is the owner of what ends the text, and the few words
// between ("the Ambassador's March 3", "our").
var possessorRE = lazyre.New(`(?:^|\s)((?:[Tt]he\s+)?[A-Z][\w/.-]*(?:\s+[A-Z][\w/.-]*){0,3}['’]s|[Oo]ur)\s+(?:[\w,-]+\s+){0,4}$`)

// namedSpeaker reports whether text[st:en], a speaker after a meeting
// named at after, is a person the cable knows only by name, or one with
// an appositive that says who he is: "Mehmet Fuat Firat, a Kurdish Refah
// deputy representing Istanbul,".
func (r *exchangeReader) namedSpeaker(text string, after, st, en int) bool {
	if r.x.namedOnly(text[st:en]) {
		return true
	}
	head, app, _ := strings.Cut(text[st:en], ", ")
	return st > after && appositiveRE.MatchString(app) && r.x.namedOnly(head)
}

// appositiveRE opens an appositive that says who a person named before it
// is: "a Kurdish Refah deputy", "the party's whip".
var appositiveRE = lazyre.New(`^(?:a|an|the)\s`)

// frontedMeeting returns the exchange of a sentence that opens with a
// meeting with the other side, the US side its subject: "In his August 20
// meeting with Vice President Garcia Linera, the Ambassador noted".
func (r *exchangeReader) frontedMeeting(text string, loc []int) []fact {
	en := firstVerbAfter(text, loc[1], len(text))
	c := strings.LastIndex(text[:en], ", ")
	own := impliedUSRE.MatchString(text[:loc[0]]) // "Based on recent conversations with": the post's own
	if c < loc[1] || !own && (!frontRE.MatchString(text) || hasVerb(text[:loc[0]])) {
		return nil // the meeting is not in a phrase fronted before the subject
	}
	st := c + 2
	if !own && !usPossessed(text[:loc[0]]) && !r.officialUSSubject(text, st, en) {
		return nil // "the Ambassador of the DPRK said" is the other side's
	}
	party := text[loc[1] : st-2]
	isos := countriesIn(r.x.sents[r.i].mentions, loc[1], st-2, r.notAside)
	if len(isos) == 0 {
		isos = r.x.foreignIn(party)
	}
	if len(isos) == 0 && r.home != "" && (otherSideRE.MatchString(party) || officialsRE.MatchString(party) || strings.Contains(" "+party+" ", " staff ")) &&
		!usActorRE.MatchString(party) && !orgRE.MatchString(party) {
		isos = []string{r.home}
	}
	return r.factsOf(isos, []string{Discussed}, text, 0)
}

// meetingAlone returns the exchange of a sentence of a post's report that
// opens with a meeting whose parties it does not name, the host's
// official speaking: "In a meeting on July 15, MFA Americas Department
// Director Matari expressed frustration".
func (r *exchangeReader) meetingAlone(text string) []fact {
	loc := meetingAloneRE.FindStringIndex(text)
	if loc == nil || r.home == "" || strings.Contains(text[:loc[1]], " with ") || irrealis(text[:loc[1]]) {
		return nil
	}
	if owner := possessiveRE.FindString(text[:loc[1]]); owner != "" && !usPossessed(owner+" ") {
		return nil // "During Gadio's January 12 meeting, Ba said": whose meeting it was with is not told
	}
	st := loc[1]
	en := firstVerbAfter(text, st, len(text))
	if en <= st || !slices.Equal(speechVerbRE.FindStringIndex(headOf(text[en:], 20)), []int{0, len(firstWord(text[en:]))}) {
		return nil
	}
	span := text[st:en]
	if startsWithUS(span) || namesPerson(span, r.x.people) {
		return nil // "In a meeting on July 15, the Ambassador said"
	}
	isos := countriesIn(r.x.sents[r.i].mentions, st, en, r.notAside)
	if len(isos) == 0 {
		isos = r.x.foreignIn(span)
	}
	if len(isos) == 0 && (otherSideRE.MatchString(span) || r.x.namedOnly(span)) {
		isos = []string{r.home}
	}
	if len(isos) != 1 {
		return nil
	}
	return []fact{r.fact(isos[0], Discussed, text, 0)}
}

// meetingAloneRE opens a sentence with a meeting whose parties it does
// not name, nor the event it was part of: "In a meeting on July 15, ",
// "During a January 21 call, ", "During the Ambassador's January 12
// courtesy call, ", not "At the G-7 meeting in Paris, ".
var meetingAloneRE = mustWordRE(`^(?:\(\w+\)\s*)?(?:In|During)\s+(?:a|an|his|her|their|the|one|(?:the\s+)?[A-Z][\w/.-]*(?:\s+[A-Z][\w/.-]*){0,2}['’]s)\s+(?:(?:[a-z\d][\w-]*|January|February|March|April|May|June|July|August|September|October|November|December)\s+){0,3}?(?:` +
	meetingNouns + `)\b[^,;]{0,40},\s+`)

// possessiveRE is the owner that opens meetingAloneRE's meeting with its
// words before: "During the Ambassador's".
var possessiveRE = lazyre.New(`^(?:\(\w+\)\s*)?(?:In|During)\s+(?:the\s+)?[A-Z][\w/.-]*(?:\s+[A-Z][\w/.-]*){0,2}['’]s`)

// namedOnly reports whether a speaker is a person named without a title
// ("Lidegaard", "Jose Antonio Viera") whom the cable has not named as a US
// official: in a post's report of its meetings, one of its hosts.
func (x *cableContext) namedOnly(span string) bool {
	words := strings.Fields(span)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		w = strings.TrimRight(w, ",")
		if redactedRE.MatchString(w) {
			continue // "XXXXXXXXXXXX": a source whose name the publisher withheld
		}
		if len(w) < 3 || !isCapital(w[0]) || isUSWord(w) || titleWords[w] || x.people[w] || x.orgPeople[w] || strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// redactedRE is a name the publisher of the cables withheld.
var redactedRE = lazyre.New(`^X{6,}$`)

// speakerSpan returns the span of the subject of the main clause of a
// sentence that names a meeting at loc in passing: after the phrase's
// comma ("In a meeting with Charge, MPAA CEO Dan Glickman expressed"), or
// before the phrase ("Rao, in his meeting with the Ambassador, said"; "Rao,
// in a May 7 meeting with the DCM, complained"), up
// to its verb; -1 when there is none. A fronted phrase before the subject
// is no part of it: "On Mali, Diop noted his conversations with Amb.
// Smith" is Diop's, not Mali's.
func speakerSpan(text string, loc []int) (int, int) {
	if k := strings.Index(text[loc[1]:], ", "); k >= 0 && !hasVerb(text[:loc[0]]) {
		st := loc[1] + k + 2
		if !strings.Contains(text[:loc[0]], ", ") || !isVerbWord(strings.Trim(firstWord(text[st:]), `,.;:"'()`)) {
			return st, firstVerbAfter(text, st, len(text))
		} // else the phrase is set off after the subject: "Rao, in a May 7 meeting with the DCM, complained"
	}
	if loc[0] == 0 {
		return -1, -1
	}
	st := subjectStart(text[:loc[0]])
	en := firstVerbAfter(text, st, loc[0])
	if c := strings.LastIndex(text[st:en], ", "); c > 0 && !hasVerb(text[st:en]) {
		en = st + c // "Rao, in his meeting with": Rao
	}
	return st, en
}

// listJoinRE joins the items of a list of countries: ", ", " and ", ", and
// the ", and "., " after an abbreviation ("France, U.K., Italy").
var listJoinRE = lazyre.New(`^(?:'s|\.)?(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?$`)

// usActorIn returns the span of the first US actor usActorRE finds in s,
// or nil (findUSActor). "The delegation" and "the team" are the US side
// only in a cable that names a US delegation or team: in a report of
// talks between others, "The delegation told Soliman" is the SPLM's.
func (r *exchangeReader) usActorIn(s string) []int { return findUSActor(s, r.x.usTeam()) }

// findUSActor returns the span of the first US actor usActorRE finds in s
// that is one, or nil: not another government's named department ("Desk
// Officer in the Counterproliferation Department"), nor "the delegation"
// or "the team" unless team says a US one is about.
func findUSActor(s string, team bool) []int {
	for from := 0; from < len(s); {
		k := usActorRE.FindStringIndex(s[from:])
		if k == nil {
			return nil
		}
		k[0], k[1] = k[0]+from, k[1]+from
		w := strings.ToLower(s[k[0]:k[1]])
		switch {
		case (w == "department" || w == "dept") && namedDepartment(s[:k[0]]):
		case (w == "the delegation" || w == "the team") && !team:
		default:
			return k
		}
		from = k[1]
	}
	return nil
}

// usTeamRE names a US delegation or team.
var usTeamRE = mustWordRE(`\b(?:(?:U\.\s?S\.|US|USG|American|interagency|inter-agency|Washington|State Department|Department|EXBS|Embassy)\s+(?:[\w-]+\s+){0,3}(?:delegation|team)|(?:[Pp]articipants|[Mm]embers|[Dd]elegates) from the (?:USG|U\.\s?S\.|United States)|USDEL|Codel|CODEL|Staffdel|STAFFDEL|delegation led by (?:Assistant|Deputy|Under|Acting|Special|Ambassador|Senator|Secretary|A/S|DAS))`)

// usTeam reports whether the cable names a US delegation or team.
func (x *cableContext) usTeam() bool {
	if x.hasUSTeam == 0 {
		x.hasUSTeam = -1
		for _, s := range x.sents {
			if usTeamRE.MatchString(s.text) {
				x.hasUSTeam = 1
				break
			}
		}
	}
	return x.hasUSTeam > 0
}

// inQuote reports whether offset at of a text stands inside a quotation,
// one opened in this sentence or one an earlier sentence opened and this
// one closes ("So, where's my stuff?" opens the quotation of 'We have
// requested equipment for our unit," said Diallo').
func inQuote(text string, at int) bool {
	before := text[:at]
	if strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”") {
		return true
	}
	if strings.ContainsAny(before, "\"“”") {
		return false
	}
	k := strings.IndexAny(text[at:], "\"”")
	return k > 0 && strings.IndexByte(",.?!", text[at+k-1]) >= 0
}

// givenName reports whether a country's name is a person's first name:
// "with Montserrat Vargas Solorzano, Director of the ... Section of the
// MFA" (the name, a comma, a title).
func givenName(text string, m mention) bool {
	return m.kind == kindName && personAfterRE.MatchString(text[m.end:])
}

// personAfterRE is the rest of a person's name and a title after it.
var personAfterRE = mustWordRE(`^\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?:the\s+)?(?:Director|Deputy|Minister|Vice|Head|Chief|Adviser|Advisor|Secretary|Ambassador|Counselor|Counsellor|Officer|Coordinator|Spokes(?:man|woman|person)|President|Chairman|Chair|Member|Professor|Dr\.)\b`)

// commaRelativeRE is a relative clause set off by commas: ", who accompanied
// McDonald on his visit to the U.S.,".
var commaRelativeRE = lazyre.New(`,\s+(?:who|which|whose|whom)\b[^,]*(?:,|$)`)

// blankRelatives returns s with its relative clauses blanked out, so that
// offsets stay those of s.
func blankRelatives(s string) string {
	if strings.IndexByte(s, ',') < 0 {
		return s // the expression opens with a comma
	}
	return commaRelativeRE.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// statementSubjectRE is a subject that is a statement made to a body:
// "The U.S. opening statement", "the USDEL intervention", "Our remarks".
var statementSubjectRE = mustWordRE(`(?i)\b(?:statements?|interventions?|remarks|speech|address|presentation|explanation of vote|EOV)\s*$`)

// blankQuotes returns s with the text inside its quotation marks blanked
// out, its length kept: the first person of 'Stating that "we are living
// in a dangerous neighborhood," MbZ stressed' is the speaker's, not the US
// side.
func blankQuotes(s string) string {
	if !strings.ContainsAny(s, "\"“") {
		return s
	}
	b := []byte(s)
	in := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			in = !in
		case r == '“':
			in = true
		case r == '”':
			in = false
		case in:
			for k := i; k < i+n; k++ {
				b[k] = ' '
			}
		}
		i += n
	}
	return string(b)
}

// outsideParens returns s without its parenthesised asides: "Bahrain's
// (appointed) upper house" holds no verb of its own.
func outsideParens(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			depth++
		case s[i] == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// afterReport returns the offset in a lead where the subject of its verb
// starts when a clause of its own comes first, after the last ", " ("X
// will consider ... (reftel), Foreign Office ... Atkinson told Poloff"),
// or before a name the last one titles ("..., Sharon McDonald, Desk
// Officer at the FCO, told us"),
// or 0: not when the text before holds no verb outside parentheses
// ("Six members of Bahrain's (appointed) upper house, the Shura Council,
// met"), nothing follows the comma, or a condition opens the lead.
func afterReport(lead string) int {
	trimmed := strings.TrimRight(lead, ", ")
	if k := strings.LastIndex(trimmed, ", "); k >= 0 && !conditionRE.MatchString(lead) {
		if j := strings.LastIndex(trimmed[:k], ", "); j >= 0 && fullName(trimmed[j+2:k]) && hasVerb(outsideParens(trimmed[:j])) {
			return j + 2 // the speaker named, then titled: "..., Sharon McDonald, Desk Officer at the FCO, told us"
		}
	}
	k := strings.LastIndex(lead, ", ")
	if k < 0 || strings.TrimSpace(lead[k+2:]) == "" || !hasVerb(outsideParens(lead[:k])) || conditionRE.MatchString(lead) {
		return 0
	}
	return k + 2
}

// titlesForeign reports whether every US actor or side usActorRE and
// usSideRE find in a subject, if any, is the title of a foreign official
// the cable has named (learnForeign): "Ambassador Cacho", named before as
// Spain's ambassador.
func (x *cableContext) titlesForeign(subject string) bool {
	for _, re := range []*wordRE{usActorRE, usSideRE} {
		for _, m := range re.FindAllStringIndex(subject, -1) {
			if x.foreign[firstWord(strings.TrimLeft(subject[m[1]:], " "))] == "" {
				return false
			}
		}
	}
	return true
}

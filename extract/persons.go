package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// Persons of other governments, linked to their country: a cable names a
// foreign official once with the country ("Somali President Sheikh
// Sharif", "Brazil's Foreign Minister Celso Amorim") and then by surname
// alone ("Carson reviewed with Sharif ..."). learnForeign collects those
// surnames so that the exchange reader takes "Sharif" for Somalia rather
// than for the country of the post.

// foreignTitleAfterRE is a title and a name after a country's name or
// demonym: "('s) Foreign Minister Celso Amorim", "President Sheikh Sharif".
var foreignTitleAfterRE = lazyre.New(foreignTitleAfterExpr)

// The words of titles foreignTitleAfterRE reads: what may qualify a title
// ("Foreign", "Deputy") and the titles ("Minister", "Ambassador").
const (
	foreignTitleQualifiers = `Foreign|Prime|Deputy|Vice|Defense|Defence|Interior|Finance|Trade|Justice|State|Permanent|Acting|Interim|` +
		`Special|Chief|Senior|Foreign Affairs|Political|Economic|Embassy|First|Second|Third`
	foreignTitles = `President|Prime Minister|Minister|FM|PM|King|Queen|Emir|Amir|Sheikh|Prince|Crown Prince|Ambassador|ambassador|` +
		`Chancellor|Premier|Representative|Consul General|Director General|Director|Secretary|Speaker|Chairman|General|` +
		`Admiral|Counselor|Counsellor|Envoy|Advisor|Adviser|DCM|Charge d'Affaires|Charge|Chargé d'Affaires|Chargé|Commissioner|Governor|Negotiator|counterpart|Ambassador-designate|Emboff|EmbOff|diplomat`
)

// foreignTitleAfterExpr is the mention's "'s" and the spaces after it,
// then foreignTitleExpr: a title and a name.
const (
	foreignTitleAfterExpr = `^(?:'s|’s)?\s+` + foreignTitleExpr
	foreignTitleExpr      = `(?:(?:` + foreignTitleQualifiers + `)\s+)*(?:` + foreignTitles + `)(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][a-z]+)?\s+` +
		`((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.|bin|ibn|al-[A-Z][a-z]+|Al-[A-Z][a-z]+|de|da|dos|van|von))*)`
)

// foreignTitleFirstWords are the words a match of foreignTitleExpr opens
// with, in lower case, read from the expression (textmatch.FirstWords).
var foreignTitleFirstWords = sync.OnceValue(func() map[string]bool {
	words, ok := firstWordsOf(foreignTitleExpr)
	if !ok {
		panic("extract: foreignTitleExpr has no first words to stand for it")
	}
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return set
})

// mayTitle reports whether the text after a mention may open with a
// title foreignTitleAfterRE reads, before the expression looks: after the
// "'s" and the spaces it wants, the first word (its ASCII letters and
// hyphens, as FirstWords reads them) is one of foreignTitleFirstWords,
// or is followed by a non-ASCII byte ("Chargé"), which the words leave
// out. TestMayTitle holds it to the expression.
func mayTitle(after string) bool {
	after = strings.TrimPrefix(strings.TrimPrefix(after, "'s"), "’s")
	rest := strings.TrimLeft(after, " \t\n\r\f")
	if len(rest) == len(after) {
		return false // no space
	}
	end := 0
	for end < len(rest) && (textmatch.IsLetter(rest[end]) || rest[end] == '-') {
		end++
	}
	if end < len(rest) && rest[end] >= utf8.RuneSelf {
		return true
	}
	return textmatch.LookupLower(foreignTitleFirstWords(), rest[:end])
}

// learnForeign adds to foreign the surnames of the officials of other
// countries a sentence names with their country and title; a surname
// given two countries is dropped (set to "").
func learnForeign(s sentence, foreign map[string]string) {
	for _, m := range s.mentions {
		if len(m.isos) != 1 || m.isos[0] == "US" {
			continue
		}
		if !mayTitle(s.text[m.end:]) || portfolio(s.text, m) {
			continue // not "Special Representative for Afghanistan and Pakistan Ambassador Richard Holbrooke"
		}
		k := foreignTitleAfterRE.FindStringSubmatchIndex(headOf(s.text[m.end:], 120)) // a title and a name are short
		if k == nil {
			continue
		}
		if !postedWhole(s, m.end+k[2]) {
			continue // "Consul General in Sao | Paulo estimates"
		}
		words := strings.Fields(s.text[m.end+k[2] : m.end+k[3]])
		learnSurname(foreign, strings.Trim(words[len(words)-1], ".,"), m.isos[0])
		if familyFirst[m.isos[0]] && len(words) > 1 {
			learnSurname(foreign, words[0], m.isos[0]) // "Chinese Ambassador Zhou Wenhua": later "Zhou"
		}
	}
}

// familyFirst are the countries whose officials' names the cables write
// family name first: "Chinese Ambassador Zhou Wenhua", later "Zhou".
var familyFirst = map[string]bool{"CN": true, "TW": true, "KP": true, "KR": true}

// learnSurname links a surname to iso in foreign, or to no country when
// the cable has linked it to another.
func learnSurname(foreign map[string]string, name, iso string) {
	if !mayBeSurname(name) {
		return
	}
	if was, ok := foreign[name]; ok && was != iso {
		foreign[name] = ""
		return
	}
	foreign[name] = iso
}

// foreignIn returns the countries of the foreign officials text names by
// surname (learnForeign), in order.
func (x *cableContext) foreignIn(text string) []string {
	if len(x.foreign) == 0 {
		return nil
	}
	var isos []string
	eachWord(text, func(w string) bool {
		if iso := x.foreign[w]; iso != "" && !x.people[w] && !slices.Contains(isos, iso) {
			isos = append(isos, iso)
		}
		return true
	})
	return isos
}

// hostOfficialRE is a title and a name after a body of the government
// named without its country: "MFA Director Hossam Hegazy", "MFA Americas
// Department Director Matari".
var hostOfficialRE = mustGatedRE(`\b(?:` + foreignBodies + `|MOD|MOI|MOJ|Ministry)(?:\s+[A-Z][a-z]+){0,3}\s+` + foreignTitleExpr)

// learnHostOfficials adds to foreign, as officials of home, the surnames
// of those a sentence names with a title in a body of the government
// that names no country, which in a post's cable is the host's: "We
// presented the letter to Hegazy" then reaches the host.
func learnHostOfficials(s string, foreign map[string]string, home string) {
	if home == "" {
		return
	}
	for _, k := range hostOfficialRE.FindAllStringSubmatchIndex(s, -1) {
		words := strings.Fields(s[k[2]:k[3]])
		last := strings.Trim(words[len(words)-1], ".,")
		if _, ok := foreign[last]; ok || !mayBeSurname(last) {
			continue
		}
		foreign[last] = home
	}
}

// hostBodyRE is a body of the government that names no country, which
// in a post's cable is the host's, after "at/of/in the": the end of an
// appositive that places a person named before it there.
var hostBodyRE = mustGatedRE(`\b(?:` + foreignBodies + `|Ministry of [A-Z][a-z]+|Presidency)\b`)

// appositiveBeforeRE is a name and an appositive up to the body that
// ends it (hostBodyRE): "Awa Sow, Africa advisor at the ".
var appositiveBeforeRE = lazyre.New(`((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+),\s+(?:the\s+)?(?:[A-Za-z/-]+\s+){1,6}(?:at|of|in)\s+the\s+$`)

// equivalentTitleRE is a title a post gives its hosts' official by the
// US rank it equals: "MFA AF Deputy DAS-equivalent Awa Sow".
var equivalentTitleRE = mustGatedRE(`\b[\w/]+-equivalent\s+((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)`)

// learnHostAppositives adds to foreign, as officials of home, the
// surnames of those a sentence places in a body of the host's government
// by an appositive ("Awa Sow, Africa advisor at the MFA") or names
// with a rank equal to a US one (equivalentTitleRE); not a US official's.
func learnHostAppositives(s string, foreign map[string]string, people map[string]bool, home string) {
	if home == "" {
		return
	}
	var names []string
	for _, k := range hostBodyRE.FindAllStringIndex(s, -1) {
		before, _ := window(s, k[0], 120)
		if m := appositiveBeforeRE.FindStringSubmatch(before); m != nil {
			names = append(names, m[1])
		}
	}
	for _, k := range equivalentTitleRE.FindAllStringSubmatchIndex(s, -1) {
		names = append(names, s[k[2]:k[3]])
	}
	for _, name := range names {
		words := strings.Fields(name)
		last := words[len(words)-1]
		if _, ok := foreign[last]; ok || people[last] || !mayBeSurname(last) {
			continue
		}
		foreign[last] = home
	}
}

// The bits of personGate: the expressions learnPersons' readers search a
// sentence with, each of which finds nothing where its bit is clear.
const (
	mayUSStaff      = 1 << iota // usStaffRE (learnDelegations)
	mayUSTitle                  // usTitleRE (learnPeople)
	mayUSIntro                  // usIntroRE (learnUSIntroductions)
	mayHostOfficial             // hostOfficialRE (learnHostOfficials)
	mayHostBody                 // hostBodyRE (learnHostAppositives)
	mayEquivalent               // equivalentTitleRE (learnHostAppositives)
	mayOrg                      // orgRE (learnOrgPeople, by orgOfficialsNear)
)

// personGate looks for the texts the matches of those expressions need,
// in the order of the bits, in one pass over a sentence, where each
// gated Word's search made a pass of its own (TestPersonGate).
var personGate = textmatch.NewGate(usStaffRE.String(), usTitleRE.String(), usIntroRE.String(),
	hostOfficialRE.String(), hostBodyRE.String(), equivalentTitleRE.String(), orgRE.String())

// learnPersons learns from a sentence the officials it names with their
// titles (US ones and others') and counts its unambiguous mentions. A
// reader none of whose expressions may match (personGate) is not asked:
// it would learn nothing; private tells whether nonOfficialRE may match
// the sentence (mayOpen).
func (x *cableContext) learnPersons(s sentence, private bool) {
	learnForeign(s, x.foreign) // first: "UK Ambassador Vincent Fean" is no US ambassador
	may := personGate.Scan(s.text)
	if may&(mayUSStaff|mayUSTitle) != 0 {
		learnPeople(s.text, x.people, x.foreign, x.home, x.namesCodel)
	}
	if may&mayUSIntro != 0 {
		learnUSIntroductions(s.text, x.people, x.foreign)
	}
	if may&mayHostOfficial != 0 {
		learnHostOfficials(s.text, x.foreign, x.home)
	}
	if may&(mayHostBody|mayEquivalent) != 0 {
		learnHostAppositives(s.text, x.foreign, x.people, x.home)
	}
	if may&mayOrg != 0 {
		learnOrgPeople(s.text, x.orgPeople, x.foreign)
	}
	if private {
		learnPrivatePeople(s.text, x.orgPeople, x.foreign)
	}
	if s.caps {
		learnCapsOfficials(s, x.foreign, x.home)
	}
	for _, m := range s.mentions {
		if len(m.isos) == 1 {
			x.mentioned[m.isos[0]]++
		}
	}
}

// capsOfficialRE is a foreign official's title and name in a sentence
// written in capitals, as subject lines are ("CONVERSATION WITH SPANISH
// FOREIGN MINISTER MIGUEL ANGEL MORATINOS", "FM BOT ON CHINA"): the name
// is the words between the title and a word or mark that ends it. The
// first group is a title that a post's cable uses only of the host's
// officials; the second, one that needs the country before it.
var capsOfficialRE = mustGatedRE(`\b(?:(?:DEPUTY|VICE|ACTING|FORMER)\s+)?(?:` +
	`(FM|DFM|PM|FOREIGN MINISTER|PRIME MINISTER|(?:DEFENSE|DEFENCE|INTERIOR|FINANCE|TRADE|JUSTICE|ECONOMY|ENERGY|HEALTH|` +
	`COMMERCE|FOREIGN AFFAIRS) MINISTER|KING|EMIR|AMIR|CROWN PRINCE|PREMIER)|` +
	`(PRESIDENT|CHANCELLOR|SPEAKER|MINISTER|AMBASSADOR))\s+` +
	`((?:[A-Z][A-Z'-]+\s+){0,2}?[A-Z][A-Z-]+)(?:'S)?(?:\s*[,:;(/]|\s*$|\s+(?:ON|ABOUT|AND|TO|IN|AT|FOR|REGARDING|DURING|OVER|WITH)\b)`)

// isCapsParticle reports whether a word in capitals is a preposition or
// article, which no name in capsOfficialRE holds.
func isCapsParticle(w string) bool {
	switch w {
	case "TO", "ON", "OF", "IN", "AT", "BY", "FOR", "FROM", "WITH", "THE", "AND", "ABOUT", "OVER":
		return true
	}
	return false
}

// learnCapsOfficials adds to foreign the surnames of the officials a
// sentence in capitals names with a title (capsOfficialRE): of the
// country named just before the title, or else, for a title of the
// host's officials, of home. Written in capitals the names escape
// learnForeign, which reads a name by its capital.
func learnCapsOfficials(s sentence, foreign map[string]string, home string) {
	for _, k := range capsOfficialRE.FindAllStringSubmatchIndex(s.orig, -1) {
		iso := ""
		for _, m := range s.mentions {
			if len(m.isos) == 1 && m.end <= k[0] && k[0]-m.end <= 3 {
				iso = m.isos[0] // "SPANISH FOREIGN MINISTER", "ICELAND'S PM"
			}
		}
		if iso == "" && k[2] >= 0 {
			iso = home
		}
		words := strings.Fields(s.orig[k[6]:k[7]])
		if slices.ContainsFunc(words, isCapsParticle) {
			continue // "BAHRAINI FM TO HALE ON ...": Hale is who was told
		}
		last := words[len(words)-1]
		last = last[:1] + strings.ToLower(last[1:])
		if iso == "" || iso == "US" || !mayBeSurname(last) {
			continue
		}
		if _, ok := foreign[last]; !ok {
			foreign[last] = iso
		}
	}
}

// orgOfficialREs find an international organisation's official named
// with it, the name in their group: "EULEX's policy chief Dominique Orsini", "ICC Prosecutor Luis
// Moreno-Ocampo", "U.N. Deputy High Commissioner for Refugees Craig
// Johnstone"; "Orsini, head of policy at EULEX,"; "Caramagna, Director of
// the Mission to Support the Peace Process (MAPP/OAS)". Not a government's office named for an
// organisation: "ICTY Cooperation Council Office Director Ignjatovic",
// "Murillo, Head of the UN Security Council Team at the Ministry".
var orgOfficialREs = []*wordRE{
	mustWordRE(`\b(?:` + orgNames + `)\.?(?:'s|’s)?\s+(?:[a-z-]+\s+){0,3}?` + orgTitleQualifiers + orgTitles +
		`(?:\s+for\s+[A-Z][a-z]+)?\s+((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)`),
	mustWordRE(commaName + `\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}?(?:of|at|for|from|to)\s+(?:the\s+)?(?:` + orgNames + `)(?:\s*[,.;)]|\s*$)`),
	mustWordRE(commaName + `\s+(?:[A-Za-z-]+\s+){1,14}?\((?:[A-Za-z]+/)?(?:` + orgNames + `)\)`),
}

// commaName opens two of orgOfficialREs: a capitalised word, in a group,
// and the comma after it ("Orsini, head of ..."), beginning a word.
const commaName = `\b([A-Z][a-z'’-]+),`

// orgTitleQualifiers are the words that may open a title of
// orgOfficialREs: "U.N. Deputy High Commissioner for Refugees".
const orgTitleQualifiers = `(?:(?:Deputy|Assistant|Under|High|Special|Senior|Executive|Acting|Regional|Resident|Country)\s+)*`

// orgTitles are the titles orgOfficialREs read before a name.
const orgTitles = `(?:President|Prosecutor|Envoy|Representative|Secretary[- ]General|Director|Director General|Commissioner|` +
	`[Cc]hief|[Hh]ead|[Oo]fficial|[Ss]pokesman|[Ss]pokesperson|Coordinator|Ambassador|Chairman|Chair|Deputy|Adviser|Advisor)`

// learnOrgPeople adds to org the surnames of the international
// organisations' officials a sentence names (orgOfficialsNear), unless
// the cable has named them as a country's.
func learnOrgPeople(s string, org map[string]bool, foreign map[string]string) {
	addUnofficial(orgOfficialsNear(s), org, foreign)
}

// learnPrivatePeople adds to org, with the organisations' officials, the
// surnames of the private persons a sentence introduces (privateNames),
// unless the cable has named them as a country's officials: "the firm's
// chief lawyer in Moscow, John Smith", so that a later "Smith told us" is
// no talk with the host government. Only a sentence with a word of
// nonOfficialRE is read further.
func learnPrivatePeople(s string, org map[string]bool, foreign map[string]string) {
	if nonOfficialRE.MatchString(s) {
		addUnofficial(privateNames(s), org, foreign)
	}
}

// addUnofficial adds to org the names that may be surnames and that the
// cable has not named as a country's officials (foreign).
func addUnofficial(names []string, org map[string]bool, foreign map[string]string) {
	for _, last := range names {
		if _, ok := foreign[last]; !ok && mayBeSurname(last) {
			org[last] = true
		}
	}
}

// privateNames returns the surnames of the persons s names beside words
// that make them private (privateWordIn, with no officialWordRE in the
// same stretch between commas): a name after such a word ("editor Jane
// Roe"), a name that is the whole next stretch ("the company's lawyer,
// Jane Roe (protect)"), or a name ending the stretch before one that
// opens with an article ("Jane Roe, a lawyer for the firm").
func privateNames(s string) []string {
	parts := strings.Split(s, ",")
	var out []string
	add := func(name string) {
		words := strings.Fields(name)
		out = append(out, strings.Trim(words[len(words)-1], ".;:"))
	}
	for i, part := range parts {
		k := privateWordIn(part)
		if k == nil || officialWordRE.MatchString(part) {
			continue
		}
		if m := privateNameAfterRE.FindStringSubmatch(part[k[1]:]); m != nil {
			add(m[1])
		}
		if i+1 < len(parts) {
			if m := privateNameWholeRE.FindStringSubmatch(parts[i+1]); m != nil {
				add(m[1])
			}
		}
		if i > 0 && articleOpenRE.MatchString(part) {
			if m := privateNameEndRE.FindStringSubmatch(parts[i-1]); m != nil {
				add(m[1])
			}
		}
	}
	return out
}

// privateWordIn returns where part first names a private person
// (nonOfficialRE) by other words than firmTitleRE's, or nil: "lawyer",
// "editor", "company"; not "CEO", which a state firm's head is too.
func privateWordIn(part string) []int {
	for _, k := range nonOfficialRE.FindAllStringIndex(part, -1) {
		if !firmTitleRE.MatchString(part[k[0]:k[1]]) {
			return k
		}
	}
	return nil
}

// firmTitleRE is a word of nonOfficialRE that titles a firm's officers,
// whom a state's firms have as well: "CEO", "Managing Director".
var firmTitleRE = mustWordRE(`^(?:CEO|[Ee]xecutives?|Managing Directors?|Country Manager|Vice Presidents? for|General Counsel|[Cc]orporate)$`)

// personNameExpr is a person's name of two to four capitalised words:
// "Jane Roe", "Ahmed Abu Fathi".
const personNameExpr = `((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+)`

// privateNameAfterRE is a name right after a private person's word:
// " Jane Roe told us" after "editor".
var privateNameAfterRE = mustWordRE(`^\s+` + personNameExpr + `\b`)

// privateNameWholeRE is a stretch between commas that is a name alone,
// with an aside: " Jane Roe (strictly protect)".
var privateNameWholeRE = mustWordRE(`^\s*` + personNameExpr + `\s*(?:\([^)]*\))?\s*$`)

// privateNameEndRE is a name that ends a stretch: "we met Jane Roe".
var privateNameEndRE = mustWordRE(`\b` + personNameExpr + `\s*$`)

// articleOpenRE opens an appositive with an article: " a lawyer for",
// " the firm's".
var articleOpenRE = mustWordRE(`^\s*(?:a|an|the)\s`)

// orgOfficials returns the surnames orgOfficialREs find in s.
func orgOfficials(s string) []string {
	var out []string
	for _, re := range orgOfficialREs {
		for _, k := range re.FindAllStringSubmatchIndex(s, -1) {
			words := strings.Fields(s[k[2]:k[3]])
			if last := strings.Trim(words[len(words)-1], ".,"); !slices.Contains(out, last) {
				out = append(out, last)
			}
		}
	}
	return out
}

// orgWindow is how far before and after an organisation's name a match
// of orgOfficialREs may reach: its longest title and name.
const orgWindow = 200

// orgOfficialsNear is orgOfficials read only around the organisations s
// names: every match of orgOfficialREs holds one (they are built from
// orgNames), and the expressions, two of which may start at any
// capitalised word, are slow over a whole sentence. The windows start
// and end between words, and those that overlap are read as one. Most
// sentences name no organisation: learnPersons asks only those its gate
// finds may (mayOrg). TestOrgOfficialsNear holds it to orgOfficials.
func orgOfficialsNear(s string) []string {
	var out []string
	from, to := -1, -1 // the window read next: the organisations' spans, widened and merged
	read := func() {
		for _, name := range orgOfficials(s[from:to]) {
			if !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	for _, o := range orgRE.FindAllStringIndex(s, -1) {
		a, b := max(0, o[0]-orgWindow), min(len(s), o[1]+orgWindow)
		if k := strings.LastIndexByte(s[:a], ' '); k >= 0 {
			a = k + 1
		} else {
			a = 0
		}
		if k := strings.IndexByte(s[b:], ' '); k >= 0 {
			b += k
		} else {
			b = len(s)
		}
		if from >= 0 && a <= to {
			to = max(to, b)
			continue
		}
		if from >= 0 {
			read()
		}
		from, to = a, b
	}
	if from >= 0 {
		read()
	}
	return out
}

// postingBeforeRE ends the words between a title and a name that name
// where the official is posted: "Ambassador to Cuba", "Consul General in
// Sao Paulo" (foreignTitleExpr); the group is the place.
var postingBeforeRE = lazyre.New(`\b(?:to|in)\s+(?:the\s+)?((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+$`)

// postedWhole reports whether the name that starts at nameAt in the
// sentence follows the whole of a place the title names, when it names
// one: not "Paulo" of "Consul General in Sao Paulo". The place must be
// a country or a post the gazetteer knows, as it stands.
func postedWhole(s sentence, nameAt int) bool {
	k := postingBeforeRE.FindStringSubmatchIndex(s.text[max(0, nameAt-40):nameAt])
	if k == nil {
		return true
	}
	from, to := max(0, nameAt-40)+k[2], max(0, nameAt-40)+k[3]
	if loadGazetteer().byPost[stationKey(s.text[from:to])] != "" {
		return true // "Ambassador to Islamabad Hui"
	}
	for _, m := range s.mentions {
		if m.start == from && m.end == to {
			return true
		}
	}
	return false
}

// namesCodel reports whether the cable names US legislators (codelRE),
// in its subject or its sentences; read once, when first asked.
func (x *cableContext) namesCodel() bool {
	if x.codel == 0 {
		x.codel = -1
		if codelRE.MatchString(x.c.Subject) {
			x.codel = 1
		}
		for i := 0; i < len(x.sents) && x.codel < 0; i++ {
			if codelRE.MatchString(x.sents[i].text) {
				x.codel = 1
			}
		}
	}
	return x.codel > 0
}

// mayBeSurname reports whether the last word of a name read after a title
// may be a surname the cable uses alone later: not a short word, a word
// of the United States' name, a title or a month.
func mayBeSurname(last string) bool {
	return len(last) >= 3 && !isUSWord(last) && !titleWords[last] && monthOf(last) == 0 && !weekdays[last]
}

// weekdays are the names of the days, which follow a name as a date does
// ("Secretary Smith Tuesday said").
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

// usIntroRE introduces a US official by a title that usTitleRE does not
// read: a title after "U.S." ("U.S. Science Envoy Dr. John Doe",
// "U.S. Permanent Representative to NATO Jane Roe"), or an
// appositive after the name ("Mark Smith, Acting Assistant Secretary of
// the Treasury,", "Ann Lee, USTR Senior Director"), or the head of a US
// agency by its initials and the head's title ("ONDCP Director Smith",
// "USAID Deputy Assistant Administrator John Smith"). Group 1, 2 or
// 3 holds the name.
var usIntroRE = mustGatedRE(`\b(?:U\.S\.\s+(?:[A-Z][\w-]*\s+){0,3}?` + usIntroNouns + `(?:\s+(?:to|for|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)?,?\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?` +
	usIntroName + `|` + usIntroName + `,\s+(?:the\s+)?(?:(?:Acting|Deputy|Principal|Senior)\s+)*(?:(?:Assistant|Under)\s+Secretary\s+of\s+(?:` + usDepartments +
	`)|(?:USTR|USAID|NSC|DOE|DOD|DHS|Treasury|State Department|U\.S\.)\s+(?:[A-Z][a-z]+\s+){0,3}?` + usIntroNouns + `)|` +
	`(?:` + usAgencies + `|FBI|USAID|DHS|TSA|CBP|DOE|NASA|CIA)\s+(?:(?:Deputy|Acting|Assistant|Associate)\s+)*(?:Director|Administrator)\s+` +
	`([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){0,2})\b)`)

// usIntroNouns end the title of a US official that usIntroRE reads.
const usIntroNouns = `(?:Envoy|Representative|Coordinator|Director|Secretary|Advis[eo]r|Counselor|Attache|Negotiator|Commissioner|Administrator)`

// usIntroName is a person's name of two or three words, a middle initial
// allowed, in a group.
const usIntroName = `([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){1,2})`

// learnUSIntroductions collects the surnames of US officials a text
// introduces as usIntroRE reads them, unless another side's official has
// the name. The name's last word may be a word after it ("John
// Doe March 3 visit", "Jane Roe Tuesday said"): it is dropped when it
// can be no surname.
func learnUSIntroductions(s string, people map[string]bool, foreign map[string]string) {
	for _, m := range usIntroRE.FindAllStringSubmatchIndex(s, -1) {
		k := 2
		for m[k] < 0 {
			k += 2
		}
		words := strings.Fields(s[m[k]:m[k+1]])
		for len(words) > 2 && !mayBeSurname(words[len(words)-1]) {
			words = words[:len(words)-1]
		}
		if last := words[len(words)-1]; mayBeSurname(last) && foreign[last] == "" {
			people[last] = true
		}
	}
}

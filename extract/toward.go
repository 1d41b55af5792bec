package extract

import (
	"strings"
)

// The other side speaking to the US side: "The MFA Advisor told post",
// "Vigneau ... spoke to poloffs on July 30", "Brenes admitted to us".
// Each is a meeting (discussed) with the speaker's country. The verbs of
// lexicon.tsv that the US side also uses (told, briefed, urged) are read
// by clause (reader.go); these are verbs of speech that only say "to
// whom" through "to" or "with".

// towardWords are the verbs of speech that take the one spoken to after
// "to" or "with".
const towardWords = `spoke|talked|admitted|expressed|stressed|emphasized|noted|commented|remarked|` +
	`complained|confided|explained|conveyed|described|reiterated|confirmed|acknowledged|lamented|mentioned|` +
	`insisted|repeated|recounted|opined|predicted|claimed|argued|asserted|observed|underscored|signaled|` +
	`cautioned|warned|promised|pledged|indicated|revealed|disclosed|protested|voiced|speaking|talking`

// towardObjectWords are the verbs of talks that take what was talked of
// before "with": "discussed these issues with polmiloff".
const towardObjectWords = `discussed|reviewed|raised|shared`

// towardGiveWords are the verbs of handing over that take what was given
// before "to": "delivered a firm demarche to Pol/Econ Chief", "passed
// the same message to the Ambassador".
const towardGiveWords = `gave|passed|delivered|handed|presented`

// towardRE finds a verb of towardWords and its "to" or "with"; a verb of
// towardWords or towardGiveWords, what was said or given and "to"
// ("expressed concern to the Ambassador", "described his role to"); or
// a verb of towardObjectWords, its object and "with", which may come
// after the one met ("raised with the Ambassador GOS concern with").
var towardRE = mustWordRE(`\b(?:(?:` + towardWords + `)\s+(?:to|with)|(?:` + towardWords + `|` + towardGiveWords + `)\s+(?:[\w'-]+\s+){1,5}?to|(?:` +
	towardObjectWords + `)\s+(?:[\w'-]+\s+){1,6}?with|(?:discussed|reviewed|raised)\s+with)\s+`)

// infinitiveAfterRE opens the words after a "to" with a verb: "indicated
// his willingness to meet Embassy officers" spoke to no one.
var infinitiveAfterRE = mustWordRE(`^(?:[a-z]+ly\s+)?(?:meet|see|visit|work|talk|speak|brief|join|help|support|cooperate|consult|receive|host|accompany|travel|go|come|send|provide|give|engage|coordinate|share|discuss|assist)\b`)

// towardGiveRE opens a match of towardRE with a verb of towardGiveWords.
var towardGiveRE = mustWordRE(`^(?:` + towardGiveWords + `)\b`)

// officeRE opens the words after "to" with an office, not a person: "The
// Ministry delivered the signed memorandum to the Embassy through the
// Protocol Office" sent it, met no one.
var officeRE = mustWordRE(`^(?:the\s+)?(?:[Ee]mbassy|[Pp]ost|[Mm]ission|[Dd]epartment|[Cc]onsulate)\b`)

// givenTo reports whether a match of towardRE ends with "to".
func givenTo(m string) bool { return strings.HasSuffix(strings.TrimRight(m, " "), " to") }

// toNoOne reports whether the match of towardRE at loc in clause cl ends
// with a "to" that names no one spoken to: the words before it are a
// clause of their own (towardObjectRE), a verb follows it ("his
// willingness to meet", infinitiveAfterRE), or what was handed over went
// to an office ("delivered the memorandum to the Embassy", officeRE).
func toNoOne(cl string, loc []int) bool {
	m, after := cl[loc[0]:loc[1]], cl[loc[1]:]
	if !givenTo(m) {
		return false
	}
	return towardObjectRE.MatchString(m) || infinitiveAfterRE.MatchString(after) || towardGiveRE.MatchString(m) && officeRE.MatchString(after)
}

// towardObjectRE is a match of towardRE whose words between the verb and
// its "to" are no object but a clause of their own: "confirmed that he
// would go to", "explained how to".
var towardObjectRE = mustWordRE(`^\S+\s+(?:.*\s)?(?:that|whether|if|how|why|what|when|where|he|she|they|it|we|I|not|to|be|been|was|were|is|are|has|have|had)\s+to\s*$`)

// towardPartyRE is the US side as the one spoken to, at the start of
// the words after "to": a person or office ("poloffs", "the Ambassador",
// "post", "us", "U.S. officials"), not "U.S. policy"; and what is asked
// of it ("asked for USG support").
var towardPartyRE = mustWordRE(`^(?:(?:the|our|visiting|a|an|two|three|several|senior|local)\s+)*(?:` +
	`(?:U\.\s?S\.|US|USG|American)\s+(?:officials?|delegation|delegates|side|team|diplomats?|representatives?|embassy|Embassy|interlocutors?|visitors?|government officials)|` +
	`post|Post|us|Embassy|embassy|Mission|[Ee]mbassy officers?|[Ee]mbassy officials?|` +
	`for (?:U\.\s?S\.|USG|US|American) (?:support|help|assistance|cooperation|backing|views?|assessment|input|guidance|reaction))\b`)

// passiveTowardRE is a verb of towardObjectWords in the passive, whose
// subject is what was talked of: "Iran was the only issue raised by
// Sarkozy during this meeting with the Ambassador".
var passiveTowardRE = mustWordRE(`\b(?:by|during)\b`)

// toward returns the meetings of a clause in which the other side speaks
// to the US side.
func (r *exchangeReader) toward(ch clauseHeads) []fact {
	cl, off := ch.cl, ch.off
	locs := ch.findAll(towardRE, readsToward)
	if locs == nil {
		return nil
	}
	start := subjectStart(cl)
	var out []fact
	for _, loc := range locs {
		if loc[0] < start || !r.spokenToUS(cl[loc[1]:], off+loc[1]) || passiveTowardRE.MatchString(cl[loc[0]:loc[1]]) || toNoOne(cl, loc) {
			continue
		}
		lead := cl[start:loc[0]]
		if irrealis(lead) || strings.Contains(lead, "n't") {
			continue
		}
		subject, _ := afterSubordinator(lead)
		at := off + start + len(lead) - len(subject)
		if first, ok := coordinatedSubject(lead); ok {
			subject, at = first, off+start
		} else if k := afterReport(subject); k > 0 {
			subject, at = subject[k:], at+k // told after what was said: the speaker is the party
		}
		if r.side(subject, at, false) != actorForeign || nonOfficialRE.MatchString(subject) || !r.officialSubject(subject, at) {
			continue // "Sudan researcher Alex de Waal commented to Poloff": no government's
		}
		fs := r.factsOf(r.subjectCountries(subject, at), []string{Discussed}, cl[:reportedAt(cl, loc[1])], off)
		out = append(out, r.verbDated(fs, verbAt{cl: cl, off: off, loc: loc})...)
	}
	return out
}

// coordinatedSubject returns the subject of the first verb of a lead
// that ends with "and" before a second verb, which shares it: in
// "Suleiman said that Syria and Iran are working ... and told the Codel"
// and "He spoke of Iran's ties with Venezuela and told the Ambassador",
// the one who told is the one who spoke, not a country of what was said.
func coordinatedSubject(lead string) (string, bool) {
	if !strings.HasSuffix(strings.TrimRight(lead, " "), " and") {
		return "", false
	}
	v := firstVerbAfter(lead, 0, len(lead))
	if v >= len(lead) {
		return "", false
	}
	return lead[:v], true
}

// spokenToUS reports whether the words after a verb of speech (and its
// "to"), at off in the sentence, open with the US side: "told Charge",
// "to poloffs", "told Treasury DepSec Kimmitt", "to the U.S. delegation";
// not "asked for U.S. help" or "related to the Embassy's request".
func (r *exchangeReader) spokenToUS(obj string, off int) bool {
	obj = strings.TrimLeft(obj, " ")
	if m := meetingDateRE.FindStringIndex(obj); m != nil && strings.HasPrefix(obj[m[1]:], "with ") {
		off += m[1] + len("with ") // "met on June 29 with Ambassador Rice"
		obj = obj[m[1]+len("with "):]
	}
	if towardPartyRE.MatchString(obj) {
		return true
	}
	head := headOf(obj, 40)
	if namesPerson(firstWords(head, 2), r.x.people) {
		return true // "met Cohen and Keil", named before with their US titles
	}
	for _, re := range []indexFinder{usSide, usActorRE} {
		k := re.FindStringIndex(head)
		if k == nil || strings.Count(head[:k[0]], " ") > 2 || usAsAdjectiveRE.MatchString(head[k[0]:]) || possessive(head[k[1]:]) {
			continue // not "welcomed President Obama's Prague speech": what the US side did or said, no one met
		}
		if r.usParty(head, off) {
			return true
		}
	}
	return false
}

// possessive reports whether a text opens with the possessive ending of
// the name before it.
func possessive(after string) bool {
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// usAsAdjectiveRE is the US named as a country or a government rather
// than as people one speaks to: "U.S. help", "Washington's view".
var usAsAdjectiveRE = mustWordRE(`^(?:U\.\s?S\.|United States|USG|Washington|Our|our|Embassy's|Department|Dept|Treasury)`)

// nonOfficialRE names people who speak for no government, and the titles
// firms give theirs: "the fishing firm's Vice President for Government
// Relations", "Atlantic Cement Managing Director", "General Counsel".
var nonOfficialRE = mustWordRE(`(?i)\b(?:(?-i:Vice Presidents? for|General Counsel|Managing Directors?|Country Manager)|researchers?|scholars?|journalists?|reporters?|editors?|businessm[ae]n|businesswom[ae]n|(?-i:executives?)|CEO|company|companies|firm|NGO|academics?|professors?|analysts?|activists?|lawyers?|attorneys?|priests?|bishops?|students?|think[- ]tank|consultants?|entrepreneurs?|economists?|rabbis?|clergy|clerics?|imams?|patriarchs?|candidates?|contenders?|deans?|universit(?:y|ies)|corporate|media|associations?|NGOs|stringers?|commentators?|pundits?|bloggers?|(?-i:Chambers? of Commerce|AmCham)|exporters|importers|private sector|business community|business leaders|(?-i:communit(?:y|ies)))\b`)

// privateSubject reports whether a subject names people who speak for
// no government (nonOfficialRE) and no official beside them: not "Police
// Intelligence analysts", "top intelligence officials and analysts".
func privateSubject(subject string) bool { return privateBefore(subject, nil) }

// privateBefore is privateSubject for the words of a subject before the
// US side it names at us (nil: none): "Most academics and journalists we
// spoke with" are private people, "the Ambassador and a businessman" the US
// side.
func privateBefore(subject string, us []int) bool {
	p := nonOfficialRE.FindStringIndex(subject)
	return p != nil && (us == nil || p[0] < us[0]) && !officialWordRE.MatchString(subject)
}

// officialWordRE names a government's people or bodies.
var officialWordRE = mustWordRE(`(?i)\b(?:attorneys?[- ]general|solicitors?[- ]general|officials?|police|ministry|ministers?|intelligence|military|government|army|navy|MPs?|deput(?:y|ies)|parliament\w*|senators?|legislators?|governors?|mayors?|ambassadors?|diplomats?|consuls?)\b`)

// officialSubject reports whether a subject names the other side's
// government: a country or its body, an office, or an official the cable
// named with the country before.
func (r *exchangeReader) officialSubject(subject string, at int) bool {
	return len(countriesIn(r.x.sents[r.i].mentions, at, at+len(subject), r.notAside)) > 0 ||
		foreignBodyRE.MatchString(subject) || otherSideRE.MatchString(subject) || len(r.x.foreignIn(subject)) > 0
}

// The other side answering a US request: "At USG request, Kenya has
// agreed to interdict flights", "In response to the U.S. request to move
// forward on Megaports, Letta told the Ambassador". The request urged the
// country that answers it.

// responseRE opens a clause with the US request it answers.
var responseRE = mustWordRE(responseExpr)

const responseExpr = `^(?:At|In response to|Responding to|Following(?: on| up on)?|Pursuant to|Per)\s+(?:a\s+|the\s+|an\s+)?(?:U\.\s?S\.|USG|US|our|Embassy|Post|Washington)(?:'s)?\s+(?:[a-z]+\s+)?(?:requests?|demarches?|urging|encouragement|proposal)\b`

// response returns the urging a clause reports by its answer.
func (r *exchangeReader) response(cl string, off int) []fact {
	if !responseRE.MatchString(cl) {
		return nil
	}
	start := subjectStart(cl)
	if start == 0 {
		return nil
	}
	subject := strings.TrimSpace(cl[start:firstVerbAfter(cl, start, len(cl))])
	if subject == "" || irrealis(subject) || r.side(subject, off+start, false) != actorForeign {
		return nil
	}
	var out []fact
	for _, iso := range r.subjectCountries(subject, off+start) {
		out = append(out, r.fact(iso, Urged, cl, off))
	}
	return out
}

package extract

import (
	"slices"
	"strings"
)

// nationalActorRE is the United States as a whole acting on a country,
// through channels a text does not say: "In May 2009, the United States
// urged the Bahamas", "Washington has informed".
var nationalActorRE = mustWordRE(`\b(?:the\s+)?(?:United States|U\.S\.(?:\s+Government)?|USG|Washington)\s+(?:(?:has|have|had|also|repeatedly|again|formally|officially)\s+)*(?:urged|informed|briefed|encouraged|pressed|called\s+on|asked|requested|notified|reminded|conveyed|told|demarched)\b`)

// wroteRE is a message written: "The Ambassador wrote to President
// Guebuza on January 24 to inform him".
var wroteRE = mustWordRE(`\b(?:wrote|writes|written)\b`)

// impliedTalks returns a discussion for each country the US side urged or
// informed in the cable with no discussion of it read: a demarche
// delivered or a point pressed is an exchange with that country's
// officials ("The Ambassador pressed President Aliyev on September 3 to
// commit", "Charge delivered reftel points to"), dated as the urging, to
// the day.
// One row a country and date.
func impliedTalks(facts []fact) []fact {
	talked := countriesWith(facts, Discussed)
	many := map[sentenceFact]int{} // the countries a sentence urges or informs at once
	for _, f := range facts {
		many[sentenceFact{f.sent, "", f.action}]++
	}
	var out []fact
	seen := map[string]bool{}
	for _, f := range facts {
		if f.action != Urged && f.action != Informed || talked[f.iso] || !f.per.valid() || !f.per.to.Equal(f.per.from) || many[sentenceFact{f.sent, "", f.action}] > 2 ||
			nationalActorRE.MatchString(f.clause) || writtenRE.MatchString(f.clause) || wroteRE.MatchString(f.clause) {
			continue // undated: what has been going on ("We have repeatedly urged"), and dated to a month or more: a summary of outreach ("In January 2010, U.S. officials briefed"); three or more countries at once: a campaign; the United States as a whole: through channels the text does not say; in writing: no exchange
		}
		key := f.iso + "\x00" + iso(f.per.from) + "\x00" + iso(f.per.to)
		if seen[key] {
			continue
		}
		seen[key] = true
		d := f
		d.action, d.event, d.topics = Discussed, "", nil
		out = append(out, d)
	}
	return out
}

// urgingTailRE continues a clause of the US side meeting or telling an
// official with what it asked of them, the country not named again:
// "raised the cases with Vice Foreign Minister Minh, calling for their
// release", "met General Aziz and called for the release of", "told
// President Museveni on July 7, urging him to", "conveyed reftel to MFA
// contacts, stressing the importance of reaching agreement".
var urgingTailRE = mustWordRE(`(?:,\s*|\s+and\s+)(?:(?:calling|called|asking|asked|requesting|requested|pressing|pressed|urging|urged)\s+(?:for|that)|(?:pressing|pressed|urging|urged|encouraging|encouraged)\s+(?:him|her|them)\s+to|(?:stressing|stressed|emphasizing|emphasized|underscoring|underscored)\s+(?:the\s+)?(?:importance|need|urgency))\b`)

// reportedSpeech reports whether a lead holds a reported clause that
// tells of another's speech, whose speaker the urging after it may
// continue: "mentioned that Kyrgyz officials had told her ... and asked
// for", not "informed him that DEA would open an office and asked that".
func reportedSpeech(lead string) bool {
	loc := thatRE.FindStringIndex(lead)
	return loc != nil && speechVerbsRE.MatchString(lead[loc[1]:])
}

var (
	thatRE        = mustWordRE(`\bthat\b`)
	speechVerbsRE = mustWordRE(`\b(?:` + reportVerbs + `)\b`)
)

// reportVerbs are the verbs by which a sentence reports another's
// speech, for speechVerbsRE and toldLeadRE.
const reportVerbs = `told|tells|said|says|stated|noted|reported|explained|mentioned|asked|complained`

// impliedUrging returns an urging of the country of each meeting or
// briefing the US side opens a sentence with, when the sentence goes on
// to what it asked for (urgingTailRE) and no urging of that country is
// read from it: the one asked is the official just met.
func (x *cableContext) impliedUrging(facts []fact) []fact {
	urged := sentenceFacts(facts, Urged)
	var out []fact
	for _, f := range facts {
		k := sentenceFact{f.sent, f.iso, ""}
		if f.action != Discussed && f.action != Informed || urged[k] {
			continue
		}
		text := x.sents[f.sent].text
		loc := urgingTailRE.FindStringIndex(text)
		if loc == nil || f.action == Discussed && !usActorRE.MatchString(firstWords(text[subjectStart(text):], 3)) ||
			reportedSpeech(text[:loc[0]]) {
			continue // who informed is the US side; who met may be either ("FM Gadio met the Ambassador, calling for"); after "that", who asks is the one reported
		}
		urged[k] = true
		u := f
		u.action, u.event, u.topics = Urged, "", nil
		out = append(out, u)
	}
	return out
}

// asDidRE opens an elided clause that repeats the one before it for
// another party: "Ortega also joined the meeting, as did Haitian President
// Preval".
var asDidRE = mustWordRE(`,\s+as\s+did\s+`)

// readAsDid returns the attendance of the parties an elided clause
// names after an attendance the same sentence states: the same event and
// date, for each country named up to the clause's end.
func (x *cableContext) readAsDid(facts []fact) []fact {
	var out []fact
	done := map[int]bool{}
	for _, f := range facts {
		if f.action != Attended || done[f.sent] {
			continue
		}
		done[f.sent] = true
		s := &x.sents[f.sent]
		loc := asDidRE.FindStringIndex(s.text)
		if loc == nil {
			continue
		}
		end := len(s.text)
		if k := strings.IndexAny(s.text[loc[1]:], ";:"); k >= 0 {
			end = loc[1] + k
		}
		for _, iso := range countriesIn(s.mentions, loc[1], end, nil) {
			if iso != f.iso { // countriesIn names no US
				g := f
				g.iso = iso
				out = append(out, g)
			}
		}
	}
	return out
}

// calledOffRE says a meeting a sentence names did not take place: "call
// ... was postponed", "the meeting had been cancelled", "did not take
// place".
var calledOffRE = mustWordRE(`\b(?:call|meeting|visit|dinner|lunch|talks|appointment)\b[^.;]{0,80}?\b(?:(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:postponed|cancell?ed|called off|put off|scrapped)|did not take place|never took place)\b`)

// toldLeadRE holds a verb of speech or a "that" before a meeting called
// off, which makes it what someone reported, not the sentence's own
// meeting: "told the Ambassador ... that the session had been postponed".
var toldLeadRE = mustWordRE(`\b(?:` + reportVerbs + `|that)\b`)

// withoutCalledOff drops the discussions of sentences that say the
// meeting was called off: "The Ambassador's call on President
// Nkurunziza, scheduled for October 22, was postponed".
func (x *cableContext) withoutCalledOff(facts []fact) []fact {
	return slices.DeleteFunc(facts, func(f fact) bool {
		if f.action != Discussed {
			return false
		}
		text := x.sents[f.sent].text
		loc := calledOffRE.FindStringIndex(text)
		return loc != nil && !toldLeadRE.MatchString(text[:loc[1]])
	})
}

// whomMetRE is a relative clause after an official that says the US side
// met them: ", whom the Ambassador saw on January 28,". Group 1 is who
// met them.
var whomMetRE = mustWordRE(`,\s+whom\s+([^,;]{2,40}?)\s+(?:met|saw|visited|called\s+on|had\s+met|had\s+seen)\b`)

// readWhomMet returns the discussion each such relative clause tells of
// an official (otherSideRE, foreignTitleRE; not a private party), with
// the official's country: one the text before it names, or the host
// ("Minister of Justice Martha Karua, whom the Ambassador saw on January
// 28, said").
func (x *cableContext) readWhomMet(have []fact) []fact {
	talked := sentenceFacts(have, Discussed)
	var out []fact
	for i := range x.sents {
		s := &x.sents[i]
		m := whomMetRE.FindStringSubmatchIndex(s.text)
		if m == nil || !usActorRE.MatchString(s.text[m[2]:m[3]]) {
			continue
		}
		who := s.text[:m[0]]
		if !otherSideRE.MatchString(who) && !foreignTitleRE.MatchString(who) || privateSubject(who) {
			continue // "One staffer at BBC Persian, whom Poloff first met": no official
		}
		isos := countriesIn(s.mentions, 0, m[0], nil)
		if len(isos) == 0 && x.home != "" {
			isos = []string{x.home}
		}
		if len(isos) != 1 || talked[sentenceFact{i, isos[0], ""}] {
			continue
		}
		out = append(out, fact{iso: isos[0], action: Discussed, per: x.sentenceDate(i), sent: i, clause: s.text})
	}
	return out
}

// sentenceFacts indexes the sentences and countries of facts' rows of
// one action.
func sentenceFacts(facts []fact, action string) map[sentenceFact]bool {
	out := map[sentenceFact]bool{}
	for _, f := range facts {
		if f.action == action {
			out[sentenceFact{f.sent, f.iso, ""}] = true
		}
	}
	return out
}

package extract

// Help the US side gives and gratitude for it, read with the exchanges
// (reader.go): "provided airport security training to 30 Libyan
// officials" (trained), "donated books" (assisted), "thanked the UAE for
// hosting" (hosted).

import (
	"slices"
	"strings"
)

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

// recipientSkipRE ends the text before a country that is not the
// recipient of help: "about Iran", "against Iraq".
var recipientSkipRE = mustWordRE(`\b(?:about|regarding|concerning|against|than|like|from|by)\s+(?:the\s+)?$`)

// readAid returns the help a clause says the US side gave: trained when
// what was given is training, assisted when it is material help.
func (r *exchangeReader) readAid(ch clauseHeads) []fact {
	cl, off := ch.cl, ch.off
	loc := ch.find(aidVerbRE, readsAid)
	if loc == nil {
		return nil
	}
	start := subjectStart(cl)
	if loc[0] < start {
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
	case verb == "donated" || verb == "handed over":
		action = Assisted
	case aidNounRE.MatchString(headOf(obj, 40)) && verb != "conducted" && verb != "held" && verb != "organized" && verb != "organised":
		action = Assisted
	default:
		return nil
	}
	var isos []string
	last := -1 // the end of the last recipient: those after it must continue its list
	for _, m := range r.x.sents[r.i].mentions {
		at := off + loc[1]
		if m.start < at || m.end > off+len(cl) || len(m.isos) != 1 || m.isos[0] == "US" || slices.Contains(isos, m.isos[0]) {
			continue
		}
		if last >= 0 && !listJoinRE.MatchString(r.x.sents[r.i].text[last:m.start]) {
			break // "to Malian Customs for the Senegal ... border crossings"
		}
		if !recipientSkipRE.MatchString(cl[loc[1] : m.start-off]) {
			isos, last = append(isos, m.isos[0]), m.end
		}
	}
	if len(isos) == 0 && r.home != "" && (otherSideRE.MatchString(obj) || verb == "donated" || verb == "handed over") {
		isos = []string{r.home} // what a post donates goes to its hosts: "donated books to the school library"
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
var thankedRE = mustWordRE(`\b(?i:` + thanksWords + `)\b(.{0,80}?)\b(?:for|of)\s+(.{0,60})`)

// thanksWords open thankedRE.
const thanksWords = `thank|thanked|thanks|thanking|grateful to|grateful for|appreciation to|appreciated|appreciative of`

// thanksAidRE names material help a country thanks the US for ("support"
// is as often diplomatic).
var thanksAidRE = mustWordRE(`(?i)\b(?:assistance|equipment|donations?|aid|funding|funds|grants?|vehicles|supplies)\b`)

// thanksGivingRE opens what a country thanks the US side for when it is a
// gift made, named by its verb: "for providing two new patrol boats".
var thanksGivingRE = mustWordRE(`^(?:(?:earlier|also|recently)\s+)?(?:providing|donating|supplying|delivering|funding|financing|equipping)\b`)

// givenThing reports whether what follows "thanked ... for" is a gift
// made (thanksGivingRE) of a thing, not of a message: not "for providing
// information", "for earlier providing a copy of the draft agreement".
func givenThing(forWhat string) bool {
	return thanksGivingRE.MatchString(forWhat) && !notAidRE.MatchString(forWhat) // notAidRE ignores case
}

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
	case thanksAidRE.MatchString(forWhat) || givenThing(forWhat):
		what = "assistance"
	default:
		return nil
	}
	if what != "hosting" && notGivenRE.MatchString(text[m[2]:m[5]]) {
		return nil // "appreciated the USG offer of technical assistance": offered, not given
	}
	var isos []string
	us := usAny.MatchString(between)
	switch what {
	case "training", "assistance":
		if !us || r.thanksToOther(m[2], m[3]) {
			return nil // thanks to the US side: the country before them received it
		}
		for _, mn := range r.x.sents[r.i].mentions {
			if mn.end <= m[0] && len(mn.isos) == 1 && mn.isos[0] != "US" && !slices.Contains(isos, mn.isos[0]) {
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
		return r.thankedHosts(text, m)
	}
}

// thanksToOther reports whether the words between thanks and what they
// are for, from st to en in the sentence, send them to another country
// after "to": "the thanks Secretary Smith had expressed to the GOS for its
// assistance in Guinea-Bissau" thank Senegal for its help, not for the
// United States'.
func (r *exchangeReader) thanksToOther(st, en int) bool {
	k := strings.LastIndex(r.x.sents[r.i].text[st:en], " to ")
	if k < 0 {
		return false
	}
	isos := countriesIn(r.x.sents[r.i].mentions, st+k, en, nil)
	return len(isos) > 0 && !slices.Contains(isos, "US")
}

// thankedHosts returns the hosting a country is thanked for: by the
// countries named between the thanks and "for", else the officials the
// cable named with their country, else the post's hosts when an official
// or a person is thanked ("thanking AbZ for hosting the well-timed SRAP
// meeting"); the event is the one hosted.
func (r *exchangeReader) thankedHosts(text string, m []int) []fact {
	var isos []string
	for _, mn := range r.x.sents[r.i].mentions {
		if mn.start >= m[2] && mn.end <= m[3] && len(mn.isos) == 1 && mn.isos[0] != "US" && !slices.Contains(isos, mn.isos[0]) {
			isos = append(isos, mn.isos[0])
		}
	}
	between := strings.TrimSpace(text[m[2]:m[3]])
	if len(isos) == 0 {
		isos = r.x.foreignIn(between)
	}
	if len(isos) == 0 && r.home != "" && (otherSideRE.MatchString(between) || personRE.MatchString(between)) {
		isos = []string{r.home}
	}
	forWhat := text[m[4]:]
	event := ""
	if k := hostingRE.FindStringIndex(forWhat); k != nil {
		event = strings.TrimRight(eventPhrase(strings.TrimPrefix(strings.TrimSpace(forWhat[k[1]:]), "the ")), ",.;:")
	}
	out := r.facts(isos, Hosted, text)
	for i := range out {
		out[i].event = event
	}
	return out
}

// facts returns a fact of the sentence per country.
func (r *exchangeReader) facts(isos []string, action, text string) []fact {
	var out []fact
	for _, iso := range isos {
		out = append(out, r.fact(iso, action, text, 0))
	}
	return out
}

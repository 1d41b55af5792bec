package extract

import "github.com/cablesql/cablesql/internal/lazyre"

// The participants block of a memorandum of conversation: "Participants:
// United States: Deputy Secretary Steinberg ... Brazil: Ambassador
// Antonio Patriota". A country under its own label across the table
// from the United States' is a discussion with it, dated by the memo's
// date line (the block's sentence or the one before it).

// memoPartiesRE opens a memo's participants block.
var memoPartiesRE = mustWordRE(`\b(?:PARTICIPANTS|Participants)\s*:`)

// usLabelRE is the United States' label in a participants block.
var usLabelRE = mustWordRE(`\b(?:U\.S\.|US|USG|United States|UNITED STATES)` + sideLabel)

// labelAfterRE follows a country's name that labels its side's list.
var labelAfterRE = lazyre.New(`^` + sideLabel)

// sideLabel ends the name of a side that labels its list: "Brazil:",
// "U.S. Side:", "Netherlands -----".
const sideLabel = `(?:\s+(?:Side|side|SIDE|Delegation|delegation|DELEGATION))?\s*(?::|-{3,})`

// readMemoParties returns a discussion with each country a memo's
// participants block labels across from the United States, unless the
// rules already read one with it.
func (x *cableContext) readMemoParties(have []fact) []fact {
	talked := countriesWith(have, Discussed)
	var out []fact
	for i := range x.sents {
		s := &x.sents[i]
		loc := memoPartiesRE.FindStringIndex(s.text)
		if loc == nil || !usLabelRE.MatchString(s.text[loc[1]:]) {
			continue
		}
		per := x.sentenceDate(i)
		if !per.valid() && i > 0 {
			per = x.sentenceDate(i - 1)
		}
		for k := i; k < min(i+4, len(x.sents)); k++ {
			from := 0
			if k == i {
				from = loc[1]
			}
			for _, iso := range x.labelledSides(k, from) {
				if !talked[iso] {
					talked[iso] = true
					out = append(out, fact{iso: iso, action: Discussed, per: per, sent: i, clause: s.text})
				}
			}
		}
	}
	return out
}

// labelledSides returns the countries sentence k names as the label of a
// side's list, from offset from on: "Brazil:", "Netherlands -----".
func (x *cableContext) labelledSides(k, from int) []string {
	s := &x.sents[k]
	var isos []string
	for _, m := range s.mentions {
		if m.start >= from && len(m.isos) == 1 && m.isos[0] != "US" && labelAfterRE.MatchString(s.text[m.end:]) {
			isos = append(isos, m.isos[0])
		}
	}
	return isos
}

package extract

import (
	"strings"
)

// reducedAidRE is help named in passing as given by the United States:
// "trained on radiation detection equipment provided under the EXBS program".
var reducedAidRE = mustWordRE(`(?i)\b(?:equipment|assistance|training|funding|grants?|vehicles|detectors|systems|commodities)\s+(?:\w+\s+)?(?:provided|donated|delivered|supplied|funded)\s+(?:` +
	strings.Join(reducedAidPreps, "|") + `)\s+(?:the\s+)?(?:U\.S\.|United States|USG|EXBS|Department)`)

// reducedAidPreps are the prepositions reducedAidRE needs, one of which
// stands alone as a word in any text it matches.
var reducedAidPreps = []string{"by", "under", "through", "from"}

// mayReduceAid reports whether a clause holds one of reducedAidPreps as a
// word, in any case, before the costlier expression looks.
func mayReduceAid(clause string) bool {
	found := false
	eachWord(clause, func(w string) bool {
		for _, p := range reducedAidPreps {
			if strings.EqualFold(w, p) {
				found = true
			}
		}
		return !found
	})
	return found
}

// reducedAid returns the assistance a clause names in passing, for the
// country it is about (its subject, or its section's), unless the clause
// already stated it.
func (x *cableContext) reducedAid(si int, clause string, cs []candidate, ms []mention, front int, fallback string, explicit bool, per period, done []fact) []fact {
	if !mayReduceAid(clause) {
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
	if group == nil && explicit && !namesCountry(clause, ms, fallback) {
		group = []candidate{{iso: fallback}}
	}
	if group == nil {
		return nil
	}
	event := ""
	if strings.Contains(clause[loc[0]:loc[1]], "EXBS") {
		event = x.canonical("EXBS")
	}
	var out []fact
	for _, c := range group {
		out = append(out, fact{iso: c.iso, action: Assisted, event: event, per: per, sent: si, clause: clause})
	}
	return out
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

// aidNounRE names what assistance consists of.
var aidNounRE = mustWordRE(`(?i)\b(equipment|assistance|training|support|guidance|funding|funds|grants?|demonstrations?|commodities|technical|expertise|infrastructure|vehicles|vans|boats|vessels|detectors|\$|USD|dollars|million|monitors|scanners|x-ray|inspection|systems|radios|computers|software|kits|help|programs?|workshops?|advice|capacity|export controls?|border|enforcement|legislation|laws?|regulations?|regulatory|licensing|customs|interdiction|nonproliferation|EXBS|strategic trade|procurement)\b`)

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
var notAidRE = mustWordRE(`(?i)\b(?:cop(?:y|ies)|letters?|non-papers?|demarches?|messages?|points|texts?|responses?|repl(?:y|ies)|information|updates?|reports?|lists?|notes?|statements?|views|assurances|answers?|overviews?|readouts?|invitations?|keynote|address|remarks|speech|proposals?|materials|comments|data|documents?|briefings?)\b`)

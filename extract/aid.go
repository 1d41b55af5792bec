package extract

import (
	"slices"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// reducedAidRE is help named in passing as given by the United States:
// "trained on radiation detection equipment provided under the EXBS
// program". Gated: most clauses hold one of its nouns, few one of its
// verbs.
var reducedAidRE = mustGatedRE(`(?i)\b(?:equipment|assistance|training|funding|grants?|vehicles|detectors|systems|commodities)\s+(?:\w+\s+)?(?:provided|donated|delivered|supplied|funded)\s+(?:` +
	strings.Join(reducedAidPreps, "|") + `)\s+(?:the\s+)?(?:U\.S\.|United States|USG|EXBS|Department)`)

// reducedAidPreps are the prepositions of reducedAidRE.
var reducedAidPreps = []string{"by", "under", "through", "from"}

// reducedAid returns the assistance a clause names in passing, for the
// country it is about (its subject, or its section's), unless the clause
// already stated it.
func (x *cableContext) reducedAid(si int, clause string, cs []candidate, ms []mention, front int, fallback string, explicit bool, per period, done []fact) []fact {
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
	event := x.exbsEvent(clause[loc[0]:loc[1]])
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
var aidNounRE = mustWordRE(`(?i)\b(equipment|assistance|training|support|guidance|funding|funds|grants?|demonstrations?|commodities|technical|expertise|infrastructure|vehicles?|vans?|boats?|vessels?|detectors?|\$|USD|dollars|million|monitors?|scanners?|x-ray|inspection|systems?|radios?|goggles|night vision|vests|helmets|uniforms|trucks?|aircraft|helicopters?|ambulances?|generators?|donations?|supplies|medicines?|vaccines?|computers?|software|kits?|help|programs?|workshops?|advice|capacity|export controls?|border|enforcement|legislation|laws?|regulations?|regulatory|licensing|customs|interdiction|nonproliferation|EXBS|strategic trade|procurement)\b`)

// aidGiven reports whether a verb of giving or working with gives help:
// "provided Ghana with radiation detection equipment", "delivered two
// X-ray systems to", not "provided a copy to the French POC". Working
// with, supporting, helping and sponsoring must say what the help is
// about: not "sponsored a reception for the Foreign Minister".
func aidGiven(clause string, loc []int, group []candidate) bool {
	w := strings.ToLower(clause[loc[0]:loc[1]])
	win := aidWindow(clause, loc, group)
	switch {
	case w == "gave":
		return goodsNounRE.MatchString(win) && !notAidRE.MatchString(win) // "gave two patrol boats", not "gave a workshop" nor "gave its support"
	case strings.HasPrefix(w, "suppl"):
		return !notAidRE.MatchString(win) // what is supplied is goods: "supplied a radio network", not "supplied information"
	case hasAnyPrefix(w, handingVerbs...) && countedGoodsRE.MatchString(clause[loc[1]:]):
		return !notAidRE.MatchString(clause[loc[1]:min(len(clause), loc[1]+40)]) // "delivered 285 Humvees to"
	case hasAnyPrefix(w, handingVerbs...) || hasAnyPrefix(w, aboutVerbs...):
		return aidNounRE.MatchString(win) && !notAidRE.MatchString(clause[loc[1]:min(len(clause), loc[1]+25)])
	}
	return true
}

// goodsNounRE names things or money handed over, what "gave" must give
// to be help: not a workshop (training), support or a speech.
var goodsNounRE = mustWordRE(`(?i)\b(?:equipment|assistance|funding|funds|grants?|commodities|vehicles?|vans?|boats?|vessels?|detectors?|\$|USD|dollars|million|monitors?|scanners?|x-ray|systems?|radios?|goggles|night vision|vests|helmets|uniforms|trucks?|aircraft|helicopters?|ambulances?|generators?|supplies|medicines?|vaccines?|computers?|software|kits?|food|tents|blankets)\b`)

// handingVerbs open the verbs of giving that hand a thing over, which a
// count of things makes help; aboutVerbs those that must say what the
// help is about (aidGiven).
var (
	handingVerbs = []string{"provid", "deliver", "hand", "turn", "gave"}
	aboutVerbs   = []string{"support", "help", "work", "sponsor", "paid"}
)

// hasAnyPrefix reports whether s opens with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// countedGoodsRE opens what a verb of giving gives with a count of
// things: "delivered 285 Humvees", "handed over twelve Land Cruisers".
var countedGoodsRE = lazyre.New(`^\s+(?:(?:over|more than|some|about|nearly)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|hundreds of|thousands of)\s+(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*s\b`)

// notAidRE names things handed over that are messages, not help.
var notAidRE = mustWordRE(`(?i)\b(?:cop(?:y|ies)|letters?|non-papers?|demarches?|messages?|points|texts?|responses?|repl(?:y|ies)|information|updates?|reports?|lists?|notes?|statements?|views|assurances|answers?|overviews?|readouts?|invitations?|keynote|address|remarks|speech|proposals?|materials|comments|data|documents?|briefings?)\b`)

// usHelpRE is help the United States gave, named by a noun where no verb
// states it: "USAID-sponsored training", "with U.S. assistance",
// "training from U.S. law enforcement agencies". Group 1 is a participle
// that says the United States gave it ("-funded"); group 2 (the giver
// first) or group 3 (the help first) holds the noun.
var usHelpRE = mustWordRE(`\b(?:(?:` + helpGivers + `)(?:-(sponsored|funded|financed|provided|supplied|donated))?\s+((?:for\s+(?:its|their)\s+)?(?:[a-z][a-z-]*\s+){0,3}?(?:` +
	helpNouns + `))\b|(` + helpNouns + `)\s+(?:(?:and|or)\s+[a-z]+\s+)?(?:provided\s+|given\s+)?(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:` + helpGivers + `))`)

// usGivers are the names of the United States and of its agencies and
// programmes that give help, among them those whose work is help
// (usAidAgencies).
const usGivers = `U\.S\.(?:\s+[A-Z][a-z]+){0,2}|USG|United States|` + usAidAgencies + `|INL|INCLE|FMF|IMET|ACOTA|GPOI|DOD|DoD|DOE|DHS|FBI|DEA|ICE|ATA|CBP|USCG|PEPFAR|USPTO|DOJ|DOL|USDA|NAS|TSA|FAA|NRC|ILEA|USTDA|[A-Z]+COM`

// helpGivers are usGivers and "US" undotted ("credited US assistance"),
// which usHelpRE reads where the trainers' expression (trainerRE) would
// take "US-India" for a giver.
const helpGivers = usGivers + `|US|American`

// usAidAgencies are the US agencies and programmes whose work with
// another government is help whatever it is called (aidAgencyRE).
const usAidAgencies = `USAID|OTA|OPDAT|ICITAP|EXBS`

// helpNounWords are what usHelpRE's givers give, one of which its every
// match holds; helpNouns is their alternation.
var (
	helpNounWords = []string{"training", "trainings", "course", "courses", "assistance", "aid", "funding", "funds",
		"equipment", "grant", "grants", "donation", "donations", "contribution", "contributions",
		"financial support", "technical support", "material support", "military support", "humanitarian support", "logistical support"}
	helpNouns = strings.Join(helpNounWords, "|")
	helpHints = newLiterals(helpNounWords)
)

// mayNameHelp reports whether a text holds a word of helpNounWords, before
// usHelpRE looks; the sentences without a trigger's word are read for it.
func mayNameHelp(s string) bool { return helpHints.in(s) }

var (
	// helpHadRE ends the text before help that was had: "received",
	// "upgraded with", "thanked the Ambassador for".
	helpHadRE = mustWordRE(`(?i)\b(?:received|receives|receiving|benefit+(?:ed|s|ing)\s+from|with|thanks\s+to|thank(?:ed|s)?\s+(?:[\w.]+\s+){0,4}?for|grateful\s+for|gratitude\s+for|appreciat\w+\s+(?:[\w.]+\s+){0,3}?(?:for|of)|credit(?:ed|s)|prais(?:ed|es))\s+(?:the\s+)?(?:(?:continued|generous|significant|substantial|strong|recent|past|sustained|ongoing|extensive)\s+){0,2}$`)
	// helpVerbRE is a word between a giver and the help that makes the
	// help the object of a verb: "the USG provide more assistance".
	helpVerbRE = mustWordRE(`\b(?:to|provide|provides|give|gives|offer|offers|send|sends|deliver|seek|need|needs|want|request|continue|increase|expand|cut|reduce|end|resume|use|accept|get|more|additional|new|future|possible|potential|of)\b`)
)

// recipientAfterRE is the text between help and whom it went to: "U.S.
// assistance to", "training programs for the".
var recipientAfterRE = lazyre.New(`^\s*(?:[a-z][a-z-]*\s+){0,3}?(?:to|for|of)\s+(?:the\s+)?$`)

// usHelp returns the help a clause names by a noun as given by the United
// States (usHelpRE) where the clause says it was had: named by a
// participle ("USAID-sponsored training"), received ("received training
// from the FBI"), used ("upgraded with U.S. assistance") or thanked for.
// It goes to the country after "to" or "for", else the section's when the
// clause names no other. A clause that states no fact, or whose verbs
// already gave the same help, gives none.
func (x *cableContext) usHelp(si int, c *clauseContext, per period, done []fact) []fact {
	clause := c.text
	m := usHelpRE.FindStringSubmatchIndex(clause)
	if m == nil {
		return nil
	}
	lead := clause[:m[0]]
	if c.front <= m[0] {
		lead = clause[c.front:m[0]] // else the help is in a fronted phrase: "With U.S. assistance, "
	}
	var noun string
	if m[4] >= 0 {
		noun = clause[m[4]:m[5]]
		if hasLexicalVerb(noun) || helpVerbRE.MatchString(noun) || strings.Contains(noun, "officials") {
			return nil // "U.S. officials discussed training", "the USG provide more assistance"
		}
	} else {
		noun = clause[m[6]:m[7]]
	}
	if m[2] < 0 && !helpHadRE.MatchString(lead) || irrealisRE.MatchString(lead) || strings.Contains(lead, "n't") {
		return nil
	}
	return x.helpFacts(si, c, m, noun, per, done)
}

// helpFacts returns the fact of help usHelp found at m, for the country it
// went to.
func (x *cableContext) helpFacts(si int, c *clauseContext, m []int, noun string, per period, done []fact) []fact {
	clause := c.text
	var actions []string // "training and equipment provided by" gives both
	if strings.Contains(noun, "train") || strings.Contains(noun, "course") {
		actions = append(actions, Trained)
	}
	if aidNounsRE.MatchString(noun) || m[6] >= 0 && aidNounsRE.MatchString(clause[m[7]:min(m[7]+20, m[1])]) {
		actions = append(actions, Assisted)
	}
	actions = slices.DeleteFunc(actions, func(a string) bool {
		return slices.ContainsFunc(done, func(f fact) bool { return f.action == a })
	})
	var iso string
	for _, cd := range c.cs {
		if cd.start >= m[1] && cd.start-m[1] < 60 && !cd.venue && recipientAfterRE.MatchString(clause[m[1]:cd.start]) && cd.iso != "US" {
			iso = cd.iso
			break
		}
	}
	if iso == "" && c.fallback != "" && (x.homeFallback || c.explicit) && !namesCountry(clause, c.ms, c.fallback) &&
		!namesPerson(clause[min(subjectStart(clause), m[0]):m[0]], x.orgPeople) {
		iso = c.fallback // not "Johnstone expressed appreciation for USG contributions", a UN official
	}
	if iso == "" {
		return nil
	}
	event := x.exbsEvent(clause[m[0]:m[1]])
	var out []fact
	for _, a := range actions {
		out = append(out, fact{iso: iso, action: a, event: event, per: per, sent: si, clause: clause})
	}
	return out
}

// aidNounsRE is a noun of helpNouns other than training.
var aidNounsRE = mustWordRE(`\b(?:assistance|aid|funding|funds|equipment|grants?|donations?|support|contributions?)\b`) // "support" only as usHelpRE reads it: "technical support"

// exbsEvent is the programme that help named in passing comes from: EXBS
// when the words name it, else none.
func (x *cableContext) exbsEvent(words string) string {
	if strings.Contains(words, "EXBS") {
		return x.canonical("EXBS")
	}
	return ""
}

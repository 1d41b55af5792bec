package extract

import (
	"strings"
	"time"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// cleanEventName makes an event's name as a rule found it name an event:
// a noun phrase, not a clause fragment ("withdrew the report immediately
// before the meeting"), a preposition's object ("of the conference"), a
// bare generic word ("talks", "the last summit meeting") or a name cut
// inside its parentheses ("... coalitions (which Post is nominating").
// It returns "" when nothing names an event. A generic name is left for
// finish to resolve to the event the cable names (genericEvent).
func cleanEventName(name string) string {
	name = balanceParens(strings.TrimSpace(name))
	if k := strings.LastIndex(name, " -- "); k >= 0 {
		name = name[k+4:] // "of two ... conferences -- the EU-LAC Summit"
	}
	if loc := eventDateLeadRE.FindStringIndex(name); loc != nil && loc[1] < len(name) {
		name = name[loc[1]:] // "December 7 meeting"
	} else if rest, ok := cutMonthLead(name); ok && !genericEvent(rest) {
		name = rest // "November G-20 meeting"; "July summit" stays
	}
	if loc := eventDateTailRE.FindStringIndex(name); loc != nil && loc[0] > 0 {
		name = strings.TrimSpace(name[:loc[0]]) // "Annapolis Conference November 26-27"
	}
	if loc := eventDateInRE.FindStringIndex(name); loc != nil && loc[0] > 0 {
		if rest := strings.TrimSpace(name[loc[1]:]); rest != "" && isCapital(rest[0]) {
			name = name[:loc[0]] + " " + rest // "GSD July 20 Plenary Session": the date goes
		} else {
			name = strings.TrimSpace(name[:loc[0]]) // "session on November 7 the Government of Brazil has ...": so does the clause
		}
	}
	if loc := refTailRE.FindStringIndex(name); loc != nil && loc[0] > 0 {
		name = name[:loc[0]] // "Dialogue Forum (REFTEL)": the cable it cites
	}
	if loc := eventClauseTailRE.FindStringIndex(name); loc != nil {
		name = strings.TrimSpace(name[:loc[0]]) // "donor conferences when asked"
	}
	name = cutHostLead(name)
	for {
		w, rest, ok := strings.Cut(name, " ")
		if !ok || !leadingGlue[w] {
			break
		}
		name = rest // "of the conference"
	}
	first := firstWord(name)
	if first == "" || verbLikeRE.MatchString(first) || leadingGlue[strings.ToLower(name)] {
		return "" // "withdrew the report ...", "the"
	}
	return name
}

// cutHostLead returns a name without the words that open it by telling who
// held it, up to a participle isModifier reads: "Czech Presidency-hosted
// classified briefing" is a "classified briefing".
func cutHostLead(name string) string {
	words := strings.Fields(name)
	for i, w := range words[:min(len(words)-1, 4)] {
		if isModifier(w) && strings.Contains(w, "-") && i > 0 {
			return strings.Join(words[i+1:], " ")
		}
	}
	return name
}

// leadingGlue are words a name does not open with.
var leadingGlue = map[string]bool{"of": true, "on": true, "in": true, "at": true, "for": true, "to": true, "with": true,
	"by": true, "from": true, "during": true, "and": true, "the": true, "a": true, "an": true, "this": true, "that": true,
	"last": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// verbLikeRE is a lower-case past verb opening a fragment.
var verbLikeRE = lazyre.New(`^[a-z]+(?:ed|ew|ook|ent|ame|aid)$`)

// eventDateTailRE opens a date left at the end of a name: "on 3-4
// September 2009", "November 26-27", "in 2009".
var eventDateTailRE = mustWordRE(`\s+(?:(?:on|in|of)\s+)?(?:\d{1,2}(?:-\d{1,2})?\s+)?` + monthRE + `(?:\s+\d{1,2}(?:-\d{1,2})?)?(?:,?\s+(?:19|20)\d\d)?\s*$|\s+(?:on|in)\s+(?:19|20)\d\d\s*$`)

// eventDateInRE is a day inside a name.
var eventDateInRE = mustWordRE(`\s+(?:(?:on|in|of)\s+)?` + monthRE + `\s+\d{1,2}(?:-\d{1,2})?(?:,?\s+(?:19|20)\d\d)?\b`)

// eventDateLeadRE is a day opening a name: "December 7 meeting", "June 18
// IAEA Board of Governors' meetings" (a year stays: "2009 Plenary").
var eventDateLeadRE = mustWordRE(`^` + monthRE + `\s+\d{1,2}(?:-\d{1,2})?,?\s+`)

// cutMonthLead returns a name without the month, written in full, that
// opens it ("March Council session"), and whether it had one; "May" may
// be a name's own.
func cutMonthLead(name string) (string, bool) {
	w, rest, ok := strings.Cut(name, " ")
	rest = strings.TrimLeft(rest, " \t")
	if m := monthOf(w); !ok || rest == "" || m == 0 || m == time.May || w != m.String() {
		return name, false
	}
	return rest, true
}

// eventClauseTailRE opens a clause after an event's name.
// refTailRE is a reference to another cable after a name: "(REFTEL)",
// "(ref A)", "(reftel B)".
var refTailRE = mustWordRE(`(?i)\s*\((?:reftels?|refs?)(?:\s+[a-z](?:\s+and\s+[a-z])?)?\)$`)

var eventClauseTailRE = mustWordRE(`\s+(?:when|which|who|whom|that|where|while|because|if)\b`)

// genericEvent reports whether a name in lower case is only a kind of
// event with a few modifiers ("major exercises", "pre-bid conference"),
// not a named one, and without a complement that says which ("workshop on
// clinical bioethics" is kept).
func genericEvent(name string) bool {
	words := strings.Fields(name)
	if len(words) == 1 && (eventNounRE.MatchString(name) || readoutKindRE.MatchString(name) || genericTails[strings.ToLower(name)]) {
		return true // "Plenary", "Dialogue", "gathering", in any case
	}
	if quantityRE.MatchString(name) && !strings.Contains(" "+name+" ", " on ") {
		return true // "variety of training courses throughout Brazil"
	}
	if len(words) == 2 && isYear(words[0]) && genericEvent(words[1]) {
		return true // "2007 meeting": when, not which
	}
	if strings.ContainsAny(name, "0123456789\"'") || name != strings.ToLower(name) {
		return false
	}
	if len(words) == 0 || len(words) > 4 || strings.Contains(" "+name+" ", " on ") || strings.Contains(" "+name+" ", " of ") {
		return false
	}
	last := words[len(words)-1]
	return eventNounRE.MatchString(last) || readoutKindRE.MatchString(last) || genericTails[last]
}

// describedEvent reports whether a lower-case name genericEvent takes for
// none tells what the event was about by a noun before its head: "oil
// symposium", "pre-bid conference", "nuclear fuel cycle conference", not
// "formal meeting", "regular gathering" or "international symposium", nor
// a kind of several events ("donor conferences", "the last two neighbors
// meetings").
func describedEvent(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	if head := words[len(words)-1]; strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if skipWords[w] || isYear(w) {
			return false
		}
	}
	return !adjectiveRE.MatchString(words[len(words)-2])
}

// adjectiveRE matches a word that qualifies rather than names: "formal",
// "regular", "international", "extensive", "high-level", "joint".
var adjectiveRE = mustWordRE(`^(?:[a-z-]*(?:al|ar|ic|ive|ous|ful|ly|ed|less|ent|ant|ible|able)|high-level|first|second|third|last|next|new|joint|major|brief|recent|latest)$`)

// quantityRE opens a description of several events that names none:
// "variety of training courses", "number of workshops", "series of
// seminars".
var quantityRE = lazyre.New(`^(?:a\s+)?(?:wide\s+)?(?:variety|number|range|couple|set|host|series)\s+of\s`)

// genericTails are last words of generic descriptions eventNounRE does not know.
var genericTails = map[string]bool{"programs": true, "programmes": true, "program": true, "programme": true, "events": true,
	"event": true, "trainings": true}

// balanceParens cuts a name at an opening parenthesis left unclosed.
func balanceParens(name string) string {
	depth, open := 0, -1
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case '(':
			if depth == 0 {
				open = i
			}
			depth++
		case ')':
			if depth == 0 {
				return strings.TrimSpace(name[:i]) // a closing one without its opening: cut there
			}
			depth--
		}
	}
	if depth > 0 {
		return strings.TrimSpace(name[:open])
	}
	return name
}

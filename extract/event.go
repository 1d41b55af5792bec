package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// wellKnown are the canonical names of nonproliferation regimes and
// programmes that cables name by acronym without spelling them out.
var wellKnown = map[string]string{
	"MTCR":  "Missile Technology Control Regime (MTCR)",
	"HCOC":  "Hague Code of Conduct Against Ballistic Missile Proliferation (HCOC)",
	"NSG":   "Nuclear Suppliers Group (NSG)",
	"EXBS":  "Export Control and Related Border Security (EXBS) Program",
	"PSI":   "Proliferation Security Initiative (PSI)",
	"CWC":   "Chemical Weapons Convention (CWC)",
	"BWC":   "Biological Weapons Convention (BWC)",
	"NPT":   "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)",
	"CTBT":  "Comprehensive Nuclear-Test-Ban Treaty (CTBT)",
	"GICNT": "Global Initiative to Combat Nuclear Terrorism (GICNT)",
}

var ordinals = map[string]string{"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
	"sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
	"twelfth": "12th", "thirteenth": "13th", "fourteenth": "14th", "fifteenth": "15th", "sixteenth": "16th",
	"seventeenth": "17th", "eighteenth": "18th", "nineteenth": "19th", "twentieth": "20th"}

// connectors may stand between the capitalised words of a name.
var connectors = map[string]bool{"of": true, "on": true, "and": true, "the": true, "against": true, "de": true,
	"&": true, "to": true, "da": true, "del": true, "for": false}

// determiners and modifiers that precede a name without being part of it.
var skipWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "this": true,
	"these": true, "several": true, "two": true, "three": true, "additional": true, "another": true, "annual": true}

var (
	acronymDefRE = lazyre.New(`\(([A-Z][A-Za-z0-9/&]{1,9})\)`)
	modifierRE   = lazyre.New(`^(?:[A-Za-z.()]+-)?(?:co-)?(?:sponsored|funded|hosted|organized|organised|led|supported|backed|run)$`)
	monthLeadRE  = lazyre.New(`^` + monthRE + `\s+((?:19|20)\d\d)\s+`)
	// monthLeadStarts is where a match of monthLeadRE may begin, read
	// from its expression.
	monthLeadStarts = textmatch.NewStarts(monthRE + `\s+((?:19|20)\d\d)\s+`)
)

// isModifier reports whether a word is a participle that modifies an
// event ("EXBS-sponsored", "co-hosted") as modifierRE reads it, trying
// the expression only on words with the endings it wants.
func isModifier(w string) bool {
	return (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "run")) && modifierRE.MatchString(w)
}

// eventNouns make a lower-case phrase an event ("a workshop on export controls").
var eventNounRE = mustWordRE(`(?i)\b(workshops?|conferences?|seminars?|symposi(?:um|a)|courses?|trainings?|academy|forums?|meetings?|exercises?|plenary|talks|dialogue|consultations|exchange|summit|ministerials?|sessions?|briefings?|inaugurations?)\b`)

// namedSpan finds the first name after byte offset from in s: capitalised
// words with connectors, quotes, numbers and parenthesised acronyms, such
// as "10th International Export Control Conference" or "Hague Code of
// Conduct Against Ballistic Missile Proliferation (HCOC)". Country
// mentions and dates are skipped. It returns -1 when there is none within
// a few words.
func namedSpan(s string, from int, ms []mention, dates []period, caps bool) (int, int) {
	return spanFrom(s, from, ms, dates, caps, 8)
}

// spanFrom is namedSpan skipping at most maxSkip words before the name;
// with maxSkip < 0 it looks through the whole text.
func spanFrom(s string, from int, ms []mention, dates []period, caps bool, maxSkip int) (int, int) {
	if caps {
		return -1, -1
	}
	n := nameScan{s: s, ms: ms, scan: maxSkip < 0, maxSkip: maxSkip, start: -1, end: -1}
	i := from
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		word := s[i:j]
		core := strings.TrimRight(word, ",.;:")
		punct := len(core) < len(word)
		if m := mentionAt(ms, i); m != nil {
			if n.start >= 0 {
				break
			}
			i = m.end
			if i < len(s) && s[i] == '.' {
				i++
			}
			n.skipped++
			continue
		}
		if p := periodAt(dates, i); p != nil && n.start < 0 {
			i = p.end
			continue
		}
		if n.scan && n.start < 0 && s[i] >= 'a' && s[i] <= 'z' {
			i = j // a word in lower case opens no name, and a scan does not count what it skips
			continue
		}
		if n.start < 0 {
			if !n.open(i, j, core, punct) {
				return -1, -1
			}
		} else if !n.extend(i, j, core, punct) {
			return n.start, n.end
		}
		if punct && n.start >= 0 {
			break
		}
		i = j
	}
	return n.start, n.end
}

// nameScan is what spanFrom knows as it walks the words of a text: the
// name found so far (start < 0 before it opens) and the words skipped
// before it.
type nameScan struct {
	s          string
	ms         []mention
	scan       bool // looking through the whole text: skipped words do not count
	maxSkip    int
	start, end int
	skipped    int
}

// capital reports whether the word core, ending at j, counts as a
// capitalised word of a name: a capital, a digit inside a name, or an
// ordinal or year that a capitalised word follows.
func (n *nameScan) capital(j int, core string, punct bool) bool {
	bare := strings.Trim(core, `"“”'(`)
	r, _ := utf8.DecodeRuneInString(bare)
	return unicode.IsUpper(r) || unicode.IsDigit(r) && len(bare) > 0 && n.start >= 0 ||
		(isOrdinalNumber(bare) || isYear(bare)) && n.start < 0 && !punct && nextCapital(n.s, j, n.ms)
}

// open reads the word core at [i, j) before any name: it opens the name,
// is skipped, or counts as a skipped word. It returns false when no name
// can follow within reach.
func (n *nameScan) open(i, j int, core string, punct bool) bool {
	capital := n.capital(j, core, punct)
	bare := strings.Trim(core, `"“”'(`)
	switch {
	case leadWords[core]:
	case !capital && !n.scan && eventNounRE.MatchString(core):
		return false // a lower-case event: see lowerEventPhrase
	case capital && !isModifier(core):
		n.start = i
		n.end = i + len(core)
	case skipWords[strings.ToLower(core)] || isModifier(core) || isNumber(bare):
	default:
		n.skipped++
		if !n.scan && (n.skipped > n.maxSkip || punct) {
			return false
		}
	}
	return !(punct && n.start < 0 && !n.scan)
}

// extend reads the word core at [i, j) inside a name: a capitalised word
// or a parenthesised acronym extends it, a connector followed by a name
// keeps it going. It returns false when the name ends before the word.
func (n *nameScan) extend(i, j int, core string, punct bool) bool {
	lw := strings.ToLower(core)
	switch {
	case n.capital(j, core, punct) || strings.HasPrefix(core, "(") && strings.HasSuffix(strings.TrimRight(core, "-"), ")"):
		n.end = i + len(core)
	case connectors[lw] && nextCapital(n.s, j, n.ms) && !nextMonth(n.s, j),
		lw == "for" && nextTitle(n.s, j, n.ms),            // "Regional Licensing Workshop for Central America"
		lw == "of" && !punct && nextTheName(n.s, j, n.ms): // "Summit of the Americas", "Conference of the Parties"
	default:
		return false
	}
	return true
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

// leadWords open sentences with a capital without starting a name.
var leadWords = map[string]bool{"In": true, "The": true, "From": true, "Since": true, "On": true, "At": true,
	"Also": true, "During": true, "As": true, "By": true, "With": true, "Throughout": true, "After": true,
	"Before": true, "This": true, "These": true, "A": true, "An": true, "Two": true, "For": true, "Between": true}

func isOrdinalNumber(w string) bool {
	return len(w) > 2 && unicode.IsDigit(rune(w[0])) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") ||
		strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd"))
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// nextCapital reports whether the word after offset j starts with a
// capital and is not a country's name.
func nextCapital(s string, j int, ms []mention) bool {
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || mentionAt(ms, j) != nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[j:], `"“(`))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// nextTheName reports whether the words after offset j are "the" and a
// capitalised word that is neither a country's name nor a month's.
func nextTheName(s string, j int, ms []mention) bool {
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if !strings.HasPrefix(s[k:], "the ") {
		return false
	}
	return nextCapital(s, k+3, ms) && !nextMonth(s, k+3)
}

// nextTitle reports whether the word after offset j starts with a capital
// and goes on in lower case (not an acronym: "for MERCOSUR members").
func nextTitle(s string, j int, ms []mention) bool {
	w := strings.TrimLeft(s[j:], " ")
	return nextCapital(s, j, ms) && len(w) > 1 && w[1] >= 'a' && w[1] <= 'z'
}

// nextMonth reports whether the word after offset j is a month's name:
// "Meeting on May 2" ends before "on".
func nextMonth(s string, j int) bool {
	w := strings.TrimLeft(s[j:], " ")
	if k := strings.IndexAny(w, " ,."); k >= 0 {
		w = w[:k]
	}
	m := monthOf(w)
	return m != 0 && (strings.EqualFold(w, m.String()) || len(w) == 3 || strings.EqualFold(w, "Sept")) && w[0] >= 'A' && w[0] <= 'Z'
}

func mentionAt(ms []mention, i int) *mention {
	for k := range ms {
		m := &ms[k]
		if i >= m.start && i < m.end {
			return m
		}
	}
	return nil
}

func periodAt(ps []period, i int) *period {
	for k := range ps {
		if i >= ps[k].start && i < ps[k].end {
			return &ps[k]
		}
	}
	return nil
}

// lowerEventPhrase finds an event described in lower case after offset
// from ("a legal/regulatory workshop on export controls"): the phrase up
// to a venue, a relative clause or punctuation, when it holds an event noun.
func lowerEventPhrase(s string, from int) string {
	rest := s[from:]
	if k := strings.IndexAny(rest, ",.;:"); k >= 0 {
		rest = rest[:k]
	}
	if loc := stopPhraseRE.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	rest = strings.TrimSpace(rest)
	rest = leadDateRE.ReplaceAllString(rest, "") // "a November 3-4 forum"
	for {
		w, tail, _ := strings.Cut(rest, " ")
		if skipWords[strings.ToLower(w)] || isModifier(w) || isUSWord(w) {
			rest = tail
			continue
		}
		break
	}
	if rest == "" || !eventNounRE.MatchString(rest) || strings.Count(rest, " ") > 12 {
		return ""
	}
	return rest
}

var leadDateRE = lazyre.New(`^(?:(?:a|an|the)\s+)?` + monthRE + `\s+\d{1,2}(?:\s*-\s*\d{1,2})?,?\s+(?:(?:19|20)\d\d,?\s+)?`)

var stopPhraseRE = lazyre.New(`\s(?:in|at|held|that|which|as|with|where|during|from|focusing|to|for|and\s+(?:[a-z]+ed|sent|held|took|gave|met|made|the|a|an|its|our|their|his|her)|(?:co-)?(?:organized|organised|sponsored|hosted|funded|led|conducted)\s+by)\b`)

func isUSWord(w string) bool {
	switch w {
	case "United", "States", "U.S.", "US", "USG":
		return true
	}
	return false
}

// acronyms maps an acronym to its long form, "Long Name (ACR)", from the
// definitions in the cable and the well-known regimes.
type acronyms map[string]string

// definedIn returns the long form of the first acronym among the words
// of text that the cable defined for a name re matches: "PSEP", defined
// as "Port Security Engagement Program (PSEP)", for aidAgencyRE; "" when
// there is none.
func (a acronyms) definedIn(text string, re *wordRE) string {
	for _, w := range strings.Fields(text) {
		if name := a[strings.Trim(w, ".,;:()'")]; name != "" && re.MatchString(name) {
			return name
		}
	}
	return ""
}

// learnAcronyms reads definitions such as "Hague Code of Conduct Against
// Ballistic Missile Proliferation (HCOC)" from a text.
func (a acronyms) learn(s string) {
	for _, m := range acronymDefRE.FindAllStringSubmatchIndex(s, -1) {
		acr := s[m[2]:m[3]]
		if _, ok := a[acr]; ok || len(acr) < 2 {
			continue
		}
		words := strings.Fields(s[:m[0]])
		// the longest run of capitalised words and connectors before the
		// parenthesis whose first word starts with the acronym's letter
		first := -1
		for k := len(words) - 1; k >= 0 && len(words)-k <= 12; k-- {
			w := strings.Trim(words[k], `"“”`)
			if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
				break
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				if unicode.ToUpper(r) == rune(acr[0]) {
					first = k
				}
				continue
			}
			if !connectors[strings.ToLower(w)] {
				break
			}
		}
		if first < 0 {
			continue
		}
		long := strings.Trim(strings.Join(words[first:], " "), `"“”`)
		a[acr] = long + " (" + acr + ")"
	}
}

// quoteDropper removes quotation marks from a name.
var quoteDropper = strings.NewReplacer(`"`, "", "“", "", "”", "")

// canonicalEvent turns a name as written into the event's canonical name:
// quotes dropped, a leading ordinal word in figures ("Tenth" -> "10th"), a
// leading month dropped ("November 2008 Canberra MTCR Plenary" -> "2008
// Canberra MTCR Plenary") and an acronym spelled out.
func canonicalEvent(name string, acr acronyms) string {
	if strings.IndexByte(name, '"') >= 0 || strings.Contains(name, "“") || strings.Contains(name, "”") {
		name = quoteDropper.Replace(name)
	}
	if !singleSpaced(name) {
		name = collapseSpaces(name)
	}
	name = strings.Trim(name, " ,.;:-")
	if name != "" && monthLeadStarts.At(name, 0) { // where a month may begin, before the expression
		if m := monthLeadRE.FindStringSubmatchIndex(name); m != nil {
			name = name[m[4]:]
		}
	}
	if w, rest, ok := strings.Cut(name, " "); ok {
		if o, found := ordinals[strings.ToLower(w)]; found {
			name = o + " " + rest
		}
	}
	if strings.HasSuffix(name, ")") {
		if m := acronymDefRE.FindStringSubmatch(name); m != nil && strings.HasSuffix(name, m[0]) {
			if long := wellKnown[m[1]]; long != "" && strings.EqualFold(long, name) {
				return long // the same name in other capitals
			}
		}
		return name
	}
	if long, ok := wellKnown[name]; ok {
		return long
	}
	if long, ok := acr[name]; ok {
		return long
	}
	spelled := name + " (" // built once: the loops below run over every known name
	if long, ok := longNameWithPrefix(acr, spelled); ok {
		return long
	}
	if strings.Count(name, " ") >= 2 {
		// "Hague Code of Conduct": the beginning of a known long name
		begun := spelled[:len(name)+1]
		if long, ok := longNameWithPrefix(acr, begun); ok {
			return long
		}
		if long, ok := longNameWithPrefix(wellKnown, begun); ok {
			return long
		}
	}
	return name
}

// longNameWithPrefix returns the shortest long name in m that starts with
// prefix (the first in byte order among equals), so the choice does not
// depend on the order Go visits the map in.
func longNameWithPrefix(m map[string]string, prefix string) (string, bool) {
	best, found := "", false
	for _, long := range m {
		if strings.HasPrefix(long, prefix) && (!found || len(long) < len(best) || len(long) == len(best) && long < best) {
			best, found = long, true
		}
	}
	return best, found
}

// eventKind classifies an event by the words of its name, the first kind
// of eventKinds that one of them makes.
func eventKind(name string) string {
	if name == "" {
		return ""
	}
	kinds := eventKindWords()
	kind, prev := len(eventKinds)+1, ""
	eachWord(name, func(w string) bool {
		if k := kinds.words.Get(w); k > 0 {
			if first := kinds.starts[strings.ToLower(w)]; first == "" || strings.EqualFold(prev, first) {
				kind = min(kind, k)
			}
		}
		prev = w
		return true
	})
	if kind > len(eventKinds) {
		return "other"
	}
	return eventKinds[kind-1].kind
}

// eventKinds are the kinds of event, the first before the others when a
// name holds words of several, each with the words that make one: whole
// words of the name in any case, in the singular or plural ("Plenaries",
// "talks"); a phrase, its words in a row ("task force").
var eventKinds = []struct {
	kind  string
	words []string
}{
	{"plenary", []string{"plenary"}},
	{"training", []string{"workshop", "training", "course", "academy", "exercise"}},
	{"conference", []string{"conference", "videoconference", "teleconference", "seminar", "symposium", "symposia", "forum", "summit"}},
	{"meeting", []string{"talks", "meeting", "ministerial", "briefing", "dialogue", "exchange", "consultation", "task force",
		"committee", "commission"}},
	{"programme", []string{"program", "programme", "initiative"}},
	{"regime", []string{"code", "regime", "arrangement", "guidelines", "group", "treaty", "convention",
		"protocol", "resolution", "agreement"}},
}

// kindTable is eventKinds read for lookup: every form of their words
// (kindForms) and its kind, 1 for the first; for the last word of a
// phrase ("force" of "task force"), the word that must come before it.
type kindTable struct {
	words  *wordTable[int]
	starts map[string]string
}

// eventKindWords is eventKinds' kindTable, made when an extraction first
// needs it.
var eventKindWords = sync.OnceValue(func() kindTable {
	t := kindTable{words: &wordTable[int]{}, starts: map[string]string{}}
	for k := len(eventKinds) - 1; k >= 0; k-- { // the first kind wins a word two kinds share
		for _, w := range eventKinds[k].words {
			first, last, phrase := strings.Cut(w, " ")
			if !phrase {
				first, last = "", first
			}
			for _, f := range kindForms(last) {
				t.words.Set(f, k+1)
				if phrase {
					t.starts[f] = first
				}
			}
		}
	}
	return t
})

// kindForms returns a word of eventKinds and its plurals: "meeting",
// "meetings"; "treaty", "treaties"; "talks", "talkses" (a form no text
// holds does no harm).
func kindForms(w string) []string {
	out := []string{w, w + "s", w + "es"}
	if strings.HasSuffix(w, "y") {
		out = append(out, w[:len(w)-1]+"ies")
	}
	return out
}

// signature is the set of significant words of an event name, with
// spelled-out acronyms reduced to the acronym, for matching shorter
// mentions ("2008 Canberra Plenary") to longer ones ("2008 Canberra MTCR
// Plenary").
func signature(name string) map[string]bool {
	if m := acronymDefRE.FindStringSubmatchIndex(name); m != nil {
		// "Missile Technology Control Regime (MTCR) Plenary" -> "MTCR Plenary"
		long := strings.TrimSpace(name[:m[0]])
		words := strings.Fields(long)
		acr := name[m[2]:m[3]]
		cut := len(words)
		for k := len(words) - 1; k >= 0; k-- {
			if unicode.ToUpper(rune(words[k][0])) == rune(acr[0]) {
				cut = k
				break
			}
		}
		name = strings.Join(words[:cut], " ") + " " + acr + " " + name[m[1]:]
	}
	sig := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, `"(),.`)
		if w == "" || connectors[w] || w == "for" {
			continue
		}
		sig[w] = true
	}
	return sig
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

func lastWordOf(name string) string {
	f := strings.Fields(strings.ToLower(name))
	for k := len(f) - 1; k >= 0; k-- {
		if !strings.HasPrefix(f[k], "(") {
			return f[k]
		}
	}
	return ""
}

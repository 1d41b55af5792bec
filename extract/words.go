package extract

import (
	"strings"
)

// wordSet tells which triggers a clause may hold: bit i is set when one
// of its words opens an alternative of triggers[i].
type wordSet uint32

// wordsOf returns the triggers whose first words a clause holds.
func wordsOf(s string) wordSet {
	var ws wordSet
	tw := triggerWords()
	start, part := -1, -1 // of the word (hyphens inside) and of its part
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			if start < 0 {
				start = i
			}
			if part < 0 {
				part = i
			}
			continue
		}
		if part >= 0 && (c == '-' || start < part) {
			// a part of a hyphenated word: "CO-SPONSORED" holds "sponsored"
			if w := s[part:i]; len(w) >= 3 {
				ws |= tw.GetASCII(w)
			}
		}
		part = -1
		if c == '-' && start >= 0 {
			continue
		}
		if start >= 0 {
			w := s[start:i]
			if len(w) >= 3 {
				ws |= tw.GetASCII(w)
			}
			start = -1
		}
	}
	return ws
}

// mayMatch reports whether the clause holds one of the trigger's first words.
func (t trigger) mayMatch(ws wordSet) bool { return ws&t.bit != 0 }

// clauses splits a sentence into clauses at ", and", ";", ", with", " and
// urged" and the like, keeping together the parts that do not state an
// action of their own.
func clauses(s string) []string {
	if !strings.ContainsAny(s, ",;") && !strings.Contains(s, " and ") {
		return []string{s}
	}
	locs := clauseBreaks(s)
	var out []string
	start := 0
	for k, loc := range locs {
		nextEnd := len(s)
		if k+1 < len(locs) {
			nextEnd = locs[k+1][0]
		}
		if loc[1] <= nextEnd && hasTrigger(s[loc[1]:nextEnd]) {
			out = append(out, s[start:loc[0]])
			start = loc[1]
		}
	}
	return append(out, s[start:])
}

// clauseBreaks returns where a sentence may break into clauses: the span
// of ", and ", "; ", ", but ", ", while ", ", as well as ", ", with ", and
// of " and " before a verb of action (" and urged", " and also provided").
func clauseBreaks(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ',' || s[i] == ';':
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j == i+1 {
				continue
			}
			rest := s[j:]
			if s[i] == ';' {
				out = append(out, [2]int{i, j + prefixLen(rest, "and ")})
				continue
			}
			for _, w := range []string{"and ", "but ", "while ", "as well as ", "with "} {
				if strings.HasPrefix(rest, w) && !(w == "and " && serialList(s[:i])) {
					out = append(out, [2]int{i, j + len(w)})
					break
				}
			}
			if strings.HasPrefix(rest, "attended by ") {
				out = append(out, [2]int{i, j}) // "a workshop in Aqaba, attended by officials from Iraq"
			}
		case s[i] == ' ' && strings.HasPrefix(s[i:], " and "):
			j := i + len(" and ")
			rest := s[j:]
			for _, adv := range []string{"also ", "then ", "later ", "subsequently ", "regularly ", "routinely ", "again "} {
				rest = strings.TrimPrefix(rest, adv)
			}
			if w, _, _ := strings.Cut(rest, " "); actionVerbs[strings.TrimRight(w, ",.;")] {
				out = append(out, [2]int{i, len(s) - len(rest)})
			}
		}
	}
	return out
}

// serialList reports whether the text before ", and" ends a list of
// names ("The embassies of Germany, France, Netherlands, Brazil, and Panama
// participated"): the last item follows, not a clause of its own.
func serialList(before string) bool { return listStart(before) >= 0 }

// listStart returns where the list of names that before ends with starts:
// two or more items, each of five capitalised words or fewer, after commas
// ("On October 17, Brazilian President Lula, Indian Prime Minister Singh"
// starts at "Brazilian"), or -1 when before does not end with one.
func listStart(before string) int {
	start, n := -1, 0
	for {
		c := strings.LastIndexByte(before, ',')
		item := strings.Fields(before[c+1:])
		if len(item) == 0 || len(item) > 5 || !allCapitalised(item) {
			if n > 0 {
				// the first item after a lead: "Officials of Germany, France, and Panama"
				if k := capitalisedTail(item); k > 0 && k <= 3 {
					n++
					start = strings.LastIndex(before, item[len(item)-k])
				}
			}
			break
		}
		n++
		start = c + 1
		for start < len(before) && before[start] == ' ' {
			start++
		}
		if c < 0 {
			break
		}
		before = before[:c]
	}
	if n < 2 {
		return -1
	}
	return start
}

// capitalisedTail returns how many of the last words start with a capital
// letter, when a word that does not comes before them.
func capitalisedTail(words []string) int {
	k := 0
	for k < len(words) && isCapital(words[len(words)-1-k][0]) {
		k++
	}
	if k == len(words) {
		return 0
	}
	return k
}

// allCapitalised reports whether each word starts with a capital letter.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if !isCapital(w[0]) {
			return false
		}
	}
	return true
}

func prefixLen(s, p string) int {
	if strings.HasPrefix(s, p) {
		return len(p)
	}
	return 0
}

// actionVerbs open a clause of their own after " and ".
var actionVerbs = map[string]bool{"urged": true, "encouraged": true, "pressed": true, "informed": true, "briefed": true,
	"provided": true, "donated": true, "delivered": true, "discussed": true, "consulted": true, "hosted": true,
	"co-hosted": true, "attended": true, "participated": true, "took": true, "met": true, "raised": true, "trained": true,
	"sponsored": true, "funded": true, "assisted": true, "equipped": true, "supplied": true}

func hasTrigger(s string) bool {
	ws := wordsOf(s)
	for _, t := range triggers {
		if !t.mayMatch(ws) {
			continue
		}
		if loc := t.re.FindStringIndex(s); loc != nil {
			return true
		}
	}
	return false
}

// mayAct reports whether a clause holds a word that may open a trigger.
func mayAct(ws wordSet) bool { return ws != 0 }

// subjectPart returns the part of a clause's lead before its first verb:
// the subject ("Van Diepen" of "Van Diepen reviewed U.S. concerns about
// Iranian procurement").
func subjectPart(lead string) string {
	for i := 0; i < len(lead); {
		for i < len(lead) && lead[i] == ' ' {
			i++
		}
		j := strings.IndexByte(lead[i:], ' ')
		if j < 0 {
			j = len(lead)
		} else {
			j += i
		}
		if isVerbWord(strings.Trim(lead[i:j], `,.;:"'()`)) {
			return lead[:i]
		}
		i = j
	}
	return lead
}

// hasVerb reports whether a text holds a word that looks like a finite
// verb ("reported", "took"); "nonproliferation-related" does not count.
func hasVerb(s string) bool {
	prev, prev2 := "", ""
	for _, w := range strings.Fields(s) {
		if isVerbWord(strings.Trim(w, `,.;:"'()`)) && !attributive(prev2, prev) {
			return true // not "India's newly appointed Permanent Representative"
		}
		prev, prev2 = w, prev
	}
	return false
}

// isVerbWord reports whether a word looks like a finite verb: a past form
// in -ed or one of a few common verbs and auxiliaries.
func isVerbWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") || verbWords[w]
}

var verbWords = map[string]bool{"took": true, "held": true, "met": true, "sent": true, "gave": true, "made": true,
	"said": true, "told": true, "saw": true, "went": true, "began": true, "ran": true, "brought": true, "led": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true,
	"would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "did": true,
	"does": true, "do": true, "continues": true, "remains": true, "says": true, "notes": true,
	// irregular pasts: "In a June 3 meeting with Apakan, the DCM sought"
	"sought": true, "wrote": true, "came": true, "taught": true, "thought": true, "knew": true,
	"became": true, "chose": true, "drew": true, "won": true, "spent": true, "heard": true,
	"kept": true, "stood": true, "understood": true}

// hasLexicalVerb reports whether a text holds a verb other than an
// auxiliary: "France reported on an information seminar it" does,
// "border guards were" does not.
func hasLexicalVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `,.;:"'()`)
		if isVerbWord(w) && !auxiliaries[w] {
			return true
		}
	}
	return false
}

var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true,
	"are": true, "did": true, "does": true, "do": true}

// bareLead reports whether the text before a trigger holds no subject of
// its own: nothing, or adverbs ("also", "regularly").
func bareLead(lead string) bool {
	for _, w := range strings.Fields(lead) {
		switch strings.ToLower(strings.Trim(w, ",")) {
		case "also", "then", "later", "regularly", "routinely", "again", "subsequently", "has", "have", "had", "and":
		default:
			return false
		}
	}
	return true
}

package extract

import (
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// Cables before 2006 or so are written all in capitals, which hides the
// names the extractor finds by their capitals. A sentence in capitals is
// read through a working copy in mixed case, of the same length so that
// offsets hold: lower case, except the first word, countries' names,
// acronyms, month names used as dates, the words that name the United
// States' agencies and officials, and the long forms of acronyms the
// sentence defines ("HAGUE CODE OF CONDUCT ... (HCOC)").

// commonAcronyms stay in capitals in the working copy: these, the US
// agencies and offices the rules name (usAgencies), and the post's
// shorthand for its hosts' officials and government (PM, FM, GOT).
var commonAcronyms = func() map[string]bool {
	m := map[string]bool{"MOI": true, "MOJ": true, "MOFA": true, "A/S": true, "U/S": true, "PDAS": true}
	for _, w := range hostTitleShorthand {
		m[w] = true
	}
	for w := range strings.SplitSeq(usAgencies, "|") {
		for part := range strings.SplitSeq(w, "-") { // "CJTF-HOA" is two words
			if part == strings.ToUpper(part) && len(part) >= 3 {
				m[part] = true
			}
		}
	}
	for w := range baseAcronyms {
		m[w] = true
	}
	return m
}()

// baseAcronyms are the bodies, regimes and US agencies of the cables'
// prose that stay in capitals.
var baseAcronyms = map[string]bool{"UN": true, "UNSCR": true, "WMD": true, "IAEA": true, "OPCW": true, "EU": true,
	"NATO": true, "OSCE": true, "ASEAN": true, "APEC": true, "AU": true, "OAS": true, "ARF": true, "GCC": true,
	"CBP": true, "DOE": true, "NNSA": true, "DHS": true, "DOD": true, "DOC": true, "USG": true, "USDEL": true,
	"NSG": true, "AG": true, "WA": true, "ISN": true, "NP": true, "EXBS": true, "MTCR": true, "HCOC": true,
	"PSI": true, "CWC": true, "BWC": true, "NPT": true, "CTBT": true, "GICNT": true, "UNODA": true, "ECNP": true,
	"USAID": true, "FBI": true, "DEA": true, "ICE": true, "CTR": true, "NADR": true, "MFA": true, "MOD": true}

// capsWords are written in mixed case in the working copy.
var capsWords = map[string]string{"EMBASSY": "Embassy", "DEPARTMENT": "Department", "AMBASSADOR": "Ambassador",
	"SECRETARY": "Secretary", "WASHINGTON": "Washington", "CHARGE": "Charge", "MISSION": "Mission",
	"EMBOFF": "Emboff", "EMBOFFS": "Emboffs", "POLOFF": "Poloff", "ECONOFF": "Econoff", "DAS": "DAS",
	"DCM": "DCM", "CDA": "CDA", "DATT": "DATT", "POLCOUNS": "PolCouns", "ECONCOUNS": "EconCouns", "POLMILOFF": "Polmiloff",
	"POLMILOFFS": "Polmiloffs", "POLOFFS": "Poloffs", "ECONOFFS": "Econoffs", "CONGEN": "ConGen", "PAO": "PAO", "RSO": "RSO", "COM": "COM",
	"UNDER": "Under", "ASSISTANT": "Assistant", "MINISTER": "Minister", "MINISTERS": "Ministers", "MINISTRY": "Ministry",
	"PRESIDENT": "President", "PRIME": "Prime", "FOREIGN": "Foreign", "DEPUTY": "Deputy", "VICE": "Vice", "KING": "King",
	"EMIR": "Emir", "PRINCE": "Prince", "CHANCELLOR": "Chancellor", "FONMIN": "FonMin", "DEFMIN": "DefMin",
	"MININT": "MinInt", "MINFIN": "MinFin", "DIRGEN": "DirGen", "UNDERSECRETARY": "Undersecretary", "DIRECTOR": "Director",
	"SPOKESMAN": "Spokesman", "GOVERNMENT": "Government"}

// capsNameTitles open a person's name in a sentence in capitals: the name
// after them is written with capitals in the working copy ("FOREIGN
// MINISTER GUL" -> "Foreign Minister Gul").
var capsNameTitles = func() map[string]bool {
	m := map[string]bool{"MINISTER": true, "PRESIDENT": true, "KING": true, "EMIR": true, "PRINCE": true,
		"CHANCELLOR": true, "FONMIN": true, "DEFMIN": true, "MININT": true, "MINFIN": true, "DIRGEN": true,
		"UNDERSECRETARY": true, "DIRECTOR": true, "SPOKESMAN": true, "AMBASSADOR": true, "SECRETARY": true}
	for _, w := range hostTitleShorthand {
		m[w] = true
	}
	return m
}()

// hostTitleShorthand are the post's shorthand titles of its hosts'
// officials: they stay in capitals (commonAcronyms) and open a name
// (capsNameTitles), "FM BABACAN" -> "FM Babacan".
var hostTitleShorthand = []string{"PM", "DPM", "FM", "DFM"}

// capsNameStops end a name after a title in capitals: function words,
// verbs of the reports, months and the titles themselves.
var capsNameStops = map[string]bool{"ON": true, "IN": true, "AT": true, "AND": true, "TO": true, "THAT": true, "WHO": true,
	"OF": true, "FOR": true, "WITH": true, "THE": true, "A": true, "AN": true, "SAID": true, "TOLD": true, "MET": true,
	"URGED": true, "ASKED": true, "NOTED": true, "STATED": true, "CALLED": true, "AGREED": true, "REPLIED": true,
	"SAYS": true, "ALSO": true, "HAS": true, "HAD": true, "WAS": true, "IS": true, "WILL": true, "WOULD": true,
	"GENERAL": true, "BY": true, "FROM": true, "AS": true, "BUT": true, "OR": true, "NOT": true}

var (
	capsAcronymDefRE = lazyre.New(`\(([A-Z][A-Z0-9/&]{1,9})\)`)
	capsMonthPrevRE  = mustWordRE(`(?i)\b(?:in|since|during|until|through|from|between|early|mid|late|by|of|and|to|on)[\s-]+$`)
)

// caseFold returns the working copy of a sentence written in capitals;
// names writes the names after titles with capitals (titleName), which a
// headline's verbs would be taken for ("FOREIGN MINISTER ASSURES BOUCHER").
func caseFold(s string, ms []mention, names bool) string {
	b := []byte(strings.ToLower(s))
	upper := func(from, to int) { copy(b[from:to], s[from:to]) }
	title := func(from, to int) {
		if from < to && b[from] >= 'a' && b[from] <= 'z' {
			b[from] -= 'a' - 'A'
		}
	}
	buf := tokenPool.Get().(*[]token)
	defer tokenPool.Put(buf)
	toks, _ := pooledTokens(buf, s) // the words, their keys unread
	for k, t := range toks {
		w := s[t.start:t.end]
		switch {
		case commonAcronyms[w] || wellKnown[w] != "":
			upper(t.start, t.end)
		case len(w) == 1 && t.end+2 <= len(s) && s[t.end] == '/' && commonAcronyms[s[t.start:t.end+2]]:
			upper(t.start, t.end+2) // "A/S", "U/S": a word each side of the stroke
			if names && k+2 < len(toks) {
				titleName(s, toks[k+2:], title) // "A/S FRIED"
			}
		case capsWords[w] != "":
			copy(b[t.start:t.end], capsWords[w])
		case monthOf(w) != 0 && (strings.EqualFold(w, monthOf(w).String()) || len(w) == 3 || w == "SEPT"):
			next, prev := "", ""
			if k+1 < len(toks) {
				next = s[toks[k+1].start:toks[k+1].end]
			}
			if k > 0 {
				prev = s[toks[k-1].start:toks[k-1].end]
			}
			if next != "" && textmatch.IsDigit(next[0]) && t.end+1 < len(s) && (s[t.end] == ' ' || s[t.end] == '.') ||
				capsMonthPrevRE.MatchString(s[:t.start]) && w != "MAY" && w != "MARCH" ||
				len(prev) <= 2 && prev != "" && textmatch.IsDigits(prev) && strings.TrimSpace(s[toks[k-1].end:t.start]) == "" {
				title(t.start, t.end) // "MARCH 7", "IN MARCH", "7 MARCH"
			}
		}
		if names && capsNameTitles[w] {
			titleName(s, toks[k+1:], title)
		}
	}
	for _, m := range ms {
		for _, t := range tokenize(s[m.start:m.end]) {
			w := s[m.start+t.start : m.start+t.end]
			switch {
			case m.acronym || m.kind == kindGov:
				upper(m.start+t.start, m.start+t.end)
			case !connectors[strings.ToLower(w)]:
				title(m.start+t.start, m.start+t.end)
			}
		}
	}
	for _, loc := range capsAcronymDefRE.FindAllStringSubmatchIndex(s, -1) {
		upper(loc[2], loc[3])
		for _, w := range longFormWords(s[:loc[0]], s[loc[2]:loc[3]]) {
			title(w[0], w[1])
		}
	}
	for i := 0; i < len(b); i++ { // the first letter of the sentence
		if b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' {
			title(i, i+1)
			break
		}
	}
	return string(b)
}

// titleName writes in capitals the first letters of up to three words of
// a name after a title in a sentence in capitals, up to a word that ends
// a name (capsNameStops, a title, a number, a month, a mark).
func titleName(s string, toks []token, title func(from, to int)) {
	for k, t := range toks {
		w := s[t.start:t.end]
		if k == 3 || capsNameStops[w] || capsWords[w] != "" || commonAcronyms[w] || textmatch.IsDigit(w[0]) || monthOf(w) != 0 ||
			k > 0 && triggerWords().Get(w) != 0 {
			return // "FOREIGN MINISTER BABACAN ATTENDED": a word that opens an action ends the name
		}
		title(t.start, t.end)
		if k+1 < len(toks) && strings.ContainsAny(s[t.end:toks[k+1].start], ",.;:()") {
			return
		}
	}
}

// longFormWords returns the spans of the words before an acronym's
// parenthesis that spell it out: the shortest run back to a word with the
// acronym's first letter holding about as many words as it has letters.
func longFormWords(before, acr string) [][2]int {
	toks := tokenize(before)
	var out [][2]int
	words := 0
	for k := len(toks) - 1; k >= 0 && len(toks)-k <= 12; k-- {
		t := toks[k]
		if strings.ContainsAny(before[t.end:min(len(before), t.end+2)], ",.;:") && k < len(toks)-1 {
			break
		}
		w := before[t.start:t.end]
		if connectors[strings.ToLower(w)] {
			continue
		}
		words++
		if words > len(acr)+2 {
			break
		}
		out = append(out, [2]int{t.start, t.end})
		if w[0] == acr[0] {
			return out
		}
	}
	return nil
}

// titleCase writes a name read from a sentence in capitals as names are
// written: "caribbean regional export control seminar" -> "Caribbean
// Regional Export Control Seminar", keeping acronyms and ordinals.
func titleCase(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && connectors[lw] || lw == "a" || lw == "an" || lw == "in" || lw == "at" || lw == "for" && i > 0:
			words[i] = lw
		case w == strings.ToUpper(w) && strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
			// an acronym the working copy kept
		case textmatch.IsDigit(w[0]):
			words[i] = lw // "11th"
		default:
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// capsEventRE finds an event described in a working copy: "the october
// 2004 seoul MTCR plenary".
var capsEventRE = mustWordRE(`\b(?:the|a|an)\s+((?:[\w'-]+\s+){0,8}?(?:conferences?|plenary|workshops?|seminars?|symposium|courses?|academy|summit|forum|meetings?|exercises?|dialogue|talks|consultations))\b`)

package textmatch

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// FirstWords returns the words every match of expr begins with, in lower
// case: the letters and hyphens before its first other character, read
// from the expression's syntax tree ("review(?:ed|s|ing)? ... with" gives
// review, reviewed, reviews, reviewing). ok is false when a match may
// begin with something else (a class of letters, a repetition of them),
// where no word list can stand for the expression.
func FirstWords(expr string) (words []string, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	texts, ok := leadTexts(re.Simplify(), []string{""})
	if !ok {
		return nil, false
	}
	for _, t := range texts {
		t = strings.TrimSuffix(strings.TrimSuffix(t, wordEnd), wordBound)
		if t == "" {
			return nil, false // a match may begin with no letter
		}
		words = append(words, strings.ToLower(t))
	}
	slices.Sort(words)
	return slices.Compact(words), true
}

// FirstRuns returns the runs of letters that open the matches of expr, in
// lower case, read from its syntax tree: in a text of ASCII bytes, the
// run of letters that holds a match's first byte (all of the run, as
// EachRun reads a text's) is one of them. ok is false unless every match
// begins at a `\b` with a letter and its first run of letters ends inside
// the match or at a `\b` (`\b(?:met|meets)\b`, `\bU\.S\.`, `\bco-?hosted\b`
// gives co and cohosted; not `\bfor`, which "former" matches), or when
// FirstWords has no list. A text with a byte that is not ASCII may hold
// a match whatever its runs ((?i) takes "ſ" for "s").
func FirstRuns(expr string) (runs []string, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	if !leadsWith(re, syntax.OpWordBoundary) {
		return nil, false // a match may begin inside a run
	}
	texts, ok := leadTexts(re, []string{""})
	if !ok {
		return nil, false
	}
	for _, t := range texts {
		run, _, hyphen := strings.Cut(t, "-") // a hyphen in the match ends the run
		closed := hyphen || strings.HasSuffix(run, wordEnd) || strings.HasSuffix(run, wordBound)
		run = strings.TrimSuffix(strings.TrimSuffix(run, wordEnd), wordBound)
		if !closed || run == "" {
			return nil, false // the run may go on after the match, or a match may begin with no letter
		}
		runs = append(runs, run)
	}
	slices.Sort(runs)
	return slices.Compact(runs), true
}

// wordEnd ends a text of leadTexts whose first word is complete.
const wordEnd = "\x00"

// wordBound ends a text of leadTexts whose first word met a `\b`: no
// letter follows, so the word is complete unless a hyphen continues it.
const wordBound = "\x01"

// maxLeadTexts bounds the texts leadTexts follows.
const maxLeadTexts = 512

// leadTexts returns the texts of prefixes continued by re up to the end
// of their first word (those ended carry wordEnd), or false when re may
// continue a word in ways too many to list.
func leadTexts(re *syntax.Regexp, prefixes []string) ([]string, bool) {
	if allEnded(prefixes) {
		return prefixes, true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
		return prefixes, true
	case syntax.OpWordBoundary:
		return boundTexts(prefixes), true
	case syntax.OpLiteral:
		out := prefixes
		for _, r := range re.Rune {
			out = extend(out, []rune{r}) // lower-cased: matched in any case by a table of lower-case words
		}
		return out, true
	case syntax.OpCharClass:
		var runes []rune
		for k := 0; k < len(re.Rune); k += 2 {
			if re.Rune[k+1]-re.Rune[k] > 64 {
				if classHasLetter(re.Rune[k], re.Rune[k+1]) {
					return nil, false
				}
				runes = append(runes, ' ') // all non-letters: the word ends
				continue
			}
			for r := re.Rune[k]; r <= re.Rune[k+1]; r++ {
				runes = append(runes, r)
			}
		}
		return extend(prefixes, runes), true
	case syntax.OpCapture:
		return leadTexts(re.Sub[0], prefixes)
	case syntax.OpConcat:
		out := prefixes
		for _, sub := range re.Sub {
			var ok bool
			if out, ok = leadTexts(sub, out); !ok || len(out) > maxLeadTexts {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			texts, ok := leadTexts(sub, prefixes)
			if !ok {
				return nil, false
			}
			out = append(out, texts...)
		}
		return compactTexts(out), true
	case syntax.OpQuest:
		texts, ok := leadTexts(re.Sub[0], prefixes)
		return compactTexts(append(slices.Clone(prefixes), texts...)), ok
	case syntax.OpRepeat:
		return repeatTexts(re, prefixes)
	case syntax.OpStar, syntax.OpPlus:
		return spaceTexts(re, prefixes)
	}
	return nil, false // any character, a line end: too many to list
}

// boundTexts is leadTexts of a `\b`: a word that ends with a letter there
// is followed by no letter (wordBound); after a hyphen ("co-\bhost") or
// before any letter, it says nothing.
func boundTexts(prefixes []string) []string {
	out := make([]string, 0, len(prefixes))
	for _, p := range prefixes {
		if p != "" && IsLetter(p[len(p)-1]) {
			p += wordBound
		}
		out = append(out, p)
	}
	return compactTexts(out)
}

// repeatTexts is leadTexts of a bounded repetition: "(?:\w+ ){0,2}".
func repeatTexts(re *syntax.Regexp, prefixes []string) ([]string, bool) {
	if re.Max < 0 || re.Max > 3 {
		return nil, false
	}
	out, cur := []string(nil), prefixes
	for n := 0; n <= re.Max; n++ {
		if n >= re.Min {
			out = append(out, cur...)
		}
		var ok bool
		if cur, ok = leadTexts(re.Sub[0], cur); !ok {
			return nil, false
		}
	}
	return compactTexts(out), true
}

// spaceTexts is leadTexts of a star or a plus, which can be followed only
// when it repeats what ends a word ("\s+"), not letters ("[\w-]+"), or
// words that each end ("(?:(?:Deputy|Vice)\s+)*"): there the first
// repetition ends the first word, and the texts after one repetition are
// those after any number.
func spaceTexts(re *syntax.Regexp, prefixes []string) ([]string, bool) {
	if !noWordRunes(re.Sub[0]) {
		once, ok := leadTexts(re.Sub[0], prefixes)
		if !ok || !allEnded(once) {
			return nil, false
		}
		if re.Op == syntax.OpPlus {
			return once, true
		}
		return compactTexts(append(slices.Clone(prefixes), once...)), true
	}
	ended := make([]string, 0, len(prefixes))
	for _, p := range prefixes {
		ended = append(ended, strings.TrimSuffix(strings.TrimSuffix(p, wordEnd), wordBound)+wordEnd)
	}
	if re.Op == syntax.OpPlus {
		return compactTexts(ended), true
	}
	return compactTexts(append(ended, prefixes...)), true
}

// noWordRunes reports whether re matches only characters that end a word
// (no letter, no hyphen): "\s".
func noWordRunes(re *syntax.Regexp) bool {
	if re.Op != syntax.OpCharClass {
		return false
	}
	for k := 0; k < len(re.Rune); k += 2 {
		if classHasLetter(re.Rune[k], re.Rune[k+1]) || re.Rune[k] <= '-' && '-' <= re.Rune[k+1] {
			return false
		}
	}
	return true
}

// extend continues each prefix whose word is open with each of runes,
// lower-cased: a letter or hyphen continues the word, any other rune ends
// it; after a `\b` (wordBound), a hyphen continues it and no letter can
// follow.
func extend(prefixes []string, runes []rune) []string {
	var out []string
	for _, p := range prefixes {
		if strings.HasSuffix(p, wordEnd) {
			out = append(out, p)
			continue
		}
		p, bound := strings.CutSuffix(p, wordBound)
		for _, r := range runes {
			switch {
			case r >= unicode.MaxASCII:
				// a case-folding twin ("ſ" of "s"): the word tables read ASCII words
			case r != '-' && !unicode.IsLetter(r):
				out = append(out, p+wordEnd)
			case !bound || r == '-':
				out = append(out, p+string(unicode.ToLower(r))) // lower case stands for both when fold
			}
		}
	}
	return compactTexts(out)
}

// allEnded reports whether every prefix's first word is complete.
func allEnded(prefixes []string) bool {
	for _, p := range prefixes {
		if !strings.HasSuffix(p, wordEnd) {
			return false
		}
	}
	return true
}

// classHasLetter reports whether a range of runes holds a letter.
func classHasLetter(lo, hi rune) bool {
	for r := lo; r <= hi && r < 0x3000; r++ {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// compactTexts sorts texts and drops repeats.
func compactTexts(texts []string) []string {
	slices.Sort(texts)
	return slices.Compact(texts)
}

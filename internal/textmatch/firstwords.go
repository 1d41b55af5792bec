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
		t = strings.TrimSuffix(t, wordEnd)
		if t == "" {
			return nil, false // a match may begin with no letter
		}
		words = append(words, strings.ToLower(t))
	}
	slices.Sort(words)
	return slices.Compact(words), true
}

// wordEnd ends a text of leadTexts whose first word is complete.
const wordEnd = "\x00"

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
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
		return prefixes, true
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
		ended = append(ended, strings.TrimSuffix(p, wordEnd)+wordEnd)
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
// it.
func extend(prefixes []string, runes []rune) []string {
	var out []string
	for _, p := range prefixes {
		if strings.HasSuffix(p, wordEnd) {
			out = append(out, p)
			continue
		}
		for _, r := range runes {
			if r >= unicode.MaxASCII {
				continue // a case-folding twin ("ſ" of "s"): the word tables read ASCII words
			}
			if !unicode.IsLetter(r) && r != '-' {
				out = append(out, p+wordEnd)
				continue
			}
			out = append(out, p+string(unicode.ToLower(r))) // lower case stands for both when fold
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

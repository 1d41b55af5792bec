package scan

import (
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// markingRE reads the portion marking after the number.
var markingRE = lazyre.New(`^(?:\(([A-Za-z]{1,4}(?:[ \t]*/{1,2}[ \t]*[A-Za-z]{1,6}(?:[ \t][A-Za-z, ]+)?)?)(?:[ \t]*-?[ \t]*ENTIRE[ \t]+TEXT)?\)\.?[ \t]*|([A-Z]{1,3}(?:/[A-Z]{1,4})?)\)[ \t]*)`)

// proseMarkingRE reads the older "1. CONFIDENTIAL - ENTIRE TEXT." form.
var proseMarkingRE = lazyre.New(`^(UNCLASSIFIED|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET)\b`)

var markingFirstRE = lazyre.New(`^(?:U|C|S|TS|SBU|LOU|FOUO|NF)(?:$|[ /\-])`)

// ParaStart reads the number, marking and the rest of the first line of
// a numbered paragraph.
func ParaStart(l string) (num int, marking, rest string, ok bool) {
	// Most lines do not start with a number: skip the expression.
	if !digitAfterBlanks(l) {
		return 0, "", "", false
	}
	digits, at, ok := paraNumber(l)
	if !ok {
		return 0, "", "", false
	}
	num, rest = textmatch.Atoi(digits), l[at:]
	if mk, n, ok := shortMarking(rest); ok {
		// What markingRE reads from "(C) text", without running it.
		if mk = strings.ToUpper(mk); isMarkingWord(mk) {
			marking = mk
			rest = rest[n:]
		}
	} else if mm := markingRE.FindStringSubmatch(rest); mm != nil {
		mk := mm[1]
		if mk == "" {
			mk = mm[2]
		}
		mk = strings.ToUpper(strings.Join(strings.Fields(mk), " "))
		mk = strings.ReplaceAll(mk, " / ", "/")
		if markingFirstRE.MatchString(mk) {
			marking = mk
			rest = rest[len(mm[0]):]
		}
	} else if pm := proseMarkingRE.FindString(rest); pm != "" && strings.Contains(rest, "ENTIRE TEXT") {
		marking = map[string]string{"UNCLASSIFIED": "U", "LIMITED OFFICIAL USE": "LOU", "CONFIDENTIAL": "C", "SECRET": "S"}[pm]
	}
	return num, marking, rest, true
}

// isMarkingWord reports whether letters, upper case, are a marking:
// what markingFirstRE accepts of a word without other characters.
func isMarkingWord(letters string) bool {
	switch letters {
	case "U", "C", "S", "TS", "SBU", "LOU", "FOUO", "NF":
		return true
	}
	return false
}

// parenMarkings are the markings paraStartRE accepts after a paragraph
// number without a dot: "1 (S) text".
var parenMarkings = []string{"(U)", "(C)", "(S)", "(SBU)", "(LOU)", "(S/NF)", "(C/NF)", "(SBU/NF)"}

// paraNumber reads the number that opens a numbered paragraph as
// paraStartRE (in the tests) matches it, without the expression (paraStart runs on
// every line that starts with a digit): blanks, an optional ¶ and
// blanks, one to three digits, then either a dot followed by blanks,
// the line's end or the text's first character ((, a letter, a quote),
// or blanks and a marking in parentheses. It returns the digits and
// where the text after the number starts: after the blanks that follow
// the dot, or at that first character, or at the marking.
func paraNumber(l string) (digits string, at int, ok bool) {
	i := SkipBlanks(l, 0)
	if strings.HasPrefix(l[i:], "¶") {
		i = SkipBlanks(l, i+len("¶"))
	}
	start := i
	for i < len(l) && i-start < 4 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if n := i - start; n == 0 || n > 3 {
		return "", 0, false // \d{1,3} cannot be followed by a digit
	}
	digits = l[start:i]
	if j := SkipBlanks(l, i); j < len(l) && l[j] == '.' {
		r := j + 1
		switch {
		case r == len(l):
			return digits, r, true
		case l[r] == ' ' || l[r] == '\t':
			return digits, SkipBlanks(l, r), true
		case textmatch.IsLetter(l[r]) || l[r] == '(' || l[r] == '"' || l[r] == '\'' || strings.HasPrefix(l[r:], "“"):
			return digits, r, true
		}
	}
	if j := SkipBlanks(l, i); j > i {
		for _, w := range parenMarkings {
			if strings.HasPrefix(l[j:], w) {
				return digits, j, true
			}
		}
	}
	return "", 0, false
}

// shortMarking reads the common form of a portion marking, one to four
// letters in parentheses ("(C) ", "(SBU). "), as markingRE would: the
// letters, and the length of the marking with a dot and blanks after
// it. ok is false for any other text, which is left to markingRE.
func shortMarking(s string) (letters string, n int, ok bool) {
	if s == "" || s[0] != '(' {
		return "", 0, false
	}
	k := 1
	for k < len(s) && k <= 5 && textmatch.IsLetter(s[k]) {
		k++
	}
	if k == 1 || k > 5 || k == len(s) || s[k] != ')' {
		return "", 0, false
	}
	n = k + 1
	if n < len(s) && s[n] == '.' {
		n++
	}
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return s[1:k], n, true
}

// digitAfterBlanks reports whether l starts with a digit after blanks,
// a ¶ and blanks (each optional), as every numbered paragraph does.
func digitAfterBlanks(l string) bool {
	i := SkipBlanks(l, 0)
	if strings.HasPrefix(l[i:], "¶") {
		i = SkipBlanks(l, i+len("¶"))
	}
	return i < len(l) && l[i] >= '0' && l[i] <= '9'
}

package scan

import (
	"strings"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// stopsBlock reports whether l opens with a landmark that ends a
// SUBJECT, TAGS, REF or Classified By block: after blanks, one of
// stopWords, CLASSIFIED BY, a ¶, a paragraph number ("12.", "3 .(" or
// "4." alone), an E.O. number, a rule of three dashes, equals signs or
// underscores, or PAGE and a digit.
func stopsBlock(l string) bool {
	i := SkipBlanks(l, 0)
	if i == len(l) {
		return false
	}
	first, n := foldedLetter(l, i)
	if n == 0 {
		first = l[i]
	}
	for _, w := range stopsByFirst[first] {
		if e := FoldPrefix(l, i, w.word); e >= 0 && stopEnds(l, e, w.end) {
			return true
		}
	}
	if classifiedBy(l, i) >= 0 || strings.HasPrefix(l[i:], "¶") || numberStops(l, i) || isRule(l, i) {
		return true
	}
	if d := eoDigits(l, i, " "); d >= 0 && digitRun(l, d) >= 4 {
		return true
	}
	if e := FoldPrefix(l, i, "PAGE"); e >= 0 {
		k := SkipBlanks(l, e)
		return k > e && k < len(l) && textmatch.IsDigit(l[k])
	}
	return false
}

// stopEnds reports whether what follows a stop word, at l[e:], is what
// end asks for.
func stopEnds(l string, e int, end stopEnd) bool {
	switch end {
	case boundary:
		return WordBoundary(l, e)
	case blank:
		return e < len(l) && (l[e] == ' ' || l[e] == '\t')
	}
	return true
}

// numberStops reports whether l[i:] opens with one to three digits,
// blanks and a dot, followed by a blank, a parenthesis or the end.
func numberStops(l string, i int) bool {
	n := digitRun(l, i)
	if n == 0 || n > 3 {
		return false
	}
	k := SkipBlanks(l, i+n)
	if k == len(l) || l[k] != '.' {
		return false
	}
	return k+1 == len(l) || l[k+1] == ' ' || l[k+1] == '\t' || l[k+1] == '('
}

// isRule reports whether l[i:] opens with three dashes, equals signs or
// underscores.
func isRule(l string, i int) bool {
	c := l[i]
	return (c == '-' || c == '=' || c == '_') && strings.HasPrefix(l[i:], strings.Repeat(string(c), 3))
}

// classifiedBy reads "CLASSIFIED BY" at l[i:], with blanks between the
// words, and returns its end or -1.
func classifiedBy(l string, i int) int {
	e := FoldPrefix(l, i, "CLASSIFIED")
	if e < 0 {
		return -1
	}
	k := SkipBlanks(l, e)
	if k == e {
		return -1
	}
	return FoldPrefix(l, k, "BY")
}

// classifiedByAt reads a Classified By field at l[i:], after the
// paragraph number, marking and "X - ENTIRE TEXT" that may stand before
// it ("1. (U) CLASSIFIED BY: ...", "CONFIDENTIAL - ENTIRE TEXT
// CLASSIFIED BY ..."), and returns where the text after it and a colon
// starts, or -1.
func classifiedByAt(l string, i int) int {
	i = afterShortNumber(l, i)
	i = afterMarking(l, i)
	i = afterEntireText(l, i)
	e := classifiedBy(l, i)
	if e < 0 || !WordBoundary(l, e) {
		return -1
	}
	return SkipBlanks(l, skipByte(l, SkipBlanks(l, e), ':'))
}

// afterShortNumber returns the end of a ¶ and a paragraph number of one
// or two digits with its dot and blanks at l[i:], or i.
func afterShortNumber(l string, i int) int {
	k := i
	if strings.HasPrefix(l[k:], "¶") {
		k = SkipBlanks(l, k+len("¶"))
	}
	n := digitRun(l, k)
	if n == 0 || n > 2 || k+n == len(l) || l[k+n] != '.' {
		return i
	}
	return SkipBlanks(l, k+n+1)
}

// afterMarking returns the end of a marking in parentheses (letters,
// slashes, spaces and dashes) and blanks at l[i:], or i.
func afterMarking(l string, i int) int {
	if i == len(l) || l[i] != '(' {
		return i
	}
	k := i + 1
	for k < len(l) {
		if _, n := foldedLetter(l, k); n > 0 {
			k += n
		} else if c := l[k]; c == '/' || c == ' ' || c == '-' {
			k++
		} else {
			break
		}
	}
	if k == i+1 || k == len(l) || l[k] != ')' {
		return i
	}
	return SkipBlanks(l, k+1)
}

// afterEntireText returns the end of "X - ENTIRE TEXT", a word, a dash
// between blanks, ENTIRE, TEXT and a dot, and blanks at l[i:], or i.
func afterEntireText(l string, i int) int {
	k := skipLetters(l, i)
	if k == i {
		return i
	}
	for _, part := range []string{"-", "ENTIRE", "TEXT"} {
		b := SkipBlanks(l, k)
		if b == k {
			return i
		}
		if k = FoldPrefix(l, b, part); k < 0 {
			return i
		}
	}
	return SkipBlanks(l, skipByte(l, k, '.'))
}

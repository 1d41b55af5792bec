package scan

import (
	"strings"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// Line is what ScanLine reads of a line.
type Line struct {
	// Kind is the field or landmark the line opens with. A line that
	// holds handling caveats alone is a Caveat line; else the first of
	// EO, Tags, Subject, Ref and ClassifiedBy that it opens.
	Kind Kind
	// Value is where the field's text starts, after the keyword and
	// its separator, for a line of kind EO, Tags, Subject, Ref or
	// ClassifiedBy.
	Value int
	// By is where the text after CLASSIFIED BY starts, or -1 when the
	// line holds no Classified By field after its paragraph number,
	// marking and "X - ENTIRE TEXT". It is set on a line of any kind:
	// "TAGS - ENTIRE TEXT CLASSIFIED BY ..." is a Tags line too.
	By int
	// Para reports whether the line opens a numbered paragraph, as
	// [ParaStart] reads it.
	Para bool
	// Stop reports whether the line ends a SUBJECT, TAGS, REF or
	// Classified By block: it opens with a field, a summary, a
	// paragraph number or marking, a handling word, a rule, a page line.
	Stop bool
}

// ScanLine reads the landmarks a line of a cable opens with, in one
// pass over its start: blanks, a ¶, a paragraph number, a marking such
// as "(C)", then the keyword, looked up in one table. The Caveat kind
// is read of the line without its leading and trailing white space
// (strings.TrimSpace), the others of the line as given. The fields' text
// runs to the end of the line, so a text holding a newline opens none.
func ScanLine(l string) Line {
	ln := Line{By: -1, Para: IsParaStart(l), Stop: stopsBlock(l)}
	newline := strings.IndexByte(l, '\n') >= 0
	i := SkipBlanks(l, 0)
	if !newline {
		ln.By = classifiedByAt(l, i)
	}
	if isCaveatLine(strings.TrimSpace(l)) {
		ln.Kind = Caveat
		return ln
	}
	if newline {
		return ln
	}
	j := i // after a ¶ and blanks, where an E.O. or REF keyword may stand
	if strings.HasPrefix(l[i:], "¶") {
		j = SkipBlanks(l, i+len("¶"))
	}
	if v := eoAt(l, j); v >= 0 {
		ln.Kind, ln.Value = EO, v
	} else if k, v := fieldAt(l, j); k != Other && (j == i || pilcrowFields[k]) {
		ln.Kind, ln.Value = k, v
	} else if ln.By >= 0 {
		ln.Kind, ln.Value = ClassifiedBy, ln.By
	}
	return ln
}

// IsParaStart reports whether l opens a numbered paragraph: blanks, an
// optional ¶, one to three digits and a dot or a marking ("1. (C)",
// "¶2. (SBU)", "3.(U)", "14.In 2002", "4 (S) text").
func IsParaStart(l string) bool {
	if !digitAfterBlanks(l) {
		return false
	}
	_, _, ok := paraNumber(l)
	return ok
}

// fieldAt reads a TAGS, SUBJECT or REF keyword at l[i:] and the
// separator after it (blanks, or blanks, a colon or the like and
// blanks): the field and where its text starts, or Other. The keyword is
// the whole run of letters at i, with "(S)" after it when the table has
// that spelling ("REF(S)"); a keyword followed by another letter is none.
func fieldAt(l string, i int) (Kind, int) {
	var buf [maxKeyword + len("(S)")]byte
	n, e := foldedWord(l, i, buf[:maxKeyword])
	if n == 0 {
		return Other, 0
	}
	kind := lookup(buf[:n])
	if f := FoldPrefix(l, e, "(S)"); f >= 0 {
		if k := lookup(append(buf[:n], "(S)"...)); k != Other {
			kind, e = k, f
		}
	}
	if kind == Other {
		return Other, 0
	}
	punct := fieldPunct
	if kind == Tags {
		punct = tagsPunct
	}
	switch k := SkipBlanks(l, e); {
	case k < len(l) && strings.IndexByte(punct, l[k]) >= 0:
		return kind, SkipBlanks(l, k+1)
	case k > e:
		return kind, k
	}
	return Other, 0
}

// foldedWord reads the run of letters at l[i:] into buf, upper case as
// (?i) folds them (ſ to S, K to K), and returns its length and end; the
// length is 0 when the run is empty or longer than buf.
func foldedWord(l string, i int, buf []byte) (n, end int) {
	for i < len(l) {
		c, size := foldedLetter(l, i)
		if size == 0 {
			break
		}
		if n == len(buf) {
			return 0, i
		}
		buf[n] = c
		n++
		i += size
	}
	return n, i
}

// skipLetters returns the end of the run of letters at l[i:], as
// foldedWord reads them.
func skipLetters(l string, i int) int {
	for i < len(l) {
		_, size := foldedLetter(l, i)
		if size == 0 {
			break
		}
		i += size
	}
	return i
}

// eoAt reads the opening of an E.O. line at l[i:], "E.O. 12958:" with
// or without its dots, a blank between the letters, and a separator: it
// returns where the text after it starts, or -1. The number has four or
// five digits.
func eoAt(l string, i int) int {
	d := eoDigits(l, i, " \t")
	if d < 0 {
		return -1
	}
	n := digitRun(l, d)
	if n < 4 || n > 5 || !WordBoundary(l, d+n) {
		return -1
	}
	k := SkipBlanks(l, d+n)
	if k < len(l) && strings.IndexByte(":;,.", l[k]) >= 0 {
		k++
	}
	return SkipBlanks(l, k)
}

// eoDigits reads "E.O." at l[i:], each dot optional, with at most one
// of the bytes of blanks between the letters, then blanks: it returns
// where the digits after it would start, or -1.
func eoDigits(l string, i int, blanks string) int {
	if i >= len(l) || l[i]|0x20 != 'e' {
		return -1
	}
	i = skipByte(l, i+1, '.')
	if i < len(l) && strings.IndexByte(blanks, l[i]) >= 0 {
		i++
	}
	if i >= len(l) || l[i]|0x20 != 'o' {
		return -1
	}
	return SkipBlanks(l, skipByte(l, i+1, '.'))
}

// skipByte returns i+1 when l[i] is c, else i.
func skipByte(l string, i int, c byte) int {
	if i < len(l) && l[i] == c {
		return i + 1
	}
	return i
}

// digitRun returns the number of ASCII digits at l[i:].
func digitRun(l string, i int) int {
	n := 0
	for i+n < len(l) && textmatch.IsDigit(l[i+n]) {
		n++
	}
	return n
}

// isCaveatLine reports whether t holds handling words alone, after
// blanks: caveatLineWords, each followed by caveatSeparators.
func isCaveatLine(t string) bool {
	i := SkipBlanks(t, 0)
	return i < len(t) && caveatsFrom(t, i)
}

// caveatsFrom reports whether t[i:] is a run of caveat words and their
// separators, trying each word that fits at i as the expression would.
func caveatsFrom(t string, i int) bool {
	first, _ := foldedLetter(t, i)
	for _, w := range caveatsByFirst[first] {
		e := FoldPrefix(t, i, w)
		if spacedCaveats[w] {
			e = foldSpaced(t, i, w)
		}
		if e < 0 {
			continue
		}
		for e < len(t) && strings.IndexByte(caveatSeparators, t[e]) >= 0 {
			e++
		}
		if e == len(t) || caveatsFrom(t, e) {
			return true
		}
	}
	return false
}

// foldSpaced is FoldPrefix of a word written with a space between any
// two of its letters or none ("E F T O", "EFTO", "E FTO").
func foldSpaced(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		if k > 0 {
			i = skipByte(s, i, ' ')
		}
		if i = FoldPrefix(s, i, w[k:k+1]); i < 0 {
			return -1
		}
	}
	return i
}

package ingest

import (
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// captionKeywordExpr is the expression nextCaptionKeyword reads by hand:
// a caption field run into the previous one on the same line.
const captionKeywordExpr = `(?i)(?:SIPDIS|E\.O\.[ ]?\d|\bEO[ ]1\d{4}|TAGS?[:;]|\bSUBJECT[:;]|(?-i:SUBJECT:)|\bSUBJ:|REFS?:|\bREF\(S\):|\bCLASSIFIED[ ]+BY\b|(?-i:Classified [Bb]y))`

// captionKeywordNeeds is the quick test before nextCaptionKeyword: the
// texts every match of captionKeywordExpr holds, read from it.
var captionKeywordNeeds = textmatch.NewNeeds(captionKeywordExpr)

// nextCaptionKeyword returns the bounds of the first caption field
// keyword in s at or after byte from, or -1, -1: the leftmost-first match
// of captionKeywordExpr (captionkw_test.go holds the two equal), read by hand from captionKeywordAlts. The
// expression has no literal prefix and was tried from every offset; this
// looks only at the bytes a match can start with. s must not be cut
// inside a rune.
func nextCaptionKeyword(s string, from int) (start, end int) {
	for i := from; i < len(s); i++ {
		if !captionKeywordStart[s[i]] {
			continue
		}
		if e := captionKeywordAt(s, i); e >= 0 {
			return i, e
		}
	}
	return -1, -1
}

// captionKeywordAlt is an alternative of captionKeywordRE: a word, and
// what must follow it.
type captionKeywordAlt struct {
	// word opens the match: in lower case, matched in either case (ſ
	// for s) as (?i) does, or as written when exact.
	word  string
	exact bool
	// bounded says that \b stands before the word.
	bounded bool
	// tail returns the end of the match after the word, which ends at
	// e, or -1; nil when the match ends with the word.
	tail func(s string, e int) int
}

// captionKeywordAlts are captionKeywordRE's alternatives in its order.
var captionKeywordAlts = []captionKeywordAlt{
	{word: "sipdis"},                                  // SIPDIS
	{word: "e.o.", tail: blankDigitTail},              // E\.O\.[ ]?\d
	{word: "eo 1", bounded: true, tail: fourDigits},   // \bEO[ ]1\d{4}
	{word: "tag", tail: tagsTail},                     // TAGS?[:;]
	{word: "subject", bounded: true, tail: colonTail}, // \bSUBJECT[:;]
	{word: "SUBJECT:", exact: true},                   // (?-i:SUBJECT:)
	{word: "subj:", bounded: true},                    // \bSUBJ:
	{word: "ref", tail: refsTail},                     // REFS?:
	{word: "ref(s):", bounded: true},                  // \bREF\(S\):
	{word: "classified", bounded: true, tail: byTail}, // \bCLASSIFIED[ ]+BY\b
	{word: "Classified B", exact: true, tail: yTail},  // (?-i:Classified [Bb]y)
	{word: "Classified b", exact: true, tail: yTail},
}

// captionKeywordStart marks the bytes a captionKeywordRE match can start
// with: the first bytes of the alternatives' words, in either case unless
// exact, and the first byte of "ſ", which (?i) takes for an s.
var captionKeywordStart = func() (t [256]bool) {
	for _, a := range captionKeywordAlts {
		for _, c := range captionKeywordForms(a, 0) {
			t[c] = true
		}
	}
	return t
}()

// captionKeywordSecond marks, by the first byte of a match (upper and
// lower case alike, the first byte of ſ as s), the bytes that may follow
// it: the second bytes of the alternatives' words in either case unless
// exact, and the second byte of ſ (which may stand for a first s). A
// pointer: returned by value, the 64 KB table was zeroed in init's stack
// frame (which grew the stack to hold it) and then copied, at start-up.
var captionKeywordSecond = func() *[256][256]bool {
	t := new([256][256]bool)
	for _, a := range captionKeywordAlts {
		first := a.word[0] | 0x20
		for _, c := range captionKeywordForms(a, 1) {
			t[first][c] = true
		}
		if first == 's' {
			t['s']["ſ"[1]] = true
		}
	}
	return t
}()

// captionKeywordForms returns the bytes that may stand for the byte k of
// an alternative's word: the byte, and its other case unless the word is
// exact, and the first byte of ſ for an s.
func captionKeywordForms(a captionKeywordAlt, k int) []byte {
	c := a.word[k]
	if a.exact || !textmatch.IsLetter(c) {
		return []byte{c}
	}
	forms := []byte{c | 0x20, c &^ 0x20}
	if c|0x20 == 's' {
		forms = append(forms, "ſ"[0])
	}
	return forms
}

// captionKeywordAt returns the end of captionKeywordRE's match at s[i:],
// trying its alternatives in the expression's order, or -1.
func captionKeywordAt(s string, i int) int {
	if !captionKeywordMayStart(s, i) {
		return -1
	}
	for _, a := range captionKeywordAlts {
		e := -1
		if !a.exact {
			e = scan.FoldPrefix(s, i, a.word)
		} else if hasPrefixAt(s, i, a.word) {
			e = i + len(a.word)
		}
		if e < 0 || a.bounded && !scan.WordBoundary(s, i) {
			continue
		}
		if a.tail != nil {
			e = a.tail(s, e)
		}
		if e >= 0 {
			return e
		}
	}
	return -1
}

// captionKeywordMayStart reports whether a match may start at s[i]: its
// first byte and the byte after it turn away most starts before the
// alternatives are tried.
func captionKeywordMayStart(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	first := s[i] | 0x20
	if s[i] == "ſ"[0] {
		first = 's'
	}
	return captionKeywordSecond[first][s[i+1]]
}

// blankDigitTail reads the [ ]?\d after E.O.
func blankDigitTail(s string, e int) int {
	if e+1 < len(s) && s[e] == ' ' && textmatch.IsDigit(s[e+1]) {
		return e + 2
	}
	if e < len(s) && textmatch.IsDigit(s[e]) {
		return e + 1
	}
	return -1
}

// fourDigits reads the \d{4} after EO 1.
func fourDigits(s string, e int) int {
	if e+4 <= len(s) && textmatch.IsDigits(s[e:e+4]) {
		return e + 4
	}
	return -1
}

// tagsTail reads the S?[:;] after TAG.
func tagsTail(s string, e int) int {
	if f := scan.FoldPrefix(s, e, "s"); f >= 0 && colonTail(s, f) >= 0 {
		return f + 1
	}
	return colonTail(s, e)
}

// colonTail reads a colon or a semicolon.
func colonTail(s string, e int) int {
	if e < len(s) && (s[e] == ':' || s[e] == ';') {
		return e + 1
	}
	return -1
}

// refsTail reads the S?: after REF.
func refsTail(s string, e int) int {
	if f := scan.FoldPrefix(s, e, "s:"); f >= 0 {
		return f
	}
	if e < len(s) && s[e] == ':' {
		return e + 1
	}
	return -1
}

// byTail reads the [ ]+BY\b after CLASSIFIED.
func byTail(s string, e int) int {
	if e == len(s) || s[e] != ' ' {
		return -1
	}
	for e < len(s) && s[e] == ' ' {
		e++
	}
	if f := scan.FoldPrefix(s, e, "by"); f >= 0 && scan.WordBoundary(s, f) {
		return f
	}
	return -1
}

// yTail reads the y after "Classified B".
func yTail(s string, e int) int {
	if e < len(s) && s[e] == 'y' {
		return e + 1
	}
	return -1
}

// hasPrefixAt reports whether s holds p at byte i.
func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

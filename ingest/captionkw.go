package ingest

import "github.com/cablesql/cablesql/ingest/internal/scan"

// nextCaptionKeyword returns the bounds of the first caption field
// keyword in s at or after byte from, or -1, -1: the leftmost-first match
// of the regular expression captionKeywordRE in captionkw_test.go (which
// holds the two equal), read by hand. The expression has no literal
// prefix and was tried from every offset; this looks only at the bytes a
// match can start with. s must not be cut inside a rune.
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

// captionKeywordStart marks the bytes a captionKeywordRE match can start
// with: the first letters of its words in either case, and the first byte
// of "ſ", which (?i) takes for an s.
var captionKeywordStart = func() (t [256]bool) {
	for _, c := range "sSeEtTrRcC" {
		t[c] = true
	}
	t[0xC5] = true
	return t
}()

// captionKeywordAt returns the end of captionKeywordRE's match at s[i:],
// trying its alternatives in the expression's order, or -1.
func captionKeywordAt(s string, i int) int {
	if !captionKeywordMayStart(s, i) {
		return -1
	}
	if e := captionKeywordMarks(s, i); e >= 0 {
		return e
	}
	return captionKeywordFields(s, i)
}

// captionKeywordMayStart reports whether a match may start at s[i]: each
// alternative's first letter and the byte after it turn away most
// starts before the alternatives are tried.
func captionKeywordMayStart(s string, i int) bool {
	first := s[i] | 0x20
	if s[i] == 0xC5 {
		first = 's'
	}
	if i+1 >= len(s) {
		return false
	}
	next := s[i+1] | 0x20
	switch first {
	case 's':
		if next != 'i' && next != 'u' && s[i+1] != 0xBF {
			return false
		}
	case 'e':
		if next != '.' && next != 'o' {
			return false
		}
	case 't':
		if next != 'a' {
			return false
		}
	case 'r':
		if next != 'e' {
			return false
		}
	case 'c':
		if next != 'l' {
			return false
		}
	}
	return true
}

// captionKeywordMarks tries the expression's first alternatives at s[i:]:
// SIPDIS, E.O. 12958 and TAGS.
func captionKeywordMarks(s string, i int) int {
	if e := foldPrefix(s, i, "sipdis"); e >= 0 { // SIPDIS
		return e
	}
	if e := foldPrefix(s, i, "e.o."); e >= 0 { // E\.O\.[ ]?\d
		if e+1 < len(s) && s[e] == ' ' && scan.IsDigit(s[e+1]) {
			return e + 2
		}
		if e < len(s) && scan.IsDigit(s[e]) {
			return e + 1
		}
	}
	if e := foldPrefix(s, i, "eo 1"); e >= 0 && wordBoundary(s, i) && e+4 <= len(s) && // \bEO[ ]1\d{4}
		scan.IsDigit(s[e]) && scan.IsDigit(s[e+1]) && scan.IsDigit(s[e+2]) && scan.IsDigit(s[e+3]) {
		return e + 4
	}
	if e := foldPrefix(s, i, "tag"); e >= 0 { // TAGS?[:;]
		if f := foldPrefix(s, e, "s"); f >= 0 && f < len(s) && (s[f] == ':' || s[f] == ';') {
			return f + 1
		}
		if e < len(s) && (s[e] == ':' || s[e] == ';') {
			return e + 1
		}
	}
	return -1
}

// captionKeywordFields tries the expression's last alternatives at s[i:]:
// SUBJECT, SUBJ, REF and CLASSIFIED BY.
func captionKeywordFields(s string, i int) int {
	if e := foldPrefix(s, i, "subject"); e >= 0 && wordBoundary(s, i) && e < len(s) && (s[e] == ':' || s[e] == ';') { // \bSUBJECT[:;]
		return e + 1
	}
	if hasPrefixAt(s, i, "SUBJECT:") { // (?-i:SUBJECT:)
		return i + len("SUBJECT:")
	}
	if e := foldPrefix(s, i, "subj:"); e >= 0 && wordBoundary(s, i) { // \bSUBJ:
		return e
	}
	if e := foldPrefix(s, i, "ref"); e >= 0 { // REFS?:
		if f := foldPrefix(s, e, "s:"); f >= 0 {
			return f
		}
		if e < len(s) && s[e] == ':' {
			return e + 1
		}
	}
	if e := foldPrefix(s, i, "ref(s):"); e >= 0 && wordBoundary(s, i) { // \bREF\(S\):
		return e
	}
	if e := foldPrefix(s, i, "classified"); e >= 0 && wordBoundary(s, i) && e < len(s) && s[e] == ' ' { // \bCLASSIFIED[ ]+BY\b
		for e < len(s) && s[e] == ' ' {
			e++
		}
		if f := foldPrefix(s, e, "by"); f >= 0 && wordBoundary(s, f) {
			return f
		}
	}
	if hasPrefixAt(s, i, "Classified B") || hasPrefixAt(s, i, "Classified b") { // (?-i:Classified [Bb]y)
		if e := i + len("Classified B"); e < len(s) && s[e] == 'y' {
			return e + 1
		}
	}
	return -1
}

// foldPrefix returns the end of word w (lower-case ASCII) at s[i:] under
// regexp's (?i) folding, or -1: an ASCII letter in either case, and "ſ"
// (U+017F) for an s.
func foldPrefix(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if i >= len(s) {
			return -1
		}
		b := s[i]
		switch {
		case b == c || c >= 'a' && c <= 'z' && b == c-'a'+'A':
			i++
		case c == 's' && b == 0xC5 && i+1 < len(s) && s[i+1] == 0xBF:
			i += 2
		default:
			return -1
		}
	}
	return i
}

// hasPrefixAt reports whether s holds p at byte i.
func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// wordBoundary reports whether regexp's \b holds at byte i of s: an ASCII
// word character on one side only.
func wordBoundary(s string, i int) bool {
	return (i > 0 && scan.IsWordByte(s[i-1])) != (i < len(s) && scan.IsWordByte(s[i]))
}

package textmatch

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The ASCII byte classes and number reading the readers, the parser and
// the extractor share: cables are ASCII at heart, and these look at bytes,
// not runes. Each is defined here once.

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// IsWordByte reports whether c is a word character of `\b`: ASCII
// letters, digits and the underscore.
func IsWordByte(c byte) bool { return IsLetter(c) || IsDigit(c) || c == '_' }

// IsDigits reports whether s is one or more ASCII digits.
func IsDigits(s string) bool {
	return isAll(s, IsDigit)
}

// IsLetters reports whether s is one or more ASCII letters.
func IsLetters(s string) bool { return isAll(s, IsLetter) }

// isAll reports whether s is one or more bytes of the class.
func isAll(s string, class func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !class(s[i]) {
			return false
		}
	}
	return true
}

// Atoi reads s as a decimal number, or 0 when it is not one.
func Atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// wordByteTable is IsWordByte as a table, for the fast search's inner loop.
var wordByteTable = func() (t [256]bool) {
	for c := range t {
		t[c] = IsWordByte(byte(c))
	}
	return t
}()

// wordStartsIn returns where words start among the bytes of s from p
// on, eight at most: bit 8i+7 of starts is set when s[p+i] is a word byte
// (IsWordByte) and the byte before it in s is not; n is how many bytes
// it read (eight, or what is left of s). It reads the eight bytes as one
// number and tells their classes with a few operations on it (SWAR): a
// Word's search, which steps through the word starts of every sentence
// it is asked of, did it byte by byte through wordByteTable, with about
// as many instructions but a branch at each byte and each word's edge
// (TestWordStarts holds it to IsWordByte).
func wordStartsIn(s string, p int) (starts uint64, n int) {
	var x uint64
	if p+8 <= len(s) {
		b := s[p : p+8]
		x = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		n = 8
	} else {
		for i := len(s) - 1; i >= p; i-- {
			x = x<<8 | uint64(s[i]) // the bytes past the end are 0, not a word's
		}
		n = len(s) - p
	}
	// Each byte's seven low bits, y, plus a constant sets its high bit
	// when y is at least some value, with no carry into the next byte.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x &^ highs
	l := y | 0x20*ones // a letter in lower case
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7f-'z')*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x7f-'9')*ones)
	underscore := ^((y ^ '_'*ones) + 0x7f*ones)
	word := (letter | digit | underscore) & highs &^ x // not a byte of a non-ASCII rune
	var before uint64                                  // the byte before p, as byte -1 of word
	if p > 0 && wordByteTable[s[p-1]] {
		before = 0x80
	}
	return word &^ (word<<8 | before), n
}

// IsASCII reports whether s holds ASCII bytes only.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// HasLowerPrefix reports whether s opens with the lower-case ASCII word w,
// ASCII case aside.
func HasLowerPrefix(s, w string) bool { return hasPrefixAs(s, w, lowerByte) }

// HasUpperPrefix reports whether s opens with the upper-case ASCII word w,
// ASCII case aside.
func HasUpperPrefix(s, w string) bool { return hasPrefixAs(s, w, upperByte) }

// hasPrefixAs reports whether s, each byte put in w's case by as, opens
// with w.
func hasPrefixAs(s, w string, as func(byte) byte) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if as(s[i]) != w[i] {
			return false
		}
	}
	return true
}

// DropContinuation returns a trimmed line without the backslash that ends
// it after a blank: some dumps of the cables end their lines with " \"
// ("criticized in the Swiss media and only \"), a line continuation,
// not text. A line of the backslash alone is blank.
func DropContinuation(l string) string {
	if n := len(l); n > 0 && l[n-1] == '\\' && (n == 1 || IsBlank(l[n-2])) {
		return strings.TrimSpace(l[:n-1])
	}
	return l
}

// caveatWord is the distribution caveat that the State Department's cable
// software of 2005-2006 inserted into paragraphs as well as the header,
// most often on the line after one that ends with "Secretary": "met with
// Secretary SIPDIS Rice", "told us on SIPDIS November 1", "attended a SIPDIS
// bilateral meeting". No sentence of the prose holds it.
const caveatWord = "SIPDIS"

// pilcrow is the paragraph sign the Cable Viewer's pages set before a
// number that opens a line: a numbered paragraph's ("¶2. (C)"), and as
// often the day or year of a date that a wrap left at a line's start
// ("in Geneva on June\n¶8.", "IN SEPTEMBER,\n¶2000.").
const pilcrow = "¶"

// DropArtefacts returns the text of prose without what publication set
// into it: a pilcrow inside a sentence, before a number after a word or a
// comma ("on June ¶8."; one that opens a label, "¶B. The police", stays),
// and the caveat word where it stands as a word of its own, with one space
// beside it (the words around join as the author wrote them). A
// paragraph's raw text keeps both.
func DropArtefacts(t string) string {
	return DropCaveat(dropWrapPilcrows(t))
}

// dropWrapPilcrows is DropArtefacts for the pilcrow.
func dropWrapPilcrows(t string) string {
	out, _ := dropEach(t, pilcrow, func(i, end, _ int) (int, int, bool) {
		wrapped := i >= 2 && t[i-1] == ' ' && (IsWordByte(t[i-2]) || t[i-2] == ',') && end < len(t) && IsDigit(t[end])
		return i, end, wrapped
	})
	return out
}

// DropCaveat is DropArtefacts for the caveat word alone: for a text whose
// every pilcrow goes anyway (ingest's paragraph text).
func DropCaveat(t string) string {
	out, dropped := dropEach(t, caveatWord, func(i, end, done int) (int, int, bool) {
		if i > 0 && IsWordByte(t[i-1]) || end < len(t) && IsWordByte(t[end]) {
			return 0, 0, false // inside a word: "SIPDISx"
		}
		switch {
		case end < len(t) && t[end] == ' ':
			end++ // "a SIPDIS bilateral": the space after goes
		case i > done && t[i-1] == ' ':
			i-- // "reform. SIPDIS" at the end: the space before goes
		}
		return i, end, true
	})
	if !dropped {
		return t
	}
	return strings.TrimRight(out, " ")
}

// dropEach returns t without a span at each place lit stands, from its
// index i to end (span may widen it, or keep the place: ok false), and
// whether it dropped any. done is where the text kept so far ends.
func dropEach(t, lit string, span func(i, end, done int) (from, to int, ok bool)) (string, bool) {
	var b strings.Builder
	done := 0 // t[:done] is in b, once a span is dropped
	dropped := false
	for k := strings.Index(t, lit); k >= 0; {
		from, to, ok := span(k, k+len(lit), done)
		if ok {
			if !dropped {
				b.Grow(len(t))
			}
			b.WriteString(t[done:from])
			done, dropped = to, true
		}
		next := strings.Index(t[k+len(lit):], lit)
		if next < 0 {
			break
		}
		k += len(lit) + next
	}
	if !dropped {
		return t, false
	}
	b.WriteString(t[done:])
	return b.String(), true
}

// IsBlank reports whether c is white space within a line: an ASCII blank
// other than a newline.
func IsBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' }

// EachRun calls fn with each run of ASCII letters and each run of digits
// in s, in order, until fn returns false; digits says which the run is.
// extract's eachWord and the learned model's words read by it.
func EachRun(s string, fn func(run string, digits bool) bool) {
	for i := 0; ; {
		start, end, digits := NextRun(s, i)
		if start == end || !fn(s[start:end], digits) {
			return
		}
		i = end
	}
}

// NextRun returns the first run of ASCII letters or of digits in s at or
// after i, as EachRun reads them, and whether it is of digits; start ==
// end == len(s) when there is none. A reader that needs where its words
// are loops over it.
func NextRun(s string, i int) (start, end int, digits bool) {
	for i < len(s) && !IsLetter(s[i]) && !IsDigit(s[i]) {
		i++
	}
	if i == len(s) {
		return i, i, false
	}
	j := i + 1
	if IsDigit(s[i]) {
		for j < len(s) && IsDigit(s[j]) {
			j++
		}
		return i, j, true
	}
	for j < len(s) && IsLetter(s[j]) {
		j++
	}
	return i, j, false
}

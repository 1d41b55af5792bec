package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// fixQuotes makes curly quotes plain and drops paragraph signs:
// strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "¶", "") as
// a byte scan (the replacer's generic form was a tenth of Parse's time on
// cables quoted the typographer's way). Like the replacer it matches
// byte by byte, so invalid UTF-8 is handled the same.
func fixQuotes(s string) string {
	var b strings.Builder // empty until the first replacement
	done := 0             // s[:done] is in b
	for i := 0; i < len(s); i++ {
		if i+8 <= len(s) && load64(s[i:])&highBits == 0 {
			i += 7 // eight ASCII bytes: no quote starts there
			continue
		}
		if s[i] < 0xC2 {
			continue // not the first byte of a quote or ¶
		}
		var repl string
		n := 0 // length of the match at i
		switch {
		case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80: // U+20xx
			switch s[i+2] {
			case 0x98, 0x99: // ‘ ’
				repl, n = "'", 3
			case 0x9C, 0x9D: // “ ”
				repl, n = `"`, 3
			}
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xB6: // ¶
			n = 2
		}
		if n == 0 {
			continue
		}
		if done == 0 {
			b.Grow(len(s)) // the result is never longer
		}
		b.WriteString(s[done:i])
		b.WriteString(repl)
		done = i + n
		i = done - 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// NormalizeText turns a paragraph's published lines into searchable
// text: lines joined with single spaces (a word hyphenated at a line end
// keeps its hyphen, without the space), curly quotes made plain, and two
// telegram character-set artefacts repaired: a comma standing for an
// apostrophe ("MTCR,s" -> "MTCR's", "Cote d,Ivoire" -> "Cote d'Ivoire")
// and " ) " standing for a dash when no "(" is open ("talks ) in both"
// -> "talks — in both"). The SIPDIS caveat State's software set into the
// prose of some cables is dropped (textmatch.DropCaveat; fixQuotes drops paragraph signs).
func NormalizeText(s string) string {
	t, ascii := joinLines(s)
	t = textmatch.DropCaveat(t)
	if !ascii {
		t = collapseSpace(fixQuotes(t))
	}
	if hasGluedComma(t) {
		t = replaceCommas(t, possessiveComma)
		t = replaceCommas(t, contractionComma)
		t = replaceCommas(t, elisionComma)
		t = replaceCommas(t, pronounComma)
	}
	return dashParens(t)
}

// joinLines joins the lines of s, each trimmed, with single spaces (none
// after a word hyphenated at a line end), turns each run of blanks inside
// a line into one space, and reports whether the result is ASCII. Every
// paragraph goes through here, so it copies whole runs of already normal
// text rather than byte by byte, and a one-line paragraph that needs no
// change is returned without a copy.
func joinLines(s string) (string, bool) {
	if strings.IndexByte(s, '\n') < 0 {
		l := textmatch.DropContinuation(strings.TrimSpace(s))
		if i, ascii := blankRun(l, 0); i == len(l) {
			return l, ascii
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	allASCII := true
	for rest := s; rest != ""; {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		l = textmatch.DropContinuation(strings.TrimSpace(l))
		if l == "" {
			continue
		}
		if b.Len() > 0 && (!endsWithWordHyphen(b.String()) || !startsWithLetter(l)) {
			b.WriteByte(' ')
		}
		// l is trimmed: it starts and ends with a byte that is no blank.
		for from := 0; ; {
			i, ascii := blankRun(l, from)
			allASCII = allASCII && ascii
			b.WriteString(l[from:i])
			if i == len(l) {
				break
			}
			b.WriteByte(' ')
			for i < len(l) && textmatch.IsBlank(l[i]) {
				i++
			}
			from = i
		}
	}
	return b.String(), allASCII
}

// blankRun returns the index of the first run of blanks in l from i on
// that is not a single space between two words, or len(l), and whether
// l[i:] up to there is ASCII. It is the innermost loop of NormalizeText,
// so it steps over eight bytes at a time where it can (see normalWord).
func blankRun(l string, i int) (int, bool) {
	ascii := true
	for i < len(l) {
		if i+8 <= len(l) {
			w := load64(l[i:])
			if normalWord(w) {
				ascii = ascii && w&highBits == 0
				if w>>56 == ' ' {
					i += 7 // a space ends the word: look at it again with what follows
				} else {
					i += 8
				}
				continue
			}
		}
		// Byte by byte through the word that needs a closer look.
		for end := min(i+8, len(l)); i < end; i++ {
			c := l[i]
			if c >= utf8.RuneSelf {
				ascii = false
				continue
			}
			if !textmatch.IsBlank(c) || c == ' ' && i+1 < len(l) && !textmatch.IsBlank(l[i+1]) {
				continue
			}
			return i, ascii
		}
	}
	return len(l), ascii
}

const (
	lowBits  = 0x0101010101010101 // 1 in every byte
	highBits = 0x8080808080808080 // the top bit of every byte
)

// load64 reads the first eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// normalWord reports whether eight bytes of text need no change by
// blankRun's rules: no control byte (which includes the blanks other
// than space) and no two spaces side by side. Each test works on all
// eight bytes at once; the sums cannot carry from one byte into the next
// because the top bits are masked off first.
func normalWord(w uint64) bool {
	low7 := w &^ highBits
	// The top bit is set in each byte that is 0x20 or more (or non-ASCII).
	printable := (low7 + 0x60*lowBits) | w
	if ^printable&highBits != 0 {
		return false
	}
	// The top bit is set in each byte that is not a space.
	x := w ^ 0x20*lowBits
	notSpace := ((x &^ highBits) + 0x7f*lowBits) | x
	spaces := ^notSpace & highBits
	return spaces&(spaces>>8) == 0
}

// asciiSpace reports whether c is an ASCII space as unicode.IsSpace sees it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// collapseSpace replaces each run of white space with one space and
// trims the ends.
func collapseSpace(s string) string {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight ASCII bytes without a control byte or two spaces
			// side by side need no change (see normalWord).
			if w := load64(s[i:]); w&highBits == 0 && normalWord(w) {
				if w>>56 == ' ' {
					i += 7 // a space ends the word: look at it again with what follows
				} else {
					i += 8
				}
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; {
			c := s[i]
			if c-0x21 < 0x7f-0x21 {
				i++
				continue // printable ASCII, the common case, in one test
			}
			if c >= utf8.RuneSelf {
				r, w := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) {
					return strings.Join(strings.Fields(s), " ")
				}
				i += w
				continue
			}
			if asciiSpace(c) && (c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
				return strings.Join(strings.Fields(s), " ")
			}
			i++
		}
	}
	return s // Fields and Join would give it back unchanged
}

// hasGluedComma reports whether s has a comma between two letters, the
// only place the apostrophe repairs apply.
func hasGluedComma(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0 && i+1 < len(s); {
		if i > 0 && textmatch.IsLetter(s[i+1]) && (textmatch.IsLetter(s[i-1]) || s[i-1] == '.') {
			return true
		}
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func endsWithWordHyphen(s string) bool {
	n := len(s)
	return n >= 2 && s[n-1] == '-' && textmatch.IsLetter(s[n-2])
}

func startsWithLetter(s string) bool { return s != "" && textmatch.IsLetter(s[0]) }

// hasSpacedParen is strings.Contains(s, " ) ") done from the rare
// parenthesis: Contains looks for the first byte, a space, which comes
// every few bytes.
func hasSpacedParen(s string) bool {
	for i := strings.IndexByte(s, ')'); i >= 0; {
		if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return true
		}
		j := strings.IndexByte(s[i+1:], ')')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// dashParens replaces " ) " with " — " where no parenthesis is open.
func dashParens(s string) string {
	if !hasSpacedParen(s) {
		return s
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(':
			depth++
		case ')':
			if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' && depth == 0 {
				b.WriteString("—")
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var quoteFix = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "¶", "")

// NormalizeText turns a paragraph's published lines into searchable
// text: lines joined with single spaces (a word hyphenated at a line end
// keeps its hyphen, without the space), curly quotes made plain, and two
// telegram character-set artefacts repaired: a comma standing for an
// apostrophe ("MTCR,s" -> "MTCR's", "Cote d,Ivoire" -> "Cote d'Ivoire")
// and " ) " standing for a dash when no "(" is open ("talks ) in both"
// -> "talks — in both").
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next character
	for rest := s; rest != ""; {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			cur := b.String()
			space = !endsWithWordHyphen(cur) || !startsWithLetter(l)
		}
		for i := 0; i < len(l); {
			if isBlankByte(l[i]) {
				space = true
				i++
				continue
			}
			j := i + 1
			for j < len(l) && !isBlankByte(l[j]) {
				j++
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(l[i:j])
			i = j
		}
	}
	t := b.String()
	if !isASCII(t) {
		t = collapseSpace(quoteFix.Replace(t))
	}
	if hasGluedComma(t) {
		t = replaceCommas(t, possessiveComma)
		t = replaceCommas(t, contractionComma)
		t = replaceCommas(t, elisionComma)
		t = replaceCommas(t, pronounComma)
	}
	return dashParens(t)
}

// asciiSpace reports whether c is an ASCII space as unicode.IsSpace sees it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isBlankByte reports whether c is white space within a line.
func isBlankByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// collapseSpace replaces each run of white space with one space and
// trims the ends.
func collapseSpace(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
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
	return s // Fields and Join would give it back unchanged
}

// hasGluedComma reports whether s has a comma between two letters, the
// only place the apostrophe repairs apply.
func hasGluedComma(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ',' && isLetter(s[i+1]) && (isLetter(s[i-1]) || s[i-1] == '.') {
			return true
		}
	}
	return false
}

func endsWithWordHyphen(s string) bool {
	n := len(s)
	return n >= 2 && s[n-1] == '-' && isLetter(s[n-2])
}

func startsWithLetter(s string) bool { return s != "" && isLetter(s[0]) }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// dashParens replaces " ) " with " — " where no parenthesis is open.
func dashParens(s string) string {
	if !strings.Contains(s, " ) ") {
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

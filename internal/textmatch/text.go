package textmatch

import "unicode/utf8"

// isWordByte reports whether c is a word character of `\b`: ASCII
// letters, digits and the underscore.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// wordByteTable is isWordByte as a table, for the fast search's inner loop.
var wordByteTable = func() (t [256]bool) {
	for c := range t {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

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

package ingest

import (
	"strings"
	"unicode/utf8"
)

// containsUpper reports whether strings.ToUpper(s) contains upper, an
// upper-case ASCII word, without building the upper-case copy when s is
// ASCII (the common case, and a hot one: every paragraph's first line is
// tested). Non-ASCII text takes the exact route, since a few non-ASCII
// letters upper-case to ASCII ones (ı -> I, ſ -> S).
func containsUpper(s, upper string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToUpper(s), upper)
		}
	}
	for i := 0; i+len(upper) <= len(s); i++ {
		if hasUpperPrefixASCII(s[i:], upper) {
			return true
		}
	}
	return false
}

// hasUpperPrefixASCII reports whether ASCII s starts with upper in any
// case.
func hasUpperPrefixASCII(s, upper string) bool {
	if len(s) < len(upper) {
		return false
	}
	for k := 0; k < len(upper); k++ {
		if upperASCII(s[k]) != upper[k] {
			return false
		}
	}
	return true
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

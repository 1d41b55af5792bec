package ingest

import "strconv"

// ASCII byte classes and number reading, shared by the readers and the
// parser. Cables are ASCII at heart; these look at bytes, not runes.

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isWordByte reports whether c is an ASCII word character, as \b sees it.
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// atoi reads s as a decimal number, or 0 when it is not one.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

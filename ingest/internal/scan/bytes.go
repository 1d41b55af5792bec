package scan

import (
	"strconv"
	"strings"
	"sync"
)

// ASCII byte classes and number reading, shared by the readers and the
// parser. Cables are ASCII at heart; these look at bytes, not runes.

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// IsWordByte reports whether c is an ASCII word character, as \b sees it.
func IsWordByte(c byte) bool { return IsLetter(c) || IsDigit(c) || c == '_' }

// IsDigits reports whether s is one or more ASCII digits.
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !IsDigit(s[i]) {
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

// IsASCIIText reports whether s is all ASCII.
func IsASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// CutAtRune returns n moved back to the start of a UTF-8 sequence.
func CutAtRune(s string, n int) int {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return n
}

// LazySet returns a function that returns the set of the blank-separated
// words, built on its first call rather than at start.
func LazySet(words string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool)
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
		return m
	})
}

// SkipBlanks returns the index of the first byte of l from i on that is
// neither a space nor a tab.
func SkipBlanks(l string, i int) int {
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return i
}

package scan

import (
	"strings"
	"sync"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// Byte-level helpers of the readers and the parser; the ASCII byte
// classes and Atoi are textmatch's.

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

// foldedLetter returns the upper-case ASCII letter that regexp's (?i)
// takes s[i:] for, and its length in bytes: an ASCII letter, ſ (U+017F)
// for S, the Kelvin sign K (U+212A) for K; 0, 0 for anything else. No
// other rune folds to an ASCII letter.
func foldedLetter(s string, i int) (byte, int) {
	switch c := s[i]; {
	case c >= 'a' && c <= 'z':
		return c - 'a' + 'A', 1
	case c >= 'A' && c <= 'Z':
		return c, 1
	case strings.HasPrefix(s[i:], "ſ"):
		return 'S', len("ſ")
	case strings.HasPrefix(s[i:], "\u212a"):
		return 'K', len("\u212a")
	}
	return 0, 0
}

// FoldPrefix returns the end of w at s[i:] as regexp's (?i) matches it,
// or -1: a letter of w matches that letter in either case and ſ or K
// for S or K; any other byte matches itself.
func FoldPrefix(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		if i >= len(s) {
			return -1
		}
		c := w[k]
		if !textmatch.IsLetter(c) {
			if s[i] != c {
				return -1
			}
			i++
			continue
		}
		f, n := foldedLetter(s, i)
		if n == 0 || f != c&^0x20 {
			return -1
		}
		i += n
	}
	return i
}

// WordBoundary reports whether regexp's \b holds at byte i of s: an
// ASCII word character on one side only.
func WordBoundary(s string, i int) bool {
	return (i > 0 && textmatch.IsWordByte(s[i-1])) != (i < len(s) && textmatch.IsWordByte(s[i]))
}

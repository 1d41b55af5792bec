package ingest

import (
	"strings"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// containsUpper reports whether strings.ToUpper(s) contains upper, an
// upper-case ASCII word, without building the upper-case copy (a hot
// test: every paragraph's first line goes through it). Only two
// non-ASCII letters upper-case to ASCII ones, ı -> I and ſ -> S; text
// holding them takes the exact route. Any other non-ASCII byte matches
// no byte of upper, as its upper-case form would not.
func containsUpper(s, upper string) bool {
	if upperCasesToASCII(s) {
		return strings.Contains(strings.ToUpper(s), upper)
	}
	// Look for the word's rarest letter in either case with IndexByte,
	// then compare the whole word around it.
	k := rarestLetter(upper)
	for _, anchor := range [2]byte{upper[k], upper[k] | 0x20} {
		for i := k; i < len(s); i++ {
			j := strings.IndexByte(s[i:], anchor)
			if j < 0 {
				break
			}
			i += j
			if textmatch.HasUpperPrefix(s[i-k:], upper) {
				return true
			}
		}
	}
	return false
}

// letterRank ranks the upper-case letters from the rarest in English
// text (1) to the most common (26); other bytes rank 0.
var letterRank = func() (rank [256]uint8) {
	for i, c := range "ZQXJKVBPYGFWMUCLDRHSNIOATE" {
		rank[c] = uint8(i + 1)
	}
	return rank
}()

// rarestLetter returns the index of the rarest letter of upper, which
// holds at least one upper-case letter.
func rarestLetter(upper string) int {
	best := 0
	for i := 0; i < len(upper); i++ {
		if r := letterRank[upper[i]]; r > 0 && (letterRank[upper[best]] == 0 || r < letterRank[upper[best]]) {
			best = i
		}
	}
	return best
}

// upperCasesToASCII reports whether s holds ı (U+0131) or ſ (U+017F),
// the only non-ASCII runes whose upper case is ASCII. Their first bytes
// are rare, so IndexByte finds them fast.
func upperCasesToASCII(s string) bool {
	return strings.Contains(s, "ı") || strings.Contains(s, "ſ")
}

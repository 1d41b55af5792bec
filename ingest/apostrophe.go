package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// The telegram character set had no apostrophe: cables write "MTCR,s",
// "don,t", "Cote d,Ivoire", "we,ll". These byte scans find such commas;
// each behaves as a regular expression replaced left to right without
// overlapping matches (the expressions are in apostrophe_test.go, which
// checks the scans against them), at a fraction of the cost.

// replaceCommas returns s with each comma that match accepts replaced by
// an apostrophe. match gets s, the comma's index and the end of the last
// accepted match (a match may not start before it) and returns the end
// of its match, or -1.
func replaceCommas(s string, match func(s string, comma, prevEnd int) int) string {
	var b []byte
	prevEnd := 0
	for i := strings.IndexByte(s, ','); i >= 0; {
		if end := match(s, i, prevEnd); end >= 0 {
			if b == nil {
				b = []byte(s)
			}
			b[i] = '\''
			prevEnd = end
		}
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// possessiveComma matches `([A-Za-z.]),([sS])([^A-Za-z0-9]|$)`:
// "MTCR,s", "State,s".
func possessiveComma(s string, i, prevEnd int) int {
	return commaBeforeLetter(s, i, prevEnd, isPossessor, 's')
}

// contractionComma matches `([nN]),([tT])([^A-Za-z0-9]|$)`: "don,t".
func contractionComma(s string, i, prevEnd int) int {
	return commaBeforeLetter(s, i, prevEnd, func(c byte) bool { return c == 'n' || c == 'N' }, 't')
}

func isPossessor(c byte) bool { return textmatch.IsLetter(c) || c == '.' }

// commaBeforeLetter matches a byte that before accepts, the comma at i,
// the letter lower in either case, then a character that is not an ASCII
// letter or digit, or the end.
func commaBeforeLetter(s string, i, prevEnd int, before func(byte) bool, lower byte) int {
	p := i - 1
	if p < prevEnd || !before(s[p]) || i+1 >= len(s) || s[i+1]|0x20 != lower {
		return -1
	}
	if i+2 == len(s) {
		return i + 2
	}
	c := s[i+2]
	if c < utf8.RuneSelf {
		if textmatch.IsLetter(c) || textmatch.IsDigit(c) {
			return -1
		}
		return i + 3
	}
	_, w := utf8.DecodeRuneInString(s[i+2:])
	return i + 2 + w
}

// elisionComma matches `\b([dDlLO]),([A-Z])`: "d,Ivoire", "O,Donnell".
func elisionComma(s string, i, prevEnd int) int {
	p := i - 1
	if p < prevEnd || p > 0 && textmatch.IsWordByte(s[p-1]) || i+1 >= len(s) || s[i+1] < 'A' || s[i+1] > 'Z' {
		return -1
	}
	switch s[p] {
	case 'd', 'D', 'l', 'L', 'O':
		return i + 2
	}
	return -1
}

// pronounComma matches
// `\b(I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|YOU|WE|THEY|HE|SHE|IT),(ll|re|ve|d|m|LL|RE|VE|D|M)\b`:
// "we,ll", "they,re", "I,m".
func pronounComma(s string, i, prevEnd int) int {
	p := i
	for p > 0 && textmatch.IsWordByte(s[p-1]) {
		p--
	}
	k := i + 1
	for k < len(s) && textmatch.IsWordByte(s[k]) {
		k++
	}
	if p < prevEnd {
		return -1
	}
	switch s[p:i] {
	case "I", "You", "you", "We", "we", "They", "they", "He", "he", "She", "she", "It", "it",
		"YOU", "WE", "THEY", "HE", "SHE", "IT":
	default:
		return -1
	}
	switch s[i+1 : k] {
	case "ll", "re", "ve", "d", "m", "LL", "RE", "VE", "D", "M":
		return k
	}
	return -1
}

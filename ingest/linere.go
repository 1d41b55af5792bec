package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
)

// lineRE is an expression that matches at the start of a line, after
// any spaces and tabs, with a cheap test in front: most lines a caption
// field's expression is tried on start with a character the field never
// does, and Go's regexp costs far more to fail than a byte comparison.
type lineRE struct {
	*lazyre.Regexp
	// starts holds the ASCII bytes a match may start with after the
	// blanks; a lower-case letter stands for either case. A non-ASCII
	// byte always passes (¶, or ſ which (?i) folds to s).
	starts string
	// word, when not "", is an upper-case word that the line, upper-cased,
	// must contain.
	word string
	// wordsOnly, when not "", says the expression matches only lines of
	// ASCII letters and these bytes (and non-ASCII text).
	wordsOnly string
}

// mayMatch reports whether the expression may match l.
func (r lineRE) mayMatch(l string) bool {
	if r.starts != "" {
		i := 0
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i < len(l) {
			c := l[i]
			if c < utf8.RuneSelf && strings.IndexByte(r.starts, c) < 0 && strings.IndexByte(r.starts, c|0x20) < 0 {
				return false
			}
		}
	}
	if r.wordsOnly != "" {
		for i := 0; i < len(l); i++ {
			if c := l[i]; c < utf8.RuneSelf && !scan.IsLetter(c) && strings.IndexByte(r.wordsOnly, c) < 0 {
				return false
			}
		}
	}
	return r.word == "" || containsUpper(l, r.word)
}

// MatchString is regexp.Regexp.MatchString after the cheap test.
func (r lineRE) MatchString(l string) bool {
	return r.mayMatch(l) && r.Regexp.MatchString(l)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch after the cheap
// test.
func (r lineRE) FindStringSubmatch(l string) []string {
	if !r.mayMatch(l) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(l)
}

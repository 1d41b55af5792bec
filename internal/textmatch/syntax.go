package textmatch

// What a Word learns of its expression from the syntax tree: where a
// match may begin (firstSet, startsOf, leadsWith), how long it
// may be (maxLen) and how it ends (endsAtTextEnd, hasEndAnchor).

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// firstSet is what a match may begin with: ASCII bytes, non-ASCII runes
// (runes), or any non-ASCII rune at all (anyNonASCII).
type firstSet struct {
	ascii       [utf8.RuneSelf]bool
	runes       []rune
	anyNonASCII bool
}

func (f *firstSet) addRune(r rune) {
	if r < utf8.RuneSelf {
		f.ascii[r] = true
	} else if !slices.Contains(f.runes, r) {
		f.runes = append(f.runes, r)
	}
}

// add adds what a match of re may begin with and reports whether re
// matches the empty string.
func (f *firstSet) add(re *syntax.Regexp) (nullable bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		f.addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
				f.addRune(c)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				f.ascii[r] = true
			}
			if hi >= utf8.RuneSelf {
				f.anyNonASCII = true
			}
		}
		return false
	case syntax.OpCapture:
		return f.add(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		f.add(re.Sub[0])
		return true
	case syntax.OpPlus:
		return f.add(re.Sub[0])
	case syntax.OpRepeat:
		return f.add(re.Sub[0]) || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !f.add(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if f.add(sub) {
				nullable = true
			}
		}
		return nullable
	default: // any character
		for c := range f.ascii {
			f.ascii[c] = true
		}
		f.anyNonASCII = true
		return false
	}
}

// leadsWith reports whether every match of re begins with an empty
// match of op: syntax.OpWordBoundary (`\b`), or syntax.OpBeginText (^, not
// (?m)'s, a line's) when every match begins at the text's start.
func leadsWith(re *syntax.Regexp, op syntax.Op) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return leadsWith(re.Sub[0], op)
	case syntax.OpConcat:
		return len(re.Sub) > 0 && leadsWith(re.Sub[0], op)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !leadsWith(sub, op) {
				return false
			}
		}
		return true
	}
	return false
}

// hasTextAnchor reports whether re holds ^ or $ of a line or the text
// (other than $ at the end of the text, which a search from a later start
// keeps): ^ would match at every start the fast search tries.
func hasTextAnchor(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine:
		return true
	}
	for _, sub := range re.Sub {
		if hasTextAnchor(sub) {
			return true
		}
	}
	return false
}

// maxLen returns the length in bytes (in runes with runes set) of the
// longest text re matches, or -1 when there is no bound.
func maxLen(re *syntax.Regexp, runes bool) int {
	switch re.Op {
	case syntax.OpLiteral:
		if runes {
			return len(re.Rune)
		}
		n := 0
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 || r >= utf8.RuneSelf {
				n += utf8.UTFMax // a folded rune may be longer: "ſ" for "s"
			} else {
				n++
			}
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		if runes {
			return 1
		}
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxLen(re.Sub[0], runes)
	case syntax.OpQuest:
		return maxLen(re.Sub[0], runes)
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpRepeat:
		n := maxLen(re.Sub[0], runes)
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			n := maxLen(sub, runes)
			if n < 0 {
				return -1
			}
			total += n
		}
		return total
	case syntax.OpAlternate:
		longest := 0
		for _, sub := range re.Sub {
			n := maxLen(sub, runes)
			if n < 0 {
				return -1
			}
			longest = max(longest, n)
		}
		return longest
	}
	return 0 // empty-width assertions, the empty match
}

// endsAtTextEnd reports whether every match of re ends at the text's end.
func endsAtTextEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return endsAtTextEnd(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && endsAtTextEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !endsAtTextEnd(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// addAlphabet adds to a the bytes that a match of re may hold: ASCII
// bytes, and all the others when a match may hold a non-ASCII rune.
func addAlphabet(a *[256]bool, re *syntax.Regexp) {
	addRune := func(r rune) {
		if r < utf8.RuneSelf {
			a[r] = true
			return
		}
		for c := utf8.RuneSelf; c < len(a); c++ {
			a[c] = true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			addRune(r)
			if re.Flags&syntax.FoldCase != 0 {
				for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
					addRune(c)
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < utf8.RuneSelf; r++ {
				a[r] = true
			}
			if re.Rune[i+1] >= utf8.RuneSelf {
				addRune(utf8.RuneSelf)
			}
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for c := range a {
			a[c] = true
		}
	}
	for _, sub := range re.Sub {
		addAlphabet(a, sub)
	}
}

// hasEndAnchor reports whether re holds $: a text cut short would end
// where the real one does not.
func hasEndAnchor(re *syntax.Regexp) bool {
	if re.Op == syntax.OpEndText || re.Op == syntax.OpEndLine {
		return true
	}
	for _, sub := range re.Sub {
		if hasEndAnchor(sub) {
			return true
		}
	}
	return false
}

// startLen is the length of the texts that startsOf gives.
const startLen = 4

// start is a text a match may begin with, lower-cased; open when what
// follows it is not known (the expression goes on with a repetition).
type start struct {
	text string
	open bool
}

// mostStarts is the most texts startsOf lists before it gives up.
const mostStarts = 400

// startsOf returns texts of up to startLen bytes, lower-cased, one of which
// every match of re begins with (a match may be shorter than startLen), or
// false when there are too many to list.
func startsOf(re *syntax.Regexp) ([]start, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []start{{"", false}}, true
	case syntax.OpLiteral:
		return literalStarts(re.Rune), true
	case syntax.OpCharClass:
		return classStarts(re.Rune), true
	case syntax.OpCapture:
		return startsOf(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := startsOf(re.Sub[0])
		return append(sub, start{"", false}), ok
	case syntax.OpPlus:
		return openStarts(startsOf(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min == 0 {
			return anyStart(), true
		}
		return openStarts(startsOf(re.Sub[0]))
	case syntax.OpConcat:
		return concatStarts(re.Sub)
	case syntax.OpAlternate:
		return alternateStarts(re.Sub)
	}
	return anyStart(), true // any character, a repetition that may be empty
}

// anyStart is the start of an expression that may begin with anything.
func anyStart() []start {
	return []start{{"", true}}
}

// openStarts marks each of sub as open: a repetition follows its text.
func openStarts(sub []start, ok bool) ([]start, bool) {
	for i := range sub {
		sub[i].open = true
	}
	return sub, ok
}

// literalStarts is the start of a literal: its first startLen bytes,
// lower-cased, open when it is cut short by a non-ASCII rune or by length.
func literalStarts(runes []rune) []start {
	var b []byte
	for _, r := range runes {
		if r >= utf8.RuneSelf || len(b) == startLen {
			return []start{{string(b), true}}
		}
		b = append(b, byte(unicode.ToLower(r)))
	}
	return []start{{string(b), false}}
}

// classStarts lists the lower-cased characters of a character class
// given as rune ranges, or anything when the class is wide or not ASCII.
func classStarts(ranges []rune) []start {
	var out []start
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if hi >= utf8.RuneSelf || hi-lo > 12 {
			return anyStart()
		}
		for r := lo; r <= hi; r++ {
			t := string(rune(unicode.ToLower(r)))
			if !slices.Contains(out, start{t, false}) {
				out = append(out, start{t, false})
			}
		}
	}
	if len(out) > 16 {
		return anyStart()
	}
	return out
}

// concatStarts joins the starts of each part of a concatenation to those
// of the parts before it, until each text is open or startLen long.
func concatStarts(subs []*syntax.Regexp) ([]start, bool) {
	out := []start{{"", false}}
	for _, sub := range subs {
		next, ok := startsOf(sub)
		if !ok {
			return nil, false
		}
		var joined []start
		for _, a := range out {
			if a.open || len(a.text) >= startLen {
				joined = append(joined, a)
				continue
			}
			for _, b := range next {
				t := a.text + b.text
				open := b.open
				if len(t) > startLen {
					t, open = t[:startLen], false
				}
				if !slices.Contains(joined, start{t, open}) {
					joined = append(joined, start{t, open})
				}
			}
		}
		if len(joined) > mostStarts {
			return nil, false
		}
		out = joined
	}
	return out, true
}

// alternateStarts is the union of the starts of each alternative.
func alternateStarts(subs []*syntax.Regexp) ([]start, bool) {
	var out []start
	for _, sub := range subs {
		next, ok := startsOf(sub)
		if !ok {
			return nil, false
		}
		out = append(out, next...)
	}
	return out, len(out) <= mostStarts
}

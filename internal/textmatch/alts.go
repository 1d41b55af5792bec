package textmatch

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// altSet is an expression that matches a few fixed ASCII texts only,
// each after `\b` and perhaps before one (`(?i)\b(met|meets|meet)\b`),
// listed in the order regexp prefers them: at a start, the first that
// the text opens with is regexp's match there. Comparing a few texts
// costs a tenth of a call to regexp.
type altSet struct {
	alts []altText
	fold bool // ASCII case aside: the texts are lower-cased
	long int  // the longest text
}

// altText is one text of an altSet, and whether `\b` follows it.
type altText struct {
	text     string
	boundary bool
}

// maxAlts bounds the texts of an altSet: more would cost more than
// regexp.
const maxAlts = 256

// newAlts returns the texts of re, or nil when re is not of that
// shape: a repetition, a class of more than a few bytes, non-ASCII
// runes, `\b` elsewhere than around a text, or case folding in part of
// the expression only.
func newAlts(re *syntax.Regexp) *altSet {
	folded, plain := literalFolds(re)
	if folded && plain {
		return nil
	}
	a := &altSet{fold: folded}
	alts, ok := a.top(re)
	if !ok || len(alts) == 0 {
		return nil
	}
	a.alts = alts
	for _, alt := range alts {
		if alt.text == "" {
			return nil
		}
		a.long = max(a.long, len(alt.text))
	}
	return a
}

// literalFolds reports whether re holds literals matched case aside, and
// literals matched as they stand.
func literalFolds(re *syntax.Regexp) (folded, plain bool) {
	if re.Op == syntax.OpLiteral {
		return re.Flags&syntax.FoldCase != 0, re.Flags&syntax.FoldCase == 0
	}
	for _, sub := range re.Sub {
		f, p := literalFolds(sub)
		folded, plain = folded || f, plain || p
	}
	return folded, plain
}

// top expands an alternative of the whole expression: `\b`, texts, and
// perhaps `\b`.
func (a *altSet) top(re *syntax.Regexp) ([]altText, bool) {
	switch re.Op {
	case syntax.OpCapture:
		return a.top(re.Sub[0])
	case syntax.OpAlternate:
		var out []altText
		for _, sub := range re.Sub {
			alts, ok := a.top(sub)
			if !ok || len(out)+len(alts) > maxAlts {
				return nil, false
			}
			out = append(out, alts...)
		}
		return out, true
	case syntax.OpConcat:
		subs := re.Sub
		if len(subs) < 2 || subs[0].Op != syntax.OpWordBoundary {
			return nil, false
		}
		subs = subs[1:]
		boundary := subs[len(subs)-1].Op == syntax.OpWordBoundary
		if boundary {
			subs = subs[:len(subs)-1]
		}
		texts, ok := a.concat(subs)
		if !ok {
			return nil, false
		}
		out := make([]altText, len(texts))
		for i, t := range texts {
			out[i] = altText{t, boundary}
		}
		return out, true
	}
	return nil, false
}

// concat expands a concatenation, in regexp's order of preference.
func (a *altSet) concat(subs []*syntax.Regexp) ([]string, bool) {
	out := []string{""}
	for _, sub := range subs {
		texts, ok := a.expand(sub)
		if !ok || len(out)*len(texts) > maxAlts {
			return nil, false
		}
		var joined []string
		for _, x := range out {
			for _, y := range texts {
				joined = append(joined, x+y)
			}
		}
		out = joined
	}
	return out, true
}

// expand returns the texts re matches, in regexp's order of preference.
func (a *altSet) expand(re *syntax.Regexp) ([]string, bool) {
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if fold != a.fold {
			return nil, false
		}
		var b strings.Builder
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return nil, false
			}
			if a.fold {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
		}
		return []string{b.String()}, true
	case syntax.OpCharClass:
		// Non-ASCII runes are left out: a text with one within reach
		// goes to regexp (matchAt).
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], min(re.Rune[i+1], utf8.RuneSelf-1)
			if hi-lo > 8 {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				if a.fold {
					// a folded text stands for both cases: the class must
					// hold both ("[Tt]")
					if unicode.ToUpper(r) != r && !inClass(re.Rune, unicode.ToLower(r)) ||
						unicode.ToLower(r) != r && !inClass(re.Rune, unicode.ToUpper(r)) {
						return nil, false
					}
					r = unicode.ToLower(r)
				}
				if t := string(r); !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
		}
		if len(out) > 8 {
			return nil, false
		}
		return out, true
	case syntax.OpCapture:
		return a.expand(re.Sub[0])
	case syntax.OpQuest:
		texts, ok := a.expand(re.Sub[0])
		if !ok {
			return nil, false
		}
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]string{""}, texts...), true
		}
		return append(texts, ""), true
	case syntax.OpConcat:
		return a.concat(re.Sub)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			texts, ok := a.expand(sub)
			if !ok || len(out)+len(texts) > maxAlts {
				return nil, false
			}
			out = append(out, texts...)
		}
		return out, true
	}
	return nil, false
}

// inClass reports whether the class ranges hold r.
func inClass(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if r >= ranges[i] && r <= ranges[i+1] {
			return true
		}
	}
	return false
}

// matchAt returns the end of the match that starts at p in s, -1 when
// none does, or false when only regexp can tell: a text with a non-ASCII
// byte within reach ("ſ" is an "s" to (?i), and the texts leave out the
// non-ASCII runes of classes). p is a word's start.
func (a *altSet) matchAt(s string, p int) (int, bool) {
	reach := s[p:min(len(s), p+a.long)]
	if !IsASCII(reach) {
		return -1, false
	}
	for _, alt := range a.alts {
		t := alt.text
		if len(t) > len(reach) || !a.opens(reach, t) {
			continue
		}
		e := p + len(t)
		if alt.boundary && (e < len(s) && wordByteTable[s[e]]) == wordByteTable[s[e-1]] {
			continue // no `\b` after the text
		}
		return e, true
	}
	return -1, true
}

// opens reports whether s opens with t, ASCII case aside when folding.
func (a *altSet) opens(s, t string) bool {
	if !a.fold {
		return strings.HasPrefix(s, t)
	}
	return HasLowerPrefix(s, t)
}

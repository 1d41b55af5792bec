package textmatch

// How a needs is read from an expression's syntax tree: a formula of the
// texts every match holds, joined by and and or, in the manner of RE2's
// prefilter (re2/prefilter.cc): a part that matches a few texts is
// followed as those texts, joined to its neighbours' (a literal, a small
// class, an alternation of them); a larger part as what each of its
// matches holds.

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// need is a node of the formula: an atom (op needAtom) that needs text,
// or all or any of subs. A nil *need holds for every text.
type need struct {
	op   needOp
	text string
	subs []*need
}

type needOp uint8

const (
	needAtom needOp = iota
	needAll
	needAny
)

const (
	// maxExact bounds the texts a part of the expression is followed as
	// (RE2's bound).
	maxExact = 16
	// minAtom is the shortest text looked for: a part that may match a
	// shorter one needs nothing.
	minAtom = 2
)

// String writes the formula: atoms quoted, "&" and "|" in parentheses.
func (nd *need) String() string {
	if nd == nil {
		return "true"
	}
	if nd.op == needAtom {
		return `"` + nd.text + `"`
	}
	sep := " & "
	if nd.op == needAny {
		sep = " | "
	}
	parts := make([]string, len(nd.subs))
	for i, sub := range nd.subs {
		parts[i] = sub.String()
	}
	return "(" + strings.Join(parts, sep) + ")"
}

// needInfo is what the builder knows of a part of the expression: the
// texts it matches, when they are few (known, exact); else what each of
// its matches holds (match, nil when nothing), and texts one of which
// each match begins with (lead) and ends with (tail), {""} when none is
// known. Go's parser factors alternatives ("fy|fiscal" is
// "f(?:y|iscal)"), so that a text is often cut over several parts: lead
// and tail join them again.
type needInfo struct {
	exact      []string
	known      bool
	lead, tail []string
	match      *need
}

// exactInfo is the info of a part that matches the texts given.
func exactInfo(texts ...string) needInfo {
	return needInfo{exact: texts, known: true, lead: texts, tail: texts}
}

// anyInfo is the info of a part that may match anything.
func anyInfo() needInfo { return needInfo{lead: []string{""}, tail: []string{""}} }

// needBuilder reads a Needs formula from a syntax tree.
type needBuilder struct {
	fold  bool   // ASCII case aside: texts are lower-cased
	twins []rune // non-ASCII runes that folding matches with a letter of a text
}

// info returns what the builder knows of re.
func (b *needBuilder) info(re *syntax.Regexp) needInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactInfo("")
	case syntax.OpLiteral:
		return b.literalInfo(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		return b.classInfo(re.Rune)
	case syntax.OpCapture:
		return b.info(re.Sub[0])
	case syntax.OpQuest:
		sub := b.info(re.Sub[0])
		if sub.known {
			return exactInfo(union(sub.exact, []string{""})...)
		}
		return needInfo{lead: union(sub.lead, []string{""}), tail: union(sub.tail, []string{""})}
	case syntax.OpPlus:
		return b.repeat(b.info(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min > 0 {
			return b.repeat(b.info(re.Sub[0]))
		}
	case syntax.OpConcat:
		out := exactInfo("")
		for _, sub := range re.Sub {
			out = b.concat(out, b.info(sub))
		}
		return out
	case syntax.OpAlternate:
		return b.alternate(re.Sub)
	}
	return anyInfo() // any character, a repetition that may be empty
}

// repeat is the info of one or more of sub.
func (b *needBuilder) repeat(sub needInfo) needInfo {
	return needInfo{match: b.toMatch(sub), lead: sub.lead, tail: sub.tail}
}

// literalInfo is the info of a literal: its text, lower-cased when
// folding. A letter that folding matches with a non-ASCII rune too ("ſ"
// for "s", "K" for "k") stays in the text, and the rune goes to twins;
// a non-ASCII rune that folds cuts the text ("(?i)café" is "caf", then
// anything).
func (b *needBuilder) literalInfo(runes []rune, folded bool) needInfo {
	out := exactInfo("")
	var run strings.Builder
	for _, r := range runes {
		if folded && r >= utf8.RuneSelf {
			out = b.concat(b.concat(out, exactInfo(run.String())), anyInfo())
			run.Reset()
			continue
		}
		if folded {
			for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
				if c >= utf8.RuneSelf && !slices.Contains(b.twins, c) {
					b.twins = append(b.twins, c)
				}
			}
		}
		if b.fold && r < utf8.RuneSelf {
			r = rune(lowerByte(byte(r)))
		}
		run.WriteRune(r)
	}
	return b.concat(out, exactInfo(run.String()))
}

// classInfo is the texts of a small class of ASCII characters.
func (b *needBuilder) classInfo(ranges []rune) needInfo {
	var texts []string
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1] >= utf8.RuneSelf || ranges[i+1]-ranges[i] >= 4 {
			return anyInfo()
		}
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			t := string(r)
			if b.fold {
				t = string(lowerByte(byte(r)))
			}
			texts = union(texts, []string{t})
		}
	}
	if len(texts) > 4 {
		return anyInfo()
	}
	return exactInfo(texts...)
}

// concat is the info of x followed by y: their texts joined when both
// are known and few; else what each needs, and the texts where x's end
// meets y's beginning.
func (b *needBuilder) concat(x, y needInfo) needInfo {
	if x.known && y.known {
		if joined, ok := cross(x.exact, y.exact); ok {
			return exactInfo(joined...)
		}
	}
	out := needInfo{lead: x.lead, tail: y.tail}
	if x.known {
		if lead, ok := cross(x.exact, y.lead); ok {
			out.lead = lead
		}
	}
	if y.known {
		if tail, ok := cross(x.tail, y.exact); ok {
			out.tail = tail
		}
	}
	out.match = allOf(b.toMatch(x), b.toMatch(y))
	if seam, ok := cross(x.tail, y.lead); ok {
		out.match = allOf(out.match, b.toMatch(exactInfo(seam...)))
	}
	return out
}

// cross returns each of xs followed by each of ys, or false when they
// are more than maxExact.
func cross(xs, ys []string) ([]string, bool) {
	if len(xs)*len(ys) > maxExact {
		return nil, false
	}
	var out []string
	for _, x := range xs {
		for _, y := range ys {
			out = union(out, []string{x + y})
		}
	}
	return out, true
}

// union returns xs with the texts of ys it lacks.
func union(xs, ys []string) []string {
	out := slices.Clone(xs)
	for _, y := range ys {
		if !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// alternate is the info of the alternatives subs.
func (b *needBuilder) alternate(subs []*syntax.Regexp) needInfo {
	infos := make([]needInfo, len(subs))
	known := true
	var exact, lead, tail []string
	for i, sub := range subs {
		infos[i] = b.info(sub)
		known = known && infos[i].known
		exact = union(exact, infos[i].exact)
		lead, tail = union(lead, infos[i].lead), union(tail, infos[i].tail)
	}
	if known && len(exact) <= maxExact {
		return exactInfo(exact...)
	}
	out := anyInfo()
	if len(lead) <= maxExact {
		out.lead = lead
	}
	if len(tail) <= maxExact {
		out.tail = tail
	}
	for i, in := range infos {
		m := b.toMatch(in)
		if m == nil {
			out.match = nil
			break
		}
		if i == 0 {
			out.match = m
		} else {
			out.match = anyOf(out.match, m)
		}
	}
	return out
}

// toMatch returns what every text of in holds: one of its texts, when
// they are known (those holding another of them left out), else its
// formula.
func (b *needBuilder) toMatch(in needInfo) *need {
	if !in.known {
		return in.match
	}
	var texts []string
	for _, t := range in.exact {
		if len(t) < minAtom {
			return nil
		}
		if !slices.ContainsFunc(in.exact, func(u string) bool { return u != t && strings.Contains(t, u) }) {
			texts = append(texts, t)
		}
	}
	var out *need
	for i, t := range texts {
		a := &need{op: needAtom, text: t}
		if i == 0 {
			out = a
		} else {
			out = anyOf(out, a)
		}
	}
	return out
}

// allOf is x and y; nil (nothing needed) drops out.
func allOf(x, y *need) *need {
	switch {
	case x == nil:
		return y
	case y == nil:
		return x
	}
	return joined(needAll, append(x.flat(needAll), y.flat(needAll)...))
}

// anyOf is x or y; nil (nothing needed) makes the whole nil.
func anyOf(x, y *need) *need {
	if x == nil || y == nil {
		return nil
	}
	return joined(needAny, append(x.flat(needAny), y.flat(needAny)...))
}

// joined returns subs joined by op, without the subs that others imply:
// repeats, and in an and the atoms another holds ("ca" beside "cal"), in
// an or those that hold another ("same" beside "sam").
func joined(op needOp, subs []*need) *need {
	var out []*need
	for i, nd := range subs {
		implied := slices.ContainsFunc(subs[:i], func(o *need) bool { return o.String() == nd.String() })
		for _, o := range subs {
			if nd.op != needAtom || o.op != needAtom || o.text == nd.text {
				continue
			}
			if op == needAll && strings.Contains(o.text, nd.text) || op == needAny && strings.Contains(nd.text, o.text) {
				implied = true
			}
		}
		if !implied {
			out = append(out, nd)
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	return &need{op: op, subs: out}
}

// flat returns nd's subs when it is of op, else nd alone.
func (nd *need) flat(op needOp) []*need {
	if nd.op == op {
		return slices.Clone(nd.subs)
	}
	return []*need{nd}
}

// unfactor undoes the parser's factoring of alternatives ("fy|fiscal"
// parses as "f(?:y|iscal)"): a literal followed by alternatives becomes
// the alternatives each led by the literal, so that its text stays whole.
func unfactor(re *syntax.Regexp) *syntax.Regexp {
	for i, sub := range re.Sub {
		re.Sub[i] = unfactor(sub)
	}
	if re.Op != syntax.OpConcat {
		return re
	}
	var subs []*syntax.Regexp
	for i := 0; i < len(re.Sub); i++ {
		lit := re.Sub[i]
		if lit.Op != syntax.OpLiteral || i+1 == len(re.Sub) || re.Sub[i+1].Op != syntax.OpAlternate {
			subs = append(subs, lit)
			continue
		}
		i++
		alt := &syntax.Regexp{Op: syntax.OpAlternate, Flags: re.Sub[i].Flags}
		for _, a := range re.Sub[i].Sub {
			led := &syntax.Regexp{Op: syntax.OpConcat, Flags: a.Flags, Sub: []*syntax.Regexp{lit}}
			if a.Op == syntax.OpConcat {
				led.Sub = append(led.Sub, a.Sub...)
			} else {
				led.Sub = append(led.Sub, a)
			}
			alt.Sub = append(alt.Sub, unfactor(led))
		}
		subs = append(subs, alt)
	}
	if len(subs) == 1 {
		return subs[0]
	}
	re.Sub = subs
	return re
}

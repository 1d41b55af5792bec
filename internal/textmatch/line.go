package textmatch

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

// Line is a regular expression read against one line of a cable (a
// text without a newline). Before the search it looks at what the
// expression's syntax tree says every match needs, so that a line of
// prose is turned away without running the expression:
//
//   - for an expression anchored at the line's start (^), the byte the
//     match may begin with after the blanks it lets open the line
//     ("^[ \t]*PAGE" needs a P);
//   - for one anchored at the end ($), the byte the match may end with
//     before the run it lets close the line ("OF 004" ends in a digit; a
//     signature in capitals before its "#" and quotes);
//   - for one anchored at both ends, the longest line it may match, the
//     blanks at either end aside;
//   - the texts one of which every match holds (needs.go: "SECTION ... OF"
//     needs "OF" or "SECTION").
//
// Nothing of it is typed by hand: a line the quick tests let through is
// searched by regexp, whose results Line gives; the harness holds every
// Line to regexp on real and random lines.
type Line struct {
	expr string
	once sync.Once
	*compiledLine
}

type compiledLine struct {
	re *regexp.Regexp
	// lead and trail hold the bytes of the runs the expression lets open
	// and close the line ([ \t]* after ^ and before $); first what the
	// match may begin with after the opening run; checkFirst whether to
	// look at it.
	lead, trail [utf8.RuneSelf]bool
	first       firstSet
	checkFirst  bool
	// last is what the match may end with before the blanks that close
	// the line, for an expression anchored at the end; checkLast whether
	// to look at it.
	last      firstSet
	checkLast bool
	// maxCore is the longest text the expression matches between its
	// opening and closing blanks, or -1 when it is not anchored at both
	// ends or has no bound.
	maxCore int
	needs   *needs
}

// lineRegistry lists every Line made, for the harness.
var lineRegistry []*Line

// NewLine returns expr as a Line, compiled when first used.
func NewLine(expr string) *Line {
	l := &Line{expr: expr}
	lineRegistry = append(lineRegistry, l)
	return l
}

func (l *Line) ready() { l.once.Do(l.compile) }

func (l *Line) compile() {
	c := &compiledLine{re: regexp.MustCompile(l.expr), maxCore: -1}
	l.compiledLine = c
	tree, err := syntax.Parse(l.expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	tree = tree.Simplify()
	if tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	c.needs = newNeeds(l.expr)
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 {
		return // not anchored: only the needed texts are looked for
	}
	subs := tree.Sub
	startAnchored := subs[0].Op == syntax.OpBeginText
	endAnchored := subs[len(subs)-1].Op == syntax.OpEndText
	if startAnchored {
		subs = subs[1:]
		if len(subs) > 0 && asciiRun(subs[0], &c.lead) {
			subs = subs[1:]
		}
	}
	if endAnchored {
		subs = subs[:len(subs)-1]
		if len(subs) > 0 && asciiRun(subs[len(subs)-1], &c.trail) {
			subs = subs[:len(subs)-1]
		}
	}
	core := &syntax.Regexp{Op: syntax.OpConcat, Sub: subs, Flags: tree.Flags}
	if startAnchored {
		c.checkFirst = !c.first.add(core)
		for b := range c.lead {
			if c.lead[b] && c.first.ascii[b] {
				c.checkFirst = false // the match may begin with a byte the opening run may leave
			}
		}
	}
	if startAnchored && endAnchored {
		c.maxCore = maxLen(core, false)
	}
	if endAnchored {
		c.checkLast = !addLast(&c.last, core)
		for b := range c.trail {
			if c.trail[b] && c.last.ascii[b] {
				c.checkLast = false // the match may end with a byte the closing run may leave
			}
		}
	}
}

// asciiRun reports whether re is a run of ASCII bytes of one class that
// may be empty or not ([ \t]*, [ #"]*, \s+), and sets its bytes in set.
func asciiRun(re *syntax.Regexp, set *[utf8.RuneSelf]bool) bool {
	if re.Op != syntax.OpStar && re.Op != syntax.OpPlus || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	cls := re.Sub[0].Rune
	var bytes [utf8.RuneSelf]bool
	for i := 0; i+1 < len(cls); i += 2 {
		if cls[i+1] >= utf8.RuneSelf {
			return false
		}
		for r := cls[i]; r <= cls[i+1]; r++ {
			bytes[r] = true
		}
	}
	*set = bytes
	return true
}

// addLast is firstSet.add read from the end: it adds what a match of re
// may end with and reports whether re matches the empty string.
func addLast(f *firstSet, re *syntax.Regexp) (nullable bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		return f.add(&syntax.Regexp{Op: syntax.OpLiteral, Rune: re.Rune[len(re.Rune)-1:], Flags: re.Flags})
	case syntax.OpCapture, syntax.OpPlus:
		return addLast(f, re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		addLast(f, re.Sub[0])
		return true
	case syntax.OpRepeat:
		return addLast(f, re.Sub[0]) || re.Min == 0
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			if !addLast(f, re.Sub[i]) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if addLast(f, sub) {
				nullable = true
			}
		}
		return nullable
	}
	return f.add(re) // a class, any character, an empty-width assertion: the same from either end
}

// mayMatch reports whether the quick tests let s through.
func (c *compiledLine) mayMatch(s string) bool {
	i, j := 0, len(s)
	for i < j && s[i] < utf8.RuneSelf && c.lead[s[i]] {
		i++
	}
	if c.maxCore >= 0 || c.checkLast {
		for j > i && s[j-1] < utf8.RuneSelf && c.trail[s[j-1]] {
			j--
		}
		if c.maxCore >= 0 && j-i > c.maxCore {
			return false
		}
		if c.checkLast && (j == 0 || s[j-1] < utf8.RuneSelf && !c.last.ascii[s[j-1]]) {
			return false // the match's last byte comes before the closing blanks
		}
	}
	if c.checkFirst && (i == len(s) || s[i] < utf8.RuneSelf && !c.first.ascii[s[i]]) {
		return false // the match's first byte comes after the opening blanks
	}
	return c.needs == nil || c.needs.mayMatch(s)
}

// MatchString reports whether the line s holds a match.
func (l *Line) MatchString(s string) bool {
	l.ready()
	return l.mayMatch(s) && l.re.MatchString(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch on the line s.
func (l *Line) FindStringSubmatch(s string) []string {
	l.ready()
	if !l.mayMatch(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}

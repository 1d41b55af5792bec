package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/lazyre"
)

var (
	// paraStartRE matches the start of a numbered paragraph: "1. (C)",
	// "¶2. (SBU)", "3.(U)", "14.In 2002", "1. C)".
	paraStartRE = lineRE{starts: "0123456789", Regexp: lazyre.New(`^[ \t]*¶?[ \t]*(\d{1,3})(?:[ \t]*\.(?:[ \t]+|$|([(A-Za-z"'“]))|[ \t]+(\((?:U|C|S|SBU|LOU|S/NF|C/NF|SBU/NF)\)))`)}
	// markingRE reads the portion marking after the number.
	markingRE = lazyre.New(`^(?:\(([A-Za-z]{1,4}(?:[ \t]*/{1,2}[ \t]*[A-Za-z]{1,6}(?:[ \t][A-Za-z, ]+)?)?)(?:[ \t]*-?[ \t]*ENTIRE[ \t]+TEXT)?\)\.?[ \t]*|([A-Z]{1,3}(?:/[A-Z]{1,4})?)\)[ \t]*)`)
	// proseMarkingRE reads the older "1. CONFIDENTIAL - ENTIRE TEXT." form.
	proseMarkingRE = lazyre.New(`^(UNCLASSIFIED|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET)\b`)
	markingFirstRE = lazyre.New(`^(?:U|C|S|TS|SBU|LOU|FOUO|NF)(?:$|[ /\-])`)

	// pageMarkerRE matches a page marker of newer cables:
	// "ABUJA 00001907 002 OF 004", "STATE 00000284  001.2 OF 002".
	pageMarkerRE = lazyre.New(`^[ \t]*[A-Za-z][A-Za-z .'\-]{1,30}?[ \t]+\d{4,8}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{2,3}[ \t]*$`)
	// oldPageRE matches a page line of older cables:
	// "PAGE 02        ROME  03067  211833Z".
	oldPageRE    = lazyre.New(`^[ \t]*PAGE[ \t]+\d{2,3}[ \t]+.*\b\d{6}Z[ \t]*$`)
	sectionRE    = lazyre.New(`^[ \t]*SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}[ \t]*$`)
	sipdisOnlyRE = lazyre.New(`(?i)^[ \t]*(?:SIPDIS[ \t,.]*)+$`)
	endMarkRE    = lazyre.New(`^[ \t]*(?:BT|NNNN|#|YYY|ZZZZ)[ \t]*$`)
)

// isMarkerLine reports whether a line is transmission furniture rather
// than text: a page or section marker, a lone SIPDIS, an end marker.
func isMarkerLine(t string) bool {
	// Cheap tests first: most lines are prose.
	switch {
	case len(t) <= 6 && endMarkRE.MatchString(t):
		return true
	case endsWithDigit(t) && strings.Contains(t, " OF ") && (pageMarkerRE.MatchString(t) || sectionRE.MatchString(t)):
		return true
	case strings.HasPrefix(strings.TrimSpace(t), "PAGE") && oldPageRE.MatchString(t):
		return true
	case len(t) < 40 && (strings.Contains(t, "SIPDIS") || strings.Contains(t, "ipdis")) && sipdisOnlyRE.MatchString(t):
		return true
	}
	return false
}

// dropMarkers removes marker lines, repeated classification lines (at
// the start of each section, before a page marker) and a classification
// level alone on a line next to a page marker.
func dropMarkers(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if isMarkerLine(t) || isRepeatedClassLine(t) {
			continue
		}
		if mayBeLevelOnly(t) && (nextIsPage(lines, i+1, 1) || nextIsPage(lines, i-1, -1)) && levelOnlyRE.MatchString(t) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// endsWithDigit reports whether t ends with a digit before any spaces
// and tabs, as page and section markers do.
func endsWithDigit(t string) bool {
	t = trimBlanksRight(t)
	return t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9'
}

// mayBeLevelOnly is a cheap test before levelOnlyRE: a line that starts
// with an ASCII letter no level starts with (in any case), or an ASCII
// line holding anything but letters, spaces and tabs, is no level alone.
func mayBeLevelOnly(t string) bool {
	if l := t[skipBlanks(t, 0):]; l != "" && l[0] < utf8.RuneSelf && strings.IndexByte("ctsul", l[0]|0x20) < 0 {
		return false
	}
	letters := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return true // (?i) folds some non-ASCII letters: let the expression decide
		}
		if !isLetter(c) && c != ' ' && c != '\t' {
			return false
		}
		// No level has more letters than SENSITIVE BUT UNCLASSIFIED:
		// a longer ASCII line of words is prose.
		if isLetter(c) {
			if letters++; letters > len("SENSITIVEBUTUNCLASSIFIED") {
				return false
			}
		}
	}
	return true
}

// isRepeatedClassLine reports whether t is a whole classification line
// (as repeated at the top of each section of a long cable).
func isRepeatedClassLine(t string) bool {
	if t == "" || len(t) > 90 || !levelCouldStart(t, 0) || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	// Only a line starting at t[0] can qualify, and findClassLine would
	// return that one first: try offset 0 alone rather than every
	// offset of the line.
	lineEnd := strings.IndexByte(t, '\n')
	if lineEnd < 0 {
		lineEnd = len(t)
	}
	cl, ok := classLineAt(t, 0, lineEnd)
	return ok && strings.TrimSpace(strings.TrimRight(t[cl.end:], " \\")) == ""
}

// nextIsPage reports whether the first non-blank line from i, walking
// by step, is a page marker.
func nextIsPage(lines []string, i, step int) bool {
	for ; i >= 0 && i < len(lines); i += step {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		// Both kinds of page marker end in a digit or a Z ("211833Z"):
		// test that before the expressions.
		if c := t[len(t)-1]; !(c >= '0' && c <= '9' || c == 'Z') {
			return false
		}
		return pageMarkerRE.MatchString(t) || oldPageRE.MatchString(t)
	}
	return false
}

// paraStart reads the number, marking and the rest of the first line of
// a numbered paragraph.
func paraStart(l string) (num int, marking, rest string, ok bool) {
	// Most lines do not start with a number: skip the expression.
	if !digitAfterBlanks(l) {
		return 0, "", "", false
	}
	digits, at, ok := paraNumber(l)
	if !ok {
		return 0, "", "", false
	}
	num, rest = atoi(digits), l[at:]
	if mk, n, ok := shortMarking(rest); ok {
		// What markingRE reads from "(C) text", without running it.
		if mk = strings.ToUpper(mk); isMarkingWord(mk) {
			marking = mk
			rest = rest[n:]
		}
	} else if mm := markingRE.FindStringSubmatch(rest); mm != nil {
		mk := mm[1]
		if mk == "" {
			mk = mm[2]
		}
		mk = strings.ToUpper(strings.Join(strings.Fields(mk), " "))
		mk = strings.ReplaceAll(mk, " / ", "/")
		if markingFirstRE.MatchString(mk) {
			marking = mk
			rest = rest[len(mm[0]):]
		}
	} else if pm := proseMarkingRE.FindString(rest); pm != "" && strings.Contains(rest, "ENTIRE TEXT") {
		marking = map[string]string{"UNCLASSIFIED": "U", "LIMITED OFFICIAL USE": "LOU", "CONFIDENTIAL": "C", "SECRET": "S"}[pm]
	}
	return num, marking, rest, true
}

// isMarkingWord reports whether letters, upper case, are a marking:
// what markingFirstRE accepts of a word without other characters.
func isMarkingWord(letters string) bool {
	switch letters {
	case "U", "C", "S", "TS", "SBU", "LOU", "FOUO", "NF":
		return true
	}
	return false
}

// parenMarkings are the markings paraStartRE accepts after a paragraph
// number without a dot: "1 (S) text".
var parenMarkings = []string{"(U)", "(C)", "(S)", "(SBU)", "(LOU)", "(S/NF)", "(C/NF)", "(SBU/NF)"}

// paraNumber reads the number that opens a numbered paragraph as
// paraStartRE matches it, without the expression (paraStart runs on
// every line that starts with a digit): blanks, an optional ¶ and
// blanks, one to three digits, then either a dot followed by blanks,
// the line's end or the text's first character ((, a letter, a quote),
// or blanks and a marking in parentheses. It returns the digits and
// where the text after the number starts: after the blanks that follow
// the dot, or at that first character, or at the marking.
func paraNumber(l string) (digits string, at int, ok bool) {
	i := skipBlanks(l, 0)
	if strings.HasPrefix(l[i:], "¶") {
		i = skipBlanks(l, i+len("¶"))
	}
	start := i
	for i < len(l) && i-start < 4 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if n := i - start; n == 0 || n > 3 {
		return "", 0, false // \d{1,3} cannot be followed by a digit
	}
	digits = l[start:i]
	if j := skipBlanks(l, i); j < len(l) && l[j] == '.' {
		r := j + 1
		switch {
		case r == len(l):
			return digits, r, true
		case l[r] == ' ' || l[r] == '\t':
			return digits, skipBlanks(l, r), true
		case isLetter(l[r]) || l[r] == '(' || l[r] == '"' || l[r] == '\'' || strings.HasPrefix(l[r:], "“"):
			return digits, r, true
		}
	}
	if j := skipBlanks(l, i); j > i {
		for _, w := range parenMarkings {
			if strings.HasPrefix(l[j:], w) {
				return digits, j, true
			}
		}
	}
	return "", 0, false
}

// shortMarking reads the common form of a portion marking, one to four
// letters in parentheses ("(C) ", "(SBU). "), as markingRE would: the
// letters, and the length of the marking with a dot and blanks after
// it. ok is false for any other text, which is left to markingRE.
func shortMarking(s string) (letters string, n int, ok bool) {
	if s == "" || s[0] != '(' {
		return "", 0, false
	}
	k := 1
	for k < len(s) && k <= 5 && isLetter(s[k]) {
		k++
	}
	if k == 1 || k > 5 || k == len(s) || s[k] != ')' {
		return "", 0, false
	}
	n = k + 1
	if n < len(s) && s[n] == '.' {
		n++
	}
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return s[1:k], n, true
}

// digitAfterBlanks reports whether l starts with a digit after blanks,
// a ¶ and blanks (each optional), as every numbered paragraph does.
func digitAfterBlanks(l string) bool {
	i := skipBlanks(l, 0)
	if strings.HasPrefix(l[i:], "¶") {
		i = skipBlanks(l, i+len("¶"))
	}
	return i < len(l) && l[i] >= '0' && l[i] <= '9'
}

// skipBlanks returns the index of the first byte of l from i on that is
// neither a space nor a tab.
func skipBlanks(l string, i int) int {
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return i
}

// trimBlanksRight is strings.TrimRight(l, " \t") without building a
// character set on each call (it runs on every body line).
func trimBlanksRight(l string) string {
	i := len(l)
	for i > 0 && (l[i-1] == ' ' || l[i-1] == '\t') {
		i--
	}
	return l[:i]
}

// splitParagraphs splits the body text after the caption into
// paragraphs. A numbered paragraph starts at "N." with a portion marking,
// or at the number after the previous one; it runs over inner blank lines
// to the next numbered paragraph. Text outside numbered paragraphs is
// split at blank lines. Raw keeps the published lines (without the
// number and marking); Text is normalised.
func splitParagraphs(lines []string) []cablesql.Paragraph {
	var out []cablesql.Paragraph
	var cur *cablesql.Paragraph // the paragraph being read (&next), or nil
	var next cablesql.Paragraph // one variable for every paragraph: out gets copies
	var raw []string            // the current paragraph's lines; the array is reused
	flush := func() {
		if cur == nil {
			return
		}
		lines := raw
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
			lines = lines[:len(lines)-1]
		}
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		cur.Raw = strings.Join(lines, "\n")
		cur.Text = NormalizeText(cur.Raw)
		if cur.Text != "" || cur.Num > 0 {
			cur.Seq = len(out) + 1
			out = append(out, *cur)
		}
		cur, raw = nil, raw[:0]
	}
	marked := true // every numbered paragraph so far has a marking
	sub := 0       // the last item number of a list inside the paragraph
	for _, l := range lines {
		l = trimBlanksRight(l)
		if num, marking, rest, ok := paraStart(l); ok && !startsWithDigit(rest) {
			newPara := marking != "" || cur == nil || cur.Num == 0 ||
				num == cur.Num+1 && num != sub+1 && !(marked && cur.Num > 0)
			if newPara {
				flush()
				next = cablesql.Paragraph{Num: num, Marking: marking}
				cur = &next
				raw = append(raw[:0], strings.TrimLeft(rest, " \t"))
				// "1. CONFIDENTIAL - ENTIRE TEXT." marks the whole
				// cable: the paragraphs after it carry no marking.
				marked = marked && marking != "" && !containsUpper(l, "ENTIRE TEXT")
				sub = 0
				continue
			}
			// An item of a numbered list inside the paragraph.
			sub = num
		}
		if strings.TrimSpace(l) == "" {
			if cur != nil && cur.Num == 0 {
				flush()
			} else if cur != nil {
				raw = append(raw, "")
			}
			continue
		}
		if cur == nil {
			next = cablesql.Paragraph{}
			cur = &next
			if t := strings.TrimLeft(l, " \t"); markedParaRE.MatchString(t) {
				// "(C) The Ambassador spoke ...": a paragraph marked but not numbered
				k := strings.IndexByte(t, ')')
				next.Marking, l = t[1:k], strings.TrimLeft(t[k+1:], " \t")
			}
		}
		raw = append(raw, l)
	}
	flush()
	return out
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

var (
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
		if mayBeLevelOnly(t) && (nextIsPage(lines, i+1, 1) || nextIsPage(lines, i-1, -1)) && scan.LevelOnlyRE.MatchString(t) {
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
	if l := t[scan.SkipBlanks(t, 0):]; l != "" && l[0] < utf8.RuneSelf && strings.IndexByte("ctsul", l[0]|0x20) < 0 {
		return false
	}
	letters := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return true // (?i) folds some non-ASCII letters: let the expression decide
		}
		if !textmatch.IsLetter(c) && c != ' ' && c != '\t' {
			return false
		}
		// No level has more letters than SENSITIVE BUT UNCLASSIFIED:
		// a longer ASCII line of words is prose.
		if textmatch.IsLetter(c) {
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
	if t == "" || len(t) > 90 || !scan.LevelCouldStart(t, 0) || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	// Only a line starting at t[0] can qualify, and findClassLine would
	// return that one first: try offset 0 alone rather than every
	// offset of the line.
	lineEnd := strings.IndexByte(t, '\n')
	if lineEnd < 0 {
		lineEnd = len(t)
	}
	cl, ok := scan.ClassLineAt(t, 0, lineEnd)
	return ok && strings.TrimSpace(strings.TrimRight(t[cl.End:], " \\")) == ""
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
		if num, marking, rest, ok := scan.ParaStart(l); ok && !startsWithDigit(rest) {
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

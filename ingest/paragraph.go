package ingest

import (
	"regexp"
	"strings"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// The lines of transmission furniture, each a textmatch.Line: the quick
// tests that turn prose away before the search are read from the
// expressions, not typed beside them.
var (
	// pageMarkerRE matches a page marker of newer cables:
	// "ABUJA 00001907 002 OF 004", "STATE 00000284  001.2 OF 002".
	pageMarkerRE = textmatch.NewLine(`^[ \t]*[A-Za-z][A-Za-z .'\-]{1,30}?[ \t]+\d{4,8}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{2,3}[ \t]*$`)
	// oldPageRE matches a page line of older cables:
	// "PAGE 02        ROME  03067  211833Z".
	oldPageRE    = textmatch.NewLine(`^[ \t]*PAGE[ \t]+\d{2,3}[ \t]+.*\b\d{6}Z[ \t]*$`)
	sectionRE    = textmatch.NewLine(`^[ \t]*SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}[ \t]*$`)
	sipdisOnlyRE = textmatch.NewLine(`(?i)^[ \t]*(?:SIPDIS[ \t,.]*)+$`)
	endMarkRE    = textmatch.NewLine(`^[ \t]*(?:BT|NNNN|#|YYY|ZZZZ)[ \t]*$`)
)

// isMarkerLine reports whether a line is transmission furniture rather
// than text: a page or section marker, a lone SIPDIS, an end marker.
func isMarkerLine(t string) bool {
	return endMarkRE.MatchString(t) || pageMarkerRE.MatchString(t) || sectionRE.MatchString(t) ||
		oldPageRE.MatchString(t) || sipdisOnlyRE.MatchString(t)
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
		if scan.LevelOnlyRE.MatchString(t) && (nextIsPage(lines, i+1, 1) || nextIsPage(lines, i-1, -1)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isRepeatedClassLine reports whether t is a whole classification line
// (as repeated at the top of each section of a long cable).
func isRepeatedClassLine(t string) bool {
	if t == "" || len(t) > 90 || !scan.LevelCouldStart(t, 0) {
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
	for _, l := range splitRunInParagraphs(lines) {
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

// runInParaRE finds a numbered and marked paragraph run into the line
// before it, on pages that lost their line ends: "... with the U.S. 8. (U)
// The Assistant Secretary cleared this cable.", "END SUMMARY. WARM
// RECEPTION IN MOSCOW ---- 2. (C) The atmosphere ...". Submatch 1 is the
// number. runInAt reads it by hand (TestRunInAt holds the two together).
var runInParaRE = lazyre.New(`[ \t](\d{1,2})\.[ \t]{0,3}\((?:` + alternation(inlineMarkings) + `)\)[ \t]+[A-Z"]`)

// inlineMarkings are the portion markings that open a paragraph run into
// another line (runInParaRE, inlineParaRE).
var inlineMarkings = []string{"U", "C", "S", "SBU", "S/NF", "S//NF", "C/NF", "C//NF", "SBU/NF", "SBU//NF"}

// alternation returns words as the alternatives of an expression.
func alternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(quoted, "|")
}

// splitRunInParagraphs cuts a line where a marked paragraph numbered one
// more than the last one begun runs into it, so that splitParagraphs sees
// it open a line. Only the next number is cut at: "in 2. (C) form" after
// paragraph 5 is text.
func splitRunInParagraphs(lines []string) []string {
	var out []string // nil until a line is cut: most cables have no run-in paragraph
	last := 0
	for i, l := range lines {
		if num, marking, _, ok := scan.ParaStart(l); ok && marking != "" {
			last = num
		}
		for last > 0 {
			k := runInAt(l, last+1)
			if k < 0 {
				break
			}
			if out == nil {
				out = append(make([]string, 0, len(lines)+4), lines[:i]...)
			}
			out = append(out, l[:k])
			l, last = l[k:], last+1
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// runInAt returns where paragraph num starts run into l, as the first
// match of runInParaRE numbered num (at its digits), or -1. It looks only
// at each "(" of l: most lines have none or one.
func runInAt(l string, num int) int {
	for i := strings.IndexByte(l, '('); i >= 0; {
		if at, n := runInBefore(l, i); at >= 0 && n == num && runInMarking(l[i+1:]) {
			return at
		}
		k := strings.IndexByte(l[i+1:], '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return -1
}

// runInBefore reads what runInParaRE wants before the "(" at i: a blank,
// one or two digits, a dot and up to three blanks. It returns where the
// digits start and their number, or -1.
func runInBefore(l string, i int) (int, int) {
	j := i - 1
	for k := 0; k < 3 && j >= 0 && (l[j] == ' ' || l[j] == '\t'); k++ {
		j--
	}
	if j < 0 || l[j] != '.' {
		return -1, 0
	}
	end := j
	for j > 0 && end-j < 2 && textmatch.IsDigit(l[j-1]) {
		j--
	}
	if j == end || j == 0 || l[j-1] != ' ' && l[j-1] != '\t' {
		return -1, 0
	}
	return j, textmatch.Atoi(l[j:end])
}

// runInMarking reports whether s, after a "(", holds what runInParaRE
// wants there: a marking, ")", blanks and a capital or a quote.
func runInMarking(s string) bool {
	for _, mk := range inlineMarkings {
		if rest, ok := strings.CutPrefix(s, mk+")"); ok {
			t := strings.TrimLeft(rest, " \t")
			return len(t) < len(rest) && t != "" && (t[0] >= 'A' && t[0] <= 'Z' || t[0] == '"')
		}
	}
	return false
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// sentence is one sentence of a cable's body with the layout around it:
// the paragraph it sits in, the country heading in force and whether it
// opens a block of text.
type sentence struct {
	text      string   // as read: in mixed case even when written in capitals (see caseFold)
	orig      string   // as written
	para      int      // Seq of the paragraph
	heading   []string // candidates of the country heading in force; nil when none
	block     int      // index of the block (text between blank lines or headings)
	newBlock  bool     // first sentence of its block
	gap       int      // blank lines before the block, when newBlock
	reset     bool     // a numbered paragraph or a non-country heading starts here
	truncated bool     // the sentence stops without final punctuation at a block end
	caps      bool     // written all in capitals
	mentions  []mention
}

var (
	underlineRE = textmatch.NewLine(`^[/\-=_*~+.]{3,}$`)
	dashRE      = lazyre.New(`\s+\)\s+`)
	// inlineLabelRE opens a block with a label that names no country;
	// inlineHeadRE, one that may (inlineHeading). Both are Words, whose
	// automaton turns most blocks away within a few bytes, before regexp
	// (which first clears a bitmap as long as the block).
	inlineLabelRE = mustWordRE(`^(?:-{1,2}\s*[A-Z][^:.;]{1,60}?\s(?::|--?)\s|[A-Z][\w ]{1,40}:\s)`)
	inlineHeadRE  = mustWordRE(`^(?:-{1,2}\s*|\(\w{1,3}\)\s*|[A-Z][.)]\s+)?([A-Z][^:.;]{1,40}?)\s*(?::|\s--?)\s+`)
	// headerLineRE opens a block of the cable's header that the parser
	// leaves among the paragraphs: E.O., TAGS, SUBJECT, REF, Classified By.
	// strongHeaderRE opens a header field wherever it stands: some pages
	// repeat the header after the first paragraph.
	strongHeaderRE = textmatch.NewLine(`^(?:E\.?\s?O\.?\s*\d{4,5}|TAGS?:?\s+[A-Z]{2,6}\b|SUBJE?C?T?:|Classified [Bb]y:|CLASSIFIED BY:)`)
	headerLineRE   = textmatch.NewLine(`^(?:E\.?\s?O\.?\s*\d|TAGS?\b|SUBJE?C?T?:|SUBJECT\b|REFS?:|REF\b|Ref:|Classified [Bb]y|CLASSIFIED BY|Reasons?:?\s+1\.\d|SIPDIS|NOFORN|SENSITIVE\b|[A-Z][A-Z/ ,]* FOR:?\s)`)
)

// normalizeLines joins the lines of a block and repairs transmission
// artefacts the way the parser does for Paragraph.Text: runs of blanks
// become one space, a comma standing for an apostrophe an apostrophe, and
// " ) " standing for a dash a dash. The text is built in one copy.
func normalizeLines(lines []string) string {
	var b strings.Builder
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	b.Grow(size)
	for _, l := range lines {
		appendCollapsed(&b, l)
	}
	return repairMarks(textmatch.DropArtefacts(b.String()))
}

// repairMarks makes a comma standing for an apostrophe an apostrophe, and
// " ) " standing for a dash a dash, in single-spaced text.
func repairMarks(s string) string {
	s = commaApostrophes(s)
	if spacedParen(s) {
		s = dashRE.ReplaceAllString(s, " - ")
	}
	return s
}

// spacedParen reports whether s holds " ) ", looking only around its
// closing parentheses, which are rarer than spaces.
func spacedParen(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-1], ')')
		if k < 0 {
			return false
		}
		if i += k; s[i-1] == ' ' && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// collapseSpaces is strings.Join(strings.Fields(s), " ") in one copy.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	appendCollapsed(&b, s)
	return b.String()
}

// appendCollapsed appends the words of s (strings.Fields) to b, each after
// a space unless b is empty. Words parted by one ASCII space are copied
// as one run.
func appendCollapsed(b *strings.Builder, s string) {
	for i := 0; ; {
		for i < len(s) { // blanks
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
			} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				i += size
			} else {
				break
			}
		}
		if i == len(s) {
			return
		}
		start := i
		for i < len(s) { // words parted by single spaces
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					i++
				} else if c == ' ' && i+1 < len(s) && s[i+1] < utf8.RuneSelf && !asciiSpace[s[i+1]] {
					i += 2
				} else {
					break
				}
			} else if r, size := utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
				i += size
			} else {
				break
			}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:i])
	}
}

// asciiSpace tells the ASCII bytes that unicode.IsSpace holds.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// singleSpaced reports whether s is ASCII with words parted by single
// spaces and no space at either end: strings.Fields and Join would give
// it back unchanged.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// commaApostrophes replaces a comma standing for an apostrophe ("MTCR,s",
// "Georgia,s", "don,t") with the apostrophe, as apostropheRE describes.
func commaApostrophes(s string) string {
	var b []byte // a copy of s, made at the first change
	for i := 1; i+1 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-1], ',') // the next comma with a byte after it
		if k < 0 {
			break
		}
		if i += k; !textmatch.IsLetter(s[i-1]) {
			continue
		}
		rest := s[i+1:]
		n := 0
		switch {
		case strings.HasPrefix(rest, "ll") || strings.HasPrefix(rest, "re") || strings.HasPrefix(rest, "ve"):
			n = 2
		case len(rest) > 0 && strings.IndexByte("sStTd", rest[0]) >= 0:
			n = 1
		}
		if n == 0 || len(rest) > n && (textmatch.IsLetter(rest[n]) || textmatch.IsDigit(rest[n]) || rest[n] == '_') {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		b[i] = '\''
	}
	if b == nil {
		return s
	}
	return string(b)
}

// layout splits the cable's paragraphs into sentences, recognising
// country headings (a name alone on a line, underlined or not, or a name
// and a colon opening a block) and other headings, which end a section.
func layout(g *gazetteer, c *cablesql.Cable) []sentence {
	size := 0
	for _, p := range c.Paragraphs {
		size += len(p.Raw)
	}
	d := &docLayout{g: g, out: make([]sentence, 0, size/120+4)} // a sentence is about 150 bytes
	for _, p := range c.Paragraphs {
		d.paragraph(p)
	}
	return d.out
}

// docLayout is what layout carries from one paragraph to the next: the
// sentences so far, the heading in force and the number of blocks.
type docLayout struct {
	g        *gazetteer
	out      []sentence
	heading  []string
	block    int
	numbered bool // a numbered paragraph has been seen: header fields no longer start
}

// paraLayout is the state of one paragraph as its lines are read: the
// lines of the block being gathered and the blank lines before it.
type paraLayout struct {
	doc            *docLayout
	seq            int
	reset          bool // the next sentence starts a new section
	skipping       bool // inside the header's fields
	buf            []string
	gap            int // blank lines before the block in buf
	pendingGap     int // blank lines since the last block
	headingJustSet bool
}

// paragraph lays out the lines of p, one block of lines at a time.
func (d *docLayout) paragraph(p cablesql.Paragraph) {
	raw := p.Raw
	if strings.TrimSpace(raw) == "" {
		raw = p.Text
	}
	pl := &paraLayout{doc: d, seq: p.Seq, reset: p.Num > 0}
	if pl.reset {
		d.heading = nil
		d.numbered = true
	}
	lines := splitRunOnHeader(undoubleSpaced(strings.Split(dropAnchors(raw), "\n")))
	for i := 0; i < len(lines); i++ {
		pl.line(lines, i)
	}
	pl.flush()
}

// itemLetterRE is the letter that opens a lettered item of prose ("B. The
// police forces ..."), before the capital of its first word.
var itemLetterRE = lazyre.New(`^[A-Z]\.[ \t]+[A-Z]`)

// dropItemLetter removes the letter of a lettered item from the first line
// of a block. On a Cable Viewer page the letter follows a paragraph anchor
// ("¶B. The police forces"), which made the sentence splitter end a
// sentence "¶B." there; without the anchor ("B. The police forces", as
// other forms give it) the letter reads as an initial and joined the
// sentence.
func dropItemLetter(line string) string {
	if m := itemLetterRE.FindStringIndex(line); m != nil {
		return line[m[1]-1:]
	}
	return line
}

// dropAnchors removes the paragraph anchors (¶) of the Cable Viewer's
// pages from a paragraph's published lines ("¶C. Before departing"): a
// news site's copy has none (nor has any form of a cable published
// without them), and the layout of the lines must not depend on the form
// they came in. The normalised text (Paragraph.Text) has none either.
func dropAnchors(raw string) string {
	if !strings.Contains(raw, "¶") {
		return raw
	}
	return strings.ReplaceAll(raw, "¶", "")
}

// undoubleSpaced returns the lines of a paragraph published double-spaced
// (a blank line after each line of text, as some pages give them) as
// they were written: a single blank line after a line that a wrap ended
// mid-sentence is a line end, not a break. A paragraph is double-spaced
// when no two lines of text follow each other and two in three are of a
// wrap's width (40 to 90 bytes); lines that end a sentence keep their
// blank lines. Without it each line of such a paragraph was a block
// of its own, and its sentences broke at every line end.
func undoubleSpaced(lines []string) []string {
	text, wrapped, prevText := 0, 0, false
	for _, l := range lines {
		t := lineText(l)
		if t != "" && prevText {
			return lines // two lines of text in a row: not double-spaced (most paragraphs stop here)
		}
		if prevText = t != ""; prevText {
			text++
			if len(t) >= 40 && len(t) <= 90 {
				wrapped++
			}
		}
	}
	if text < 3 || wrapped*3 < text*2 {
		return lines // a memo's entries, paragraphs re-flowed onto one line each
	}
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if i > 0 && i+1 < len(lines) && lineText(l) == "" && lineText(lines[i+1]) != "" && wrappedLine(lines[i-1]) {
			continue // the blank line after a wrapped line (wrappedLine: a line of text)
		}
		out = append(out, l)
	}
	return out
}

// lineText returns a line's text without its blanks and a continuing " \".
func lineText(l string) string { return textmatch.DropContinuation(strings.TrimSpace(l)) }

// wrappedLine reports whether a line of text was ended by a wrap, not by
// its sentence: a long line whose last mark ends no sentence.
func wrappedLine(l string) bool {
	l = lineText(l)
	return len(l) >= 40 && !strings.ContainsRune(".!?:;\")”", rune(l[len(l)-1]))
}

// line reads lines[i]: a blank line or an underline ends the block, a
// header field is skipped, a heading alone on its line sets or ends the
// section, and anything else joins the block.
func (pl *paraLayout) line(lines []string, i int) {
	d := pl.doc
	line := lineText(lines[i])
	if line == "" {
		pl.flush()
		pl.pendingGap++
		pl.skipping = false
		return
	}
	if pl.skipping || len(pl.buf) == 0 && (!d.numbered && headerLineRE.MatchString(line) || strongHeaderRE.MatchString(line)) {
		pl.skipping = true // the header's fields, not prose
		return
	}
	if underlineRE.MatchString(line) {
		pl.flush()
		return
	}
	if len(pl.buf) > 0 && isBullet(line) {
		pl.flush() // "-- In May 2009, ..." on the line after another item
	}
	if len(pl.buf) == 0 {
		line = dropItemLetter(line)
	}
	if len(pl.buf) == 0 && pl.openBlock(lines, i, line) {
		return
	}
	pl.buf = append(pl.buf, line)
}

// maxHeading is the longest line read as a heading over an underline.
const maxHeading = 150

// openBlock starts a block with line, lines[i]: it reports whether the line
// is a heading alone on its line (or underlined), which sets the country
// heading or ends the section instead of joining the block.
func (pl *paraLayout) openBlock(lines []string, i int, line string) bool {
	d := pl.doc
	pl.gap, pl.pendingGap = pl.pendingGap, 0
	if pl.gap >= 2 && !pl.headingJustSet {
		// two blank lines and no heading: a re-publication that
		// lost the heading of a new section
		d.heading = nil
	}
	pl.headingJustSet = false
	next := ""
	if i+1 < len(lines) {
		next = strings.TrimSpace(lines[i+1])
	}
	// a heading is short: a paragraph that lost its line ends may run up
	// to the underline of the heading after it ("... END SUMMARY\n-----")
	underlined := underlineRE.MatchString(next) && len(line) <= maxHeading
	alone := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || underlined
	if !alone {
		return false
	}
	if h := countryHeading(d.g, line); h != nil {
		d.heading = h
		pl.headingJustSet = true
		return true
	}
	if underlined || isOtherHeading(line) {
		d.heading = nil
		pl.reset = true
		return true
	}
	return false
}

// leadLabelRE is the label that opens a cable's summary or comment
// paragraph: "Summary: ", "SUMMARY AND COMMENT: ", "Begin summary. ".
var leadLabelRE = mustWordRE(`^(?i:(?:begin\s+)?(?:summary|comment|summary\s+and\s+comment|background|introduction|overview)\s*(?::|\.|--?))\s+`)

// capsLabelEnd returns the end of a label in capitals that opens a
// paragraph written in mixed case, with its colon and the spaces after
// it ("SENEGALESE SUPPORT FOR U.S. POSITIONS: Post delivered"), or 0.
func capsLabelEnd(text string) int {
	k := strings.IndexByte(text, ':')
	if k < 4 || k > 90 || k+3 > len(text) || text[k+1] != ' ' {
		return 0
	}
	upper := 0
	for i := 0; i < k; i++ {
		switch c := text[i]; {
		case c >= 'a' && c <= 'z':
			return 0
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	rest := strings.TrimLeft(text[k+1:], " ")
	if upper < 4 || len(rest) < 2 || !isCapital(rest[0]) || rest[1] < 'a' || rest[1] > 'z' {
		return 0 // "SUBJECT: ..." in capitals, or a label over a line in capitals
	}
	return len(text) - len(rest)
}

// flush splits the block gathered in buf into sentences, after an inline
// heading that may open it, and appends them to the document's.
func (pl *paraLayout) flush() {
	if len(pl.buf) == 0 {
		return
	}
	d := pl.doc
	text := normalizeLines(pl.buf)
	pl.buf = pl.buf[:0]
	if h, rest := inlineHeading(d.g, text); h != nil {
		d.heading, text = h, rest
	} else if d.heading != nil && inlineLabelRE.MatchString(text) {
		d.heading = nil // "-- Arms Trade Treaty - ...": another topic
	}
	if loc := leadLabelRE.FindStringIndex(text); loc != nil {
		text = text[loc[1]:] // "Summary: During an initial meeting with ...": the label is no part of the sentence
	} else if k := capsLabelEnd(text); k > 0 {
		text = text[k:] // "SENEGALESE SUPPORT FOR U.S. POSITIONS: Post delivered ...": a topic's label, not the subject
	}
	caps := isCaps(text)
	sents := splitSentences(text)
	for i, s := range sents {
		sn := newSentence(d.g, s, caps, true)
		sn.para, sn.heading, sn.block, sn.newBlock = pl.seq, d.heading, d.block, i == 0
		if i == 0 {
			sn.gap, sn.reset = pl.gap, pl.reset
			pl.reset = false
		}
		if i == len(sents)-1 {
			sn.truncated = !endsSentence(s)
		}
		d.out = append(d.out, sn)
	}
	d.block++
}

// subjectSentence lays out the cable's subject line as a sentence: the
// officials it names with their titles ("CONVERSATION WITH SPANISH
// FOREIGN MINISTER MIGUEL ANGEL MORATINOS") are learnt from it, though no
// fact is read from it (a subject states a fact without its date, and
// again the first paragraph states it with one).
func subjectSentence(g *gazetteer, c *cablesql.Cable) (sentence, bool) {
	subj := strings.TrimSpace(c.Subject)
	if subj == "" {
		return sentence{}, false
	}
	return newSentence(g, subj, isCaps(subj), false), true
}

// newSentence returns text as a sentence with its mentions, read in mixed
// case when written in capitals (caps), with the names after titles when
// names is set (not a subject line's headline).
func newSentence(g *gazetteer, text string, caps, names bool) sentence {
	sn := sentence{text: text, orig: text, caps: caps, mentions: partyGroups(text, g.find(text, caps))}
	if caps {
		sn.text = caseFold(text, sn.mentions, names)
	}
	return sn
}

// runOnBodyRE finds the first numbered paragraph after a subject on one
// long line: "SUBJECT: TOUGH DAY ... COUNCIL 1.(SBU) Summary. All ...".
var runOnBodyRE = lazyre.New(`SUBJE?C?T?:[^\n]{0,300}?\s(1\.\s*(?:\([A-Z/]{1,5}\)\s*)?[A-Z])`)

// splitRunOnHeader cuts a line that holds the header's fields and then the
// cable's text (pages whose body lost its line ends) where the first
// numbered paragraph starts, so that the text is not skipped as header.
func splitRunOnHeader(lines []string) []string {
	for i, l := range lines {
		if len(l) < 500 {
			continue
		}
		m := runOnBodyRE.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		out := make([]string, 0, len(lines)+2)
		out = append(append(out, lines[:i]...), l[:m[2]], "", l[m[2]:])
		return append(out, splitRunOnHeader(lines[i+1:])...)
	}
	return lines
}

// isBullet reports whether a line opens an item of a list: "-- ", "- ",
// "* ", "o ", "• ".
func isBullet(line string) bool {
	for _, b := range []string{"-- ", "--", "- ", "* ", "o ", "• ", "· "} {
		if strings.HasPrefix(line, b) {
			return len(line) > len(b) && line[len(b)] != '-'
		}
	}
	return false
}

// enumeratorRE opens a heading with its letter or number: "A. ", "B) ",
// "(c) ", "IV. ", "2. ".
var enumeratorRE = lazyre.New(`^(?:\(?(?:[A-Za-z]|[IVXivx]{1,4}|\d{1,2})[.)]|\((?:[A-Za-z]|[IVXivx]{1,4}|\d{1,2})\))\s+`)

// countryHeading returns the candidates of a line that is nothing but a
// country's name ("Albania", "Congo, Republic of", "BOSNIA AND HERZEGOVINA:",
// "A. Ghana").
func countryHeading(g *gazetteer, line string) []string {
	line = strings.TrimRight(line, " :-–")
	if m := enumeratorRE.FindStringIndex(line); m != nil {
		line = line[m[1]:]
	}
	if len(line) > 60 || line == "" {
		return nil
	}
	ms := g.find(line, isCaps(line))
	if len(ms) != 1 || ms[0].kind != kindName || ms[0].isos[0] == "US" {
		return nil
	}
	if strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line[:ms[0].start], "The "), "the ")) != "" ||
		strings.TrimSpace(line[ms[0].end:]) != "" {
		return nil
	}
	return ms[0].isos
}

// inlineHeading recognises a block that opens with a country's name and a
// colon or dash ("Albania: In June 2009, ...", "-- KENYA: ...") and returns
// the country and the rest of the text.
func inlineHeading(g *gazetteer, text string) ([]string, string) {
	if !strings.ContainsAny(text[:min(len(text), 49)], ":-") {
		return nil, text // no colon or dash near the start: no heading
	}
	m := inlineHeadRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, text
	}
	h := countryHeading(g, text[m[2]:m[3]])
	if h == nil {
		return nil, text
	}
	return h, text[m[1]:]
}

// isOtherHeading reports whether a line standing alone is a heading that
// names no country: it ends with a colon, or it is a short line in capitals.
func isOtherHeading(line string) bool {
	if strings.HasSuffix(line, ":") && len(line) < 80 {
		return true
	}
	return len(line) < 60 && isCaps(line) && !strings.HasSuffix(line, ".")
}

// isCaps reports whether a text is written in capitals: hardly any
// lower-case letters among many letters.
func isCaps(s string) bool {
	upper, lower := 0, 0
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
			// the rest of s, all capitals, could not outweigh the
			// lower-case letters: mixed case, known before the end
			if lower*20 >= upper+len(s)-i {
				return false
			}
		case r < utf8.RuneSelf:
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 4 && lower*20 < upper
}

// endsSentence reports whether s ends with sentence-final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"')”’ `)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// abbreviations end with a period without ending the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "gen": true, "col": true,
	"lt": true, "amb": true, "sen": true, "rep": true, "gov": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "co": true, "corp": true, "ltd": true, "vs": true, "e.g": true, "i.e": true,
	"approx": true, "dept": true, "para": true, "ref": true, "adm": true, "maj": true, "capt": true, "u.s": true,
	"u.n": true, "u.k": true, "a.m": true, "p.m": true, "messrs": true, "prof": true, "sgt": true,
}

// sentenceStarters are words after which "U.S." ends a sentence.
var sentenceStarters = map[string]bool{"The": true, "In": true, "This": true, "It": true, "He": true,
	"She": true, "We": true, "They": true, "A": true, "An": true, "On": true, "At": true, "As": true,
	"From": true, "Since": true, "During": true, "Also": true}

// splitSentences splits normalised text into sentences.
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')') {
			j++
		}
		if j >= len(s) || s[j] != ' ' || j+1 >= len(s) {
			continue
		}
		next := s[j+1]
		if !(next >= 'A' && next <= 'Z' || next >= '0' && next <= '9' || next == '"' || next == '(') {
			continue
		}
		if c == '.' {
			w := lastWord(s[start:i])
			lw := strings.ToLower(w)
			if abbreviations[lw] || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
				if lw != "u.s" || !sentenceStarters[firstWord(s[j+1:])] {
					continue
				}
			}
		}
		out = append(out, strings.TrimSpace(s[start:j]))
		start = j + 1
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " (\"")
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		return s[:i]
	}
	return s
}

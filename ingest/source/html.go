package source

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cablesql/cablesql/ingest/internal/scan"
)

// maxHTMLFile bounds a cable page; the Cable Viewer pages are 40-200 KB,
// and a page's body can sit on one line (newlines are written &#x000A;).
const maxHTMLFile = 32 << 20

// readHTML reads a cable page: a WikiLeaks Cable Viewer page (metadata
// table and <pre> blocks), any page with the cable in <pre> blocks, or
// else a page holding the cable as text (a news site's story).
func readHTML(name string, r io.Reader, fn func(*Document, error) error) error {
	b, err := readBounded(r, maxHTMLFile, 0)
	if err != nil {
		return fn(nil, readError(name, err))
	}
	page := DecodeText(b)
	doc := htmlDocument(name, page)
	doc.SHA256 = digest(b)
	return fn(doc, nil)
}

// htmlDocument makes the document of a page.
func htmlDocument(name, page string) *Document {
	doc := &Document{Format: FormatHTML, Path: name, Line: 1}
	p := scanPage(page)
	if p.tableAt >= 0 {
		readCableTable(p.heads, p.cells, &doc.Meta)
		doc.Line = 1 + strings.Count(page[:p.tableAt], "\n")
	}
	if len(p.pres) == 0 {
		// No <pre>: the cable is the page's text.
		td := textDocument(name, pageText(page))
		if td.Format == FormatText && newsTitleRE.MatchString(p.title) {
			td.Format = FormatNewsSite
			td.Meta.Title = newsTitle(p.title)
		}
		td.Format = htmlFormat(td.Format)
		mergeMeta(&td.Meta, doc.Meta)
		return td
	}
	if doc.Line == 1 {
		doc.Line = 1 + strings.Count(page[:p.preAt], "\n")
	}
	blocks := p.pres
	switch {
	case len(blocks) >= 2:
		doc.Header = blocks[0]
		doc.Body = strings.Join(blocks[1:], "\n")
	case looksLikeHeaderOnly(blocks[0]):
		doc.Header = blocks[0]
	default:
		doc.Body = blocks[0]
	}
	return doc
}

// htmlFormat keeps "newssite" for a news story read from its page, and
// calls anything else read from a page html.
func htmlFormat(f string) string {
	if f == FormatNewsSite {
		return f
	}
	return FormatHTML
}

// pageParts are what a page's markup gives its document.
type pageParts struct {
	heads, cells []string // texts of the cable table's <th> and <td> cells
	tableAt      int      // byte offset of the cable table's tag; -1: none
	pres         []string // texts of the <pre> blocks (preText)
	preAt        int      // byte offset of the first <pre> tag
	title        string   // text of the first <title>, trimmed
}

// pageScan follows the tokens of a page into its pageParts. Elements
// may nest inside each other; a text token goes to every one open.
type pageScan struct {
	pageParts
	at         int              // byte offset of the current token
	tableDepth int              // tables open inside the cable table, itself included
	tableRead  bool             // the cable table was seen: later ones are not read
	cell       *strings.Builder // the <th> or <td> being read; nil outside cells
	cellIsHead bool             // cell is a <th>
	preDepth   int              // <pre> elements open
	pre        strings.Builder  // text of the <pre> block being read
	inTitle    bool             // inside the first <title>
	titleRead  bool             // the first <title> was seen
}

// scanPage reads the parts of a page with x/net/html's tokenizer, which
// splits markup as browsers do: the text of <script> and <style> is raw
// ("</pre>" in a script ends nothing), comments are skipped whole, a '>'
// in a quoted attribute ends no tag, a '<' that opens no tag is text
// (the "<<142612>>" over some cables), tag names are read in any case,
// and entities are decoded. An element left open ends with the page.
func scanPage(page string) pageParts {
	s := &pageScan{pageParts: pageParts{tableAt: -1, preAt: -1}}
	z := html.NewTokenizer(strings.NewReader(page))
	hidden := false // the coming text token is a script's or a style's
	for {
		tt := z.Next()
		n := len(z.Raw())
		switch tt {
		case html.ErrorToken: // io.EOF: a strings.Reader fails in no other way
			s.endCell()
			s.endPre()
			s.title = strings.TrimSpace(s.title)
			return s.pageParts
		case html.TextToken:
			if !hidden {
				s.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			a := tagAtom(z)
			hidden = hiddenText(a)
			s.startTag(a, z)
		case html.EndTagToken:
			s.endTag(tagAtom(z))
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			hidden = false
		}
		s.at += n
	}
}

// tagAtom returns the name of the current tag token as an atom (0 for a
// name HTML does not define). It reads the name from the raw tag, as the
// tokenizer does ("<" or "</", then up to a space, '/' or '>'): TagName
// would copy it, an allocation for each of a page's thousands of tags.
func tagAtom(z *html.Tokenizer) atom.Atom {
	raw := bytes.TrimPrefix(z.Raw()[1:], []byte("/"))
	var name [16]byte // longer than any element's name
	n := 0
	for _, c := range raw {
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return atom.Lookup(name[:n])
		}
		if n == len(name) {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		name[n] = c
		n++
	}
	return atom.Lookup(name[:n])
}

// hiddenText reports whether the raw text of an element is not shown:
// scripts, styles, and what browsers that run scripts leave out.
func hiddenText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Noembed, atom.Noframes:
		return true
	}
	return false
}

// text adds a text token to the elements open.
func (s *pageScan) text(b []byte) {
	if s.cell != nil {
		s.cell.Write(b)
	}
	if s.preDepth > 0 {
		s.pre.Write(b)
	}
	if s.inTitle {
		s.title += string(b)
	}
}

// startTag opens an element of the page's parts.
func (s *pageScan) startTag(a atom.Atom, z *html.Tokenizer) {
	switch a {
	case atom.Table:
		if s.tableDepth > 0 {
			s.tableDepth++
		} else if !s.tableRead && isCableTable(z) {
			s.tableDepth, s.tableRead, s.tableAt = 1, true, s.at
		}
	case atom.Tr:
		if s.tableDepth == 1 {
			s.endCell()
		}
	case atom.Th, atom.Td:
		if s.tableDepth == 1 { // cells of a table inside a cell are text of that cell
			s.endCell()
			s.cell, s.cellIsHead = new(strings.Builder), a == atom.Th
		}
	case atom.Pre:
		if s.preDepth == 0 && s.preAt < 0 {
			s.preAt = s.at
		}
		s.preDepth++
	case atom.Br:
		if s.preDepth > 0 {
			s.pre.WriteByte('\n')
		}
	case atom.Title:
		s.inTitle = !s.titleRead
		s.titleRead = true
	}
}

// endTag closes an element of the page's parts.
func (s *pageScan) endTag(a atom.Atom) {
	switch a {
	case atom.Table:
		if s.tableDepth > 0 {
			s.tableDepth--
			if s.tableDepth == 0 {
				s.endCell()
			}
		}
	case atom.Tr, atom.Th, atom.Td:
		if s.tableDepth == 1 {
			s.endCell()
		}
	case atom.Pre:
		if s.preDepth == 1 {
			s.endPre()
		} else if s.preDepth > 1 {
			s.preDepth--
		}
	case atom.Title:
		s.inTitle = false
	}
}

// endCell ends the cable table's cell being read, if any.
func (s *pageScan) endCell() {
	if s.cell == nil {
		return
	}
	t := strings.Join(strings.Fields(s.cell.String()), " ")
	if s.cellIsHead {
		s.heads = append(s.heads, t)
	} else {
		s.cells = append(s.cells, t)
	}
	s.cell = nil
}

// endPre ends the <pre> block being read, if any: the whole block, the
// <pre> elements inside it included.
func (s *pageScan) endPre() {
	if s.preDepth == 0 {
		return
	}
	s.pres = append(s.pres, preText(s.pre.String()))
	s.pre.Reset()
	s.preDepth = 0
}

// isCableTable reports whether the current <table> tag is the Cable
// Viewer's metadata table: class "cable" (in any case).
func isCableTable(z *html.Tokenizer) bool {
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if string(k) != "class" {
			continue
		}
		for _, c := range strings.Fields(string(v)) {
			if strings.EqualFold(c, "cable") {
				return true
			}
		}
	}
	return false
}

// readCableTable reads the Cable Viewer metadata table: header cells
// name the columns (Reference ID, Created, Released, Classification,
// Origin), data cells hold the values.
func readCableTable(heads, cells []string, m *Meta) {
	for i, v := range cells {
		col := ""
		if i < len(heads) {
			col = strings.ToLower(heads[i])
		}
		switch {
		case strings.Contains(col, "reference") || col == "" && i == 0:
			m.ID = v
		case strings.Contains(col, "created") || col == "" && i == 1:
			m.Created = isoStamp(v)
		case strings.Contains(col, "released") || col == "" && i == 2:
			m.Released = isoStamp(v)
		case strings.Contains(col, "classification") || col == "" && i == 3:
			m.Classification = v
		case strings.Contains(col, "origin") || col == "" && i == 4:
			m.Origin = v
		}
	}
}

// preText returns the text of a <pre> block, its tags dropped and its
// entities decoded by the tokenizer (&#x000A; newlines, &amp;, &#8217;):
// a carriage return an entity wrote ends a line too.
func preText(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// pageText returns the text of a page as a browser shows it, roughly:
// scripts, styles and comments dropped, block elements on their own
// lines, entities decoded.
func pageText(page string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(page))
	hidden := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return trimLines(b.String())
		case html.TextToken:
			if !hidden {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			a := tagAtom(z)
			if breaksLine(tt == html.EndTagToken, a) {
				b.WriteByte('\n')
			}
			hidden = tt != html.EndTagToken && hiddenText(a)
			continue
		}
		hidden = false
	}
}

// breaksLine reports whether a tag puts what follows on a line of its
// own: the opening or the end of a block element.
func breaksLine(end bool, a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Tr, atom.Pre, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	case atom.Br, atom.Hr:
		return !end
	case atom.Table, atom.Blockquote, atom.Title:
		return end
	}
	return false
}

// trimLines drops the spaces, tabs and carriage returns that end each
// line of s.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return strings.Join(lines, "\n")
}

// looksLikeHeaderOnly reports whether a lone <pre> block is a
// transmission header without the cable's text.
func looksLikeHeaderOnly(s string) bool {
	if _, ok := scan.FindClassLine(s, scan.HeaderSearchLimit); ok {
		return false
	}
	_, dtg := scan.FindDTG(s)
	return dtg && len(s) < 8000
}

// mergeMeta fills empty fields of m from n.
func mergeMeta(m *Meta, n Meta) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&m.ID, n.ID)
	fill(&m.Created, n.Created)
	fill(&m.Released, n.Released)
	fill(&m.Classification, n.Classification)
	fill(&m.Origin, n.Origin)
	fill(&m.Title, n.Title)
}

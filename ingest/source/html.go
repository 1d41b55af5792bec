package source

import (
	"html"
	"io"
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
)

// maxHTMLFile bounds a cable page; the Cable Viewer pages are 40-200 KB,
// and a page's body can sit on one line (newlines are written &#x000A;).
const maxHTMLFile = 32 << 20

var (
	cableTableRE = lazyre.New(`(?is)<table[^>]*class=["']?cable["']?[^>]*>(.*?)</table>`)
	thRE         = lazyre.New(`(?is)<th[^>]*>(.*?)</th>`)
	tdRE         = lazyre.New(`(?is)<td[^>]*>(.*?)</td>`)
	preRE        = lazyre.New(`(?is)<pre[^>]*>(.*?)</pre>`)
	tagRE        = lazyre.New(`(?s)<[^>]*>`)
	brRE         = lazyre.New(`(?i)<br\s*/?>`)
	titleTagRE   = lazyre.New(`(?is)<title[^>]*>(.*?)</title>`)
	scriptRE     = lazyre.New(`(?is)<(script|style|noscript)[^>]*>.*?</(?:script|style|noscript)>|<!--.*?-->`)
	blockTagRE   = lazyre.New(`(?i)<(?:br|/p|p|/div|div|/h\d|h\d|/li|li|/tr|tr|/table|/pre|pre|/blockquote|/title|hr)\b[^>]*>`)
)

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
	if m := cableTableRE.FindStringSubmatchIndex(page); m != nil {
		readCableTable(page[m[2]:m[3]], &doc.Meta)
		doc.Line = 1 + strings.Count(page[:m[0]], "\n")
	}
	pres := preRE.FindAllStringSubmatchIndex(page, -1)
	if len(pres) == 0 {
		// No <pre>: the cable is the page's text.
		text := pageText(page)
		title := ""
		if m := titleTagRE.FindStringSubmatch(page); m != nil {
			title = strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(m[1], "")))
		}
		td := textDocument(name, text)
		if td.Format == FormatText && newsTitleRE.MatchString(title) {
			td.Format = FormatNewsSite
			td.Meta.Title = newsTitle(title)
		}
		td.Format = htmlFormat(td.Format)
		mergeMeta(&td.Meta, doc.Meta)
		return td
	}
	if doc.Line == 1 {
		doc.Line = 1 + strings.Count(page[:pres[0][0]], "\n")
	}
	blocks := make([]string, len(pres))
	for i, m := range pres {
		blocks[i] = preText(page[m[2]:m[3]])
	}
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

// readCableTable reads the Cable Viewer metadata table: header cells
// name the columns (Reference ID, Created, Released, Classification,
// Origin), data cells hold the values.
func readCableTable(table string, m *Meta) {
	heads := thRE.FindAllStringSubmatch(table, -1)
	cells := tdRE.FindAllStringSubmatch(table, -1)
	for i, c := range cells {
		v := cellText(c[1])
		col := ""
		if i < len(heads) {
			col = strings.ToLower(cellText(heads[i][1]))
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

func cellText(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(s, ""))), " ")
}

// preText returns the text of a <pre> block: links and other tags
// removed, entities (&#x000A; newlines, &amp;, &#8217;) decoded.
func preText(s string) string {
	s = brRE.ReplaceAllString(s, "\n")
	s = tagRE.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// pageText returns the text of a page as a browser shows it, roughly:
// scripts and styles dropped, block elements on their own lines.
func pageText(page string) string {
	s := scriptRE.ReplaceAllString(page, "")
	s = blockTagRE.ReplaceAllString(s, "\n")
	s = tagRE.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	var out []string
	for _, l := range strings.Split(s, "\n") {
		out = append(out, strings.TrimRight(l, " \t\r"))
	}
	return strings.Join(out, "\n")
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

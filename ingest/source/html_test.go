package source

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestHTMLMarkup holds the page reader to markup that a regular
// expression misreads and a browser's tokenizer does not: raw text of
// scripts and styles, comments, quoted attributes holding '>', a '<'
// that opens no tag, unclosed elements at the end of the page.
func TestHTMLMarkup(t *testing.T) {
	table := func(id string) string {
		return "<table class='cable'><tr><th>Reference ID</th><th>Origin</th></tr>" +
			"<tr><td>" + id + "</td><td>Embassy Ankara</td></tr></table>"
	}
	tests := []struct {
		name, page       string
		id, header, body string
		line             int
	}{
		{"a script's text holds <pre> and </pre>",
			"<pre>HEAD</pre>\n<script>var s = \"<pre>fake</pre>\";</script>\n<pre>BODY</pre>",
			"", "HEAD", "BODY", 1},
		{"a script inside a <pre> holds </pre>",
			"<pre>A <script>document.write(\"</pre>\")</script>B</pre>", "", "", "A B", 1},
		{"a style holds <pre>",
			"<style>/* <pre>fake</pre> */ pre { color: red }</style><pre>BODY</pre>", "", "", "BODY", 1},
		{"a comment holds a fake cable table",
			"<!-- <table class='cable'><tr><td>09FAKE1</td></tr></table> -->\n" + table("02ANKARA8150") + "\n<pre>BODY</pre>",
			"02ANKARA8150", "", "BODY", 2},
		{"a comment holds a fake <pre>",
			"<!-- old layout: <pre>fake</pre> -->\n<pre>BODY</pre>", "", "", "BODY", 2},
		{"a comment holds '>' inside a <pre>",
			"<pre>A<!-- x > y -->B</pre>", "", "", "AB", 1},
		{"an attribute value holds '>'",
			"<pre>see <a href='/x' title='a > b'>ref A</a>.</pre>", "", "", "see ref A.", 1},
		{"a '<' that opens no tag stays text",
			"<pre><<142612>>&#x000A;2/22/2008 14:46 a < b</pre>", "", "", "<<142612>>\n2/22/2008 14:46 a < b", 1},
		{"upper-case tags",
			"<TABLE CLASS=\"CABLE\"><TR><TH>Reference ID</TH></TR><TR><TD>02ANKARA8150</TD></TR></TABLE>" +
				"<PRE>A<BR>B</PRE>",
			"02ANKARA8150", "", "A\nB", 1},
		{"a <pre> unclosed at the end of the page",
			"<html><body>\n<pre>BODY &amp; more", "", "", "BODY & more", 2},
		{"cells unclosed, and the table",
			"<html>\n<table class='cable'><tr><th>Reference ID<th>Origin<tr><td>02ANKARA8150<td>Embassy Ankara\n<pre>BODY</pre>",
			"02ANKARA8150", "", "BODY", 2},
		{"a table inside the cable table",
			"<table class='cable'><tr><th>Reference ID</th></tr><tr><td><table><tr><td>x</td></tr></table>02ANKARA8150</td></tr></table><pre>BODY</pre>",
			"x02ANKARA8150", "", "BODY", 1},
		{"entities and line ends",
			"<pre>A&#x000D;&#x000A;B&#13;C &lt;D&gt; &amp;amp; caf&eacute;</pre>", "", "", "A\nB\nC <D> &amp; café", 1},
	}
	for _, tt := range tests {
		d := htmlDocument("p.html", tt.page)
		if d.Meta.ID != tt.id || d.Header != tt.header || d.Body != tt.body || d.Line != tt.line {
			t.Errorf("%s:\n id %q, header %q, body %q, line %d\nwant %q, %q, %q, %d",
				tt.name, d.Meta.ID, d.Header, d.Body, d.Line, tt.id, tt.header, tt.body, tt.line)
		}
	}
}

// TestHTMLCableTable reads the Cable Viewer's metadata table: header
// cells name the columns; without them the columns go by position.
func TestHTMLCableTable(t *testing.T) {
	page := "<table class='other'><tr><th>Origin</th></tr><tr><td>not this</td></tr></table>\n" +
		"<table class='cable wide'><tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>" +
		"<tr><td><a href='/cable/2002/11/02ANKARA8150.html'>02ANKARA8150</a></td><td>2002-11-13 16:04</td>" +
		"<td>2011-08-30 01:44</td><td>UNCLASSIFIED</td><td><a href='/origin/1.html'>Embassy\n  Ankara</a></td></tr></table>" +
		"<table class='cable'><tr><td>later</td></tr></table><pre>BODY</pre>"
	d := htmlDocument("p.html", page)
	want := Meta{ID: "02ANKARA8150", Created: "2002-11-13T16:04", Released: "2011-08-30T01:44",
		Classification: "UNCLASSIFIED", Origin: "Embassy Ankara"}
	if d.Meta.ID != want.ID || d.Meta.Created != want.Created || d.Meta.Released != want.Released ||
		d.Meta.Classification != want.Classification || d.Meta.Origin != want.Origin || d.Line != 2 {
		t.Errorf("with header cells: %+v, line %d; want %+v, line 2", d.Meta, d.Line, want)
	}
	d = htmlDocument("p.html", "<table class=cable><tr><td>02ANKARA8150</td><td>2002-11-13 16:04</td></tr></table><pre>BODY</pre>")
	if d.Meta.ID != "02ANKARA8150" || d.Meta.Created != "2002-11-13T16:04" {
		t.Errorf("without header cells: %+v", d.Meta)
	}
}

// TestPageText reads a page without <pre> as a browser shows it.
func TestPageText(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Cablegate: Subject &amp; More</title>" +
		"<script>if (a < b) { document.write('<p>fake</p>') }</script><style>p > a { x: 1 }</style></head>\n" +
		"<body><noscript>enable scripts</noscript><!-- <p>hidden</p> -->" +
		"<h1>Head</h1><p>One   <b>bold</b> &copy;</p><div>Two<br/>Three</div><ul><li>Four<li>Five</ul>" +
		"<P>Six <a title='x > y' href='/z'>link</a></P><textarea>a <b> c</textarea>"
	want := "Cablegate: Subject & More\n\n\nHead\n\nOne   bold ©\n\nTwo\nThree\n\nFour\nFive\nSix link\na <b> c"
	if got := pageText(page); got != want {
		t.Errorf("pageText:\n got %q\nwant %q", got, want)
	}
	if got := scanPage(page).title; got != "Cablegate: Subject & More" {
		t.Errorf("title %q", got)
	}
	if got := scanPage("<title> one </title><svg><title>two</title></svg>").title; got != "one" {
		t.Errorf("title of two %q, want the first", got)
	}
	if got := scanPage("<title>\n unclosed ").title; got != "unclosed" {
		t.Errorf("unclosed title %q", got)
	}
	if strings.Contains(pageText("<p>a<script>var s = '</p><p>b';</script></p>"), "b") {
		t.Errorf("a script's text shown")
	}
}

// TestTagAtom holds tagAtom, which reads a tag's name from the raw tag,
// to the tokenizer's own TagName.
func TestTagAtom(t *testing.T) {
	page := "<PRE><Br/><br\n class=x></pRe ><h1\t>x</H1><table\fclass=cable><TD>a</td><blockquote/>" +
		"<foreignObject><abcdefghijklmnopqrstuvwxyz><p/><img src='a>b'><a\x00b></br>"
	z := html.NewTokenizer(strings.NewReader(page))
	n := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		raw := string(z.Raw())
		got := tagAtom(z)
		name, _ := z.TagName()
		if want := atom.Lookup(name); got != want {
			t.Errorf("tagAtom(%q) = %v, want %v", raw, got, want)
		}
		n++
	}
	if n != 16 {
		t.Errorf("%d tags read, want 16", n)
	}
}

package shell

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// formats the renderers support, by name.
var formats = []string{"list", "table", "box", "column", "csv", "tsv", "json", "markdown", "line", "html", "insert", "quote"}

// Options control how a Result is rendered.
type Options struct {
	Format    string // one of formats or FileFormats
	Headers   bool   // print a header row (list, csv, tsv)
	NullValue string // shown for NULL in list, table, box, line and markdown output
	CRLF      bool   // end CSV records with CRLF instead of LF
	MaxWidth  int    // table, box: terminal width to fit, 0 for no limit
	MaxRows   int    // table, box: rows shown before "N more rows", 0 for all
	Separator string // list: between values (default "|")
	Table     string // insert: the table the statements insert into
	Wrap      int    // table, box, column: wrap values at this many cells rather than cut them; 0: off
	Widths    []int  // table, box, column: .width, per column; 0 for natural, negative to align right
	KeepLeft  int    // table, box, column: key columns kept in view when columns must be dropped
	KeepRight int    // table, box, column: last columns (a total) kept in view when columns must be dropped
	Bold      bool   // table, box: show text between ** marks (search snippets) in the terminal's bold
	Page      bool   // html: a whole page with its chart, not sqlite3's <TR> rows (.mode html)
	Chart     string // html, svg, png: the chart kind, "" or "auto" to choose
	Title     string // html, svg, png: the page's and chart's title
}

// defaultNull is how tables show NULL, distinct from the empty string.
const defaultNull = "NULL"

// rowWriter renders a result one row at a time, so that a long result
// need not be held in memory to be printed.
type rowWriter interface {
	// Row writes one row of values (nil, int64, float64, string or
	// []byte); the writer may keep the slice.
	Row(vals []any) error
	// Close finishes the output. stopped is nil when every row was
	// written, else why the rows stopped early: errStatementInterrupted (or a
	// context error), or the statement's error.
	Close(stopped error) error
}

// newRowWriter starts rendering a result with the given columns to w in
// the format opts names.
func newRowWriter(w io.Writer, cols []string, opts Options) (rowWriter, error) {
	bw := bufio.NewWriter(w)
	var rw rowWriter
	switch opts.Format {
	case "csv":
		rw = &csvWriter{w: bw, cols: len(cols), eol: "\n"}
		if opts.CRLF {
			rw.(*csvWriter).eol = "\r\n"
		}
		if opts.Headers {
			rw.(*csvWriter).record(cols, nil)
		}
	case "tsv":
		rw = &tsvWriter{w: bw}
		if opts.Headers {
			rw.(*tsvWriter).record(cols)
		}
	case "json":
		rw = &jsonWriter{w: bw, cols: cols}
	case "markdown", "md":
		rw = newMarkdownWriter(bw, cols, opts)
	case "line":
		rw = &lineWriter{w: bw, cols: cols, null: opts.NullValue}
	case "list":
		sep := opts.Separator
		if sep == "" {
			sep = "|"
		}
		rw = &listWriter{w: bw, null: opts.NullValue, sep: sep}
		if opts.Headers {
			bw.WriteString(strings.Join(cols, sep) + "\n")
		}
	case "html":
		if opts.Page {
			return newChartWriter(w, cols, opts)
		}
		rw = newHTMLWriter(bw, cols, opts) // sqlite3's .mode html: <TR> rows
	case "insert":
		rw = newInsertWriter(bw, cols, opts)
	case "quote":
		rw = newQuoteWriter(bw, cols, opts)
	case "table", "box", "column", "":
		rw = newTableWriter(bw, cols, opts)
	default:
		if start, ok := fileFormats[opts.Format]; ok {
			return start(w, cols, opts)
		}
		return nil, fmt.Errorf("unknown format %q (want one of %s)", opts.Format, strings.Join(slices.Concat(formats, FileFormats), ", "))
	}
	return rw, nil
}

// Write renders res to w in the format opts names.
func Write(w io.Writer, res *Result, opts Options) error {
	rw, err := newRowWriter(w, res.Columns, opts)
	if err != nil {
		return err
	}
	for _, row := range res.Rows {
		if err := rw.Row(row); err != nil {
			return err
		}
	}
	return rw.Close(nil)
}

// csvWriter writes RFC 4180 CSV, the cablesql profile: UTF-8, LF line
// ends (CRLF with Options.CRLF), a header row with Options.Headers, and
// minimal quoting: only a field holding a comma, a double quote, CR or LF,
// and the empty string, are quoted; NULL is an empty unquoted field, so
// NULL and the empty string stay distinct.
type csvWriter struct {
	w    *bufio.Writer
	cols int
	eol  string
	buf  []string
	null []bool
}

func (c *csvWriter) record(fields []string, nulls []bool) {
	for i, f := range fields {
		if i > 0 {
			c.w.WriteByte(',')
		}
		switch {
		case nulls != nil && nulls[i]:
		case f == "" || strings.ContainsAny(f, ",\"\r\n"):
			c.w.WriteByte('"')
			c.w.WriteString(strings.ReplaceAll(f, `"`, `""`))
			c.w.WriteByte('"')
		default:
			c.w.WriteString(f)
		}
	}
	c.w.WriteString(c.eol)
}

func (c *csvWriter) Row(vals []any) error {
	if c.buf == nil {
		c.buf, c.null = make([]string, len(vals)), make([]bool, len(vals))
	}
	for i, v := range vals {
		c.buf[i], c.null[i] = formatValue(v), v == nil
	}
	c.record(c.buf, c.null)
	return nil
}

func (c *csvWriter) Close(error) error { return c.w.Flush() }

// tsvWriter writes tab-separated values; tabs and newlines inside a value
// are escaped as \t and \n, backslashes as \\. NULL is an empty field.
type tsvWriter struct{ w *bufio.Writer }

var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

func (t *tsvWriter) record(fields []string) {
	for i, f := range fields {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		t.w.WriteString(tsvEscaper.Replace(f))
	}
	t.w.WriteByte('\n')
}

func (t *tsvWriter) Row(vals []any) error {
	fields := make([]string, len(vals))
	for i, v := range vals {
		fields[i] = formatValue(v)
	}
	t.record(fields)
	return nil
}

func (t *tsvWriter) Close(error) error { return t.w.Flush() }

// jsonWriter writes an array of objects, one per row, keyed by column name
// in column order, with typed values: numbers, strings, null.
type jsonWriter struct {
	w    *bufio.Writer
	cols []string
	n    int
}

func (j *jsonWriter) Row(vals []any) error {
	if j.n == 0 {
		j.w.WriteString("[")
	} else {
		j.w.WriteString(",")
	}
	j.n++
	j.w.WriteString("\n  {")
	for i, v := range vals {
		if i > 0 {
			j.w.WriteString(", ")
		}
		k, _ := json.Marshal(j.cols[i])
		j.w.Write(k)
		j.w.WriteString(": ")
		switch x := v.(type) {
		case []byte:
			v = string(x)
		case float64:
			// JSON has no infinity; SQLite's json() writes it as 9e999.
			if math.IsInf(x, 0) {
				v = json.Number(map[bool]string{true: "9e999", false: "-9e999"}[x > 0])
			}
		}
		val, err := json.Marshal(v)
		if err != nil {
			return err
		}
		j.w.Write(val)
	}
	j.w.WriteString("}")
	return nil
}

func (j *jsonWriter) Close(error) error {
	if j.n == 0 {
		j.w.WriteString("[")
	} else {
		j.w.WriteString("\n")
	}
	j.w.WriteString("]\n")
	return j.w.Flush()
}

// markdownWriter writes a GitHub-flavoured Markdown table.
type markdownWriter struct {
	w    *bufio.Writer
	null string
}

var markdownEscaper = strings.NewReplacer("|", `\|`, "\n", "<br>", "\r", "")

func newMarkdownWriter(w *bufio.Writer, cols []string, opts Options) *markdownWriter {
	w.WriteString("|")
	for _, c := range cols {
		w.WriteString(" " + markdownEscaper.Replace(c) + " |")
	}
	w.WriteString("\n|")
	for range cols {
		w.WriteString(" --- |")
	}
	w.WriteString("\n")
	return &markdownWriter{w: w, null: opts.NullValue}
}

func (m *markdownWriter) Row(vals []any) error {
	m.w.WriteString("|")
	for _, v := range vals {
		s := formatValue(v)
		if v == nil {
			s = m.null
		}
		m.w.WriteString(" " + markdownEscaper.Replace(s) + " |")
	}
	m.w.WriteString("\n")
	return nil
}

func (m *markdownWriter) Close(error) error { return m.w.Flush() }

// lineWriter writes one "column = value" line per field, rows separated
// by a blank line, as sqlite3's .mode line does.
type lineWriter struct {
	w     *bufio.Writer
	cols  []string
	null  string
	width int
	n     int
}

func (l *lineWriter) Row(vals []any) error {
	if l.n == 0 {
		for _, c := range l.cols {
			l.width = max(l.width, utf8.RuneCountInString(c))
		}
	} else {
		l.w.WriteString("\n")
	}
	l.n++
	for i, v := range vals {
		s := formatValue(v)
		if v == nil {
			s = l.null
		}
		fmt.Fprintf(l.w, "%*s = %s\n", l.width, l.cols[i], s)
	}
	return nil
}

func (l *lineWriter) Close(error) error { return l.w.Flush() }

// listWriter writes values separated by "|" (Options.Separator), one row
// per line, as sqlite3's default .mode list does.
type listWriter struct {
	w    *bufio.Writer
	null string
	sep  string
}

func (l *listWriter) Row(vals []any) error {
	for i, v := range vals {
		if i > 0 {
			l.w.WriteString(l.sep)
		}
		if v == nil {
			l.w.WriteString(l.null)
		} else {
			l.w.WriteString(formatValue(v))
		}
	}
	l.w.WriteByte('\n')
	return nil
}

func (l *listWriter) Close(error) error { return l.w.Flush() }

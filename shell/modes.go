package shell

import (
	"bufio"
	"encoding/hex"
	"math"
	"strconv"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/store"
)

// This file holds the sqlite3 modes that print a row as text of its own:
// html, insert and quote, and the column layout and --wrap of tables.

// htmlWriter writes sqlite3's .mode html: one <TR> per row, <TH> header
// cells when headers are on, values escaped, no <TABLE> around them.
type htmlWriter struct {
	w    *bufio.Writer
	null string
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

func newHTMLWriter(w *bufio.Writer, cols []string, opts Options) *htmlWriter {
	h := &htmlWriter{w: w, null: opts.NullValue}
	if opts.Headers {
		h.record(cols, "TH")
	}
	return h
}

func (h *htmlWriter) record(fields []string, tag string) {
	h.w.WriteString("<TR>")
	for i, f := range fields {
		if i > 0 {
			h.w.WriteString("\n")
		}
		h.w.WriteString("<" + tag + ">" + htmlEscaper.Replace(f) + "</" + tag + ">")
	}
	h.w.WriteString("\n</TR>\n")
}

func (h *htmlWriter) Row(vals []any) error {
	fields := make([]string, len(vals))
	for i, v := range vals {
		fields[i] = formatValue(v)
		if v == nil {
			fields[i] = h.null
		}
	}
	h.record(fields, "TD")
	return nil
}

func (h *htmlWriter) Close(error) error { return h.w.Flush() }

// insertWriter writes sqlite3's .mode insert: one INSERT statement per
// row into opts.Table ("table" when not set), values as SQL literals.
type insertWriter struct {
	w      *bufio.Writer
	prefix string
}

func newInsertWriter(w *bufio.Writer, cols []string, opts Options) *insertWriter {
	table := opts.Table
	if table == "" {
		table = "table"
	}
	prefix := "INSERT INTO " + sqlIdent(table)
	if opts.Headers { // as sqlite3: the column names only with .headers on
		names := make([]string, len(cols))
		for i, c := range cols {
			names[i] = sqlIdent(c)
		}
		prefix += "(" + strings.Join(names, ",") + ")"
	}
	return &insertWriter{w: w, prefix: prefix + " VALUES("}
}

func (iw *insertWriter) Row(vals []any) error {
	iw.w.WriteString(iw.prefix)
	for i, v := range vals {
		if i > 0 {
			iw.w.WriteByte(',')
		}
		iw.w.WriteString(sqlLiteral(v))
	}
	iw.w.WriteString(");\n")
	return nil
}

func (iw *insertWriter) Close(error) error { return iw.w.Flush() }

// quoteWriter writes sqlite3's .mode quote: values as SQL literals
// separated by commas, the header as string literals when headers are on.
type quoteWriter struct{ w *bufio.Writer }

func newQuoteWriter(w *bufio.Writer, cols []string, opts Options) *quoteWriter {
	if opts.Headers {
		for i, c := range cols {
			if i > 0 {
				w.WriteByte(',')
			}
			w.WriteString(sqlLiteral(c))
		}
		w.WriteByte('\n')
	}
	return &quoteWriter{w: w}
}

func (q *quoteWriter) Row(vals []any) error {
	for i, v := range vals {
		if i > 0 {
			q.w.WriteByte(',')
		}
		q.w.WriteString(sqlLiteral(v))
	}
	q.w.WriteByte('\n')
	return nil
}

func (q *quoteWriter) Close(error) error { return q.w.Flush() }

// sqlLiteral writes a value as SQLite reads it back: NULL, an integer, a
// real that stays real ("1.0"), a string in single quotes, a blob as
// X'hex'.
func sqlLiteral(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		switch {
		case math.IsInf(x, 1):
			return "1e999"
		case math.IsInf(x, -1):
			return "-1e999"
		case math.IsNaN(x):
			return "NULL"
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	case []byte:
		return "X'" + hex.EncodeToString(x) + "'"
	}
	return "'" + strings.ReplaceAll(formatValue(v), "'", "''") + "'"
}

var plainIdentRE = lazyre.New(`^[A-Za-z_][A-Za-z0-9_]*$`)

// sqlIdent writes a name as sqlite3 does in INSERT statements: as it is
// when it is a plain word and not a keyword, else in double quotes.
func sqlIdent(name string) string {
	if plainIdentRE.MatchString(name) && !isKeyword(name) {
		return name
	}
	return quoteIdent(name)
}

func isKeyword(word string) bool {
	for _, k := range sqlKeywords() {
		if strings.EqualFold(k, word) {
			return true
		}
	}
	return strings.EqualFold(word, "table")
}

// wrapCell breaks s into lines of at most width display cells, at a
// space when the line has one, else in the middle of the word. It keeps
// every character: a value too long for its column is shown whole.
func wrapCell(s string, width int) string {
	if width <= 0 || displayWidth(s) <= width {
		return s
	}
	var lines []string
	for displayWidth(s) > width {
		cut, used, lastSpace := 0, 0, -1
		for i, r := range s {
			w := runeWidth(r)
			if used+w > width {
				break
			}
			if r == ' ' {
				lastSpace = i
			}
			used += w
			cut = i + len(string(r))
		}
		if cut == 0 { // one rune wider than the column
			_, size := firstRune(s)
			cut = size
		}
		if lastSpace > 0 && cut < len(s) && s[cut] != ' ' {
			lines = append(lines, s[:lastSpace])
			s = s[lastSpace+1:]
			continue
		}
		lines = append(lines, strings.TrimRight(s[:cut], " "))
		s = strings.TrimLeft(s[cut:], " ")
	}
	if s != "" {
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0, 0
}

// renderColumns writes sqlite3's .mode column: the header, a line of
// dashes under each column, then the rows, columns left-aligned (right
// with a negative .width) and padded to their width, two spaces apart.
// Cells holding several lines (--wrap) take several lines.
func renderColumns(w *bufio.Writer, header []string, cells [][]string, widths []int, right []bool, headers bool) {
	line := func(fields []string) {
		split, height := cellLines(fields)
		for l := 0; l < height; l++ {
			for i := range fields {
				if i > 0 {
					w.WriteString("  ")
				}
				text := ""
				if l < len(split[i]) {
					text = split[i][l]
				}
				pad := strings.Repeat(" ", max(0, widths[i]-displayWidth(text)))
				if right[i] {
					w.WriteString(pad + text)
				} else {
					w.WriteString(text + pad)
				}
			}
			w.WriteByte('\n')
		}
	}
	if headers {
		line(header)
		dashes := make([]string, len(widths))
		for i, n := range widths {
			dashes[i] = strings.Repeat("-", n)
		}
		line(dashes)
	}
	for _, row := range cells {
		line(row)
	}
}

// PivotOptions keeps a matrix's row keys and its total in view when a
// table must drop columns to fit.
func PivotOptions(opts Options, spec *store.PivotSpec) Options {
	opts.KeepLeft = len(spec.Rows)
	if spec.Total != "" {
		opts.KeepRight = 1
	}
	return opts
}

// Terminal escapes for bold text and back to normal.
const (
	boldOn  = "\x1b[1m"
	boldOff = "\x1b[22m"
)

// boldMarks shows the text between ** marks (the matches in a search
// snippet) in bold, line by line so that no line of a wrapped cell
// leaves bold on; a mark left open by a cut cell closes at its end.
func boldMarks(s string) string {
	if !strings.Contains(s, "**") {
		return s
	}
	lines := strings.Split(s, "\n")
	on := false
	for i, line := range lines {
		var b strings.Builder
		if on {
			b.WriteString(boldOn)
		}
		parts := strings.Split(line, "**")
		for k, p := range parts {
			if k > 0 {
				on = !on
				b.WriteString(map[bool]string{true: boldOn, false: boldOff}[on])
			}
			b.WriteString(p)
		}
		if on {
			b.WriteString(boldOff)
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

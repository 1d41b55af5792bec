package shell

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Formats the renderers support, by name.
var Formats = []string{"list", "table", "box", "csv", "tsv", "json", "markdown", "line"}

// Options control how a Result is rendered.
type Options struct {
	Format    string // one of Formats
	Headers   bool   // print a header row (csv, tsv, table)
	NullValue string // shown for NULL in table, line and markdown output
	CRLF      bool   // end CSV records with CRLF instead of LF
	MaxWidth  int    // table: terminal width to fit, 0 for no limit
	MaxRows   int    // table: rows shown before "N more rows", 0 for all
}

// DefaultNull is how tables show NULL, distinct from the empty string.
const DefaultNull = "NULL"

// Write renders res to w in the format opts names.
func Write(w io.Writer, res *Result, opts Options) error {
	switch opts.Format {
	case "csv":
		return WriteCSV(w, res, opts.Headers, opts.CRLF)
	case "tsv":
		return WriteTSV(w, res, opts.Headers)
	case "json":
		return WriteJSON(w, res)
	case "markdown", "md":
		return WriteMarkdown(w, res, opts)
	case "line":
		return WriteLine(w, res, opts)
	case "list":
		return WriteList(w, res, opts)
	case "table", "box", "":
		return WriteTable(w, res, opts)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", opts.Format, strings.Join(Formats, ", "))
}

// WriteCSV writes res as RFC 4180 CSV, the cablesql profile: UTF-8, LF
// line ends (CRLF when crlf), a header row when header, and minimal
// quoting: only a field holding a comma, a double quote, CR or LF, and the
// empty string, are quoted; NULL is an empty unquoted field, so NULL and
// the empty string stay distinct.
func WriteCSV(w io.Writer, res *Result, header, crlf bool) error {
	eol := "\n"
	if crlf {
		eol = "\r\n"
	}
	var b strings.Builder
	writeRec := func(fields []string, nulls []bool) error {
		b.Reset()
		for i, f := range fields {
			if i > 0 {
				b.WriteByte(',')
			}
			switch {
			case nulls != nil && nulls[i]:
			case f == "" || strings.ContainsAny(f, ",\"\r\n"):
				b.WriteByte('"')
				b.WriteString(strings.ReplaceAll(f, `"`, `""`))
				b.WriteByte('"')
			default:
				b.WriteString(f)
			}
		}
		b.WriteString(eol)
		_, err := io.WriteString(w, b.String())
		return err
	}
	if header {
		if err := writeRec(res.Columns, nil); err != nil {
			return err
		}
	}
	fields := make([]string, len(res.Columns))
	nulls := make([]bool, len(res.Columns))
	for _, row := range res.Rows {
		for i, v := range row {
			fields[i], nulls[i] = FormatValue(v), v == nil
		}
		if err := writeRec(fields, nulls); err != nil {
			return err
		}
	}
	return nil
}

// WriteTSV writes tab-separated values; tabs and newlines inside a value
// are escaped as \t and \n, backslashes as \\. NULL is an empty field.
func WriteTSV(w io.Writer, res *Result, header bool) error {
	esc := strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
	line := func(fields []string) error {
		for i := range fields {
			fields[i] = esc.Replace(fields[i])
		}
		_, err := io.WriteString(w, strings.Join(fields, "\t")+"\n")
		return err
	}
	if header {
		if err := line(append([]string(nil), res.Columns...)); err != nil {
			return err
		}
	}
	for _, row := range res.Rows {
		fields := make([]string, len(row))
		for i, v := range row {
			fields[i] = FormatValue(v)
		}
		if err := line(fields); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSON writes an array of objects, one per row, keyed by column name
// in column order, with typed values: numbers, strings, null.
func WriteJSON(w io.Writer, res *Result) error {
	var b strings.Builder
	b.WriteString("[")
	for r, row := range res.Rows {
		if r > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for i, v := range row {
			if i > 0 {
				b.WriteString(", ")
			}
			k, _ := json.Marshal(res.Columns[i])
			b.Write(k)
			b.WriteString(": ")
			if x, ok := v.([]byte); ok {
				v = string(x)
			}
			val, err := json.Marshal(v)
			if err != nil {
				return err
			}
			b.Write(val)
		}
		b.WriteString("}")
	}
	if len(res.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes a GitHub-flavoured Markdown table.
func WriteMarkdown(w io.Writer, res *Result, opts Options) error {
	esc := strings.NewReplacer("|", `\|`, "\n", "<br>", "\r", "")
	var b strings.Builder
	b.WriteString("|")
	for _, c := range res.Columns {
		b.WriteString(" " + esc.Replace(c) + " |")
	}
	b.WriteString("\n|")
	for range res.Columns {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, row := range res.Rows {
		b.WriteString("|")
		for _, v := range row {
			s := FormatValue(v)
			if v == nil {
				s = opts.NullValue
			}
			b.WriteString(" " + esc.Replace(s) + " |")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteLine writes one "column = value" line per field, rows separated by
// a blank line, as sqlite3's .mode line does.
func WriteLine(w io.Writer, res *Result, opts Options) error {
	width := 0
	for _, c := range res.Columns {
		width = max(width, utf8.RuneCountInString(c))
	}
	var b strings.Builder
	for r, row := range res.Rows {
		if r > 0 {
			b.WriteString("\n")
		}
		for i, v := range row {
			s := FormatValue(v)
			if v == nil {
				s = opts.NullValue
			}
			fmt.Fprintf(&b, "%*s = %s\n", width, res.Columns[i], s)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteTable writes res as a box-drawn table that fits opts.MaxWidth:
// long values are cut with "…", NULL shows as opts.NullValue, and past
// opts.MaxRows rows a line says how many more there are.
func WriteTable(w io.Writer, res *Result, opts Options) error {
	null := opts.NullValue
	if null == "" {
		null = DefaultNull
	}
	rows := res.Rows
	more := 0
	if opts.MaxRows > 0 && len(rows) > opts.MaxRows {
		more = len(rows) - opts.MaxRows
		rows = rows[:opts.MaxRows]
	}
	colMax := 0
	if opts.MaxWidth > 0 && len(res.Columns) > 0 {
		// Each column costs 3 cells of border and padding.
		colMax = max(8, (opts.MaxWidth-1)/len(res.Columns)-3)
	}
	cut := func(s string) string {
		s = strings.NewReplacer("\r\n", "↵", "\n", "↵", "\t", " ").Replace(s)
		if colMax > 0 && utf8.RuneCountInString(s) > colMax {
			r := []rune(s)
			return string(r[:colMax-1]) + "…"
		}
		return s
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	numeric := make([]bool, len(res.Columns))
	for i := range numeric {
		numeric[i] = len(rows) > 0
		for _, row := range rows {
			switch row[i].(type) {
			case int64, float64, nil:
			default:
				numeric[i] = false
			}
		}
	}
	aligns := make([]tw.Align, len(res.Columns))
	for i, n := range numeric {
		aligns[i] = tw.AlignLeft
		if n {
			aligns[i] = tw.AlignRight
		}
	}
	t.Options(tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}))
	{
		hdr := make([]any, len(res.Columns))
		for i, c := range res.Columns {
			hdr[i] = cut(c)
		}
		t.Header(hdr...)
	}
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, v := range row {
			if v == nil {
				cells[i] = null
			} else {
				cells[i] = cut(FormatValue(v))
			}
		}
		if err := t.Append(cells); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	switch {
	case more > 0:
		_, err := fmt.Fprintf(w, "(%d rows shown of %d; %d more rows: use .mode csv with .once FILE, or LIMIT/OFFSET, to see them all)\n", len(rows), len(res.Rows), more)
		return err
	case len(res.Rows) != 1:
		_, err := fmt.Fprintf(w, "(%d rows)\n", len(res.Rows))
		return err
	}
	return nil
}

// WriteList writes values separated by "|", one row per line, as
// sqlite3's default .mode list does; the header row only when asked.
func WriteList(w io.Writer, res *Result, opts Options) error {
	var b strings.Builder
	if opts.Headers {
		b.WriteString(strings.Join(res.Columns, "|"))
		b.WriteByte('\n')
	}
	for _, row := range res.Rows {
		for i, v := range row {
			if i > 0 {
				b.WriteByte('|')
			}
			if v == nil {
				b.WriteString(opts.NullValue)
			} else {
				b.WriteString(FormatValue(v))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

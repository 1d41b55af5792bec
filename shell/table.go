package shell

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// minColumnWidth is the narrowest a column is cut to before columns are
// dropped from the right instead.
const minColumnWidth = 15

// tableWriter writes a table (ASCII lines; box-drawing lines when
// Options.Format is "box") that fits Options.MaxWidth: long values are cut
// with "…", columns that cannot fit are dropped with a note, NULL shows as
// Options.NullValue (default NULL), and past Options.MaxRows rows a line
// says how many more there are and how to see them.
//
// It buffers rows and renders them (renderBorders). With
// MaxRows set it keeps only the rows it shows: it renders them as soon as
// one more arrives, then only counts the rest.
type tableWriter struct {
	w        *bufio.Writer
	cols     []string
	opts     Options
	rows     [][]any
	total    int  // rows seen
	rendered bool // the table is out; rows are only counted now
	hidden   []string
}

func newTableWriter(w *bufio.Writer, cols []string, opts Options) *tableWriter {
	if opts.NullValue == "" {
		opts.NullValue = defaultNull
	}
	return &tableWriter{w: w, cols: cols, opts: opts}
}

func (t *tableWriter) Row(vals []any) error {
	t.total++
	if t.opts.MaxRows > 0 && len(t.rows) >= t.opts.MaxRows {
		if !t.rendered {
			t.rendered = true
			if err := t.render(); err != nil {
				return err
			}
			return t.w.Flush() // show the table while the rest is counted
		}
		return nil
	}
	t.rows = append(t.rows, vals)
	return nil
}

func (t *tableWriter) Close(stopped error) error {
	if !t.rendered {
		if err := t.render(); err != nil {
			return err
		}
	}
	shown, more := len(t.rows), t.total-len(t.rows)
	why := "the error"
	if errors.Is(stopped, errStatementInterrupted) || errors.Is(stopped, context.Canceled) {
		why = "the interrupt"
	}
	switch {
	case more > 0 && stopped == nil:
		t.note(fmt.Sprintf("%d more %s not shown (%d of %d).", more, plural(more, "row", "rows"), shown, t.total),
			"See them all: .maxrows 0, or .export FILE.csv")
	case more > 0:
		fmt.Fprintf(t.w, "at least %d more %s not shown (%d shown; counting stopped by %s)\n", more, plural(more, "row", "rows"), shown, why)
	case stopped != nil:
		fmt.Fprintf(t.w, "(%d %s before %s)\n", shown, plural(shown, "row", "rows"), why)
	case shown != 1 && t.opts.Format != "column": // sqlite3's column mode has no footer
		fmt.Fprintf(t.w, "(%d rows)\n", shown)
	}
	if len(t.hidden) > 0 {
		msg := fmt.Sprintf("%d more %s not shown: %s.", len(t.hidden), plural(len(t.hidden), "column", "columns"), strings.Join(t.hidden, ", "))
		if t.opts.MaxWidth > 0 {
			msg = truncateWidth(msg, t.opts.MaxWidth)
		}
		t.note(msg, "See them: .mode line, or SELECT fewer columns")
	}
	return t.w.Flush()
}

// note writes a message and a hint, on one line when they fit the width.
func (t *tableWriter) note(msg, hint string) {
	if t.opts.MaxWidth > 0 && displayWidth(msg)+1+displayWidth(hint) > t.opts.MaxWidth {
		fmt.Fprintf(t.w, "%s\n%s\n", msg, hint)
		return
	}
	fmt.Fprintf(t.w, "%s %s\n", msg, hint)
}

func (t *tableWriter) render() error {
	header := make([]string, len(t.cols))
	for i, c := range t.cols {
		header[i] = cellText(c)
	}
	cells := make([][]string, len(t.rows))
	for r, row := range t.rows {
		cells[r] = make([]string, len(row))
		for i, v := range row {
			if v == nil {
				cells[r][i] = t.opts.NullValue
			} else {
				cells[r][i] = cellText(formatValue(v))
			}
		}
	}
	header, cells, widths := t.fit(header, cells)
	fit := truncateWidth
	if t.opts.Wrap > 0 {
		fit = wrapCell
	}
	for i := range header {
		header[i] = truncateWidth(header[i], widths[i])
		for _, row := range cells {
			row[i] = fit(row[i], widths[i])
		}
	}

	if t.opts.Bold {
		for _, row := range cells {
			for i := range row {
				row[i] = boldMarks(row[i])
			}
		}
	}
	if t.opts.Format == "column" {
		right := make([]bool, len(widths))
		for i := range right {
			right[i] = i < len(t.opts.Widths) && t.opts.Widths[i] < 0
		}
		renderColumns(t.w, header, cells, widths, right, t.opts.Headers)
		return nil
	}
	b := asciiBorders
	if t.opts.Format == "box" {
		b = boxBorders
	}
	right := make([]bool, len(header))
	for i := range right {
		right[i] = numericColumn(t.rows, i)
	}
	renderBorders(t.w, b, header, cells, right)
	return nil
}

// fit chooses the columns that fit the width and their widths. Columns
// are dropped from the right, but for the opts.KeepLeft key columns and
// the opts.KeepRight last ones (a matrix's total), which stay in view.
func (t *tableWriter) fit(header []string, cells [][]string) ([]string, [][]string, []int) {
	n := len(header)
	left, right := min(t.opts.KeepLeft, n), min(t.opts.KeepRight, n)
	if left+right >= n {
		left, right = 0, 0
	}
	// The columns in the order they give way: last the first.
	order := make([]int, 0, n)
	for i := 0; i < left; i++ {
		order = append(order, i)
	}
	for i := n - right; i < n; i++ {
		order = append(order, i)
	}
	for i := left; i < n-right; i++ {
		order = append(order, i)
	}
	natural := t.naturalWidths(header, cells)
	ordered := make([]int, n)
	for k, i := range order {
		ordered[k] = natural[i]
	}
	fitted := fitColumns(ordered, t.opts.MaxWidth)
	width := make(map[int]int, len(fitted))
	for k, w := range fitted {
		width[order[k]] = w
	}
	if len(fitted) == n {
		widths := make([]int, n)
		for i := range widths {
			widths[i] = width[i]
		}
		return header, cells, widths
	}
	var keep []int
	for i := range header {
		if _, ok := width[i]; ok {
			keep = append(keep, i)
		} else {
			t.hidden = append(t.hidden, t.cols[i])
		}
	}
	pick := func(row []string) []string {
		out := make([]string, len(keep))
		for k, i := range keep {
			out[k] = row[i]
		}
		return out
	}
	widths := make([]int, len(keep))
	for k, i := range keep {
		widths[k] = width[i]
	}
	for r := range cells {
		cells[r] = pick(cells[r])
	}
	return pick(header), cells, widths
}

// naturalWidths returns the width each column would take: its widest
// cell, or its .width when set, and no more than --wrap when set.
func (t *tableWriter) naturalWidths(header []string, cells [][]string) []int {
	natural := make([]int, len(header))
	for i, h := range header {
		natural[i] = max(1, displayWidth(h))
		for _, row := range cells {
			natural[i] = max(natural[i], displayWidth(row[i]))
		}
		if i < len(t.opts.Widths) && t.opts.Widths[i] != 0 {
			natural[i] = max(t.opts.Widths[i], -t.opts.Widths[i])
		}
		if t.opts.Wrap > 0 {
			natural[i] = min(natural[i], max(t.opts.Wrap, displayWidth(h)))
		}
	}
	return natural
}

// numericColumn reports whether column i holds only numbers and NULLs
// (and at least one number), to align it right.
func numericColumn(rows [][]any, i int) bool {
	numbers := false
	for _, row := range rows {
		switch row[i].(type) {
		case int64, float64:
			numbers = true
		case nil:
		default:
			return false
		}
	}
	return numbers
}

// fitColumns chooses display widths for columns of the given natural
// widths so that a table with borders (1 + width + 3 cells per column)
// fits maxWidth: narrow columns keep their width and the widest are cut
// to a common limit. When even minColumnWidth per column is too wide, the
// columns on the right are dropped: the result is then shorter than
// natural. maxWidth 0 means no limit.
func fitColumns(natural []int, maxWidth int) []int {
	widths := append([]int(nil), natural...)
	if maxWidth <= 0 {
		return widths
	}
	need := func(ws []int, limit int) int {
		total := 1
		for _, w := range ws {
			total += min(w, limit) + 3
		}
		return total
	}
	for len(widths) > 1 && need(widths, minColumnWidth) > maxWidth {
		widths = widths[:len(widths)-1]
	}
	widest := 0
	for _, w := range widths {
		widest = max(widest, w)
	}
	if need(widths, widest) <= maxWidth {
		return widths
	}
	// The largest common limit that fits, then the spare cells to the
	// cut columns from the left.
	limit := 1
	for lo, hi := 1, widest; lo <= hi; {
		mid := (lo + hi) / 2
		if need(widths, mid) <= maxWidth {
			limit, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	spare := maxWidth - need(widths, limit)
	for i, w := range widths {
		widths[i] = min(w, limit)
		if w > limit && spare > 0 {
			widths[i]++
			spare--
		}
	}
	return widths
}

// cellText makes a value printable on one line of a table: line breaks
// show as ↵, tabs as a space, other control characters as their Unicode
// control pictures (␛ for ESC), C1 controls and bytes that are not UTF-8
// as �, so no value can move the cursor or change the terminal.
func cellText(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError || (r >= 0x80 && r <= 0x9f):
			b.WriteRune('�')
		case r == '\r' && strings.HasPrefix(s[i:], "\r\n"):
		case r == '\n' || r == '\r':
			b.WriteRune('↵')
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('␡')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// truncateWidth cuts s to at most width display cells, ending it with "…"
// when it was cut.
func truncateWidth(s string, width int) string {
	if displayWidth(s) <= width {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		w := runeWidth(r)
		if used+w > width-1 {
			break
		}
		b.WriteRune(r)
		used += w
	}
	b.WriteRune('…')
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

package shell

import (
	"bufio"
	"strings"
)

// borders are the lines of a table: ASCII for the table format, light
// box-drawing lines for box, as tablewriter's StyleASCII and StyleLight.
type borders struct {
	horizontal, vertical string
	// Corners and joints of the top, middle (below the header) and
	// bottom lines: left, between columns, right.
	top, middle, bottom [3]string
}

var (
	asciiBorders = borders{"-", "|", [3]string{"+", "+", "+"}, [3]string{"+", "+", "+"}, [3]string{"+", "+", "+"}}
	boxBorders   = borders{"─", "│", [3]string{"┌", "┬", "┐"}, [3]string{"├", "┼", "┤"}, [3]string{"└", "┴", "┘"}}
)

// renderBorders writes a table with borders: a line above, the header
// left-aligned, a line (when there are rows), the rows (column i right-aligned when right[i]),
// a line below. A column is as wide as its widest line of text, with a
// space either side; a cell of several lines makes its row as tall.
// It writes what tablewriter wrote for the shell's tables, without the
// 10 240-entry cache tablewriter.NewTable allocates for each table.
func renderBorders(w *bufio.Writer, b borders, header []string, cells [][]string, right []bool) {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = maxLineWidth(h)
		for _, row := range cells {
			widths[i] = max(widths[i], maxLineWidth(row[i]))
		}
	}
	rule := func(ends [3]string) {
		w.WriteString(ends[0])
		for i, n := range widths {
			if i > 0 {
				w.WriteString(ends[1])
			}
			w.WriteString(strings.Repeat(b.horizontal, n+2))
		}
		w.WriteString(ends[2])
		w.WriteByte('\n')
	}
	row := func(fields []string, alignRight []bool) {
		split, height := cellLines(fields)
		for l := 0; l < height; l++ {
			w.WriteString(b.vertical)
			for i := range fields {
				text := ""
				if l < len(split[i]) {
					text = split[i][l]
				}
				pad := strings.Repeat(" ", max(0, widths[i]-displayWidth(text)))
				if alignRight != nil && alignRight[i] {
					text = pad + text
				} else {
					text += pad
				}
				w.WriteString(" " + text + " " + b.vertical)
			}
			w.WriteByte('\n')
		}
	}
	rule(b.top)
	row(header, nil)
	if len(cells) > 0 {
		rule(b.middle)
	}
	for _, r := range cells {
		row(r, right)
	}
	rule(b.bottom)
}

// maxLineWidth is the display width of the widest line of s.
func maxLineWidth(s string) int {
	width := 0
	for line := range strings.SplitSeq(s, "\n") {
		width = max(width, displayWidth(line))
	}
	return width
}

// cellLines splits each field into its lines and returns the most lines
// of any (at least 1): a row's height.
func cellLines(fields []string) ([][]string, int) {
	split := make([][]string, len(fields))
	height := 1
	for i, f := range fields {
		split[i] = strings.Split(f, "\n")
		height = max(height, len(split[i]))
	}
	return split, height
}

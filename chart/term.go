package chart

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"
)

// eighths draw a bar's end to an eighth of a character.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// shades draw a heat-map cell without colour, light to dark.
var shades = []string{"··", "░░", "▒▒", "▓▓", "██"}

// termLabel is the widest label drawn on a terminal.
const termLabel = 28

func padLabel(s string, w int) string {
	r := []rune(s)
	if len(r) > w {
		r = append(r[:w-1], '…')
	}
	return string(r) + strings.Repeat(" ", w-len(r))
}

// WriteTerminal draws the chart with block characters in width columns;
// colour (ANSI 256 colours) shades heat-map cells, else characters from
// light to dark do. Bars show each label's sum; a map is drawn as bars
// by country.
func (c *Chart) WriteTerminal(w io.Writer, width int, colour bool) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "%s (%s)\n", c.Title, c.Kind)
	if c.Kind == Heatmap {
		c.termHeatmap(b, colour)
	} else {
		c.termBars(b, width)
	}
	return b.Flush()
}

func (c *Chart) labelWidth() int {
	lw := 0
	for _, l := range c.Labels {
		lw = max(lw, utf8.RuneCountInString(l))
	}
	return min(lw, termLabel)
}

func (c *Chart) termBars(b *bufio.Writer, width int) {
	lw := c.labelWidth()
	hi := c.maxRowSum()
	room := max(width-lw-12, 10)
	for i, l := range c.Labels {
		v := c.rowSum(i)
		n := 0
		if hi > 0 {
			n = int(math.Round(v / hi * float64(room) * 8))
		}
		fmt.Fprintf(b, "%s %s%s %s\n", padLabel(l, lw), strings.Repeat("█", n/8), eighths[n%8], Number(v))
	}
	if len(c.Series) > 1 {
		fmt.Fprintf(b, "(bars are the sums of %s)\n", strings.Join(c.Series, ", "))
	}
}

// termHeatmap draws a row per label and two characters per series,
// the series numbered above and named below.
func (c *Chart) termHeatmap(b *bufio.Writer, colour bool) {
	lw := c.labelWidth()
	lo, hi := c.span()
	b.WriteString(strings.Repeat(" ", lw+1))
	for j := range c.Series {
		fmt.Fprintf(b, "%-2d", (j+1)%100)
	}
	b.WriteString("\n")
	for i, l := range c.Labels {
		b.WriteString(padLabel(l, lw) + " ")
		for _, v := range c.Values[i] {
			b.WriteString(termCell(v, lo, hi, colour))
		}
		fmt.Fprintf(b, " %s\n", Number(c.rowSum(i)))
	}
	for j, s := range c.Series {
		fmt.Fprintf(b, "%2d %s\n", j+1, s)
	}
}

func termCell(v, lo, hi float64, colour bool) string {
	if math.IsNaN(v) {
		return "  "
	}
	f := 1.0
	if hi > lo {
		f = (v - lo) / (hi - lo)
	}
	if colour {
		k := shade(v, lo, hi)
		return fmt.Sprintf("\x1b[48;5;%dm  \x1b[0m", ansi256(k.R, k.G, k.B))
	}
	return shades[int(math.Round(f*float64(len(shades)-1)))]
}

// ansi256 is the nearest colour of the 6×6×6 cube of 256-colour terminals.
func ansi256(r, g, b uint8) int {
	q := func(x uint8) int { return int(math.Round(float64(x) / 255 * 5)) }
	return 16 + 36*q(r) + 6*q(g) + q(b)
}

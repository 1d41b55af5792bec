package chart

import (
	"fmt"
	"html"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Charts are drawn by hand rather than through a plotting library: each
// cell, bar and country of the SVG carries a <title> the browser shows on
// hover (the value and both labels), and class and data attributes the
// page's tests read; and a plotting library (gonum/plot) cost every
// cablesql process milliseconds of start-up (see docs/pictures.md). The
// layout below draws on a canvas: SVG here, pixels in raster.go.

const (
	fontSize  = 12.0
	charWidth = 0.62 * fontSize // a generous average width of a character
	maxLabel  = 48              // characters of a label drawn; all of it on hover
	maxTitle  = 120             // characters of a picture's title drawn
	cellSize  = 18.0
	barHeight = 16.0
	pad       = 10.0
)

// measure estimates how wide a label is drawn: the browser's font is
// not known.
func (s *svgWriter) measure(class, label string) float64 {
	return float64(utf8.RuneCountInString(clipClass(class, label))) * charWidth * textSize(class) / fontSize
}

// clip shortens a label to maxLabel characters.
func clip(s string) string { return clipTo(s, maxLabel) }

// clipTo shortens s to n characters, the last an ellipsis.
func clipTo(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// clipClass clips a label as text of class draws it.
func clipClass(class, label string) string {
	if class == "title" {
		return clipTo(label, maxTitle)
	}
	return clip(label)
}

func esc(s string) string { return html.EscapeString(s) }

// svgWriter writes an SVG element by element: the canvas of the HTML
// page and of -format svg.
type svgWriter struct {
	b        strings.Builder
	docTitle string // set: a standalone document with this <title>
	groups   int    // <g> elements open
}

func (s *svgWriter) printf(format string, args ...any) { fmt.Fprintf(&s.b, format, args...) }

func (s *svgWriter) open(w, h float64, kind Kind) {
	if s.docTitle != "" {
		s.printf(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	}
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" class="chart %s" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="%g">`+"\n", kind, w, h, w, h, fontSize)
	if s.docTitle != "" {
		s.printf("<title>%s</title>\n", esc(s.docTitle))
	}
}

func (s *svgWriter) translate(dy float64) {
	s.printf(`<g transform="translate(0 %.1f)">`+"\n", dy)
	s.groups++
}

// writeTo closes the document and writes it to w.
func (s *svgWriter) writeTo(w io.Writer) error {
	s.b.WriteString(strings.Repeat("</g>\n", s.groups) + "</svg>\n")
	_, err := io.WriteString(w, s.b.String())
	return err
}

func (s *svgWriter) text(x, y float64, anchor, class, label string, rotate float64) {
	attrs := ""
	if rotate != 0 {
		attrs = fmt.Sprintf(` transform="rotate(%g %.1f %.1f)"`, rotate, x, y)
	}
	if size := textSize(class); size != fontSize {
		attrs += fmt.Sprintf(` font-size="%g"`, size)
	}
	s.printf(`<text class="%s" x="%.1f" y="%.1f" text-anchor="%s"%s>%s</text>`+"\n", class, x, y, anchor, attrs, esc(clipClass(class, label)))
}

// shapeEnd ends a shape's element with its data attributes and hover
// title.
func (s *svgWriter) shapeEnd(elem, title string, data []string) {
	for i := 0; i+1 < len(data); i += 2 {
		s.printf(` data-%s="%s"`, data[i], esc(data[i+1]))
	}
	if title == "" {
		s.printf("/>\n")
		return
	}
	s.printf("><title>%s</title></%s>\n", esc(title), elem)
}

func (s *svgWriter) rect(class string, x, y, w, h float64, fill color.RGBA, title string, data ...string) {
	s.printf(`<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"`, class, x, y, w, h, hex(fill))
	s.shapeEnd("rect", title, data)
}

func (s *svgWriter) line(class string, x1, y1, x2, y2 float64, stroke color.RGBA) {
	s.printf(`<line class="%s" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`+"\n", class, x1, y1, x2, y2, hex(stroke))
}

func (s *svgWriter) polygon(class string, rings [][][2]float64, fill color.RGBA, title string, data ...string) {
	var d strings.Builder
	for _, ring := range rings {
		for i, p := range ring {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%.1f %.1f", cmd, p[0], p[1])
		}
		d.WriteString("Z")
	}
	s.printf(`<path class="%s" d="%s" fill="%s" stroke="#fff" stroke-width="0.5"`, class, d.String(), hex(fill))
	s.shapeEnd("path", title, data)
}

// WriteSVG writes the chart as the HTML page shows it.
func (c *Chart) WriteSVG(w io.Writer) error {
	var s svgWriter
	if err := c.draw(&s); err != nil {
		return err
	}
	return s.writeTo(w)
}

// heatmapSVG draws a cell per label and series, column labels slanted
// above, row labels at the left, the row's total at the right, and the
// colour scale below.
func (c *Chart) heatmapSVG(s canvas) {
	left := longest(s, "row-label", c.Labels) + pad
	const slant = 60.0 // degrees above the horizontal
	sin, cos := math.Sin(slant*math.Pi/180), math.Cos(slant*math.Pi/180)
	colText := longest(s, "col-label", c.Series)
	top := colText*sin + pad + fontSize
	gridW, gridH := cellSize*float64(len(c.Series)), cellSize*float64(len(c.Labels))
	totalW := s.measure("col-label", "total") + 2*pad
	width := left + pad + gridW + math.Max(totalW, colText*cos+pad)
	lo, hi := c.span()
	x0 := left + pad
	width = math.Max(width, x0+scaleLegendWidth(s, lo, hi, c.ValueName, false))
	s.open(width+pad, top+gridH+2*pad+legendHeight, Heatmap)
	for j, name := range c.Series {
		x := x0 + cellSize*(float64(j)+0.5) + 3 // the glyphs' middle over the cell's
		s.text(x, top-4, "start", "col-label", name, -slant)
	}
	s.text(x0+gridW+pad, top-4, "start", "col-label total", "total", 0)
	for i, label := range c.Labels {
		y := top + cellSize*float64(i)
		s.text(left, y+cellSize*0.7, "end", "row-label", label, 0)
		for j, name := range c.Series {
			v := c.Values[i][j]
			title := fmt.Sprintf("%s × %s: %s", label, name, Number(v))
			s.rect("cell", x0+cellSize*float64(j), y, cellSize-1, cellSize-1, shade(v, lo, hi), title,
				"row", label, "col", name, "value", Number(v))
		}
		s.text(x0+gridW+pad, y+cellSize*0.7, "start", "row-total", Number(c.rowSum(i)), 0)
	}
	scaleLegend(s, x0, top+gridH+pad, lo, hi, c.ValueName, false)
}

// legendSVG names the series of stacked bars in a row at (x, y).
func (c *Chart) legendSVG(s canvas, x, y float64) {
	if len(c.Series) < 2 {
		return
	}
	for j, name := range c.Series {
		s.rect("legend", x, y, 10, 10, seriesColor(j), "")
		s.text(x+14, y+9, "start", "legend-label", name, 0)
		x += 14 + s.measure("legend-label", name) + pad
	}
}

// legendWidth is how wide legendSVG draws.
func (c *Chart) legendWidth(s canvas) float64 {
	if len(c.Series) < 2 {
		return 0
	}
	w := 0.0
	for _, name := range c.Series {
		w += 14 + s.measure("legend-label", name) + pad
	}
	return w
}

// barsSVG draws a horizontal bar per label, stacked by series, its sum
// written at its end, over a value axis.
func (c *Chart) barsSVG(s canvas) {
	left := longest(s, "row-label", c.Labels) + pad
	const plotW = 480.0
	ts := ticks(c.maxRowSum())
	hi := ts[len(ts)-1]
	sumW := s.measure("bar-value", Number(c.maxRowSum())) + pad
	legendH := 0.0
	if len(c.Series) > 1 {
		legendH = fontSize + pad
	}
	width := math.Max(left+pad+plotW+sumW, pad+c.legendWidth(s))
	x0, top := left+pad, legendH+pad
	base := top + float64(len(c.Labels))*(barHeight+4)
	s.open(width+pad, base+2*fontSize+2*pad+8, Bars)
	c.legendSVG(s, pad, pad)
	for i, label := range c.Labels {
		y := top + float64(i)*(barHeight+4)
		s.text(left, y+barHeight*0.75, "end", "row-label", label, 0)
		x := x0
		for j, name := range c.Series {
			v := c.Values[i][j]
			if math.IsNaN(v) || v <= 0 {
				continue
			}
			w := v / hi * plotW
			s.rect("bar", x, y, w, barHeight, seriesColor(j), fmt.Sprintf("%s · %s: %s", label, name, Number(v)),
				"row", label, "col", name, "value", Number(v))
			x += w
		}
		s.text(x+4, y+barHeight*0.75, "start", "bar-value", Number(c.rowSum(i)), 0)
	}
	s.line("axis", x0, base, x0+plotW, base, axisGrey)
	for _, t := range ts {
		x := x0 + t/hi*plotW
		s.line("tick", x, base, x, base+4, axisGrey)
		s.text(x, base+4+fontSize, "middle", "tick", Number(t), 0)
	}
	s.text(x0+plotW/2, base+8+2*fontSize, "middle", "axis-label", c.ValueName, 0)
}

// ticks are round values from 0 to at least hi, four or five steps apart.
func ticks(hi float64) []float64 {
	if !(hi > 0) {
		hi = 1
	}
	step := math.Pow(10, math.Floor(math.Log10(hi/4)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if hi/(step*m) <= 5 {
			step *= m
			break
		}
	}
	var out []float64
	for i := 0.0; ; i++ {
		t, _ := strconv.ParseFloat(strconv.FormatFloat(i*step, 'g', 6, 64), 64)
		out = append(out, t)
		if t >= hi {
			return out
		}
	}
}

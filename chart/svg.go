package chart

import (
	"fmt"
	"html"
	"io"
	"math"
	"strings"
	"unicode/utf8"
)

// The HTML page draws its chart as SVG written here rather than through
// gonum/plot: each cell, bar and country carries a <title> the browser
// shows on hover (the value and both labels), and class and data
// attributes the page's tests read; gonum/plot's SVG canvas writes
// anonymous paths.

const (
	fontSize  = 12.0
	charWidth = 0.62 * fontSize // a generous average width of a character
	maxLabel  = 48              // characters of a label drawn; all of it on hover
	cellSize  = 18.0
	barHeight = 16.0
	pad       = 10.0
)

// textWidth estimates how wide s is drawn.
func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) * charWidth }

// clip shortens a label to maxLabel characters.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	r := []rune(s)
	return string(r[:maxLabel-1]) + "…"
}

func esc(s string) string { return html.EscapeString(s) }

// svgWriter writes an SVG element by element.
type svgWriter struct {
	b strings.Builder
}

func (s *svgWriter) printf(format string, args ...any) { fmt.Fprintf(&s.b, format, args...) }

// text writes a label at (x, y); anchor is start, middle or end.
func (s *svgWriter) text(x, y float64, anchor, class, label string, rotate float64) {
	tr := ""
	if rotate != 0 {
		tr = fmt.Sprintf(` transform="rotate(%g %.1f %.1f)"`, rotate, x, y)
	}
	s.printf(`<text class="%s" x="%.1f" y="%.1f" text-anchor="%s"%s>%s</text>`+"\n", class, x, y, anchor, tr, esc(clip(label)))
}

// rect writes a shape with a hover title and data attributes.
func (s *svgWriter) rect(class string, x, y, w, h float64, fill, title string, data ...string) {
	s.printf(`<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"`, class, x, y, w, h, fill)
	for i := 0; i+1 < len(data); i += 2 {
		s.printf(` data-%s="%s"`, data[i], esc(data[i+1]))
	}
	s.printf("><title>%s</title></rect>\n", esc(title))
}

func (s *svgWriter) open(w, h float64, kind Kind) {
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" class="chart %s" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="%g">`+"\n", kind, w, h, w, h, fontSize)
}

// WriteSVG writes the chart as the HTML page shows it.
func (c *Chart) WriteSVG(w io.Writer) error {
	var s svgWriter
	switch c.Kind {
	case Heatmap:
		c.heatmapSVG(&s)
	case Bars:
		c.barsSVG(&s)
	case Timeline:
		c.timelineSVG(&s)
	case Map:
		c.mapSVG(&s)
	}
	s.printf("</svg>\n")
	_, err := io.WriteString(w, s.b.String())
	return err
}

func longest(labels []string) float64 {
	m := 0.0
	for _, l := range labels {
		m = math.Max(m, textWidth(clip(l)))
	}
	return m
}

// heatmapSVG draws a cell per label and series, column labels slanted
// above, row labels at the left, the row's total at the right.
func (c *Chart) heatmapSVG(s *svgWriter) {
	left := longest(c.Labels) + pad
	const slant = 60.0 // degrees above the horizontal
	sin, cos := math.Sin(slant*math.Pi/180), math.Cos(slant*math.Pi/180)
	colText := longest(c.Series)
	top := colText*sin + pad + fontSize
	gridW, gridH := cellSize*float64(len(c.Series)), cellSize*float64(len(c.Labels))
	totalW := textWidth("total") + 2*pad
	width := left + pad + gridW + math.Max(totalW, colText*cos+pad)
	s.open(width+pad, top+gridH+2*pad, Heatmap)
	lo, hi := c.span()
	x0 := left + pad
	for j, name := range c.Series {
		x := x0 + cellSize*(float64(j)+0.5)
		s.text(x, top-4, "start", "col-label", name, -slant)
	}
	s.text(x0+gridW+pad, top-4, "start", "col-label total", "total", 0)
	for i, label := range c.Labels {
		y := top + cellSize*float64(i)
		s.text(left, y+cellSize*0.7, "end", "row-label", label, 0)
		for j, name := range c.Series {
			v := c.Values[i][j]
			title := fmt.Sprintf("%s × %s: %s", label, name, Number(v))
			s.rect("cell", x0+cellSize*float64(j), y, cellSize-1, cellSize-1, hex(shade(v, lo, hi)), title,
				"row", label, "col", name, "value", Number(v))
		}
		s.text(x0+gridW+pad, y+cellSize*0.7, "start", "row-total", Number(c.rowSum(i)), 0)
	}
}

// legendSVG names the series of stacked bars in a row at (x, y) and
// returns its height.
func (c *Chart) legendSVG(s *svgWriter, x, y float64) float64 {
	if len(c.Series) < 2 {
		return 0
	}
	for j, name := range c.Series {
		s.printf(`<rect class="legend" x="%.1f" y="%.1f" width="10" height="10" fill="%s"/>`+"\n", x, y, hex(seriesColor(j)))
		s.text(x+14, y+9, "start", "legend-label", name, 0)
		x += 14 + textWidth(clip(name)) + pad
	}
	return fontSize + pad
}

// legendWidth is how wide legendSVG draws.
func (c *Chart) legendWidth() float64 {
	if len(c.Series) < 2 {
		return 0
	}
	w := 0.0
	for _, name := range c.Series {
		w += 14 + textWidth(clip(name)) + pad
	}
	return w
}

// barsSVG draws a horizontal bar per label, stacked by series, its sum
// written at its end.
func (c *Chart) barsSVG(s *svgWriter) {
	left := longest(c.Labels) + pad
	const plotW = 480.0
	hi := c.maxRowSum()
	if hi == 0 {
		hi = 1
	}
	sumW := textWidth(Number(hi)) + pad
	legendH := 0.0
	if len(c.Series) > 1 {
		legendH = fontSize + pad
	}
	width := math.Max(left+pad+plotW+sumW, pad+c.legendWidth())
	s.open(width+pad, legendH+pad+float64(len(c.Labels))*(barHeight+4)+pad, Bars)
	c.legendSVG(s, pad, pad)
	x0, top := left+pad, legendH+pad
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
			s.rect("bar", x, y, w, barHeight, hex(seriesColor(j)), fmt.Sprintf("%s · %s: %s", label, name, Number(v)),
				"row", label, "col", name, "value", Number(v))
			x += w
		}
		s.text(x+4, y+barHeight*0.75, "start", "bar-value", Number(c.rowSum(i)), 0)
	}
}

// timelineSVG draws a bar per month left to right over a value axis;
// the undated bar stands apart in grey.
func (c *Chart) timelineSVG(s *svgWriter) {
	_, hi := c.span()
	if hi == 0 {
		hi = 1
	}
	const plotH, barW = 240.0, 22.0
	left := textWidth(Number(hi)) + 2*pad
	bottom := longest(c.Labels)*math.Sin(math.Pi/3) + 2*pad
	width := left + float64(len(c.Labels)+1)*(barW+4) + pad
	s.open(width, pad+fontSize+plotH+bottom, Timeline)
	top := pad + fontSize
	base := top + plotH
	s.printf(`<line class="axis" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#888"/>`+"\n", left, base, width-pad, base)
	for _, t := range []float64{0, hi / 2, hi} {
		y := base - t/hi*plotH
		s.text(left-4, y+4, "end", "tick", Number(math.Round(t*10)/10), 0)
		s.printf(`<line class="grid" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#eee"/>`+"\n", left, y, width-pad, y)
	}
	x := left + 4
	for i, label := range c.Labels {
		v := c.Values[i][0]
		fill := hex(blues[6])
		if label == Undated {
			x += barW / 2
			fill = "#999999"
		}
		h := math.Max(0, v/hi*plotH)
		s.rect("bar", x, base-h, barW, h, fill, fmt.Sprintf("%s: %s %s", label, Number(v), c.ValueName),
			"row", label, "value", Number(v))
		s.text(x+barW/2, base+pad+4, "end", "col-label", label, -60)
		x += barW + 4
	}
}

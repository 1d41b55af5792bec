package chart

import (
	"bufio"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
)

// canvas is what a chart is drawn on, in CSS pixels with y down: SVG
// text (svgWriter, for the HTML page and -format svg) or pixels (raster,
// for -format png). The layout (svg.go, mapsvg.go) is written once, for
// both.
type canvas interface {
	// open starts a picture w wide and h high; it is called first, once.
	open(w, h float64, kind Kind)
	// translate moves what is drawn after it down by dy.
	translate(dy float64)
	// rect fills a rectangle; title and data (name, value pairs) are the
	// hover text and data- attributes of the SVG, unused in pixels.
	rect(class string, x, y, w, h float64, fill color.RGBA, title string, data ...string)
	// line draws a line one pixel wide.
	line(class string, x1, y1, x2, y2 float64, stroke color.RGBA)
	// text writes label with its baseline at (x, y), anchored "start",
	// "middle" or "end" there and rotated by rotate degrees clockwise.
	text(x, y float64, anchor, class, label string, rotate float64)
	// measure is how wide text of class draws label.
	measure(class, label string) float64
	// polygon fills rings (holes wind the other way) and outlines them in
	// white; title and data as for rect.
	polygon(class string, rings [][][2]float64, fill color.RGBA, title string, data ...string)
}

const titleSize = 18.0 // the size of a standalone picture's title

var (
	white    = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ink      = color.RGBA{0x22, 0x22, 0x22, 0xff}
	axisGrey = color.RGBA{0x88, 0x88, 0x88, 0xff}
	gridGrey = color.RGBA{0xee, 0xee, 0xee, 0xff}
	undated  = color.RGBA{0x99, 0x99, 0x99, 0xff}
)

// textSize is the font size of a class of text.
func textSize(class string) float64 {
	if class == "title" {
		return titleSize
	}
	return fontSize
}

// draw lays the chart out on cv; a chart of no kind it draws is an
// error.
func (c *Chart) draw(cv canvas) error {
	switch c.Kind {
	case Heatmap:
		c.heatmapSVG(cv)
	case Bars:
		c.barsSVG(cv)
	case Timeline:
		c.timelineSVG(cv)
	case Map:
		c.mapSVG(cv)
	default:
		return fmt.Errorf("no chart to draw")
	}
	return nil
}

// longest is the width of the widest of labels.
func longest(s canvas, class string, labels []string) float64 {
	m := 0.0
	for _, l := range labels {
		m = math.Max(m, s.measure(class, l))
	}
	return m
}

// titled is a canvas with a white background and the chart's title
// above the chart: a picture that stands alone.
type titled struct {
	canvas
	title string
}

func (t titled) open(w, h float64, kind Kind) {
	band := titleSize + 2*pad
	w = math.Max(w, t.canvas.measure("title", t.title)+2*pad)
	t.canvas.open(w, h+band, kind)
	t.canvas.rect("background", 0, 0, w, h+band, white, "")
	t.canvas.text(pad, pad+titleSize, "start", "title", t.title, 0)
	t.canvas.translate(band)
}

// WritePicture draws the chart alone, titled, for articles and slides:
// format "svg" is a standalone SVG document (the HTML page's drawing, with
// hover titles), "png" the same drawing in pixels.
func (c *Chart) WritePicture(w io.Writer, format string) error {
	switch format {
	case "svg":
		s := &svgWriter{docTitle: c.Title}
		if err := c.draw(titled{s, c.Title}); err != nil {
			return err
		}
		return s.writeTo(w)
	case "png":
		r, err := newRaster()
		if err != nil {
			return err
		}
		if err := c.draw(titled{r, c.Title}); err != nil {
			return err
		}
		b := bufio.NewWriter(w)
		if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(b, r.img); err != nil {
			return err
		}
		return b.Flush()
	}
	return fmt.Errorf("no picture format %q (want svg or png)", format)
}

package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func init() {
	// Labels in the sans-serif face the HTML page uses; gonum/plot embeds
	// the Liberation fonts, so nothing is read from the system.
	plot.DefaultFont = font.Font{Typeface: "Liberation", Variant: "Sans"}
}

// WritePlot draws the chart alone through gonum.org/v1/plot as format,
// "svg" or "png", for articles and slides.
func (c *Chart) WritePlot(w io.Writer, format string) error {
	p := plot.New()
	p.Title.Text = c.Title
	var err error
	width, height := 8*vg.Inch, 5*vg.Inch
	switch c.Kind {
	case Heatmap:
		err = c.heatmapPlot(p)
		width = vg.Length(math.Max(8, 4+0.22*float64(len(c.Series)))) * vg.Inch
		height = vg.Length(3.5+0.2*float64(len(c.Labels))) * vg.Inch
	case Bars:
		err = c.barsPlot(p)
		height = vg.Length(1.5+0.22*float64(len(c.Labels))) * vg.Inch
	case Timeline:
		err = c.timelinePlot(p)
		width = vg.Length(math.Max(6, 2+0.3*float64(len(c.Labels)))) * vg.Inch
	case Map:
		err = c.mapPlot(p)
		width, height = 10*vg.Inch, vg.Length(10*mapHeight/mapWidth+0.6)*vg.Inch
	default:
		return fmt.Errorf("no chart to draw")
	}
	if err != nil {
		return err
	}
	wt, err := p.WriterTo(width, height, format)
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}

func clipAll(labels []string) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = clip(l)
	}
	return out
}

// reversed lists labels bottom-up, so that the first row is drawn at
// the top as the result has it.
func reversed(labels []string) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[len(labels)-1-i] = clip(l)
	}
	return out
}

// barsPlot stacks a horizontal bar per label, first label at the top.
func (c *Chart) barsPlot(p *plot.Plot) error {
	n := len(c.Labels)
	var below *plotter.BarChart
	for j, name := range c.Series {
		vals := make(plotter.Values, n)
		for i := range c.Labels {
			v := c.Values[i][j]
			if math.IsNaN(v) {
				v = 0
			}
			vals[n-1-i] = v
		}
		bc, err := plotter.NewBarChart(vals, vg.Points(11))
		if err != nil {
			return err
		}
		bc.Horizontal, bc.Color, bc.LineStyle.Width = true, seriesColor(j), 0
		if below != nil {
			bc.StackOn(below)
		}
		below = bc
		p.Add(bc)
		if len(c.Series) > 1 {
			p.Legend.Add(clip(name), bc)
		}
	}
	p.Legend.Top, p.Legend.Left = false, false
	p.NominalY(reversed(c.Labels)...)
	p.X.Label.Text = c.ValueName
	p.X.Min = 0
	return nil
}

// timelinePlot draws a vertical bar per month, the undated one in grey.
func (c *Chart) timelinePlot(p *plot.Plot) error {
	dated := make(plotter.Values, len(c.Labels))
	undated := make(plotter.Values, len(c.Labels))
	for i, l := range c.Labels {
		if l == Undated {
			undated[i] = c.Values[i][0]
		} else {
			dated[i] = c.Values[i][0]
		}
	}
	for k, vals := range []plotter.Values{dated, undated} {
		bc, err := plotter.NewBarChart(vals, vg.Points(14))
		if err != nil {
			return err
		}
		bc.Color, bc.LineStyle.Width = blues[6], 0
		if k == 1 {
			bc.Color = color.RGBA{0x99, 0x99, 0x99, 0xff}
		}
		p.Add(bc)
	}
	p.NominalX(clipAll(c.Labels)...)
	p.X.Tick.Label.Rotation = math.Pi / 3
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XRight, draw.YCenter
	p.Y.Label.Text = c.ValueName
	p.Y.Min = 0
	p.Add(plotter.NewGrid())
	return nil
}

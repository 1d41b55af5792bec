package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// grid shows a heat map's values to plotter.HeatMap: column j is series
// j, row 0 the last label, so that the first is drawn at the top.
type grid struct{ c *Chart }

func (g grid) Dims() (int, int)   { return len(g.c.Series), len(g.c.Labels) }
func (g grid) Z(c, r int) float64 { return g.c.Values[len(g.c.Labels)-1-r][c] }
func (g grid) X(c int) float64    { return float64(c) }
func (g grid) Y(r int) float64    { return float64(r) }

// bluesPalette spreads the Blues scale over 64 colours.
type bluesPalette struct{}

func (bluesPalette) Colors() []color.Color {
	out := make([]color.Color, 64)
	for i := range out {
		out[i] = shade(float64(i), 0, 63)
	}
	return out
}

// heatmapPlot draws a cell per label and series, the first label at the
// top, column labels slanted below.
func (c *Chart) heatmapPlot(p *plot.Plot) error {
	hm := plotter.NewHeatMap(grid{c}, bluesPalette{})
	lo, hi := c.span()
	hm.Min, hm.Max = lo, hi
	if hi == lo {
		hm.Max = lo + 1
	}
	hm.NaN = noData
	p.Add(hm)
	p.NominalX(clipAll(c.Series)...)
	p.NominalY(reversed(c.Labels)...)
	p.X.Tick.Label.Rotation = math.Pi / 3
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XRight, draw.YCenter
	p.X.Tick.Label.Font.Size = vg.Points(8)
	p.Y.Tick.Label.Font.Size = vg.Points(8)
	return nil
}

// mapPlot fills each country by its value, grey without one.
func (c *Chart) mapPlot(p *plot.Plot) error {
	countries, _ := World()
	vals := c.values()
	lo, hi := c.span()
	for _, k := range countries {
		v, ok := vals[k.ISO2]
		if !ok && k.ISO2 == "AQ" {
			continue
		}
		rings := make([]plotter.XYer, len(k.Rings))
		for i, r := range k.Rings {
			xys := make(plotter.XYs, len(r))
			for j, pt := range r {
				xys[j].X, xys[j].Y = pt[0], math.Max(pt[1], mapBottom)
			}
			rings[i] = xys
		}
		poly, err := plotter.NewPolygon(rings...)
		if err != nil {
			return err
		}
		poly.Color = noData
		if ok {
			poly.Color = shade(v, lo, hi)
		}
		poly.LineStyle.Color, poly.LineStyle.Width = color.White, vg.Points(0.3)
		p.Add(poly)
	}
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = -180, 180, mapBottom, mapTop
	p.HideAxes()
	p.X.Label.Text = c.ValueName
	return nil
}

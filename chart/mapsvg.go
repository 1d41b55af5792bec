package chart

import (
	"fmt"
	"image/color"
	"math"
	"strings"
)

// The map's frame: an equirectangular projection of longitudes -180..180
// and latitudes mapTop..mapBottom (Antarctica is drawn only when it has a
// value, and then cut at mapBottom).
const (
	mapWidth  = 960.0
	mapTop    = 84.0
	mapBottom = -58.0
	mapScale  = mapWidth / 360
	mapHeight = (mapTop - mapBottom) * mapScale
)

func project(p [2]float64) (x, y float64) {
	return (p[0] + 180) * mapScale, (mapTop - math.Max(p[1], mapBottom)) * mapScale
}

// projected is a country's rings in the map's pixels.
func projected(c Country) [][][2]float64 {
	out := make([][][2]float64, len(c.Rings))
	for i, ring := range c.Rings {
		out[i] = make([][2]float64, len(ring))
		for j, p := range ring {
			out[i][j][0], out[i][j][1] = project(p)
		}
	}
	return out
}

// values maps a map chart's ISO codes to their values.
func (c *Chart) values() map[string]float64 {
	m := map[string]float64{}
	for i, l := range c.Labels {
		m[l] = c.Values[i][0]
	}
	return m
}

// Missing lists the chart's countries the map has no shape for (too
// small at 1:110m, or not a country code).
func (c *Chart) Missing() []string {
	_, at := World()
	var out []string
	for _, l := range c.Labels {
		if _, ok := at[l]; !ok {
			out = append(out, l)
		}
	}
	return out
}

// mapSVG draws every country, shaded by its value, grey without one,
// a legend below, and the codes it could not draw.
func (c *Chart) mapSVG(s canvas) {
	countries, _ := World()
	vals := c.values()
	lo, hi := c.span()
	s.open(mapWidth, mapHeight+3*fontSize+2*pad, Map)
	s.rect("sea", 0, 0, mapWidth, mapHeight, sea, "")
	for _, k := range countries {
		v, ok := vals[k.ISO2]
		if !ok && k.ISO2 == "AQ" {
			continue
		}
		fill, title, class := noData, fmt.Sprintf("%s (%s): no value", k.Name, k.ISO2), "country"
		if ok {
			fill, title, class = shade(v, lo, hi), fmt.Sprintf("%s (%s): %s %s", k.Name, k.ISO2, Number(v), c.ValueName), "country valued"
		}
		s.polygon(class, projected(k), fill, title, "iso2", k.ISO2, "value", Number(v))
	}
	y := mapHeight + pad
	x := scaleLegend(s, pad, y, lo, hi, c.ValueName, true)
	if miss := c.Missing(); len(miss) > 0 {
		note := "too small to draw: " + strings.Join(miss, ", ")
		if x+2*pad+s.measure("missing", note) <= mapWidth-pad {
			s.text(mapWidth-pad, y+10, "end", "missing", note, 0)
		} else {
			s.text(pad, y+legendHeight+fontSize, "start", "missing", note, 0)
		}
	}
}

var sea = color.RGBA{0xf4, 0xf8, 0xfb, 0xff}

// legendHeight is how high scaleLegend draws.
const legendHeight = 10 + fontSize + 4

// legendValues are the values a colour scale from lo to hi shows: each
// whole number when the values are whole and few, else round steps, and
// hi.
func legendValues(lo, hi float64) []float64 {
	if hi-lo <= 5 && lo == math.Trunc(lo) && hi == math.Trunc(hi) {
		var out []float64
		for v := lo; v <= hi; v++ {
			out = append(out, v)
		}
		return out
	}
	var out []float64
	for _, t := range ticks(hi) {
		if t >= lo && t < hi {
			out = append(out, t)
		}
	}
	return append(out, hi)
}

// scaleLegend draws the colour scale from lo to hi at (x, y), swatches
// named by their value, then what the values count, then (when noValue)
// the grey of no value; it returns where it ends.
func scaleLegend(s canvas, x, y, lo, hi float64, name string, noValue bool) float64 {
	for _, v := range legendValues(lo, hi) {
		s.rect("legend", x, y, 40, 10, shade(v, lo, hi), "")
		s.text(x+20, y+10+fontSize, "middle", "legend-label", Number(v), 0)
		x += 44
	}
	s.text(x+pad, y+10, "start", "legend-label", name, 0)
	x += pad + s.measure("legend-label", name)
	if noValue {
		s.rect("legend", x+2*pad, y, 40, 10, noData, "")
		s.text(x+2*pad+44, y+10, "start", "legend-label", "no value", 0)
		x += 2*pad + 44 + s.measure("legend-label", "no value")
	}
	return x
}

// scaleLegendWidth is how wide scaleLegend draws.
func scaleLegendWidth(s canvas, lo, hi float64, name string, noValue bool) float64 {
	w := 44*float64(len(legendValues(lo, hi))) + pad + s.measure("legend-label", name)
	if noValue {
		w += 2*pad + 44 + s.measure("legend-label", "no value")
	}
	return w
}

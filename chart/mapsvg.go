package chart

import (
	"fmt"
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

// path is a country's rings as an SVG path.
func path(c Country) string {
	var b strings.Builder
	for _, ring := range c.Rings {
		for i, p := range ring {
			x, y := project(p)
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&b, "%s%.1f %.1f", cmd, x, y)
		}
		b.WriteString("Z")
	}
	return b.String()
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
func (c *Chart) mapSVG(s *svgWriter) {
	countries, _ := World()
	vals := c.values()
	lo, hi := c.span()
	s.open(mapWidth, mapHeight+3*fontSize+2*pad, Map)
	s.printf(`<rect class="sea" x="0" y="0" width="%.0f" height="%.1f" fill="#f4f8fb"/>`+"\n", mapWidth, mapHeight)
	for _, k := range countries {
		v, ok := vals[k.ISO2]
		if !ok && k.ISO2 == "AQ" {
			continue
		}
		fill, title := hex(noData), fmt.Sprintf("%s (%s): no value", k.Name, k.ISO2)
		if ok {
			fill, title = hex(shade(v, lo, hi)), fmt.Sprintf("%s (%s): %s %s", k.Name, k.ISO2, Number(v), c.ValueName)
		}
		class := "country"
		if ok {
			class = "country valued"
		}
		s.printf(`<path class="%s" d="%s" fill="%s" stroke="#fff" stroke-width="0.5" data-iso2="%s" data-value="%s"><title>%s</title></path>`+"\n",
			class, path(k), fill, k.ISO2, Number(v), esc(title))
	}
	y := mapHeight + pad
	x := pad
	for i := 0; i <= 4; i++ {
		v := lo + (hi-lo)*float64(i)/4
		s.printf(`<rect class="legend" x="%.1f" y="%.1f" width="40" height="10" fill="%s"/>`+"\n", x, y, hex(shade(v, lo, hi)))
		s.text(x+20, y+10+fontSize, "middle", "legend-label", Number(math.Round(v*10)/10), 0)
		x += 44
	}
	s.text(x+pad, y+10, "start", "legend-label", c.ValueName, 0)
	if miss := c.Missing(); len(miss) > 0 {
		s.text(mapWidth-pad, y+10, "end", "missing", "too small to draw: "+strings.Join(miss, ", "), 0)
	}
}

package chart

import (
	"fmt"
	"image/color"
	"math"
)

// blues is ColorBrewer's sequential Blues scale, light to dark.
var blues = []color.RGBA{
	{0xf7, 0xfb, 0xff, 0xff}, {0xde, 0xeb, 0xf7, 0xff}, {0xc6, 0xdb, 0xef, 0xff},
	{0x9e, 0xca, 0xe1, 0xff}, {0x6b, 0xae, 0xd6, 0xff}, {0x42, 0x92, 0xc6, 0xff},
	{0x21, 0x71, 0xb5, 0xff}, {0x08, 0x51, 0x9c, 0xff}, {0x08, 0x30, 0x6b, 0xff},
}

// categorical tells stacked series apart (Tableau 10).
var categorical = []color.RGBA{
	{0x4e, 0x79, 0xa7, 0xff}, {0xf2, 0x8e, 0x2b, 0xff}, {0xe1, 0x57, 0x59, 0xff},
	{0x76, 0xb7, 0xb2, 0xff}, {0x59, 0xa1, 0x4f, 0xff}, {0xed, 0xc9, 0x48, 0xff},
	{0xb0, 0x7a, 0xa1, 0xff}, {0xff, 0x9d, 0xa7, 0xff}, {0x9c, 0x75, 0x5f, 0xff},
	{0xba, 0xb0, 0xac, 0xff},
}

// noData is the colour of a NULL cell or a country without a value.
var noData = color.RGBA{0xe4, 0xe4, 0xe4, 0xff}

// shade is the colour of v on a scale from lo to hi, from the second
// lightest blue (the lightest is hard to tell from white): NaN is noData.
func shade(v, lo, hi float64) color.RGBA {
	if math.IsNaN(v) {
		return noData
	}
	f := 1.0
	if hi > lo {
		f = (v - lo) / (hi - lo)
	}
	f = 1 + math.Max(0, math.Min(1, f))*float64(len(blues)-2)
	i := int(f)
	if i >= len(blues)-1 {
		return blues[len(blues)-1]
	}
	a, b, t := blues[i], blues[i+1], f-float64(i)
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

func seriesColor(i int) color.RGBA { return categorical[i%len(categorical)] }

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// span is the least and greatest value of the chart, NaN aside; lo is
// at most 0 so that a scale starts at nothing.
func (c *Chart) span() (lo, hi float64) {
	for _, row := range c.Values {
		for _, v := range row {
			if !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	return lo, hi
}

// rowSum is the sum of a label's values, NaN as 0.
func (c *Chart) rowSum(i int) float64 {
	s := 0.0
	for _, v := range c.Values[i] {
		if !math.IsNaN(v) {
			s += v
		}
	}
	return s
}

// maxRowSum is the longest stacked bar.
func (c *Chart) maxRowSum() float64 {
	m := 0.0
	for i := range c.Values {
		m = math.Max(m, c.rowSum(i))
	}
	return m
}

// Number formats a value as the table shows it; NaN is NULL.
func Number(v float64) string {
	if math.IsNaN(v) {
		return "NULL"
	}
	return fmt.Sprint(v)
}

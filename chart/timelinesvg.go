package chart

import (
	"fmt"
	"math"
	"strconv"
)

// timelineSVG draws a bar per month left to right over a value axis;
// the undated bar stands apart in grey. Bars narrow when there are many
// months (the picture stays about 1500 pixels wide), and then only every
// few months, or years, are labelled.
func (c *Chart) timelineSVG(s canvas) {
	ts := ticks(c.maxRowSum())
	hi := ts[len(ts)-1]
	const plotH = 240.0
	n := float64(len(c.Labels))
	unit := math.Max(4, math.Min(26, 1500/n)) // a month: its bar and the gap
	barW := unit * 0.85
	every := labelEvery(unit)
	shown := make([]string, len(c.Labels))
	for i, l := range c.Labels {
		shown[i] = monthLabel(l, every)
	}
	apart := 0.0 // the undated bar's extra gap
	if last := len(c.Labels) - 1; last >= 0 && c.Labels[last] == Undated {
		apart = math.Max(unit/2, pad)
		for j := last - 1; j >= 0 && every > 1; j-- { // no month label on undated's
			if shown[j] != "" {
				if float64(last-j)*unit+apart < 30 {
					shown[j] = ""
				}
				break
			}
		}
	}
	left := 3*pad + fontSize + s.measure("tick", Number(hi))
	bottom := longest(s, "col-label", shown)*math.Sin(math.Pi/3) + 2*pad + 4
	width := left + (n+0.5)*unit + apart + pad
	top := pad + fontSize
	base := top + plotH
	s.open(width, base+bottom, Timeline)
	s.text(pad+fontSize, top+plotH/2, "middle", "axis-label", c.ValueName, -90)
	for _, t := range ts {
		y := base - t/hi*plotH
		s.line("grid", left, y, width-pad, y, gridGrey)
		s.text(left-4, y+4, "end", "tick", Number(t), 0)
	}
	s.line("axis", left, base, width-pad, base, axisGrey)
	x := left + unit/2
	for i, label := range c.Labels {
		v := c.Values[i][0]
		fill := blues[6]
		if label == Undated {
			x += apart
			fill = undated
		}
		h := math.Max(0, v/hi*plotH)
		s.rect("bar", x, base-h, barW, h, fill, fmt.Sprintf("%s: %s %s", label, Number(v), c.ValueName),
			"row", label, "value", Number(v))
		if shown[i] != "" {
			if every > 1 {
				s.line("tick", x+barW/2, base, x+barW/2, base+4, axisGrey)
			}
			s.text(x+barW/2+4, base+pad+4, "end", "col-label", shown[i], -60)
		}
		x += unit
	}
}

// labelEvery is how many months apart labels are when a month is unit
// pixels wide: every month when there is room, else enough months for
// labels 40 pixels apart (1, 2, 3 or 6 months, or 1, 2, 5 or 10 years).
func labelEvery(unit float64) int {
	if unit >= 16 {
		return 1
	}
	for _, k := range []int{2, 3, 6, 12, 24, 60, 120} {
		if float64(k)*unit >= 40 {
			return k
		}
	}
	return 240
}

// monthLabel is what a timeline writes under month l (YYYY-MM) when
// labels are every months apart: the month at each step (its year alone
// from a year up), nothing between. Labels that are not months (undated)
// are always written.
func monthLabel(l string, every int) string {
	y, err1 := strconv.Atoi(l[:min(4, len(l))])
	m, err2 := 0, error(nil)
	if len(l) == 7 {
		m, err2 = strconv.Atoi(l[5:])
	}
	if err1 != nil || err2 != nil || len(l) != 7 || every == 1 {
		return l
	}
	if every < 12 {
		if (m-1)%every == 0 {
			return l
		}
		return ""
	}
	if m == 1 && y%(every/12) == 0 {
		return l[:4]
	}
	return ""
}

package chart

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// timeline makes bars over time from the first month or date column and
// the first value column: a bar per month from the first to the last,
// months with no row as zero, and rows without a date as one bar of
// their own (Undated) at the end. Dates are counted in their month.
func (t *table) timeline() (*Chart, error) {
	d := t.dateCol()
	if d < 0 {
		return nil, fmt.Errorf("the result has no column of months (YYYY-MM) or dates (YYYY-MM-DD)")
	}
	values := t.valueCols()
	if len(values) == 0 {
		return nil, fmt.Errorf("the result has no column of numbers")
	}
	v := values[0]
	sums := map[string]float64{}
	undated, hasUndated := 0.0, false
	first, last := "", ""
	for _, r := range t.rows {
		n := toFloat(r[v])
		if math.IsNaN(n) {
			n = 0
		}
		s, _ := r[d].(string)
		if s == "" {
			undated, hasUndated = undated+n, true
			continue
		}
		m := s[:7]
		sums[m] += n
		if first == "" || m < first {
			first = m
		}
		if m > last {
			last = m
		}
	}
	c := &Chart{Kind: Timeline, LabelName: "month", ValueName: t.cols[v], Series: []string{t.cols[v]}}
	for _, m := range months(first, last) {
		c.Labels = append(c.Labels, m)
		c.Values = append(c.Values, []float64{sums[m]})
	}
	if hasUndated {
		c.Labels = append(c.Labels, Undated)
		c.Values = append(c.Values, []float64{undated})
	}
	return c, nil
}

// months lists the months from first to last (YYYY-MM), both included.
func months(first, last string) []string {
	if first == "" {
		return nil
	}
	a, err1 := time.Parse("2006-01", first)
	b, err2 := time.Parse("2006-01", last)
	if err1 != nil || err2 != nil {
		return []string{first} // not a real month (2009-13): no range
	}
	var out []string
	for m := a; !m.After(b); m = m.AddDate(0, 1, 0) {
		out = append(out, m.Format("2006-01"))
	}
	return out
}

// worldMap makes a map: a value per country from the iso2 column and the
// first value column (summed when a country has several rows).
func (t *table) worldMap() (*Chart, error) {
	iso := t.iso2Col()
	if iso < 0 {
		return nil, fmt.Errorf("the result has no iso2 column")
	}
	values := t.valueCols()
	if len(values) == 0 {
		return nil, fmt.Errorf("the result has no column of numbers")
	}
	v := values[0]
	c := &Chart{Kind: Map, LabelName: "country", ValueName: t.cols[v], Series: []string{t.cols[v]}}
	at := map[string]int{}
	for _, r := range t.rows {
		code := strings.ToUpper(text(r[iso]))
		if r[iso] == nil || code == "" {
			continue
		}
		n := toFloat(r[v])
		i, ok := at[code]
		if !ok {
			at[code] = len(c.Labels)
			c.Labels = append(c.Labels, code)
			c.Values = append(c.Values, []float64{n})
			continue
		}
		if !math.IsNaN(n) {
			c.Values[i][0] = nansum(c.Values[i][0], n)
		}
	}
	return c, nil
}

func nansum(a, b float64) float64 {
	if math.IsNaN(a) {
		return b
	}
	return a + b
}

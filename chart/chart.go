// Package chart turns a query result into a picture: it picks the chart
// a result's columns fit (a heat map for a matrix, bars for label and
// counts, bars over time for months, a world map for countries by
// ISO code) and draws it as SVG inside an HTML page, alone as an SVG
// document or a PNG (one layout, drawn by hand on either canvas), or with
// block characters on a terminal.
package chart

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// Kind is the sort of chart.
type Kind string

// The kinds of chart, as -chart names them.
const (
	Heatmap  Kind = "heatmap"
	Bars     Kind = "bars"
	Timeline Kind = "timeline"
	Map      Kind = "map"
	None     Kind = "none"
)

// Kinds lists the names -chart accepts, "auto" first.
var Kinds = []string{"auto", string(Heatmap), string(Bars), string(Timeline), string(Map), string(None)}

// Chart is a result reduced to what a picture shows: a value per label
// (a bar, a heat-map row, a month, a country) and series (the stacked
// parts of a bar, the heat-map columns). Values[i][j] is label i in
// series j, NaN where the result held NULL.
type Chart struct {
	Kind   Kind
	Title  string
	Labels []string
	Series []string
	Values [][]float64
	// LabelName and ValueName name the axes: the label columns and what
	// the numbers count.
	LabelName, ValueName string
}

// Undated is the label of a timeline's bar for rows without a date.
const Undated = "undated"

// CheckKind reports an error unless kind is "" or one of Kinds.
func CheckKind(kind string) error {
	if kind == "" || slices.Contains(Kinds, kind) {
		return nil
	}
	return fmt.Errorf("unknown chart %q (want %s)", kind, strings.Join(Kinds, ", "))
}

// New reduces a result (columns and rows of nil, int64, float64, string or
// []byte) to the chart kind names: "" or "auto" picks one from the
// columns; a kind the columns cannot fill is an error. It returns nil for
// None.
func New(kind string, title string, cols []string, rows [][]any) (*Chart, error) {
	t := newTable(cols, rows)
	k := Kind(kind)
	if kind == "" || kind == "auto" {
		k = t.choose()
	}
	var c *Chart
	var err error
	switch k {
	case None:
		return nil, nil
	case Heatmap:
		c, err = t.matrix(Heatmap)
	case Bars:
		c, err = t.matrix(Bars)
	case Timeline:
		c, err = t.timeline()
	case Map:
		c, err = t.worldMap()
	default:
		return nil, CheckKind(kind)
	}
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", k, err)
	}
	c.Title = title
	return c, nil
}

// table is a result with what chart choice needs to know of its columns.
type table struct {
	cols    []string
	rows    [][]any
	numeric []bool // every non-NULL value is a number, and one is there
	binary  bool   // every numeric value is 0 or 1
}

func newTable(cols []string, rows [][]any) *table {
	t := &table{cols: cols, rows: rows, numeric: make([]bool, len(cols)), binary: true}
	for j := range cols {
		seen, num := false, true
		for _, r := range rows {
			switch v := r[j].(type) {
			case nil:
			case int64, float64:
				seen = true
				f := toFloat(v)
				t.binary = t.binary && (f == 0 || f == 1)
			default:
				num = false
			}
		}
		t.numeric[j] = seen && num
	}
	return t
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return math.NaN()
}

var (
	monthRE = lazyre.New(`^\d{4}-\d{2}$`)
	dateRE  = lazyre.New(`^\d{4}-\d{2}-\d{2}`)
)

// choose picks the chart the columns fit: a month or date column and a
// number make a timeline; an iso2 column and one number a map; labels
// and many numbers, or numbers all 0 or 1, a heat map; labels and
// numbers bars.
func (t *table) choose() Kind {
	values := t.valueCols()
	if len(values) == 0 || len(t.rows) == 0 {
		return None
	}
	if t.dateCol() >= 0 {
		return Timeline
	}
	if t.iso2Col() >= 0 && len(values) == 1 {
		return Map
	}
	if len(t.labelCols()) == 0 {
		return None
	}
	if len(values) >= 2 && (t.binary || len(values) > 8) {
		return Heatmap
	}
	return Bars
}

// valueCols are the numeric columns, without a "total" beside others:
// a total is the sum of the rest, which bars and heat maps show.
func (t *table) valueCols() []int {
	var out []int
	for j, c := range t.cols {
		if t.numeric[j] && !strings.EqualFold(c, "total") {
			out = append(out, j)
		}
	}
	if len(out) == 0 {
		for j := range t.cols {
			if t.numeric[j] {
				out = append(out, j)
			}
		}
	}
	return out
}

// labelCols are the columns that are not numbers; iso2 is left out when
// another label (a country's name) is there.
func (t *table) labelCols() []int {
	var out []int
	for j := range t.cols {
		if !t.numeric[j] {
			out = append(out, j)
		}
	}
	if len(out) > 1 {
		if iso := t.iso2Col(); iso >= 0 {
			for i, j := range out {
				if j == iso {
					return append(out[:i:i], out[i+1:]...)
				}
			}
		}
	}
	return out
}

func (t *table) iso2Col() int {
	for j, c := range t.cols {
		if strings.EqualFold(c, "iso2") && !t.numeric[j] {
			return j
		}
	}
	return -1
}

// dateCol is the first column whose values are all months (YYYY-MM) or
// dates (YYYY-MM-DD...), NULL or empty aside, with at least one.
func (t *table) dateCol() int {
	for j := range t.cols {
		if t.numeric[j] {
			continue
		}
		seen, ok := false, true
		for _, r := range t.rows {
			s, isText := r[j].(string)
			switch {
			case r[j] == nil || (isText && s == ""):
			case isText && (monthRE.MatchString(s) || dateRE.MatchString(s)):
				seen = true
			default:
				ok = false
			}
		}
		if seen && ok {
			return j
		}
	}
	return -1
}

// label joins a row's label columns.
func (t *table) label(r []any, cols []int) string {
	parts := make([]string, 0, len(cols))
	for _, j := range cols {
		if r[j] == nil {
			parts = append(parts, "NULL")
			continue
		}
		parts = append(parts, fmt.Sprint(text(r[j])))
	}
	return strings.Join(parts, " ")
}

func text(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return fmt.Sprint(v)
}

func (t *table) names(cols []int) string {
	parts := make([]string, len(cols))
	for i, j := range cols {
		parts[i] = t.cols[j]
	}
	return strings.Join(parts, ", ")
}

// matrix makes a heat map or bars: a label per row in the result's
// order, a series per value column.
func (t *table) matrix(k Kind) (*Chart, error) {
	values, labels := t.valueCols(), t.labelCols()
	if len(values) == 0 {
		return nil, fmt.Errorf("the result has no column of numbers")
	}
	c := &Chart{Kind: k, LabelName: t.names(labels), ValueName: t.names(values)}
	if len(values) > 1 {
		c.ValueName = "count"
	}
	for _, j := range values {
		c.Series = append(c.Series, t.cols[j])
	}
	for i, r := range t.rows {
		l := t.label(r, labels)
		if len(labels) == 0 {
			l = fmt.Sprint(i + 1)
		}
		c.Labels = append(c.Labels, l)
		row := make([]float64, len(values))
		for s, j := range values {
			row[s] = toFloat(r[j])
		}
		c.Values = append(c.Values, row)
	}
	return c, nil
}

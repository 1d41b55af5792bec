package shell

import (
	"fmt"
	"io"

	"github.com/cablesql/cablesql/chart"
)

// FileFormats are the formats written to files rather than shown on a
// terminal: a page with a chart, the chart alone, a workbook, a Parquet
// file. newRowWriter writes them as it writes the others.
var FileFormats = []string{"html", "svg", "png", "xlsx", "parquet"}

// BinaryFormat reports whether format writes bytes a terminal should
// not be sent.
func BinaryFormat(format string) bool {
	return format == "png" || format == "xlsx" || format == "parquet"
}

// fileFormats start a rowWriter of each of FileFormats.
var fileFormats = map[string]func(io.Writer, []string, Options) (rowWriter, error){
	"html":    newChartWriter,
	"svg":     newChartWriter,
	"png":     newChartWriter,
	"xlsx":    newXLSXWriter,
	"parquet": newParquetResult,
}

// chartWriter keeps the rows of a result, then draws them: an HTML page
// with its chart and table, or the chart alone as SVG or PNG.
type chartWriter struct {
	w    io.Writer
	cols []string
	rows [][]any
	opts Options
}

func newChartWriter(w io.Writer, cols []string, opts Options) (rowWriter, error) {
	if err := chart.CheckKind(opts.Chart); err != nil {
		return nil, err
	}
	return &chartWriter{w: w, cols: cols, opts: opts}, nil
}

func (c *chartWriter) Row(vals []any) error {
	c.rows = append(c.rows, vals)
	return nil
}

func (c *chartWriter) Close(stopped error) error {
	if stopped != nil {
		return nil
	}
	title := c.opts.Title
	if title == "" {
		title = "cablesql result"
	}
	ch, err := chart.New(c.opts.Chart, title, c.cols, c.rows)
	if err != nil {
		return err
	}
	if c.opts.Format == "html" {
		null := c.opts.NullValue
		if null == "" {
			null = defaultNull
		}
		return chart.WriteHTML(c.w, title, c.cols, c.rows, ch, formatValue, null)
	}
	if ch == nil {
		return fmt.Errorf("%s: the result's columns make no chart (want labels and numbers, a month column, or iso2 and a number); -chart picks one", c.opts.Format)
	}
	return ch.WritePicture(c.w, c.opts.Format)
}

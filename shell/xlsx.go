package shell

import (
	"fmt"
	"io"
	"math"

	"github.com/xuri/excelize/v2"
)

// xlsxSheet is the name of the one sheet an xlsx export holds.
const xlsxSheet = "result"

// maxExactInt is the largest integer a spreadsheet's numbers (doubles)
// hold exactly; a larger one is written as text so that it is not
// rounded.
const maxExactInt = 1 << 53

// xlsxWriter writes a workbook of one sheet through excelize's stream
// writer: the header row bold and frozen, numbers as numbers, NULL as no
// cell, text as text. Text is never a formula: excelize writes a string
// value as a string cell, so "=1+1" stays the five characters it is.
type xlsxWriter struct {
	w    io.Writer
	f    *excelize.File
	sw   *excelize.StreamWriter
	row  int
	cell []any
}

func newXLSXWriter(w io.Writer, cols []string, _ Options) (rowWriter, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", xlsxSheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(xlsxSheet)
	if err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	head := make([]any, len(cols))
	for i, c := range cols {
		head[i] = excelize.Cell{StyleID: bold, Value: c}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return nil, err
	}
	return &xlsxWriter{w: w, f: f, sw: sw, row: 1, cell: make([]any, len(cols))}, nil
}

func (x *xlsxWriter) Row(vals []any) error {
	x.row++
	if x.row > excelize.TotalRows {
		return fmt.Errorf("xlsx: more than %d rows, the most a sheet holds", excelize.TotalRows-1)
	}
	for i, v := range vals {
		x.cell[i] = xlsxValue(v)
	}
	cell, err := excelize.CoordinatesToCellName(1, x.row)
	if err == nil {
		err = x.sw.SetRow(cell, x.cell)
	}
	if err != nil {
		return fmt.Errorf("xlsx row %d: %w", x.row-1, err)
	}
	return nil
}

// xlsxValue is what a cell holds: nil (no cell) for NULL, a number, or
// text; an integer a double cannot hold exactly, and infinities, as text.
func xlsxValue(v any) any {
	switch x := v.(type) {
	case int64:
		if x > maxExactInt || x < -maxExactInt {
			return formatValue(x)
		}
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return formatValue(x)
		}
	case []byte:
		return string(x)
	}
	return v
}

func (x *xlsxWriter) Close(stopped error) error {
	defer x.f.Close()
	if stopped != nil {
		return nil
	}
	if err := x.sw.Flush(); err != nil {
		return err
	}
	_, err := x.f.WriteTo(x.w)
	return err
}

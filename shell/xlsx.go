package shell

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// xlsxSheet is the name of the one sheet an xlsx export holds.
const xlsxSheet = "result"

// maxExactInt is the largest integer a spreadsheet's numbers (doubles)
// hold exactly; a larger one is written as text so that it is not
// rounded.
const maxExactInt = 1 << 53

// xlsxMaxRows is the most rows a sheet holds (Office Open XML's limit).
const xlsxMaxRows = 1 << 20

// xlsxWriter writes a workbook of one sheet (ECMA-376, the parts a
// spreadsheet needs and no more): the header row bold and frozen, numbers
// as numbers, NULL as no cell, text as inline text, which is never a
// formula, so "=1+1" stays the five characters it is. The rows go to a
// temporary file as they come and the workbook is put together at Close,
// so an export of any size streams.
//
// It is written here rather than with excelize, whose package
// initialisation cost every cablesql process 9 ms at start (GODEBUG=
// inittrace) for a format few exports use; the tests read the workbooks
// back with excelize.
type xlsxWriter struct {
	w     io.Writer
	tmp   *os.File
	sheet *bufio.Writer
	row   int
}

func newXLSXWriter(w io.Writer, cols []string, _ Options) (rowWriter, error) {
	tmp, err := os.CreateTemp("", "cablesql-xlsx-*")
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	x := &xlsxWriter{w: w, tmp: tmp, sheet: bufio.NewWriterSize(tmp, 64<<10), row: 1}
	x.sheet.WriteString(`<row r="1">`)
	for i, c := range cols {
		x.writeCell(i, c, 1)
	}
	x.sheet.WriteString(`</row>`)
	return x, nil
}

// Row writes one row of values.
func (x *xlsxWriter) Row(vals []any) error {
	x.row++
	if x.row > xlsxMaxRows {
		return fmt.Errorf("xlsx: more than %d rows, the most a sheet holds", xlsxMaxRows-1)
	}
	fmt.Fprintf(x.sheet, `<row r="%d">`, x.row)
	for i, v := range vals {
		if v == nil {
			continue // NULL: no cell
		}
		x.writeCell(i, xlsxValue(v), 0)
	}
	_, err := x.sheet.WriteString(`</row>`)
	if err != nil {
		return fmt.Errorf("xlsx row %d: %w", x.row-1, err)
	}
	return nil
}

// writeCell writes the cell of column i in the current row: a number, or
// text; style 1 is the header's bold.
func (x *xlsxWriter) writeCell(i int, v any, style int) {
	ref := columnName(i) + strconv.Itoa(x.row)
	s := ""
	if style != 0 {
		s = fmt.Sprintf(` s="%d"`, style)
	}
	switch n := v.(type) {
	case int64:
		fmt.Fprintf(x.sheet, `<c r="%s"%s><v>%d</v></c>`, ref, s, n)
		return
	case float64:
		fmt.Fprintf(x.sheet, `<c r="%s"%s><v>%s</v></c>`, ref, s, strconv.FormatFloat(n, 'g', -1, 64))
		return
	}
	text, ok := v.(string)
	if !ok {
		text = formatValue(v)
	}
	fmt.Fprintf(x.sheet, `<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">`, ref, s)
	writeXMLText(x.sheet, text)
	x.sheet.WriteString(`</t></is></c>`)
}

// xlsxValue is what a cell holds: a number, or text; an integer a double
// cannot hold exactly, and infinities, as text.
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

// columnName is the letters of column i (from 0): A, ..., Z, AA, ...
func columnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// writeXMLText writes s as XML character data: markup escaped, and the
// characters XML 1.0 cannot hold (most control characters, invalid UTF-8)
// as U+FFFD.
func writeXMLText(w *bufio.Writer, s string) {
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '<':
			w.WriteString("&lt;")
		case r == '>':
			w.WriteString("&gt;")
		case r == '&':
			w.WriteString("&amp;")
		case r == '\r':
			w.WriteString("&#13;") // a literal one would be read as a line end and lost
		case r == '\t' || r == '\n' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF:
			w.WriteRune(r)
		default:
			w.WriteRune(utf8.RuneError)
		}
	}
}

// Close puts the workbook together on the writer, unless the export was
// stopped (then it writes nothing).
func (x *xlsxWriter) Close(stopped error) error {
	defer os.Remove(x.tmp.Name())
	defer x.tmp.Close()
	if stopped != nil {
		return nil
	}
	if err := x.sheet.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if _, err := x.tmp.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	z := zip.NewWriter(x.w)
	for _, part := range xlsxParts {
		f, err := z.Create(part[0])
		if err == nil {
			_, err = io.WriteString(f, xmlHeader+part[1])
		}
		if err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	f, err := z.Create("xl/worksheets/sheet1.xml")
	if err == nil {
		_, err = io.WriteString(f, xmlHeader+sheetOpen)
	}
	if err == nil {
		_, err = io.Copy(f, x.tmp)
	}
	if err == nil {
		_, err = io.WriteString(f, `</sheetData></worksheet>`)
	}
	if err == nil {
		err = z.Close()
	}
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// sheetOpen opens the sheet: the first row frozen.
const sheetOpen = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
	`</sheetView></sheetViews><sheetData>`

// xlsxParts are the workbook's parts other than the sheet: name, content.
var xlsxParts = [][2]string{
	{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`</Types>`},
	{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
		`</Relationships>`},
	{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<sheets><sheet name="` + xlsxSheet + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
	{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`</Relationships>`},
	{"xl/styles.xml", `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
		`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
		`</styleSheet>`},
}

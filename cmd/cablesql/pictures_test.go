package main

import (
	"encoding/xml"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/parquet/parquettest"
	"github.com/xuri/excelize/v2"
)

// cell is one value as a reader of a file gets it back: its text, and
// whether it is NULL.
type cell struct {
	text string
	null bool
}

// csvCells runs args with -format csv and returns the header and rows,
// an empty unquoted field being NULL (the CSV profile's rule).
func csvCells(t *testing.T, args ...string) ([]string, [][]cell) {
	t.Helper()
	rows, quoted := readCSVFields(t, mustRun(t, append(args, "-format", "csv")...))
	var out [][]cell
	for i, r := range rows[1:] {
		row := make([]cell, len(r))
		for j, f := range r {
			row[j] = cell{f, f == "" && !quoted[i+1][j]}
		}
		out = append(out, row)
	}
	return rows[0], out
}

func sameCells(t *testing.T, what string, wantCols, gotCols []string, want, got [][]cell) {
	t.Helper()
	if strings.Join(gotCols, "\x00") != strings.Join(wantCols, "\x00") {
		t.Fatalf("%s: columns %q, CSV has %q", what, gotCols, wantCols)
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, CSV has %d", what, len(got), len(want))
	}
	for i := range want {
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("%s row %d column %s: %+v, CSV has %+v", what, i+1, wantCols[j], got[i][j], want[i][j])
			}
		}
	}
}

// hostileValues are values a spreadsheet or Parquet writer gets wrong.
const hostileValues = tricky + ` UNION ALL
SELECT 12, '=1+1' UNION ALL SELECT 13, '+cmd' UNION ALL SELECT 14, '-2' UNION ALL
SELECT 15, '@SUM(A1)' UNION ALL SELECT 9007199254740993, 'big' UNION ALL
SELECT -3, 2.5 UNION ALL SELECT 16, 1e300`

// readXLSX reads the one sheet back: NULL is a cell that is not there;
// numbers must be number cells, text text cells.
func readXLSX(t *testing.T, path string) ([]string, [][]cell, map[string]excelize.CellType) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("result", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]excelize.CellType{}
	var out [][]cell
	for i := 1; i < len(rows); i++ {
		row := make([]cell, len(rows[0]))
		for j := range row {
			name, _ := excelize.CoordinatesToCellName(j+1, i+1)
			v, _ := f.GetCellValue("result", name, excelize.Options{RawCellValue: true})
			typ, _ := f.GetCellType("result", name)
			if formula, _ := f.GetCellFormula("result", name); formula != "" {
				t.Errorf("%s holds formula %q", name, formula)
			}
			types[name] = typ
			if x, err := strconv.ParseFloat(v, 64); err == nil && typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
				v = strconv.FormatFloat(x, 'g', -1, 64) // a number cell, as the CSV writes it
			}
			row[j] = cell{v, v == "" && typ == excelize.CellTypeUnset}
		}
		out = append(out, row)
	}
	return rows[0], out, types
}

func TestXLSXRoundTripsTheCSV(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")
	mustRun(t, "query", "-o", path, hostileValues)
	cols, want := csvCells(t, "query", hostileValues)
	gotCols, got, types := readXLSX(t, path)
	sameCells(t, "xlsx", cols, gotCols, want, got)
	for i, r := range want {
		name, _ := excelize.CoordinatesToCellName(1, i+2)
		n, err := strconv.ParseInt(r[0].text, 10, 64)
		isNumber := types[name] == excelize.CellTypeUnset || types[name] == excelize.CellTypeNumber
		if exact := err == nil && n < 1<<53; exact != isNumber {
			t.Errorf("%s = %s: number cell %v, want %v", name, r[0].text, isNumber, exact)
		}
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	panes, err := f.GetPanes("result")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
	style, _ := f.GetCellStyle("result", "A1")
	if s, err := f.GetStyle(style); err != nil || s.Font == nil || !s.Font.Bold {
		t.Errorf("header cell A1 not bold: %+v %v", s, err)
	}
}

// readParquet reads a Parquet file back, with parquettest's reader, as
// text, as the CSV writes each value; it returns the column names and
// physical types too.
func readParquet(t *testing.T, path string) ([]string, []string, [][]cell) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parquettest.Read(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var cols, kinds []string
	for _, c := range f.Columns {
		cols, kinds = append(cols, c.Name), append(kinds, c.Physical)
	}
	out := make([][]cell, f.NumRows)
	for i := range out {
		out[i] = make([]cell, len(cols))
		for j, c := range f.Columns {
			out[i][j] = parquetCell(c.Values[i])
		}
	}
	return cols, kinds, out
}

func parquetCell(v any) cell {
	switch x := v.(type) {
	case nil:
		return cell{"", true}
	case int64:
		return cell{strconv.FormatInt(x, 10), false}
	case float64:
		return cell{strconv.FormatFloat(x, 'g', -1, 64), false}
	}
	return cell{string(v.([]byte)), false}
}

func TestParquetResultRoundTripsTheCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.parquet")
	q := "SELECT n, text, NULL AS absent, n * 0.5 AS half FROM (" + hostileValues + ")"
	mustRun(t, "query", "-o", path, q)
	cols, want := csvCells(t, "query", q)
	gotCols, kinds, got := readParquet(t, path)
	sameCells(t, "parquet", cols, gotCols, want, got)
	if w := "INT64 BYTE_ARRAY BYTE_ARRAY DOUBLE"; strings.Join(kinds, " ") != w {
		t.Errorf("column types %v, want %s", kinds, w)
	}
}

func TestExportParquetRoundTripsEveryTable(t *testing.T) {
	db := nonPartners().build(t)
	dir := filepath.Join(t.TempDir(), "pq")
	_, errs, code := cli(t, nil, "export", "-db", db, "-format", "parquet", "-o", dir)
	if code != 0 {
		t.Fatalf("export: exit %d\n%s", code, errs)
	}
	tables := lines(mustRun(t, "query", "-db", db, "-format", "csv", "-crlf=false",
		"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'paragraphs_fts%'"))[1:]
	files, _ := filepath.Glob(filepath.Join(dir, "*.parquet"))
	if len(files) != len(tables) {
		t.Errorf("%d files for %d tables: %v", len(files), len(tables), files)
	}
	for _, table := range tables {
		cols, want := csvCells(t, "query", "-db", db, "SELECT * FROM "+table)
		gotCols, kinds, got := readParquet(t, filepath.Join(dir, table+".parquet"))
		sameCells(t, table, cols, gotCols, want, got)
		if table == "activities" && kinds[0] != "INT64" {
			t.Errorf("activities.%s is %s, want INT64", gotCols[0], kinds[0])
		}
	}
}

// TestSVGHasABarPerCountry reads -format svg as XML: a standalone
// document titled with the query's name, a label and bars for each
// country, each series in one colour, named in the legend.
func TestSVGHasABarPerCountry(t *testing.T) {
	out := mustRun(t, "run", "-format", "svg", "participation_by_country")
	_, rows := csvCells(t, "run", "participation_by_country")
	texts := map[string][]string{}        // by class
	fills := map[string]map[string]bool{} // a series' fills
	countries := map[string]bool{}
	d := xml.NewDecoder(strings.NewReader(out))
	class := ""
	for {
		tok, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not valid SVG: %v", err)
			}
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range e.Attr {
				attr[a.Name.Local] = a.Value
			}
			class = attr["class"]
			if e.Name.Local == "rect" && class == "bar" {
				if fills[attr["data-col"]] == nil {
					fills[attr["data-col"]] = map[string]bool{}
				}
				fills[attr["data-col"]][attr["fill"]] = true
				countries[attr["data-row"]] = true
			}
		case xml.CharData:
			if class != "" && strings.TrimSpace(string(e)) != "" {
				texts[class] = append(texts[class], strings.TrimSpace(string(e)))
			}
		}
	}
	if !strings.HasPrefix(out, "<?xml") || len(texts["title"]) != 1 || texts["title"][0] != "participation_by_country" {
		t.Errorf("not a titled document: title %q", texts["title"])
	}
	labels := "\x00" + strings.Join(texts["row-label"], "\x00") + "\x00"
	for _, r := range rows {
		if !strings.Contains(labels, "\x00"+r[1].text+"\x00") || !countries[r[1].text] {
			t.Errorf("no label or no bar for %q in the SVG", r[1].text)
		}
	}
	if len(fills) != 7 || len(texts["legend-label"]) != 7 {
		t.Errorf("%d series of bars, %d in the legend, want the 7 actions: %v", len(fills), len(texts["legend-label"]), fills)
	}
	for series, f := range fills {
		if len(f) != 1 {
			t.Errorf("%s bars in %d colours", series, len(f))
		}
	}
}

func TestShellChartAndExportByExtension(t *testing.T) {
	dir := t.TempDir()
	xlsx, page := filepath.Join(dir, "m.xlsx"), filepath.Join(dir, "t.html")
	script := ".run attendance_matrix\n.chart\n.export " + xlsx + "\n.run timeline\n.chart\n.export " + page + "\n"
	out, errs, code := runBinary(t, dir, script)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	cols, rows := csvCells(t, "run", "attendance_matrix")
	for _, r := range rows { // a heat-map row: label, a cell per event, total
		want := regexp.MustCompile(regexp.QuoteMeta(r[1].text) + ` +((?:··|██){` + strconv.Itoa(len(cols)-3) + `}) ` + r[len(r)-1].text + "\n")
		if !want.MatchString(out) {
			t.Errorf(".chart has no heat-map row for %s:\n%s", r[1].text, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf(".chart wrote colour to a pipe")
	}
	_, months := csvCells(t, "run", "timeline")
	for _, m := range months {
		label := m[0].text
		if m[0].null {
			label = "undated"
		}
		if !regexp.MustCompile(`(?m)^` + label + ` [█▏▎▍▌▋▊▉]+ ` + m[1].text + `$`).MatchString(out) {
			t.Errorf(".chart has no bar %s %s", label, m[1].text)
		}
	}
	gotCols, got, _ := readXLSX(t, xlsx)
	sameCells(t, ".export xlsx", cols, gotCols, rows, got)
	if b, err := os.ReadFile(page); err != nil || !strings.Contains(string(b), `<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline"`) {
		t.Errorf(".export .html wrote no timeline page (%v)", err)
	}
}

// TestPNGOfEachChart draws each kind of chart as -format png: a PNG of
// a size to read (chart's tests look at the pixels).
func TestPNGOfEachChart(t *testing.T) {
	dir := t.TempDir()
	size := map[string]image.Point{}
	for name, args := range map[string][]string{
		"matrix":   {"run", "attendance_matrix"},
		"bars":     {"run", "participation_by_country"},
		"timeline": {"run", "timeline"},
		"map":      {"query", "SELECT iso2, count(*) AS activities FROM activities GROUP BY iso2"},
	} {
		path := filepath.Join(dir, name+".png")
		mustRun(t, append(args, "-format", "png", "-o", path)...)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: not a PNG: %v", name, err)
		}
		size[name] = img.Bounds().Size()
	}
	for name, sz := range size {
		if sz.X < 400 || sz.Y < 300 || sz.X > 8000 || sz.Y > 8000 {
			t.Errorf("%s is %v pixels", name, sz)
		}
	}
}

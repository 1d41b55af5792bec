package parquet_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/parquet"
	"github.com/cablesql/cablesql/internal/parquet/parquettest"
)

// duckTypes are the types DuckDB gives each kind of column.
var duckTypes = map[parquet.Kind]string{parquet.Int64: "BIGINT", parquet.Double: "DOUBLE", parquet.String: "VARCHAR", parquet.Bytes: "BLOB"}

// duckText is how a value comes back from DuckDB's query in
// TestDuckDBReadsTheFiles: an integer in decimal, a double as
// strconv writes it, bytes in hex, NULL as nil.
func duckText(k parquet.Kind, v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case []byte:
		if k == parquet.Bytes {
			return fmt.Sprintf("%X", x)
		}
		return string(x)
	case string:
		if k == parquet.Bytes {
			return fmt.Sprintf("%X", x)
		}
	}
	return v
}

func TestDuckDBReadsTheFiles(t *testing.T) {
	if !parquettest.HaveDuckDB() {
		t.Skip(parquettest.DuckDBNeeds)
	}
	dir := t.TempDir()
	files := []struct {
		name string
		cols []parquet.Column
		rows [][]any
		opts parquet.Options
	}{
		{"edge", edgeColumns, edgeRows(), parquet.Options{}},
		{"none", edgeColumns, nil, parquet.Options{}},
		{"many", manyColumns, manyRows(5000), parquet.Options{RowGroupRows: 1500, PageBytes: 700}},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name+".parquet")
		if err := os.WriteFile(path, write(t, f.cols, f.rows, f.opts), 0o644); err != nil {
			t.Fatal(err)
		}
		var sel []string
		for _, c := range f.cols {
			q := `"` + c.Name + `"`
			switch c.Kind {
			case parquet.Int64, parquet.Double:
				q += "::VARCHAR"
			case parquet.Bytes:
				q = "hex(" + q + ")"
			}
			sel = append(sel, q)
		}
		res, err := parquettest.DuckDB(
			"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '"+path+"')",
			"SELECT "+strings.Join(sel, ", ")+" FROM read_parquet('"+path+"', file_row_number = true) ORDER BY file_row_number",
			"SELECT count(*) FROM '"+path+"' WHERE \""+f.cols[0].Name+"\" > 0")
		if err != nil {
			t.Fatal(err)
		}
		for j, c := range f.cols {
			if got := fmt.Sprint(res[0][j]); got != fmt.Sprintf("[%s %s]", c.Name, duckTypes[c.Kind]) {
				t.Errorf("%s: DuckDB has column %s, want %s %s", f.name, got, c.Name, duckTypes[c.Kind])
			}
		}
		compareDuckRows(t, f.name, f.cols, f.rows, res[1])
		positive := 0
		for _, r := range f.rows {
			if x, ok := r[0].(int64); ok && x > 0 {
				positive++
			}
		}
		if got := res[2][0][0]; got != strconv.Itoa(positive) {
			t.Errorf("%s: DuckDB counts %v rows of %s > 0, want %d", f.name, got, f.cols[0].Name, positive)
		}
	}
}

func compareDuckRows(t *testing.T, name string, cols []parquet.Column, rows [][]any, got [][]any) {
	t.Helper()
	if len(got) != len(rows) {
		t.Fatalf("%s: DuckDB reads %d rows, want %d", name, len(got), len(rows))
	}
	for i, r := range rows {
		for j, c := range cols {
			want, g := duckText(c.Kind, r[j]), got[i][j]
			if c.Kind == parquet.Double && g != nil {
				// DuckDB writes "nan", "inf", "-0.0", "1e+300"
				if x, err := strconv.ParseFloat(g.(string), 64); err == nil {
					g = strconv.FormatFloat(x, 'g', -1, 64)
				}
			}
			if g != want {
				t.Errorf("%s row %d column %s: DuckDB reads %q, want %q", name, i, c.Name, g, want)
			}
		}
	}
}

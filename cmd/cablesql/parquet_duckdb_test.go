package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/internal/parquet/parquettest"
)

// duckFile is a Parquet file as DuckDB reads it: its columns' names
// and types, and its values as text as the CSV writes each.
type duckFile struct {
	cols, types []string
	cells       [][]cell
}

// duckRead reads Parquet files with DuckDB, in two runs of it.
func duckRead(t *testing.T, paths ...string) []duckFile {
	t.Helper()
	var describe []string
	for _, p := range paths {
		describe = append(describe, "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '"+p+"')")
	}
	res, err := parquettest.DuckDB(describe...)
	if err != nil {
		t.Fatal(err)
	}
	files := make([]duckFile, len(paths))
	var selects []string
	for i, p := range paths {
		var sel []string
		for _, r := range res[i] {
			name, typ := r[0].(string), r[1].(string)
			files[i].cols, files[i].types = append(files[i].cols, name), append(files[i].types, typ)
			q := `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
			switch typ {
			case "BIGINT", "DOUBLE":
				q += "::VARCHAR"
			case "BLOB":
				q = "hex(" + q + ")"
			}
			sel = append(sel, q)
		}
		selects = append(selects, "SELECT "+strings.Join(sel, ", ")+" FROM read_parquet('"+p+"', file_row_number = true) ORDER BY file_row_number")
	}
	if res, err = parquettest.DuckDB(selects...); err != nil {
		t.Fatal(err)
	}
	for i := range files {
		for _, r := range res[i] {
			row := make([]cell, len(r))
			for j, v := range r {
				row[j] = duckCell(t, files[i].types[j], v)
			}
			files[i].cells = append(files[i].cells, row)
		}
	}
	return files
}

// duckCell is a value of DuckDB's as the CSV writes it.
func duckCell(t *testing.T, typ string, v any) cell {
	s, ok := v.(string)
	switch {
	case v == nil:
		return cell{"", true}
	case !ok:
		t.Fatalf("DuckDB gives %T %v", v, v)
	case typ == "DOUBLE":
		x, err := strconv.ParseFloat(s, 64) // DuckDB writes "inf", "1e+300"
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case math.IsInf(x, 1):
			s = "Inf"
		case math.IsInf(x, -1):
			s = "-Inf"
		default:
			s = strconv.FormatFloat(x, 'g', -1, 64)
		}
	case typ == "BLOB":
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		s = string(b)
	}
	return cell{s, false}
}

// edgeQuery holds values a Parquet writer gets wrong: int64's extremes,
// ±Inf, ” and x” apart from NULL, a column of NULLs, text of 27,000
// characters, unicode, blobs.
const edgeQuery = `SELECT 9223372036854775807 AS i, 1e308 * 10 AS d, '' AS s, x'00ff41' AS b, NULL AS absent,
  replace(hex(zeroblob(13500)), '00', 'é.') AS "long text"
UNION ALL SELECT -9223372036854775807 - 1, -1e308 * 10, NULL, NULL, NULL, '日本語 🌍'
UNION ALL SELECT 0, 0.1, 'NULL', x'', NULL, ''
UNION ALL SELECT NULL, 5, 'x', 'text', NULL, NULL`

func TestDuckDBReadsTheExports(t *testing.T) {
	if !parquettest.HaveDuckDB() {
		t.Skip(parquettest.DuckDBNeeds)
	}
	dir := t.TempDir()
	queries := []string{edgeQuery, "SELECT n, text, NULL AS absent, n * 0.5 AS half FROM (" + hostileValues + ")"}
	var paths []string
	for i, q := range queries {
		paths = append(paths, filepath.Join(dir, fmt.Sprintf("result%d.parquet", i)))
		mustRun(t, "query", "-o", paths[i], q)
	}
	for i, f := range duckRead(t, paths...) {
		cols, want := csvCells(t, "query", queries[i])
		sameCells(t, "DuckDB", cols, f.cols, want, f.cells)
		if w := []string{"BIGINT DOUBLE VARCHAR BLOB VARCHAR VARCHAR", "BIGINT VARCHAR VARCHAR DOUBLE"}[i]; strings.Join(f.types, " ") != w {
			t.Errorf("DuckDB types %v, want %s", f.types, w)
		}
	}
	db := os.Getenv("CABLESQL_PARQUET_STORE") // e.g. a store of the whole corpus
	if db == "" {
		db = nonPartners().build(t)
	}
	duckReadsEveryTable(t, db, filepath.Join(dir, "store"))
}

// duckReadsEveryTable exports every table of db to dir and checks that
// DuckDB reads each as the CSV has it, of the types the store holds.
func duckReadsEveryTable(t *testing.T, db, dir string) {
	t.Helper()
	_, errs, code := cli(t, nil, "export", "-db", db, "-format", "parquet", "-o", dir)
	if code != 0 {
		t.Fatalf("export: exit %d\n%s", code, errs)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.parquet"))
	if len(paths) < 5 {
		t.Fatalf("%d files", len(paths))
	}
	for i, f := range duckRead(t, paths...) {
		table := strings.TrimSuffix(filepath.Base(paths[i]), ".parquet")
		cols, want := csvCells(t, "query", "-db", db, "SELECT * FROM "+table)
		sameCells(t, "DuckDB "+table, cols, f.cols, want, f.cells)
		seen := storeTypes(t, db, table, cols)
		for j, c := range cols {
			if w := duckTypeOf(seen[j]); f.types[j] != w {
				t.Errorf("%s.%s: DuckDB has %s, the store's values (%s) want %s", table, c, f.types[j], seen[j], w)
			}
		}
		t.Logf("%s: %d rows, %d columns: %s", table, len(f.cells), len(cols), strings.Join(f.types, " "))
	}
}

// storeTypes lists, for each column, the SQLite types of its values
// ("integer,text").
func storeTypes(t *testing.T, db, table string, cols []string) []string {
	t.Helper()
	var sel []string
	for _, c := range cols {
		sel = append(sel, `group_concat(DISTINCT typeof("`+strings.ReplaceAll(c, `"`, `""`)+`"))`)
	}
	_, rows := csvCells(t, "query", "-db", db, "SELECT "+strings.Join(sel, ", ")+" FROM "+table)
	out := make([]string, len(cols))
	for j := range out {
		out[j] = rows[0][j].text
	}
	return out
}

// duckTypeOf is the type DuckDB should give a column whose values are
// of the SQLite types seen ("integer,text").
func duckTypeOf(seen string) string {
	has := func(typ string) bool { return strings.Contains(","+seen+",", ","+typ+",") }
	switch {
	case has("blob"):
		return "BLOB"
	case has("text"):
		return "VARCHAR"
	case has("real"):
		return "DOUBLE"
	case has("integer"):
		return "BIGINT"
	}
	return "VARCHAR"
}

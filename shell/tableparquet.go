package shell

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cablesql/cablesql/internal/parquet"
)

// storeTablesQuery lists the store's ordinary tables: not SQLite's own,
// not a virtual table (the full-text index) nor the tables that hold one.
const storeTablesQuery = `SELECT name FROM sqlite_schema AS t
WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
  AND NOT EXISTS (SELECT 1 FROM sqlite_schema AS v
                  WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
                    AND t.name LIKE v.name || '\_%' ESCAPE '\')
ORDER BY rowid`

// StoreTables lists the tables an export of the whole store writes, in
// the order they were created.
func StoreTables(ctx context.Context, q Querier) ([]string, error) {
	res, err := collect(ctx, q, storeTablesQuery)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(res.Rows))
	for i, r := range res.Rows {
		names[i] = formatValue(r[0])
	}
	return names, nil
}

// tableKinds reads a table's columns and, in one pass over it, the
// types of value each holds, to pick each column's Parquet type.
func tableKinds(ctx context.Context, q Querier, table string) ([]string, []parquet.Kind, error) {
	cols, err := collect(ctx, q, "SELECT name FROM pragma_table_info(?) ORDER BY cid", table)
	if err != nil {
		return nil, nil, err
	}
	names := make([]string, len(cols.Rows))
	var probes []string
	for i, r := range cols.Rows {
		names[i] = formatValue(r[0])
		c := quoteIdent(names[i])
		for _, t := range []string{"integer", "real", "text", "blob"} {
			probes = append(probes, fmt.Sprintf("coalesce(max(typeof(%s) = '%s'), 0)", c, t))
		}
	}
	if len(names) == 0 {
		return nil, nil, fmt.Errorf("table %s has no columns", table)
	}
	seen, err := collect(ctx, q, "SELECT "+strings.Join(probes, ", ")+" FROM "+quoteIdent(table))
	if err != nil {
		return nil, nil, err
	}
	kinds := make([]parquet.Kind, len(names))
	for i := range names {
		has := func(k int) bool { return seen.Rows[0][4*i+k] == int64(1) }
		kinds[i] = parquetKindOf(has(0), has(1), has(2), has(3))
	}
	return names, kinds, nil
}

// WriteTableParquet writes every row of a table to w as Parquet, each
// column typed by the values it holds (integers only INT64, with reals
// DOUBLE, any text a string, any blob bytes), and returns how many rows
// it wrote.
func WriteTableParquet(ctx context.Context, q Querier, table string, w io.Writer) (int, error) {
	names, kinds, err := tableKinds(ctx, q, table)
	if err != nil {
		return 0, err
	}
	pw, err := newParquetWriter(w, names, kinds)
	if err != nil {
		return 0, err
	}
	cols := make([]string, len(names))
	for i, n := range names {
		cols[i] = quoteIdent(n)
	}
	rows, err := q.QueryContext(ctx, "SELECT "+strings.Join(cols, ", ")+" FROM "+quoteIdent(table))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	sc := newRowScanner(len(names))
	n := 0
	for rows.Next() {
		vals, err := sc.scan(rows)
		if err == nil {
			err = pw.Row(vals)
		}
		if err != nil {
			return n, err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	return n, pw.Close(nil)
}

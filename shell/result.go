// Package shell is the cablesql SQL shell without a terminal: the
// statement splitter, dot-commands, result renderers and pivot. The
// readline adapter lives in cmd/cablesql, so everything here is tested
// with scripted input.
package shell

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Result is a query result held in memory: column names and rows of
// values, each nil (NULL), int64, float64, string or []byte.
type Result struct {
	Columns []string
	Rows    [][]any
}

// Querier runs SQL; *sql.DB and *sql.Conn satisfy it.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// collect runs query and reads every row into a Result.
func collect(ctx context.Context, q Querier, query string, args ...any) (*Result, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanRows(rows)
}

// scanRows reads rows to the end into a Result.
func scanRows(rows *sql.Rows) (*Result, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: cols}
	sc := newRowScanner(len(cols))
	for rows.Next() {
		vals, err := sc.scan(rows)
		if err != nil {
			return nil, err
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, rows.Err()
}

// rowScanner scans rows into fresh slices of nil, int64, float64, string
// and []byte values.
type rowScanner struct {
	vals, ptrs []any
}

func newRowScanner(n int) *rowScanner {
	sc := &rowScanner{vals: make([]any, n), ptrs: make([]any, n)}
	for i := range sc.vals {
		sc.ptrs[i] = &sc.vals[i]
	}
	return sc
}

func (sc *rowScanner) scan(rows *sql.Rows) ([]any, error) {
	if err := rows.Scan(sc.ptrs...); err != nil {
		return nil, err
	}
	out := make([]any, len(sc.vals))
	for i, v := range sc.vals {
		switch x := v.(type) {
		case []byte:
			out[i] = append([]byte(nil), x...)
		case time.Time:
			out[i] = x.Format(time.RFC3339Nano)
		case bool:
			if x {
				out[i] = int64(1)
			} else {
				out[i] = int64(0)
			}
		case int:
			out[i] = int64(x)
		default:
			out[i] = v
		}
		sc.vals[i] = nil
	}
	return out, nil
}

// defaultKeepRows is how many rows of the last result the shell keeps in
// memory for .export; keepBytes bounds their size too.
const (
	defaultKeepRows = 100_000
	keepBytes       = 64 << 20
)

// lastResult is the last result the shell printed, kept for .export: all
// of its rows when they fit the bounds, else only its statement, which
// .export runs again.
type lastResult struct {
	Result
	SQL      string
	Args     []any
	Total    int  // rows the statement returned
	Complete bool // Rows holds all of them
	limit    int
	size     int
}

func newLastResult(cols []string, stmt string, args []any, limit int) *lastResult {
	if limit <= 0 {
		limit = defaultKeepRows
	}
	return &lastResult{Result: Result{Columns: cols}, SQL: stmt, Args: args, Complete: true, limit: limit}
}

func (l *lastResult) add(vals []any) {
	l.Total++
	if !l.Complete {
		return
	}
	for _, v := range vals {
		l.size += 16
		switch x := v.(type) {
		case string:
			l.size += len(x)
		case []byte:
			l.size += len(x)
		}
	}
	if len(l.Rows) >= l.limit || l.size > keepBytes {
		l.Complete, l.Rows = false, nil
		return
	}
	l.Rows = append(l.Rows, vals)
}

// formatValue renders a non-NULL value as text.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return string(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		switch {
		case math.IsInf(x, 1):
			return "Inf" // as SQLite prints it
		case math.IsInf(x, -1):
			return "-Inf"
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

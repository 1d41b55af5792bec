// Package shell is the cablesql SQL shell without a terminal: the
// statement splitter, dot-commands, result renderers and pivot. The
// readline adapter lives in cmd/cablesql, so everything here is tested
// with scripted input.
package shell

import (
	"context"
	"database/sql"
	"fmt"
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

// Collect runs query and reads every row into a Result.
func Collect(ctx context.Context, q Querier, query string, args ...any) (*Result, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return ScanRows(rows)
}

// ScanRows reads rows to the end into a Result.
func ScanRows(rows *sql.Rows) (*Result, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: cols}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			switch x := v.(type) {
			case []byte:
				vals[i] = append([]byte(nil), x...)
			case time.Time:
				vals[i] = x.Format(time.RFC3339Nano)
			case bool:
				if x {
					vals[i] = int64(1)
				} else {
					vals[i] = int64(0)
				}
			case int:
				vals[i] = int64(x)
			}
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, rows.Err()
}

// FormatValue renders a non-NULL value as text.
func FormatValue(v any) string {
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
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

package shell

import (
	"context"
	"fmt"
	"os"
)

// exportOptions picks the format of an .export file from its extension,
// else from the current mode; tables are written whole.
func exportOptions(file string, mode Options) Options {
	opts := mode
	opts.MaxRows, opts.MaxWidth = 0, 0
	if f, ok := FormatForFile(file); ok && f != "table" {
		opts.Format, opts.Page = f, true
		opts.Headers = opts.Headers || f == "csv" || f == "tsv"
	}
	return opts
}

// dotExport writes the last result to a file without running its
// statement again, when the shell kept all of its rows (up to KeepRows
// and 64 MiB). A longer result was not kept: its statement runs again,
// read-only, with a notice saying so.
func (s *Shell) dotExport(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: .export FILE")
	}
	last := s.last
	if last == nil {
		if s.lastErr != "" {
			return fmt.Errorf("nothing to export: %s", s.lastErr)
		}
		return fmt.Errorf("nothing to export yet: run a query first")
	}
	opts := exportOptions(args[0], s.opts)
	opts.Title = last.SQL
	f, err := os.Create(args[0])
	if err != nil {
		return err
	}
	var n int
	if last.Complete {
		err = Write(f, &last.Result, opts)
		n = len(last.Rows)
	} else {
		fmt.Fprintf(s.Err, "The last result (%d rows) was too long to keep in memory: running its statement again, read-only, to export it.\n", last.Total)
		n, err = s.rerun(ctx, f, last, opts)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(args[0])
		return fmt.Errorf("export %s: %w", args[0], err)
	}
	fmt.Fprintf(s.Err, "Wrote %d rows to %s (%s).\n", n, args[0], opts.Format)
	return nil
}

// rerun runs the last result's statement again with writes forbidden
// (PRAGMA query_only), streaming its rows to f.
func (s *Shell) rerun(ctx context.Context, f *os.File, last *lastResult, opts Options) (int, error) {
	ctx, stop := s.interruptible(ctx)
	defer stop()
	conn, err := s.connection(ctx)
	if err != nil {
		return 0, err
	}
	var was int
	if err := conn.QueryRowContext(ctx, "PRAGMA query_only").Scan(&was); err != nil {
		return 0, err
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only = 1"); err != nil {
		return 0, err
	}
	defer func() {
		if was == 0 {
			conn.ExecContext(context.Background(), "PRAGMA query_only = 0")
		}
	}()
	rows, err := conn.QueryContext(ctx, last.SQL, last.Args...)
	if err != nil {
		if ctx.Err() != nil {
			return 0, errStatementInterrupted
		}
		return 0, s.statementError(last.SQL, err)
	}
	defer rows.Close()
	rw, err := newRowWriter(f, last.Columns, opts)
	if err != nil {
		return 0, err
	}
	sc := newRowScanner(len(last.Columns))
	n := 0
	for rows.Next() {
		vals, err := sc.scan(rows)
		if err == nil {
			err = rw.Row(vals)
		}
		if err != nil {
			if ctx.Err() != nil {
				return n, errStatementInterrupted
			}
			return n, err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		if ctx.Err() != nil {
			return n, errStatementInterrupted
		}
		return n, err
	}
	return n, rw.Close(nil)
}

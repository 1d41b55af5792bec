package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cablesql/cablesql/shell"
)

// runExport writes every table of the store to DIR/TABLE.parquet, typed
// columns and NULLs kept, for DuckDB, Spark or ClickHouse to read.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storeFlags := addReaderFlags(fs)
	format := fs.String("format", "", "output `format`: parquet")
	dir := fs.String("o", "", "the `DIR`ectory to write TABLE.parquet files into (made when missing)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: cablesql export [-db FILE] -format parquet -o DIR\n\nWrites every table of the store as DIR/TABLE.parquet.")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	switch {
	case len(pos) > 0:
		return &exitError{code: 2, msg: fmt.Sprintf("export: unexpected argument %q (the store is -db FILE)", pos[0])}
	case *format != "parquet":
		return &exitError{code: 2, msg: fmt.Sprintf("export: -format %q: want -format parquet", *format)}
	case *dir == "":
		return &exitError{code: 2, msg: "export: no -o DIR given"}
	}
	if info, err := os.Stat(*dir); err == nil && !info.IsDir() {
		return &exitError{code: 2, msg: fmt.Sprintf("export: -o %s: not a directory", *dir)}
	}
	db, _, err := storeFlags.open(ctx, stderr, false)
	if err != nil {
		return err
	}
	defer db.Close()
	tables, err := shell.StoreTables(ctx, db.SQL())
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	for _, t := range tables {
		path := filepath.Join(*dir, t+".parquet")
		var n int
		err := writeFileAtomic(path, func(w io.Writer) (err error) {
			n, err = shell.WriteTableParquet(ctx, db.SQL(), t, w)
			return err
		})
		if err != nil {
			return fmt.Errorf("export %s: %w", t, err)
		}
		fmt.Fprintf(stderr, "%s: %d rows\n", path, n)
	}
	fmt.Fprintf(stderr, "Wrote %d tables to %s.\n", len(tables), *dir)
	return nil
}

// title names a result in a page or chart: the saved query's name, else
// the query.
func (e export) title() string {
	if e.saved != nil {
		return e.saved.Name
	}
	const most = 80
	if r := []rune(e.query); len(r) > most {
		return string(r[:most-1]) + "…"
	}
	return e.query
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cablesql/cablesql/shell"
)

func runQuery(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbFlag := fs.String("db", "", "database `FILE` (default $CABLESQL_DB, ./cablesql.db, or the bundled sample)")
	out := outputFlags(fs)
	readOnly := fs.Bool("readonly", false, "open the database read-only")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: cablesql query [-db FILE] [-format F] [-o FILE] [-readonly] SQL\n\nRuns one SQL statement and prints its result.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return &exitError{code: 2, msg: "query: no SQL given"}
	}
	db, err := openDB(ctx, resolveDB(*dbFlag, false), *readOnly)
	if err != nil {
		return err
	}
	defer db.Close()
	query := strings.Join(fs.Args(), " ")
	res, err := shell.Collect(ctx, db.SQL(), query)
	if err != nil {
		return err
	}
	return out.write(stdout, res)
}

// output holds the -format and -o flags of query and run.
type output struct {
	format *string
	file   *string
	crlf   *bool
}

func outputFlags(fs *flag.FlagSet) *output {
	return &output{
		format: fs.String("format", "table", "output `format`: table, csv, tsv, json or markdown"),
		file:   fs.String("o", "", "write the result to `FILE` instead of standard output"),
		crlf:   fs.Bool("crlf", false, "end CSV records with CRLF"),
	}
}

func (o *output) write(stdout io.Writer, res *shell.Result) error {
	opts := shell.Options{Format: *o.format, Headers: true, CRLF: *o.crlf}
	w := stdout
	var f *os.File
	if *o.file != "" {
		var err error
		if f, err = os.Create(*o.file); err != nil {
			return err
		}
		w = f
	}
	err := shell.Write(w, res, opts)
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cablesql/cablesql/chart"
	"github.com/cablesql/cablesql/shell"
	"github.com/cablesql/cablesql/store"
)

func runQuery(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storeFlags := addReaderFlags(fs)
	out := outputFlags(fs)
	sqlFile := fs.String("f", "", "read the SQL from `FILE` (- for standard input)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: cablesql query [-db FILE] [-format F] [-o FILE [-provenance]] [-readonly] SQL | -f FILE | -\n\nRuns the SQL statements in order and prints the result of each; rows\nchanged by INSERT, UPDATE and DELETE are counted on stderr. -f FILE or -\nreads the SQL from a file or standard input.")
		fs.PrintDefaults()
	}
	sqlArgs, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	query, err := querySQL(sqlArgs, *sqlFile, stdin)
	if err != nil {
		return err
	}
	if err := out.check(fs); err != nil {
		return err
	}
	db, path, err := storeFlags.open(ctx, stderr, false)
	if err != nil {
		return err
	}
	defer db.Close()
	from := export{
		db: db, dbPath: path, query: query, params: map[string]string{},
		command: append([]string{"cablesql", "query"}, args...),
	}
	// To standard output each result is printed when its statement ends,
	// in order with the counts of rows changed; a file is written whole
	// at the end, or not at all when a statement failed.
	var results []*shell.Result
	err = runStatements(ctx, db, query, stderr, func(res *shell.Result) error {
		if *out.file == "" {
			return out.write(ctx, stdout, []*shell.Result{res}, from)
		}
		results = append(results, res)
		return nil
	})
	if err != nil {
		return err
	}
	return out.write(ctx, stdout, results, from)
}

// runStatements runs every statement of query on one connection, in
// order, and passes each result (of the statements that return rows) to
// each. Rows changed by a statement are reported on stderr ("349 rows
// deleted").
func runStatements(ctx context.Context, db *store.DB, query string, stderr io.Writer, each func(*shell.Result) error) error {
	conn, err := db.SQL().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	err = shell.RunAll(ctx, conn, query, func(sr shell.StatementResult) error {
		if sr.Result != nil {
			if err := each(sr.Result); err != nil {
				return err
			}
		}
		if sr.Changed > 0 || (sr.Result == nil && shell.ChangeVerb(sr.SQL) != "changed") {
			fmt.Fprintln(stderr, shell.ChangeNotice(sr.SQL, sr.Changed))
		}
		return nil
	})
	var failed *shell.FailedStatement
	if errors.As(err, &failed) {
		located := shell.LocateError(db, failed.SQL, failed.Err)
		fmt.Fprintf(stderr, "cablesql: %v\n%s", db.Explain(located), shell.Caret(located))
		return errReported
	}
	return db.Explain(err)
}

// parseInterleaved parses flags that may come before, between or after
// the positional arguments ("run NAME -format csv x=1"), which the flag
// package alone stops at. After the first positional argument, a word
// that is not one of fs's flags ("SELECT -1") stays positional; after
// "--" everything is.
func parseInterleaved(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args, stdout); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		for len(rest) > 0 && !isFlag(fs, rest[0]) {
			pos, rest = append(pos, rest[0]), rest[1:]
		}
		if len(rest) == 0 {
			return pos, nil
		}
		args = rest
	}
}

// isFlag reports whether arg names one of fs's flags: -name, --name,
// -name=value.
func isFlag(fs *flag.FlagSet, arg string) bool {
	if arg == "--" {
		return true
	}
	if len(arg) < 2 || arg[0] != '-' {
		return false
	}
	name, _, _ := strings.Cut(strings.TrimPrefix(arg[1:], "-"), "=")
	return fs.Lookup(name) != nil
}

// output holds the -format, -o, -crlf, -chart and -provenance flags of
// query and run.
type output struct {
	format     *string
	file       *string
	crlf       *bool
	provenance *bool
	chart      *string
}

// outputFormats are the formats query and run write; the shell has more.
var outputFormats = []string{"table", "csv", "tsv", "json", "markdown", "html", "svg", "png", "xlsx", "parquet"}

func outputFlags(fs *flag.FlagSet) *output {
	return &output{
		format:     fs.String("format", "table", "output `format`: "+strings.Join(outputFormats, ", ")+" (default from the -o extension, else table)"),
		file:       fs.String("o", "", "write the result to `FILE` instead of standard output"),
		crlf:       fs.Bool("crlf", false, "end CSV records with CRLF instead of LF"),
		provenance: fs.Bool("provenance", false, "with -o FILE, also write FILE.json saying how FILE was made"),
		chart:      fs.String("chart", "auto", "html, svg, png: the `chart`: "+strings.Join(chart.Kinds, ", ")),
	}
}

// check settles the format and rejects bad flag combinations before any
// work is done. A format not given takes the -o file's extension.
func (o *output) check(fs *flag.FlagSet) error {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "format" })
	if !set && *o.file != "" {
		f, ok := shell.FormatForFile(*o.file)
		if !ok && filepath.Ext(*o.file) != "" {
			return &exitError{code: 2, msg: fmt.Sprintf("-o %s: no format writes %s files (known: %s); -format says what to write",
				*o.file, filepath.Ext(*o.file), strings.Join(shell.Extensions(), " "))}
		}
		if ok {
			*o.format = f
		}
	}
	ok := false
	for _, f := range append(outputFormats, "md", "box", "list", "line") {
		ok = ok || f == *o.format
	}
	if !ok {
		return &exitError{code: 2, msg: fmt.Sprintf("unknown -format %q (want %s)", *o.format, strings.Join(outputFormats, ", "))}
	}
	if err := chart.CheckKind(*o.chart); err != nil {
		return &exitError{code: 2, msg: "-chart: " + err.Error()}
	}
	if *o.provenance && *o.file == "" {
		return &exitError{code: 2, msg: "-provenance needs -o FILE: the record is written beside it as FILE.json"}
	}
	return nil
}

// export says where a result came from, for the provenance record.
type export struct {
	db      *store.DB
	dbPath  string // "" for the bundled sample
	query   string
	params  map[string]string
	saved   *store.SavedQuery // nil for an ad-hoc query
	command []string
}

// write renders each result in turn to stdout or, with -o, to the file
// (written whole or not at all), and with -provenance the record beside
// it. A pivot's marks replace its 1/0 cells in tables only. A statement
// that returns no rows (CREATE, INSERT) has no result.
func (o *output) write(ctx context.Context, stdout io.Writer, results []*shell.Result, from export) error {
	if len(results) == 0 {
		return nil
	}
	if *o.provenance && len(results) > 1 {
		return &exitError{code: 2, msg: fmt.Sprintf("-provenance records one result; the SQL gave %d (run one statement)", len(results))}
	}
	opts := shell.Options{Format: *o.format, Headers: true, CRLF: *o.crlf, Chart: *o.chart, Title: from.title(), Page: true}
	if from.saved != nil && from.saved.Pivot != nil {
		opts = shell.PivotOptions(opts, from.saved.Pivot)
	}
	if len(results) > 1 && slices.Contains(shell.FileFormats, opts.Format) {
		return &exitError{code: 2, msg: fmt.Sprintf("%s holds one result; the SQL gave %d (run one statement)", opts.Format, len(results))}
	}
	writeAll := func(w io.Writer, opts shell.Options) error {
		for _, res := range results {
			shown := res
			if from.saved != nil && shell.MarksShown(opts.Format) {
				shown = shell.Marked(res, from.saved.Pivot)
			}
			if err := shell.Write(w, shown, opts); err != nil {
				return err
			}
		}
		return nil
	}
	if *o.file == "" {
		if shell.BinaryFormat(opts.Format) && isTerminal(stdout) {
			return &exitError{code: 2, msg: opts.Format + " is binary: write it to a file with -o FILE, or redirect standard output"}
		}
		return writeAll(stdout, fitTerminal(stdout, opts))
	}
	if err := writeFileAtomic(*o.file, func(w io.Writer) error { return writeAll(w, opts) }); err != nil || !*o.provenance {
		return err
	}
	rec, err := newProvenance(ctx, from, results[0], *o.file, *o.format)
	if err != nil {
		return err
	}
	return writeFileAtomic(*o.file+".json", rec.write)
}

// writeFileAtomic writes a file through a temporary file in the same
// directory, renamed into place only when write succeeded, so a failed
// export never leaves a half-written file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("write %s: a folder, not a file", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, pathless(err))
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, pathless(err))
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, pathless(err))
	}
	return nil
}

// pathless returns the cause of a file error without the file's name,
// which for writeFileAtomic is a temporary file the user never named.
func pathless(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

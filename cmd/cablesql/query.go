package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: cablesql query [-db FILE] [-format F] [-o FILE [-provenance]] [-readonly] SQL\n\nRuns one SQL statement and prints its result.")
		fs.PrintDefaults()
	}
	sqlArgs, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(sqlArgs) == 0 {
		fs.Usage()
		return &exitError{code: 2, msg: "query: no SQL given"}
	}
	if err := out.check(fs); err != nil {
		return err
	}
	db, path, err := storeFlags.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	query := strings.Join(sqlArgs, " ")
	res, err := shell.Collect(ctx, db.SQL(), query)
	if err != nil {
		return db.Explain(err)
	}
	return out.write(ctx, stdout, res, export{
		db: db, dbPath: path, query: query, params: map[string]string{},
		command: append([]string{"cablesql", "query"}, args...),
	})
}

// parseInterleaved parses flags that may come before, between or after
// the positional arguments ("run NAME -format csv x=1"), which the flag
// package alone stops at. After the first positional argument, a word
// that is not one of fs's flags ("SELECT -1") stays positional; after
// "--" everything is.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
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
		if f := shell.FormatOfFile(*o.file); f != "" {
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

// write renders res to stdout or, with -o, to the file (written whole or
// not at all), and with -provenance the record beside it. A pivot's marks
// replace its 1/0 cells in tables only.
func (o *output) write(ctx context.Context, stdout io.Writer, res *shell.Result, from export) error {
	if len(res.Columns) == 0 {
		return nil // a statement that returns no rows, such as CREATE or INSERT
	}
	opts := shell.Options{Format: *o.format, Headers: true, CRLF: *o.crlf, Chart: *o.chart, Title: from.title()}
	shown := res
	if from.saved != nil && shell.MarksShown(opts.Format) {
		shown = shell.Marked(res, from.saved.Pivot)
	}
	if *o.file == "" {
		if shell.BinaryFormat(opts.Format) && isTerminal(stdout) {
			return &exitError{code: 2, msg: opts.Format + " is binary: write it to a file with -o FILE, or redirect standard output"}
		}
		return shell.Write(stdout, shown, opts)
	}
	err := writeFileAtomic(*o.file, func(w io.Writer) error { return shell.Write(w, shown, opts) })
	if err != nil || !*o.provenance {
		return err
	}
	rec, err := newProvenance(ctx, from, res, *o.file, *o.format)
	if err != nil {
		return err
	}
	return writeFileAtomic(*o.file+".json", rec.write)
}

// writeFileAtomic writes a file through a temporary file in the same
// directory, renamed into place only when write succeeded, so a failed
// export never leaves a half-written file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
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
		return err
	}
	return os.Rename(f.Name(), path)
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/shell"
	"github.com/cablesql/cablesql/store"
)

func runSaved(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("cablesql run", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dbFlag := flags.String("db", "", "database `FILE` (default $CABLESQL_DB, ./cablesql.db, or the bundled sample)")
	queriesDir := flags.String("queries", "", "extra saved-query `DIR` (besides $XDG_CONFIG_HOME/cablesql/queries)")
	readOnly := flags.Bool("readonly", false, "open the database read-only")
	out := outputFlags(flags)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "Usage: cablesql run [-db FILE] [-queries DIR] [-format F] [-o FILE] NAME [param=value ...]\n\nRuns a saved query; see cablesql queries.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return &exitError{code: 2, msg: "run: no query NAME given"}
	}
	cat, err := loadCatalog(*queriesDir, stderr)
	if err != nil {
		return err
	}
	q, err := cat.Lookup(flags.Arg(0))
	if err != nil {
		return err
	}
	params, err := shell.ParseParams(flags.Args()[1:])
	if err != nil {
		return err
	}
	bound, err := q.Bind(params)
	if err != nil {
		return err
	}
	db, err := openDB(ctx, resolveDB(*dbFlag, false), *readOnly)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := shell.Collect(ctx, db.SQL(), q.SQL, bound...)
	if err != nil {
		return fmt.Errorf("%s:%d: query %s: %w", q.Source, q.Line, q.Name, err)
	}
	return out.write(stdout, res)
}

func runQueries(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("cablesql queries", flag.ContinueOnError)
	flags.SetOutput(stderr)
	queriesDir := flags.String("queries", "", "extra saved-query `DIR`")
	if err := flags.Parse(args); err != nil {
		return err
	}
	cat, err := loadCatalog(*queriesDir, stderr)
	if err != nil {
		return err
	}
	return shell.WriteCatalog(stdout, cat)
}

// userQueriesDir is $XDG_CONFIG_HOME/cablesql/queries, by default
// ~/.config/cablesql/queries.
func userQueriesDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "cablesql", "queries")
}

// loadCatalog reads the built-in queries, then the user's, then dir's;
// later ones override earlier ones with a notice on stderr.
func loadCatalog(dir string, stderr io.Writer) (*store.Catalog, error) {
	fsyss := []fs.FS{cablesql.Queries()}
	for _, d := range []string{userQueriesDir(), dir} {
		if d == "" {
			continue
		}
		if info, err := os.Stat(d); err == nil && info.IsDir() {
			fsyss = append(fsyss, os.DirFS(d))
		} else if d == dir {
			return nil, fmt.Errorf("queries directory %s: not found", d)
		}
	}
	cat, err := store.LoadCatalog(fsyss...)
	if err != nil {
		return nil, err
	}
	for _, n := range cat.Notices {
		fmt.Fprintln(stderr, "notice:", n)
	}
	return cat, nil
}

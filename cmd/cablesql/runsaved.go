package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/shell"
	"github.com/cablesql/cablesql/store"
)

func runSaved(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("cablesql run", flag.ContinueOnError)
	flags.SetOutput(stderr)
	storeFlags := addReaderFlags(flags)
	queriesDir := flags.String("queries", "", "extra saved-query `DIR` (besides $XDG_CONFIG_HOME/cablesql/queries)")
	out := outputFlags(flags)
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "Usage: cablesql run [-db FILE] [-queries DIR] [-format F] [-o FILE [-provenance]] NAME [param=value ...]\n\nRuns a saved query; cablesql queries lists them.")
		flags.PrintDefaults()
	}
	pos, err := parseInterleaved(flags, args, stdout)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		flags.Usage()
		return &exitError{code: 2, msg: "run: no query NAME given (cablesql queries lists them)"}
	}
	if err := out.check(flags); err != nil {
		return err
	}
	cat, err := loadCatalog(*queriesDir, stderr)
	if err != nil {
		return err
	}
	q, err := cat.Lookup(pos[0])
	if err != nil {
		return &exitError{code: 2, msg: "run: " + err.Error()}
	}
	params, err := shell.ParseParams(pos[1:])
	if err != nil {
		return &exitError{code: 2, msg: "run " + q.Name + ": " + err.Error()}
	}
	bound, err := q.Bind(params)
	if errors.Is(err, cablesql.ErrMissingParam) || errors.Is(err, cablesql.ErrUnknownParam) {
		return &exitError{code: 2, msg: "run: " + err.Error()}
	}
	if err != nil {
		return err
	}
	db, path, err := storeFlags.open(ctx, stderr, false)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := shell.RunSaved(ctx, db.SQL(), q, bound)
	if err != nil {
		located := shell.LocateError(db, q.SQL, err)
		fmt.Fprintf(stderr, "cablesql: %v\n%s", shell.SavedQueryError(q, q.Values(params), db.Explain(located)), shell.Caret(located))
		return errReported
	}
	return out.write(ctx, stdout, []*shell.Result{res}, export{
		db: db, dbPath: path, query: q.SQL, params: q.Values(params), saved: q,
		command: append([]string{"cablesql", "run"}, args...),
	})
}

func runQueries(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("cablesql queries", flag.ContinueOnError)
	flags.SetOutput(stderr)
	queriesDir := flags.String("queries", "", "extra saved-query `DIR` (besides $XDG_CONFIG_HOME/cablesql/queries)")
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "Usage: cablesql queries [-queries DIR] [NAME]\n\nLists the saved queries, or shows one with its SQL.")
		flags.PrintDefaults()
	}
	pos, err := parseInterleaved(flags, args, stdout)
	if err != nil {
		return err
	}
	cat, err := loadCatalog(*queriesDir, stderr)
	if err != nil {
		return err
	}
	switch len(pos) {
	case 0:
		if err := shell.WriteCatalog(stdout, cat); err != nil {
			return err
		}
		_, err := fmt.Fprintf(stdout, "\nRun one with: cablesql run NAME [param=value ...]   (in the shell: .run NAME ...)\nShow its SQL: cablesql queries NAME\nYour own: *.sql files in %s or -queries DIR\n", userQueriesDir())
		return err
	case 1:
		q, err := cat.Lookup(pos[0])
		if err != nil {
			return err
		}
		return shell.WriteQuery(stdout, q)
	}
	return &exitError{code: 2, msg: "queries: want at most one NAME"}
}

// userQueriesDir is $XDG_CONFIG_HOME/cablesql/queries, by default
// ~/.config/cablesql/queries.
func userQueriesDir() string { return userConfigPath("queries") }

// userConfigPath is $XDG_CONFIG_HOME/cablesql/name, by default
// ~/.config/cablesql/name; "" when there is no home directory.
func userConfigPath(name string) string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "cablesql", name)
}

// loadCatalog reads the built-in queries, then the user's, then dir's;
// later ones override earlier ones with a notice on stderr. A -queries
// DIR that does not exist is an error; a missing user directory is not.
func loadCatalog(dir string, stderr io.Writer) (*store.Catalog, error) {
	dirs := []store.QueryDir{{Name: "queries", FS: cablesql.Queries(), Builtin: true}}
	if d := userQueriesDir(); d != "" {
		if info, err := os.Stat(d); err == nil && info.IsDir() {
			dirs = append(dirs, store.QueryDir{Name: d, FS: os.DirFS(d)})
		}
	}
	if dir != "" {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("queries directory: %w", err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("queries directory %s: not a directory", dir)
		}
		dirs = append(dirs, store.QueryDir{Name: dir, FS: os.DirFS(dir)})
	}
	cat, err := store.LoadQueryDirs(dirs...)
	if err != nil {
		return nil, err
	}
	for _, n := range cat.Notices {
		fmt.Fprintln(stderr, "notice:", n)
	}
	for _, w := range cat.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	return cat, nil
}

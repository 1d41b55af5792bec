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
	"sort"
	"time"

	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/extract"
	"github.com/cablesql/cablesql/store"
)

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbFlag := fs.String("db", "", "database `FILE` (default $CABLESQL_DB or ./cablesql.db)")
	quiet := fs.Bool("q", false, "quiet: print errors only")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: cablesql ingest [-db FILE] [-q] PATH...\n\nReads cables from files, directories (recursively) and - (stdin) into the store.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return &exitError{code: 2, msg: "ingest: no PATH given"}
	}
	path := resolveDB(*dbFlag, true)
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.PutCountries(ctx, extract.Countries()); err != nil {
		return err
	}
	ing := &ingester{db: db, stderr: stderr, quiet: *quiet}
	start := time.Now()
	for _, p := range fs.Args() {
		if err := ing.ingestPath(ctx, p, stdin); err != nil {
			return err
		}
	}
	if !*quiet {
		fmt.Fprintf(stdout, "%s: %d new, %d updated, %d unchanged, %d activities, %d errors in %s\n",
			path, ing.counts[store.New], ing.counts[store.Updated], ing.counts[store.Unchanged],
			ing.activities, ing.errors, time.Since(start).Round(time.Millisecond))
	}
	if ing.errors > 0 {
		return errReported
	}
	return nil
}

// ingester reads, parses and stores cables, counting what happened.
type ingester struct {
	db         *store.DB
	stderr     io.Writer
	quiet      bool
	counts     [3]int // by store.PutResult
	activities int
	errors     int
}

func (ing *ingester) report(err error) {
	ing.errors++
	if ing.stderr != nil {
		fmt.Fprintln(ing.stderr, err)
	}
}

// ingestPath ingests a file, every file under a directory, or stdin ("-").
func (ing *ingester) ingestPath(ctx context.Context, path string, stdin io.Reader) error {
	if path == "-" {
		return ing.ingestReader(ctx, "-", stdin)
	}
	info, err := os.Stat(path)
	if err != nil {
		ing.report(err)
		return nil
	}
	if !info.IsDir() {
		return ing.ingestFile(ctx, path)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ing.report(err)
			return nil
		}
		if d.Type().IsRegular() && d.Name()[0] != '.' {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ing.ingestFile(ctx, f); err != nil {
			return err
		}
	}
	return nil
}

func (ing *ingester) ingestFile(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		ing.report(err)
		return nil
	}
	defer f.Close()
	return ing.ingestReader(ctx, path, f)
}

// ingestReader reads every cable of one source. A bad cable is reported
// and skipped; only a cancelled context stops the run.
func (ing *ingester) ingestReader(ctx context.Context, name string, r io.Reader) error {
	return ingest.Read(name, r, func(doc *ingest.Document, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			ing.report(err)
			return nil
		}
		c, err := ingest.Parse(doc)
		if err != nil {
			ing.report(err)
			return nil
		}
		acts := extract.Activities(c)
		res, err := ing.db.Put(ctx, c, acts)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			ing.report(fmt.Errorf("%s:%d: %w", doc.Path, doc.Line, err))
			return nil
		}
		ing.counts[res]++
		if res != store.Unchanged {
			ing.activities += len(acts)
		}
		return nil
	})
}

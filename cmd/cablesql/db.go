package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/internal/pipeline"
	"github.com/cablesql/cablesql/store"
)

// defaultDB is the store used when neither -db nor $CABLESQL_DB is given
// and it exists.
const defaultDB = "cablesql.db"

// readerFlags are the -db and -readonly flags of the commands that read a
// store: the shell, query and run.
type readerFlags struct {
	db       *string
	readOnly *bool
}

func addReaderFlags(fs *flag.FlagSet) readerFlags {
	return readerFlags{
		db:       fs.String("db", "", "database `FILE` (default $CABLESQL_DB, ./cablesql.db, or the bundled sample)"),
		readOnly: fs.Bool("readonly", false, "open the database read-only"),
	}
}

// open opens the store the flags name and returns it with its path ("" for
// the bundled sample). Notices for the user go to stderr; with banner,
// the interactive shell's banner says which store it is.
func (f readerFlags) open(ctx context.Context, stderr io.Writer, banner bool) (*store.DB, string, error) {
	path := resolveDB(*f.db, false)
	if path == "" && !banner {
		fmt.Fprintln(stderr, "cablesql: using the bundled sample (1 cable); -db FILE for your store")
	} else if path != "" {
		if err := mustExist(path); err != nil {
			return nil, "", err
		}
	}
	db, err := openDB(ctx, path, *f.readOnly, stderr)
	return db, path, err
}

// mustExist refuses a store that a reading command would otherwise
// create: a file that does not exist, or is empty. Only ingest creates
// a store.
func mustExist(path string) error {
	file := store.FileName(path)
	info, err := os.Stat(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &exitError{code: 1, msg: fmt.Sprintf("%s: no such store (cablesql ingest -db %s FILE... creates one)", file, file)}
	case err != nil:
		return err
	case info.IsDir():
		return &exitError{code: 1, msg: fmt.Sprintf("%s: a directory, not a store", file)}
	case info.Size() == 0:
		return &exitError{code: 1, msg: fmt.Sprintf("%s: an empty file, not a store (cablesql ingest -db %s FILE... makes it one)", file, file)}
	}
	return nil
}

// resolveDB names the database file: flag, then $CABLESQL_DB, then
// ./cablesql.db when it exists (or when create is set). "" means the
// bundled sample.
func resolveDB(flagValue string, create bool) string {
	if flagValue != "" {
		return flagValue
	}
	if env := os.Getenv("CABLESQL_DB"); env != "" {
		return env
	}
	if _, err := os.Stat(defaultDB); err == nil || create {
		return defaultDB
	}
	return ""
}

// openDB opens the store named by path, or the bundled sample in memory
// when path is "". A migration is announced on stderr.
func openDB(ctx context.Context, path string, readOnly bool, stderr io.Writer) (*store.DB, error) {
	if path != "" {
		return store.Open(ctx, path, store.Options{ReadOnly: readOnly, Notify: notifier(stderr)})
	}
	db, err := store.Open(ctx, ":memory:", store.Options{})
	if err != nil {
		return nil, err
	}
	if err := db.PutCountries(ctx, extract.Countries()); err != nil {
		db.Close()
		return nil, err
	}
	run := &pipeline.Run{DB: db}
	if err := run.Ingest(ctx, []pipeline.Input{{Path: cablesql.SampleName, R: bytes.NewReader(cablesql.Sample)}}); err != nil {
		db.Close()
		return nil, fmt.Errorf("load sample: %w", err)
	}
	if run.Errors > 0 {
		db.Close()
		return nil, fmt.Errorf("load sample: %d errors", run.Errors)
	}
	return db, nil
}

// notifier returns a store.Options.Notify that writes to stderr.
func notifier(stderr io.Writer) func(string) {
	return func(msg string) { fmt.Fprintln(stderr, "cablesql:", msg) }
}

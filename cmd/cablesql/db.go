package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
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
// the bundled sample). Notices for the user go to stderr.
func (f readerFlags) open(ctx context.Context, stderr io.Writer) (*store.DB, string, error) {
	path := resolveDB(*f.db, false)
	db, err := openDB(ctx, path, *f.readOnly)
	return db, path, err
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
// when path is "".
func openDB(ctx context.Context, path string, readOnly bool) (*store.DB, error) {
	if path != "" {
		return store.Open(ctx, path, store.Options{ReadOnly: readOnly})
	}
	db, err := store.Open(ctx, ":memory:", store.Options{})
	if err != nil {
		return nil, err
	}
	if err := db.PutCountries(ctx, extract.Countries()); err != nil {
		db.Close()
		return nil, err
	}
	run := &ingestRun{db: db}
	if err := run.run(ctx, []input{{path: cablesql.SampleName, r: bytes.NewReader(cablesql.Sample)}}); err != nil {
		db.Close()
		return nil, fmt.Errorf("load sample: %w", err)
	}
	if run.errors > 0 {
		db.Close()
		return nil, fmt.Errorf("load sample: %d errors", run.errors)
	}
	return db, nil
}

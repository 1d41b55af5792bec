package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/internal/pipeline"
	"github.com/cablesql/cablesql/store"
)

// errIngestInterrupted ends an ingest stopped by Ctrl-C (SIGINT) after
// committing what was done: exit status 130, as shells report 128+SIGINT.
var errIngestInterrupted = &exitError{code: 130}

// hiddenFlags are ingest flags for developers, left out of -h.
var hiddenFlags = map[string]bool{"cpuprofile": true, "memprofile": true}

// gcPercent is the garbage collector's GOGC during an ingest, unless the
// environment sets one.
const gcPercent = 150

// ingestFlags are the flags and paths of cablesql ingest.
type ingestFlags struct {
	db         string
	quiet      bool
	mergeIndex bool
	exclude    globs
	cpuProfile string
	memProfile string
	paths      []string
}

// parseIngestFlags reads ingest's command line; a bad flag or pattern, or
// no path, is an error with status 2.
func parseIngestFlags(args []string, stdout, stderr io.Writer) (*ingestFlags, error) {
	var f ingestFlags
	fs := flag.NewFlagSet("cablesql ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "database `FILE` (default $CABLESQL_DB or ./cablesql.db)")
	fs.BoolVar(&f.quiet, "q", false, "quiet: print errors only, no progress bar or summary")
	fs.BoolVar(&f.mergeIndex, "optimize", false, "merge the full-text index into one segment at the end (after a big ingest: fastest search)")
	fs.Var(&f.exclude, "exclude", "skip files and folders whose name matches `GLOB` (e.g. '*.md'; repeatable)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile to `FILE`")
	fs.StringVar(&f.memProfile, "memprofile", "", "write a heap profile to `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: cablesql ingest [-db FILE] [-q] [-optimize] [-exclude GLOB] PATH...\n\nReads cables from files, directories (recursively) and - (stdin) into the store.\nOn a terminal it shows progress; Ctrl-C stops after the current cables and keeps what is done.")
		fs.VisitAll(func(f *flag.Flag) {
			if !hiddenFlags[f.Name] {
				name, usage := flag.UnquoteUsage(f)
				fmt.Fprintf(fs.Output(), "  -%s %s\n    \t%s\n", f.Name, name, usage)
			}
		})
	}
	if err := parseFlags(fs, args, stdout); err != nil {
		return nil, err
	}
	for _, g := range f.exclude {
		if _, err := filepath.Match(g, ""); err != nil {
			return nil, &exitError{code: 2, msg: fmt.Sprintf("-exclude %q: %v", g, err)}
		}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return nil, &exitError{code: 2, msg: "ingest: no PATH given"}
	}
	f.paths = fs.Args()
	return &f, nil
}

// runIngest is cablesql ingest: it reads the paths into the store and
// prints a summary; Ctrl-C ends the run with status 130 after committing.
func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	f, err := parseIngestFlags(args, stdout, stderr)
	if err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		// An ingest allocates fast and keeps little (a few MB live): at
		// Go's default the collector ran some 25 times a second and
		// stopped every goroutine each time. GOGC 150 (a heap goal 2.5
		// times the live heap, 1.25 times the default's) costs about 10 MB
		// of RSS and gives 5-10% of the run's time; 200 (1.5 times the
		// default's) gave little more and cost 20 MB once
		// the extractor's automata (internal/textmatch/dfa.go) made the
		// parsers outrun the writer.
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	// Ctrl-C ends the run after the cables in hand, not the process; a
	// second Ctrl-C, once the first has been seen, ends the process.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()

	path := resolveDB(f.db, true)
	db, err := openIngestStore(ctx, path, stderr)
	if err != nil {
		return err
	}
	defer db.Close()
	run := &pipeline.Run{DB: db, Exclude: f.exclude}
	start, err := ingestPaths(ctx, run, f, stdin, stderr)
	if err != nil {
		return interrupted(ctx, err)
	}
	run.Finish(ctx, start, f.mergeIndex)
	if !f.quiet {
		note := ""
		if run.Interrupted {
			note = " (interrupted)"
		}
		fmt.Fprintf(stdout, "%s: %d new, %d merged, %d unchanged, %d activities, %d errors in %s%s\n",
			path, run.Counts[store.New], run.Counts[store.Updated], run.Counts[store.Unchanged],
			run.Activities, run.Errors, time.Since(start).Round(time.Millisecond), note)
	}
	if f.memProfile != "" {
		if err := writeHeapProfile(f.memProfile); err != nil {
			return err
		}
	}
	switch {
	case run.Interrupted:
		return errIngestInterrupted
	case run.Errors > 0:
		return errReported
	}
	return nil
}

// openIngestStore opens (or creates, or migrates) the store at path for
// an ingest and writes the gazetteer into it. A SQLite file that is not
// a store is refused.
func openIngestStore(ctx context.Context, path string, stderr io.Writer) (*store.DB, error) {
	db, err := store.Open(ctx, path, store.Options{Notify: notifier(stderr)})
	if err != nil {
		return nil, interrupted(ctx, err)
	}
	if db.Foreign {
		db.Close()
		return nil, &exitError{code: 1, msg: fmt.Sprintf("%s: a SQLite database that is not a cablesql store; ingest into a new file (cablesql ingest -db NEW.db ...)", db.Path)}
	}
	if err := db.PutCountries(ctx, extract.Countries()); err != nil {
		db.Close()
		return nil, interrupted(ctx, err)
	}
	return db, nil
}

// ingestPaths runs the pipeline over the paths of f ("-" is stdin),
// printing errors on stderr and, on a terminal without -q, a progress
// bar. It returns when the run started, and an error only when the store
// failed (not when ctx ended).
func ingestPaths(ctx context.Context, run *pipeline.Run, f *ingestFlags, stdin io.Reader, stderr io.Writer) (time.Time, error) {
	var inputs []pipeline.Input
	for _, p := range f.paths {
		if p == "-" {
			inputs = append(inputs, pipeline.Input{Path: "-", R: stdin})
		} else {
			inputs = append(inputs, pipeline.Input{Path: p})
		}
	}
	report := ingestReport{stderr: stderr}
	if !f.quiet && isTerminal(stderr) {
		report.bar = newProgress(stderr, run.InputBytes(inputs))
	}
	run.Report = report
	start := time.Now()
	err := run.Ingest(ctx, inputs)
	report.bar.finish()
	if err != nil && !errors.Is(err, context.Canceled) {
		return start, err
	}
	return start, nil
}

// startCPUProfile starts writing a CPU profile to path; stop ends it.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeHeapProfile writes a heap profile to path, after a collection.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	err = pprof.WriteHeapProfile(f)
	f.Close()
	return err
}

// interrupted returns errIngestInterrupted for an error caused by Ctrl-C,
// and err otherwise.
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return errIngestInterrupted
	}
	return err
}

// globs is a repeatable flag of file-name patterns.
type globs []string

func (g *globs) String() string { return strings.Join(*g, ",") }

func (g *globs) Set(v string) error {
	*g = append(*g, v)
	return nil
}

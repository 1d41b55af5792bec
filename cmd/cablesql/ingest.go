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
const gcPercent = 200

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbFlag := fs.String("db", "", "database `FILE` (default $CABLESQL_DB or ./cablesql.db)")
	quiet := fs.Bool("q", false, "quiet: print errors only, no progress bar or summary")
	mergeIndex := fs.Bool("optimize", false, "merge the full-text index into one segment at the end (after a big ingest: fastest search)")
	var exclude globs
	fs.Var(&exclude, "exclude", "skip files and folders whose name matches `GLOB` (e.g. '*.md'; repeatable)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	memProfile := fs.String("memprofile", "", "write a heap profile to `FILE`")
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
		return err
	}
	for _, g := range exclude {
		if _, err := filepath.Match(g, ""); err != nil {
			return &exitError{code: 2, msg: fmt.Sprintf("-exclude %q: %v", g, err)}
		}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return &exitError{code: 2, msg: "ingest: no PATH given"}
	}
	if os.Getenv("GOGC") == "" {
		// An ingest allocates fast and keeps little (a few MB live): at
		// Go's default the collector ran some 25 times a second and
		// stopped every goroutine each time. Twice the default heap goal
		// costs about 20 MB of RSS and gives 10-20% of the run's time.
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	// Ctrl-C ends the run after the cables in hand, not the process; a
	// second Ctrl-C, once the first has been seen, ends the process.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()

	path := resolveDB(*dbFlag, true)
	db, err := store.Open(ctx, path, store.Options{Notify: notifier(stderr)})
	if err != nil {
		return interrupted(ctx, err)
	}
	defer db.Close()
	if db.Foreign {
		return &exitError{code: 1, msg: fmt.Sprintf("%s: a SQLite database that is not a cablesql store; ingest into a new file (cablesql ingest -db NEW.db ...)", db.Path)}
	}
	if err := db.PutCountries(ctx, extract.Countries()); err != nil {
		return interrupted(ctx, err)
	}
	var inputs []pipeline.Input
	for _, p := range fs.Args() {
		if p == "-" {
			inputs = append(inputs, pipeline.Input{Path: "-", R: stdin})
		} else {
			inputs = append(inputs, pipeline.Input{Path: p})
		}
	}
	run := &pipeline.Run{DB: db, Exclude: exclude}
	report := ingestReport{stderr: stderr}
	if !*quiet && isTerminal(stderr) {
		report.bar = newProgress(stderr, run.InputBytes(inputs))
	}
	run.Report = report
	start := time.Now()
	err = run.Ingest(ctx, inputs)
	report.bar.finish()
	if err != nil && !errors.Is(err, context.Canceled) {
		return interrupted(ctx, err)
	}
	run.Finish(ctx, start, *mergeIndex)
	if !*quiet {
		note := ""
		if run.Interrupted {
			note = " (interrupted)"
		}
		fmt.Fprintf(stdout, "%s: %d new, %d merged, %d unchanged, %d activities, %d errors in %s%s\n",
			path, run.Counts[store.New], run.Counts[store.Updated], run.Counts[store.Unchanged],
			run.Activities, run.Errors, time.Since(start).Round(time.Millisecond), note)
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return err
		}
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		f.Close()
		if err != nil {
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

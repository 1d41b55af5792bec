package pipeline

import (
	"context"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/store"
)

// Batching of the writer: a transaction commits after batchCables cables
// or batchDelay, whichever comes first. Bigger batches write faster; an
// interrupted run keeps everything up to the last commit.
const (
	batchCables = 500
	batchDelay  = time.Second
)

// The channels of the pipeline are bounded, so that memory stays flat
// however big the input: a document is some kilobytes, a parsed cable
// three times as many. Parsed cables may queue up while the writer
// commits a batch (a few hundred milliseconds), so that the parsers go on
// meanwhile.
const (
	docQueue    = 32
	parsedQueue = 256
)

// Input is one thing to ingest: a file or directory named by Path, or,
// when R is set, the reader R under the display name Path.
type Input struct {
	Path string
	R    io.Reader
}

// Reporter is told what a run does while it does it; cmd/cablesql prints
// the errors and draws a progress bar. Its methods are called from the
// goroutine that called Ingest or Finish, one call at a time.
type Reporter interface {
	// Error reports a file or cable that was not stored, or a problem
	// at the end of the run; the run has counted it and goes on. Input
	// errors print as file:line: message.
	Error(err error)
	// Progress reports the bytes read from the inputs so far, the
	// cables stored (committed or in the open batch) and the errors.
	Progress(bytesRead int64, cables, errors int)
}

// job is one unit of work in input order (seq): a small file for a worker
// to read, a document the reader streamed from a big input, or a problem
// with an input.
type job struct {
	seq  int
	path string
	doc  *source.Document
	err  error
}

// parsed is a document of a job after parsing and extraction: the sub-th
// of the job's documents; end marks the job's last result, which may hold
// no cable and no error when the job yielded nothing.
type parsed struct {
	seq, sub int
	end      bool
	where    string // file:line of the cable, for write errors
	cable    *cablesql.Cable
	acts     []cablesql.Activity
	err      error
}

// Run reads, parses and stores cables, counting what happened. One
// goroutine walks the inputs and streams big files; one worker per CPU
// reads small files and parses and extracts every cable; the caller's
// goroutine writes, owning the store's write connection. Bounded channels
// join the stages, and the writer takes cables in input order so that
// runs are repeatable.
//
// Set DB, and Exclude and Report if wanted, then call Ingest once and,
// for a command's run, Finish; the counts are final after that.
type Run struct {
	DB      *store.DB
	Exclude []string // file-name patterns (filepath.Match) of files and folders not read
	Report  Reporter // nil: errors are counted but not shown, no progress

	Counts      [3]int // committed cables by store.PutResult
	Activities  int    // activities of the committed new and updated cables
	Errors      int
	Interrupted bool // the context ended before the inputs did

	cpu       *cpuShare // turns on the CPUs: the writer's first (see cpuShare)
	bytesRead atomic.Int64
}

// report counts err and passes it on.
func (r *Run) report(err error) {
	r.Errors++
	if r.Report != nil {
		r.Report.Error(err)
	}
}

// Ingest ingests the inputs. It returns ctx's error when ctx ends first,
// after committing the cables written until then; other problems are
// counted and reported, not returned, unless the store itself fails.
func (r *Run) Ingest(ctx context.Context, inputs []Input) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(1, runtime.GOMAXPROCS(0))
	r.cpu = newCPUShare(workers)
	jobs := make(chan job, docQueue)
	results := make(chan parsed, parsedQueue)
	go func() {
		defer close(jobs)
		r.read(ctx, inputs, jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := func(p parsed) bool {
				select {
				case results <- p:
					return true
				case <-ctx.Done():
					return false
				}
			}
			for j := range jobs {
				if !r.work(ctx, j, out) {
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return r.write(ctx, results)
}

// Finish closes a command's run: PRAGMA optimize when cables changed, the
// full-text index merged into one segment when mergeIndex is set and the
// run was not interrupted, and the run's row in ingest_runs (started at
// start). Problems are reported and counted as errors.
func (r *Run) Finish(ctx context.Context, start time.Time, mergeIndex bool) {
	if r.Counts[store.New]+r.Counts[store.Updated] > 0 {
		if err := r.DB.Optimize(context.WithoutCancel(ctx)); err != nil {
			r.report(err)
		}
	}
	if mergeIndex && !r.Interrupted {
		if err := r.DB.MergeSearchIndex(ctx); err != nil && ctx.Err() == nil {
			r.report(err)
		}
	}
	if rerr := r.DB.RecordRun(context.WithoutCancel(ctx), store.Run{Started: start, Finished: time.Now(),
		New: r.Counts[store.New], Updated: r.Counts[store.Updated],
		Unchanged: r.Counts[store.Unchanged], Errors: r.Errors}); rerr != nil {
		r.report(rerr)
	}
}

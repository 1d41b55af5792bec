package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/extract"
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

// input is one thing to ingest: a file or directory named by path, or,
// when r is set, the reader r under the display name path.
type input struct {
	path string
	r    io.Reader
}

// job is one document read from an input, or a problem reading it; seq
// numbers jobs in input order.
type job struct {
	seq int
	doc *ingest.Document
	err error
}

// parsed is a job after parsing and extraction.
type parsed struct {
	seq   int
	where string // file:line of the cable, for write errors
	cable *cablesql.Cable
	acts  []cablesql.Activity
	err   error
}

// ingestRun reads, parses and stores cables, counting what happened.
// Reading runs in one goroutine, parsing and extraction in one per CPU,
// and writing in the caller's goroutine, which owns the store's write
// connection: the stages are joined by bounded channels, and the writer
// takes cables in input order so that runs are repeatable.
type ingestRun struct {
	db       *store.DB
	stderr   io.Writer // errors, or nil to drop them
	progress *progress // nil when not shown

	counts      [3]int // committed cables by store.PutResult
	activities  int    // activities of the committed new and updated cables
	errors      int
	interrupted bool
	bytesRead   atomic.Int64
}

func (r *ingestRun) report(err error) {
	r.errors++
	if r.stderr != nil {
		r.progress.clear()
		fmt.Fprintln(r.stderr, err)
	}
}

// run ingests the inputs. It returns ctx's error when ctx ends first,
// after committing the cables written until then; other problems are
// counted and reported, not returned, unless the store itself fails.
func (r *ingestRun) run(ctx context.Context, inputs []input) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, docQueue)
	results := make(chan parsed, parsedQueue)
	go func() {
		defer close(jobs)
		r.read(ctx, inputs, jobs)
	}()
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case results <- parse(j):
				case <-ctx.Done():
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

// read sends every document of the inputs to jobs, in order.
func (r *ingestRun) read(ctx context.Context, inputs []input, jobs chan<- job) {
	seq := 0
	send := func(doc *ingest.Document, err error) error {
		select {
		case jobs <- job{seq: seq, doc: doc, err: err}:
			seq++
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	readFrom := func(name string, rd io.Reader) error {
		err := ingest.Read(name, &countingReader{r: rd, n: &r.bytesRead}, send)
		if err != nil && ctx.Err() == nil {
			var ie *ingest.Error
			if !errors.As(err, &ie) {
				err = fmt.Errorf("%s: %w", name, err)
			}
			return send(nil, err)
		}
		return ctx.Err()
	}
	readFile := func(path string) error {
		f, err := os.Open(path)
		if err != nil {
			return send(nil, err)
		}
		defer f.Close()
		return readFrom(path, f)
	}
	for _, in := range inputs {
		if in.r != nil {
			if readFrom(in.path, in.r) != nil {
				return
			}
			continue
		}
		info, err := os.Stat(in.path)
		if err != nil {
			if send(nil, err) != nil {
				return
			}
			continue
		}
		if !info.IsDir() {
			if readFile(in.path) != nil {
				return
			}
			continue
		}
		// WalkDir visits in lexical order and holds one directory's
		// names at a time, so a tree of 250,000 pages streams too.
		err = filepath.WalkDir(in.path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return send(nil, err)
			}
			if p != in.path && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			return readFile(p)
		})
		if err != nil {
			return
		}
	}
}

// parse parses one document and extracts its activities. A panic in
// either is reported as an error of that cable, so one strange cable
// cannot end a run of thousands.
func parse(j job) (p parsed) {
	p.seq, p.err = j.seq, j.err
	if j.doc == nil {
		return p
	}
	p.where = fmt.Sprintf("%s:%d", j.doc.Path, j.doc.Line)
	defer func() {
		if v := recover(); v != nil {
			p.cable, p.acts = nil, nil
			p.err = fmt.Errorf("%s: internal error parsing the cable: %v", p.where, v)
		}
	}()
	p.cable, p.err = ingest.Parse(j.doc)
	if p.err == nil {
		p.acts = extract.Activities(p.cable)
	}
	return p
}

// write stores the parsed cables in input order, in batches.
func (r *ingestRun) write(ctx context.Context, results <-chan parsed) error {
	w, err := r.db.NewWriter(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	var batch struct {
		counts     [3]int
		activities int
		started    time.Time
	}
	commit := func() {
		if err := w.Commit(ctx); err != nil {
			// Every cable of the batch is an error; the message counts once.
			lost := batch.counts[store.New] + batch.counts[store.Updated]
			r.report(fmt.Errorf("%d cables not written: %w", lost, err))
			r.errors += max(lost-1, 0)
		} else {
			for i, n := range batch.counts {
				r.counts[i] += n
			}
			r.activities += batch.activities
		}
		batch.counts, batch.activities = [3]int{}, 0
	}
	ticker := time.NewTicker(batchDelay / 4)
	defer ticker.Stop()
	pending := map[int]parsed{} // results that arrived before their turn
	next := 0
	for {
		if ctx.Err() != nil {
			r.interrupted = true
			commit()
			return ctx.Err()
		}
		select {
		case <-ctx.Done():
			continue
		case <-ticker.C:
			if w.Pending() > 0 && time.Since(batch.started) >= batchDelay {
				commit()
			}
			continue
		case p, ok := <-results:
			if !ok {
				commit()
				return ctx.Err()
			}
			pending[p.seq] = p
		}
		for ctx.Err() == nil {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if w.Pending() == 0 {
				batch.started = time.Now()
			}
			r.store(ctx, w, p, &batch.counts, &batch.activities)
			r.progress.update(r.bytesRead.Load(), r.counts, batch.counts, r.errors)
			if w.Pending() >= batchCables || (w.Pending() > 0 && time.Since(batch.started) >= batchDelay) {
				commit()
			}
		}
	}
}

// store writes one parsed cable into the open batch, or reports why not.
func (r *ingestRun) store(ctx context.Context, w *store.Writer, p parsed, counts *[3]int, activities *int) {
	if p.err != nil {
		r.report(p.err)
		return
	}
	// The cable in hand is finished even when the run is interrupted.
	res, err := w.Put(context.WithoutCancel(ctx), p.cable, p.acts)
	if err != nil {
		if errors.Is(err, store.ErrBatchLost) {
			lost := counts[store.New] + counts[store.Updated]
			*counts, *activities = [3]int{}, 0
			r.errors += lost
		}
		r.report(fmt.Errorf("%s: %w", p.where, err))
		return
	}
	counts[res]++
	if res != store.Unchanged {
		*activities += len(p.acts)
	}
}

// countingReader counts the bytes read through it, for the progress bar.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}

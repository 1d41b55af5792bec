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
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
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

// streamSize is the size from which a file is streamed by the reader, its
// cables handed to the workers one by one (cables.csv); a smaller file
// (a cable page, a text file) is read by a worker, so that reading, which
// for a page is mostly skipping its navigation, runs in parallel too.
const streamSize = 4 << 20

// job is one unit of work in input order (seq): a small file for a worker
// to read, a document the reader streamed from a big input, or a problem
// with an input.
type job struct {
	seq  int
	path string
	doc  *ingest.Document
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

// ingestRun reads, parses and stores cables, counting what happened. One
// goroutine walks the inputs and streams big files; one worker per CPU
// reads small files and parses and extracts every cable; the caller's
// goroutine writes, owning the store's write connection. Bounded channels
// join the stages, and the writer takes cables in input order so that
// runs are repeatable.
type ingestRun struct {
	db       *store.DB
	stderr   io.Writer // errors, or nil to drop them
	progress *progress // nil when not shown

	cpu *cpuShare // turns on the CPUs: the writer's first (see cpuShare)

	exclude []string // -exclude patterns: files and folders not read

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

// excluded reports whether the base name of path matches an -exclude
// pattern.
func (r *ingestRun) excluded(path string) bool {
	name := filepath.Base(path)
	for _, pat := range r.exclude {
		if ok, _ := filepath.Match(pat, name); ok {
			return true
		}
	}
	return false
}

// skipped reports whether the walk of root passes over p, a hidden or
// excluded file or folder; for a folder err is filepath.SkipDir.
func (r *ingestRun) skipped(root, p string, d fs.DirEntry) (skip bool, err error) {
	if p == root || (!strings.HasPrefix(d.Name(), ".") && !r.excluded(p)) {
		return false, nil
	}
	if d.IsDir() {
		return true, filepath.SkipDir
	}
	return true, nil
}

// run ingests the inputs. It returns ctx's error when ctx ends first,
// after committing the cables written until then; other problems are
// counted and reported, not returned, unless the store itself fails.
func (r *ingestRun) run(ctx context.Context, inputs []input) error {
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
	readFile := func(path string, size int64) error {
		if size < streamSize {
			select {
			case jobs <- job{seq: seq, path: path}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
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
			if r.excluded(in.path) {
				continue
			}
			if readFile(in.path, info.Size()) != nil {
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
			if skip, err := r.skipped(in.path, p, d); skip {
				return err
			}
			if !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return send(nil, err)
			}
			return readFile(p, info.Size())
		})
		if err != nil {
			return
		}
	}
}

// work does one job, passing its results to out in order; it returns
// false when out refuses one (the run was cancelled).
func (r *ingestRun) work(ctx context.Context, j job, out func(parsed) bool) bool {
	if j.path == "" {
		p, ok := r.parse(ctx, j.doc, j.err)
		if !ok {
			return false
		}
		p.seq, p.end = j.seq, true
		return out(p)
	}
	// A file may hold several cables; each result goes out when the next
	// one shows it was not the last.
	held := parsed{seq: j.seq}
	sub := 0
	emit := func(doc *ingest.Document, err error) error {
		if sub > 0 && !out(held) {
			return ctx.Err()
		}
		var ok bool
		if held, ok = r.parse(ctx, doc, err); !ok {
			return ctx.Err()
		}
		held.seq, held.sub = j.seq, sub
		sub++
		return nil
	}
	if f, err := os.Open(j.path); err != nil {
		emit(nil, err)
	} else {
		err := ingest.Read(j.path, &countingReader{r: f, n: &r.bytesRead}, emit)
		f.Close()
		if err != nil && ctx.Err() == nil {
			var ie *ingest.Error
			if !errors.As(err, &ie) {
				err = fmt.Errorf("%s: %w", j.path, err)
			}
			emit(nil, err)
		}
	}
	if ctx.Err() != nil {
		return false
	}
	held.end = true
	return out(held)
}

// parse parses one document and extracts its activities; err is a
// problem reading it. A panic in either is reported as an error of that
// cable, so one strange cable cannot end a run of thousands.
func parse(doc *ingest.Document, err error) (p parsed) {
	p.err = err
	if doc == nil {
		return p
	}
	p.where = fmt.Sprintf("%s:%d", doc.Path, doc.Line)
	defer func() {
		if v := recover(); v != nil {
			p.cable, p.acts = nil, nil
			p.err = fmt.Errorf("%s: internal error parsing the cable: %v", p.where, v)
		}
	}()
	p.cable, p.err = ingest.Parse(doc)
	if p.err == nil {
		p.acts = extract.Activities(p.cable)
	}
	return p
}

// parse is parse on a turn of the CPUs; ok is false when ctx ended
// while it waited for one.
func (r *ingestRun) parse(ctx context.Context, doc *ingest.Document, err error) (p parsed, ok bool) {
	if doc == nil {
		return parse(doc, err), true // nothing to parse
	}
	if !r.cpu.acquireCtx(ctx) {
		return p, false
	}
	defer r.cpu.release()
	return parse(doc, err), true
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
	// The writer holds a turn on the CPUs while it has cables to write,
	// and gives it back before it waits for more.
	holding := false
	hold := func() {
		if !holding {
			r.cpu.acquire()
			holding = true
		}
	}
	defer func() {
		if holding {
			r.cpu.release()
		}
	}()
	commit := func() {
		hold()
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
	type key struct{ seq, sub int }
	pending := map[key]parsed{} // results that arrived before their turn
	var next key
	for {
		if ctx.Err() != nil {
			r.interrupted = true
			commit()
			return ctx.Err()
		}
		if holding && len(results) == 0 {
			r.cpu.release()
			holding = false
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
			pending[key{p.seq, p.sub}] = p
		}
		for ctx.Err() == nil {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if next.sub++; p.end {
				next = key{next.seq + 1, 0}
			}
			if p.cable == nil && p.err == nil {
				continue // a job that yielded nothing
			}
			if w.Pending() == 0 {
				batch.started = time.Now()
			}
			hold()
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

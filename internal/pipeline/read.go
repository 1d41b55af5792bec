package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/cablesql/cablesql/ingest/source"
)

// streamSize is the size from which a file is streamed by the reader, its
// cables handed to the workers one by one (cables.csv); a smaller file
// (a cable page, a text file) is read by a worker, so that reading, which
// for a page is mostly skipping its navigation, runs in parallel too.
const streamSize = 4 << 20

// read sends every document of the inputs to jobs, in order.
func (r *Run) read(ctx context.Context, inputs []Input, jobs chan<- job) {
	rd := &reader{run: r, jobs: jobs}
	for _, in := range inputs {
		if rd.input(ctx, in) != nil {
			return
		}
	}
}

// reader is the reader stage: it numbers the jobs it sends in input
// order. Its methods return an error when the run is over (ctx ended).
type reader struct {
	run  *Run
	jobs chan<- job
	seq  int
}

// send sends j as the next job.
func (rd *reader) send(ctx context.Context, j job) error {
	j.seq = rd.seq
	select {
	case rd.jobs <- j:
		rd.seq++
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// sendDoc sends a document read here, or a problem with an input.
func (rd *reader) sendDoc(ctx context.Context, doc *source.Document, err error) error {
	return rd.send(ctx, job{doc: doc, err: err})
}

// input sends the jobs of one input: a stream, a file or a folder.
func (rd *reader) input(ctx context.Context, in Input) error {
	if in.R != nil {
		return rd.stream(ctx, in.Path, in.R)
	}
	info, err := os.Stat(in.Path)
	if err != nil {
		return rd.sendDoc(ctx, nil, err)
	}
	if !info.IsDir() {
		if rd.run.excluded(in.Path) {
			return nil
		}
		return rd.file(ctx, in.Path, info.Size())
	}
	// WalkDir visits in lexical order and holds one directory's
	// names at a time, so a tree of 250,000 pages streams too.
	return filepath.WalkDir(in.Path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return rd.sendDoc(ctx, nil, err)
		}
		if skip, err := rd.run.skipped(in.Path, p, d); skip {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return rd.sendDoc(ctx, nil, err)
		}
		return rd.file(ctx, p, info.Size())
	})
}

// stream reads the documents of r here, in the reader's goroutine, and
// sends each as a job.
func (rd *reader) stream(ctx context.Context, name string, r io.Reader) error {
	send := func(doc *source.Document, err error) error { return rd.sendDoc(ctx, doc, err) }
	err := source.Read(name, &countingReader{r: r, n: &rd.run.bytesRead}, send)
	if err != nil && ctx.Err() == nil {
		var ie *source.Error
		if !errors.As(err, &ie) {
			err = fmt.Errorf("%s: %w", name, err)
		}
		return send(nil, err)
	}
	return ctx.Err()
}

// file sends a small file as a job for a worker to read, and streams a
// big one.
func (rd *reader) file(ctx context.Context, path string, size int64) error {
	if size < streamSize {
		return rd.send(ctx, job{path: path})
	}
	f, err := os.Open(path)
	if err != nil {
		return rd.sendDoc(ctx, nil, err)
	}
	defer f.Close()
	return rd.stream(ctx, path, f)
}

// excluded reports whether the base name of path matches an -exclude
// pattern.
func (r *Run) excluded(path string) bool {
	name := filepath.Base(path)
	for _, pat := range r.Exclude {
		if ok, _ := filepath.Match(pat, name); ok {
			return true
		}
	}
	return false
}

// skipped reports whether the walk of root passes over p, a hidden or
// excluded file or folder; for a folder err is filepath.SkipDir.
func (r *Run) skipped(root, p string, d fs.DirEntry) (skip bool, err error) {
	if p == root || (!strings.HasPrefix(d.Name(), ".") && !r.excluded(p)) {
		return false, nil
	}
	if d.IsDir() {
		return true, filepath.SkipDir
	}
	return true, nil
}

// InputBytes sums the sizes of the files the inputs name, skipping what
// the run skips, for a progress bar's total; -1 when an input is a stream
// of unknown length.
func (r *Run) InputBytes(inputs []Input) int64 {
	var total int64
	for _, in := range inputs {
		if in.R != nil {
			return -1
		}
		filepath.WalkDir(in.Path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if skip, err := r.skipped(in.Path, p, d); skip {
				return err
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
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

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

	"github.com/cablesql/cablesql/ingest"
)

// streamSize is the size from which a file is streamed by the reader, its
// cables handed to the workers one by one (cables.csv); a smaller file
// (a cable page, a text file) is read by a worker, so that reading, which
// for a page is mostly skipping its navigation, runs in parallel too.
const streamSize = 4 << 20

// read sends every document of the inputs to jobs, in order.
func (r *Run) read(ctx context.Context, inputs []Input, jobs chan<- job) {
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
		if in.R != nil {
			if readFrom(in.Path, in.R) != nil {
				return
			}
			continue
		}
		info, err := os.Stat(in.Path)
		if err != nil {
			if send(nil, err) != nil {
				return
			}
			continue
		}
		if !info.IsDir() {
			if r.excluded(in.Path) {
				continue
			}
			if readFile(in.Path, info.Size()) != nil {
				return
			}
			continue
		}
		// WalkDir visits in lexical order and holds one directory's
		// names at a time, so a tree of 250,000 pages streams too.
		err = filepath.WalkDir(in.Path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return send(nil, err)
			}
			if skip, err := r.skipped(in.Path, p, d); skip {
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

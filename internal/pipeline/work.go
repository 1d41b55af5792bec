package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/ingest"
	"github.com/cablesql/cablesql/ingest/source"
)

// work does one job, passing its results to out in order; it returns
// false when out refuses one (the run was cancelled).
func (r *Run) work(ctx context.Context, j job, out func(parsed) bool) bool {
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
	emit := func(doc *source.Document, err error) error {
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
		err := source.Read(j.path, &countingReader{r: f, n: &r.bytesRead}, emit)
		f.Close()
		if err != nil && ctx.Err() == nil {
			var ie *source.Error
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
func parse(doc *source.Document, err error) (p parsed) {
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
func (r *Run) parse(ctx context.Context, doc *source.Document, err error) (p parsed, ok bool) {
	if doc == nil {
		return parse(doc, err), true // nothing to parse
	}
	if !r.cpu.acquireCtx(ctx) {
		return p, false
	}
	defer r.cpu.release()
	return parse(doc, err), true
}

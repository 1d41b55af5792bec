package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cablesql/cablesql/store"
)

// write stores the parsed cables in input order, in batches.
func (r *Run) write(ctx context.Context, results <-chan parsed) error {
	w, err := r.DB.NewWriter(ctx)
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
			r.Errors += max(lost-1, 0)
		} else {
			for i, n := range batch.counts {
				r.Counts[i] += n
			}
			r.Activities += batch.activities
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
			r.Interrupted = true
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
			r.progress(batch.counts)
			if w.Pending() >= batchCables || (w.Pending() > 0 && time.Since(batch.started) >= batchDelay) {
				commit()
			}
		}
	}
}

// store writes one parsed cable into the open batch, or reports why not.
func (r *Run) store(ctx context.Context, w *store.Writer, p parsed, counts *[3]int, activities *int) {
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
			r.Errors += lost
		}
		r.report(fmt.Errorf("%s: %w", p.where, err))
		return
	}
	counts[res]++
	if res != store.Unchanged {
		*activities += len(p.acts)
	}
}

// progress reports the bytes read and the cables stored so far; batch
// counts the cables of the open batch.
func (r *Run) progress(batch [3]int) {
	if r.Report == nil {
		return
	}
	n := 0
	for i := range r.Counts {
		n += r.Counts[i] + batch[i]
	}
	r.Report.Progress(r.bytesRead.Load(), n, r.Errors)
}

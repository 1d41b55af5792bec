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
	b := &batch{r: r, w: w}
	defer b.release()
	ticker := time.NewTicker(batchDelay / 4)
	defer ticker.Stop()
	pending := map[resultKey]parsed{} // results that arrived before their turn
	var next resultKey
	for {
		if ctx.Err() != nil {
			r.Interrupted = true
			b.commit(ctx)
			return ctx.Err()
		}
		if len(results) == 0 {
			b.release()
		}
		select {
		case <-ctx.Done():
			continue
		case <-ticker.C:
			if w.Pending() > 0 && time.Since(b.started) >= batchDelay {
				b.commit(ctx)
			}
			continue
		case p, ok := <-results:
			if !ok {
				b.commit(ctx)
				return ctx.Err()
			}
			pending[resultKey{p.seq, p.sub}] = p
		}
		next = b.putReady(ctx, pending, next)
	}
}

// resultKey is a result's place in input order: its job, and its place
// among the job's documents.
type resultKey struct{ seq, sub int }

// batch is the writer's open transaction: what it holds, since when, and
// the writer's turn on the CPUs, which it holds while it has cables to
// write and gives back before it waits for more.
type batch struct {
	r          *Run
	w          *store.Writer
	counts     [3]int // cables by store.PutResult
	activities int
	started    time.Time
	holding    bool
}

// hold takes a turn on the CPUs, unless the writer holds one.
func (b *batch) hold() {
	if !b.holding {
		b.r.cpu.acquire()
		b.holding = true
	}
}

// release gives the writer's turn back, if it holds one.
func (b *batch) release() {
	if b.holding {
		b.r.cpu.release()
		b.holding = false
	}
}

// commit commits the batch and adds its counts to the run's; when the
// commit fails, every cable of the batch is an error.
func (b *batch) commit(ctx context.Context) {
	b.hold()
	r := b.r
	if err := b.w.Commit(ctx); err != nil {
		// The message counts once.
		lost := b.counts[store.New] + b.counts[store.Updated]
		r.report(fmt.Errorf("%d cables not written: %w", lost, err))
		r.Errors += max(lost-1, 0)
	} else {
		for i, n := range b.counts {
			r.Counts[i] += n
		}
		r.Activities += b.activities
	}
	b.counts, b.activities = [3]int{}, 0
}

// putReady stores the results in pending whose turn has come, next being
// the first awaited, and returns the one awaited after them.
func (b *batch) putReady(ctx context.Context, pending map[resultKey]parsed, next resultKey) resultKey {
	for ctx.Err() == nil {
		p, ok := pending[next]
		if !ok {
			break
		}
		delete(pending, next)
		if next.sub++; p.end {
			next = resultKey{next.seq + 1, 0}
		}
		if p.cable == nil && p.err == nil {
			continue // a job that yielded nothing
		}
		if b.w.Pending() == 0 {
			b.started = time.Now()
		}
		b.hold()
		b.r.store(ctx, b.w, p, &b.counts, &b.activities)
		b.r.progress(b.counts)
		if b.w.Pending() >= batchCables || (b.w.Pending() > 0 && time.Since(b.started) >= batchDelay) {
			b.commit(ctx)
		}
	}
	return next
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

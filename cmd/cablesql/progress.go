package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress draws the ingest progress bar on a terminal: bytes read of the
// total, cables stored, rate and time left. A nil *progress draws nothing,
// so callers need not check.
type progress struct {
	bar  *progressbar.ProgressBar
	next time.Time // when to redraw next
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts a bar on w for total bytes (-1 when unknown).
func newProgress(w io.Writer, total int64) *progress {
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowTotalBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSpinnerType(14),
	)
	bar.RenderBlank()
	return &progress{bar: bar}
}

// update shows the bytes read so far, the cables stored (committed and
// not) and the errors.
func (p *progress) update(bytes int64, cables, errors int) {
	if p == nil {
		return
	}
	now := time.Now()
	if now.Before(p.next) {
		return
	}
	p.next = now.Add(100 * time.Millisecond)
	desc := fmt.Sprintf("%d cables", cables)
	if errors > 0 {
		desc += fmt.Sprintf(", %d errors", errors)
	}
	p.bar.Describe(desc)
	p.bar.Set64(bytes)
}

// clear takes the bar off the screen, before printing a line; the next
// update draws it again.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.bar.Clear()
	p.next = time.Time{}
}

// finish removes the bar for good.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.bar.Exit()
	p.bar.Clear()
}

// ingestReport shows an ingest run (a pipeline.Reporter): each error on
// its own line of stderr and, on a terminal without -q, the progress bar
// (nil otherwise).
type ingestReport struct {
	stderr io.Writer
	bar    *progress
}

// Error takes the bar off the screen and prints err.
func (r ingestReport) Error(err error) {
	r.bar.clear()
	fmt.Fprintln(r.stderr, err)
}

// Progress redraws the bar.
func (r ingestReport) Progress(bytesRead int64, cables, errors int) {
	r.bar.update(bytesRead, cables, errors)
}

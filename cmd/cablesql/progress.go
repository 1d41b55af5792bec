package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// progress draws the ingest progress line on a terminal, redrawn in place
// at most every 100 ms: the cables stored, the bytes read of the total,
// the rate and the time left. A nil *progress draws nothing, so callers
// need not check.
type progress struct {
	w     io.Writer
	total int64 // bytes to read, -1 when unknown
	width int   // the terminal's columns, 0 when unknown
	start time.Time
	next  time.Time // when to redraw next
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts a progress line on w for total bytes (-1 when
// unknown).
func newProgress(w io.Writer, total int64) *progress {
	p := &progress{w: w, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil {
			p.width = width
		}
	}
	p.draw(0, 0, 0)
	return p
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
	p.draw(bytes, cables, errors)
}

// draw writes the line over the one on the screen.
func (p *progress) draw(bytes int64, cables, errors int) {
	line := p.line(bytes, cables, errors, time.Since(p.start))
	if p.width > 1 && len(line) >= p.width {
		line = line[:p.width-1] // the line is ASCII; a full one would wrap
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// line is the progress line, as "ingest: 1204 cables, 2 errors  45%
// 12.3 MB of 27.1 MB  3.4 MB/s  8s left".
func (p *progress) line(bytes int64, cables, errors int, elapsed time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ingest: %d cables", cables)
	if errors > 0 {
		fmt.Fprintf(&b, ", %d errors", errors)
	}
	if p.total > 0 {
		fmt.Fprintf(&b, "  %d%%  %s of %s", min(100, bytes*100/p.total), byteSize(bytes), byteSize(p.total))
	} else {
		fmt.Fprintf(&b, "  %s", byteSize(bytes))
	}
	if elapsed < time.Second || bytes == 0 {
		return b.String()
	}
	rate := float64(bytes) / elapsed.Seconds()
	fmt.Fprintf(&b, "  %s/s", byteSize(int64(rate)))
	if p.total > bytes {
		left := time.Duration(float64(p.total-bytes) / rate * float64(time.Second))
		fmt.Fprintf(&b, "  %s left", left.Round(time.Second))
	}
	return b.String()
}

// byteSize writes n bytes as "512 B", "12.3 kB", "4.0 MB", "1.2 GB".
func byteSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v, prefix := float64(n)/unit, 0
	for v >= unit && prefix < 3 {
		v, prefix = v/unit, prefix+1
	}
	return fmt.Sprintf("%.1f %cB", v, "kMGT"[prefix])
}

// clear takes the line off the screen, before printing another; the next
// update draws it again.
func (p *progress) clear() {
	if p == nil {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.next = time.Time{}
}

// finish removes the line for good.
func (p *progress) finish() {
	p.clear()
}

// ingestReport shows an ingest run (a pipeline.Reporter): each error on
// its own line of stderr and, on a terminal without -q, the progress
// line (nil otherwise).
type ingestReport struct {
	stderr io.Writer
	bar    *progress
}

// Error takes the progress line off the screen and prints err.
func (r ingestReport) Error(err error) {
	r.bar.clear()
	fmt.Fprintln(r.stderr, err)
}

// Progress redraws the progress line.
func (r ingestReport) Progress(bytesRead int64, cables, errors int) {
	r.bar.update(bytesRead, cables, errors)
}

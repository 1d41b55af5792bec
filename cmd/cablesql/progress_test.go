package main

import (
	"bytes"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	known := &progress{total: 27_100_000}
	for _, c := range []struct {
		p       *progress
		bytes   int64
		cables  int
		errors  int
		elapsed time.Duration
		want    string
	}{
		{known, 0, 0, 0, 0, "ingest: 0 cables  0%  0 B of 27.1 MB"},
		{known, 13_550_000, 1204, 2, 4 * time.Second, "ingest: 1204 cables, 2 errors  50%  13.6 MB of 27.1 MB  3.4 MB/s  4s left"},
		{known, 27_100_000, 2000, 0, 8 * time.Second, "ingest: 2000 cables  100%  27.1 MB of 27.1 MB  3.4 MB/s"},
		{&progress{total: -1}, 2_500_000_000, 9, 0, 100 * time.Second, "ingest: 9 cables  2.5 GB  25.0 MB/s"},
	} {
		if got := c.p.line(c.bytes, c.cables, c.errors, c.elapsed); got != c.want {
			t.Errorf("line(%d, %d, %d, %v) = %q, want %q", c.bytes, c.cables, c.errors, c.elapsed, got, c.want)
		}
	}
}

// The line is cut to the terminal's width, drawn over in place, and
// taken off the screen before an error and at the end.
func TestProgressDraws(t *testing.T) {
	var out bytes.Buffer
	p := &progress{w: &out, total: 1000, width: 20, start: time.Now()}
	p.update(500, 3, 0)
	p.update(600, 4, 0) // within 100 ms: not drawn
	ingestReport{stderr: &out, bar: p}.Error(errTest)
	p.update(700, 5, 1)
	p.finish()
	want := "\ringest: 3 cables  5\x1b[K\r\x1b[Kbad cable\n\ringest: 5 cables, 1\x1b[K\r\x1b[K"
	if got := out.String(); got != want {
		t.Errorf("drew %q, want %q", got, want)
	}
	var none *progress // -q, or not a terminal
	none.update(1, 1, 1)
	none.finish()
}

type testError string

func (e testError) Error() string { return string(e) }

const errTest = testError("bad cable")

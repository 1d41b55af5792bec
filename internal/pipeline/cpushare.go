package pipeline

import "context"

// cpuShare hands out turns on the CPUs, one per CPU, to the parsers and
// the writer. The writer takes a turn while it has cables to write, so
// that one parser fewer runs: with as many parsers as CPUs, the writer
// got about two thirds of a CPU while the parsers ran, fell behind, and
// the parsers then waited on the full queue with a CPU idle. Turns are
// given in the order they are asked for (a channel's waiting senders
// are served first come, first served), so the writer waits at most for
// one cable to be parsed.
type cpuShare struct {
	turns chan struct{}
}

func newCPUShare(cpus int) *cpuShare {
	return &cpuShare{turns: make(chan struct{}, cpus)}
}

// acquire waits for a turn.
func (c *cpuShare) acquire() { c.turns <- struct{}{} }

// acquireCtx waits for a turn, or for ctx to end; it reports whether it
// got the turn.
func (c *cpuShare) acquireCtx(ctx context.Context) bool {
	select {
	case c.turns <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// release gives a turn back.
func (c *cpuShare) release() { <-c.turns }

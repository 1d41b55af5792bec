//go:build unix

// Package cputime reads the CPU time the process has used, for
// benchmarks: on a busy machine a steadier measure of work than the wall
// time.
package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time (user and system) the process has used; 0 when
// the system cannot say.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

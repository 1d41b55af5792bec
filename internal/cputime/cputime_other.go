//go:build !unix

package cputime

import "time"

// Process is the CPU time the process has used; 0 when the system cannot
// say, as here.
func Process() time.Duration { return 0 }

// Command cablesql ingests US diplomatic cables into a SQLite store and
// opens a SQL shell over it. See README.md, or run cablesql -h.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitCode prints err (unless already reported) and maps it to a status.
func exitCode(err error, stderr *os.File) int {
	var ex *exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ex):
		if ex.msg != "" {
			fmt.Fprintln(stderr, "cablesql:", ex.msg)
		}
		return ex.code
	}
	fmt.Fprintln(stderr, "cablesql:", err)
	return 1
}

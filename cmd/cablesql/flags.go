package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/cablesql/cablesql"
	sqlite3 "modernc.org/sqlite/lib"
)

// parseFlags parses args with fs. -h (or -help) prints fs's usage on
// stdout and returns flag.ErrHelp (exit 0); a bad flag is a usage error
// (exit 2) printed once, with where to find the flags. fs.Usage must
// write to fs.Output().
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	out := fs.Output()
	fs.SetOutput(io.Discard) // the flag package would print the error and the usage
	err := fs.Parse(args)
	fs.SetOutput(out)
	switch {
	case errors.Is(err, flag.ErrHelp):
		w := bufio.NewWriter(stdout) // one write, not one per flag
		fs.SetOutput(w)
		fs.Usage()
		w.Flush()
		fs.SetOutput(out)
		return err
	case err != nil:
		return &exitError{code: 2, msg: fmt.Sprintf("%v; run %s -h", err, fs.Name())}
	}
	return nil
}

// versionText is what cablesql --version prints: the tool's version and
// the VCS revision it was built from (from the build info, when the
// build recorded it), SQLite's version and Go's.
func versionText() string {
	rev := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		modified := false
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" && modified {
			rev += "+modified"
		}
	}
	if rev == "" {
		rev = "unknown revision"
	}
	return fmt.Sprintf("cablesql %s (%s) SQLite %s %s\n", cablesql.Version, rev, sqlite3.SQLITE_VERSION, runtime.Version())
}

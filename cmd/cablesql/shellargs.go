package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cablesql/cablesql/shell"
)

// shellArgs are the shell's command-line options in sqlite3's spelling:
// output modes and settings (applied as the dot-commands they stand for,
// in the order given), -cmd, -init, -echo, -version.
type shellArgs struct {
	dots    [][]string // dot-commands standing for the output flags
	cmds    []string   // -cmd COMMAND, in order
	init    *string
	echo    *bool
	version *bool
}

// shellModes are the output modes that have a flag of their own (-csv).
var shellModes = []string{"list", "csv", "tsv", "json", "line", "box", "table", "markdown", "column", "html", "quote"}

func addShellArgs(fs *flag.FlagSet) *shellArgs {
	a := &shellArgs{}
	dot := func(args ...string) func(string) error {
		return func(string) error { a.dots = append(a.dots, args); return nil }
	}
	for _, m := range shellModes {
		fs.BoolFunc(m, "set output mode to "+m, dot(".mode", m))
	}
	fs.BoolFunc("header", "show column names (list, csv, tsv, html, quote)", dot(".headers", "on"))
	fs.BoolFunc("noheader", "do not show column names", dot(".headers", "off"))
	fs.Func("separator", "`SEP` between values in list mode (default |)", func(v string) error {
		a.dots = append(a.dots, []string{".separator", v})
		return nil
	})
	fs.Func("nullvalue", "`TEXT` shown for NULL", func(v string) error {
		a.dots = append(a.dots, []string{".nullvalue", v})
		return nil
	})
	fs.Func("cmd", "run `COMMAND` (SQL or a dot-command) before reading input; may be repeated", func(v string) error {
		a.cmds = append(a.cmds, v)
		return nil
	})
	a.init = fs.String("init", "", "read SQL and dot-commands from `FILE` first (instead of $XDG_CONFIG_HOME/cablesql/init.sql)")
	a.echo = fs.Bool("echo", false, "print each command before running it")
	a.version = fs.Bool("version", false, "print the versions of cablesql, SQLite and Go")
	return a
}

// initFileName is the init file the interactive shell reads, as sqlite3
// reads ~/.sqliterc.
const initFileName = "init.sql"

// start prepares sh as the flags ask: settings first, then the init file
// (-init FILE, else the user's init.sql when interactive), then each
// -cmd. It returns shell.ErrFailed when a command failed and -bail stops
// there, shell.ErrQuit after .quit.
func (a *shellArgs) start(ctx context.Context, sh *shell.Shell) error {
	sh.SetEcho(*a.echo)
	for _, d := range a.dots {
		if err := sh.DotArgs(ctx, d); err != nil {
			return &exitError{code: 2, msg: fmt.Sprintf("-%s: %v", strings.TrimPrefix(d[0], "."), err)}
		}
	}
	file := *a.init
	if file == "" && sh.Interactive {
		if p := userConfigPath(initFileName); p != "" {
			if _, err := os.Stat(p); err == nil {
				file = p
			}
		}
	}
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("-init: %w", err)
		}
		err = sh.RunScript(ctx, f, file)
		f.Close()
		if stop(err, sh) {
			return err
		}
	}
	for _, c := range a.cmds {
		if err := sh.RunScript(ctx, strings.NewReader(c), "-cmd"); stop(err, sh) {
			return err
		}
	}
	return nil
}

// stop reports whether a start-up script's error ends the shell: .quit,
// an interrupt, an error that is not a failed statement, or a failed
// statement with -bail.
func stop(err error, sh *shell.Shell) bool {
	return err != nil && (!errors.Is(err, shell.ErrFailed) || sh.Bail)
}

// bannerTry ends the interactive shell's banner: what to try first.
const bannerTry = "Try: .tables  .queries  .run participation_by_country"

// startError maps the error of a start-up script (-init, -cmd, the SQL
// argument) to the exit: .quit ends cleanly, a failed statement was
// reported already.
func startError(err error) error {
	switch {
	case errors.Is(err, shell.ErrQuit):
		return nil
	case errors.Is(err, shell.ErrFailed):
		return errReported
	}
	return err
}

// storeArgument reads the positional arguments of the shell, sqlite3's
// FILE [SQL]: FILE, an existing store, stands for -db FILE; the rest is
// SQL to run instead of reading input.
func storeArgument(f readerFlags, pos []string) (string, error) {
	if len(pos) == 0 {
		return "", nil
	}
	if *f.db != "" {
		return "", &exitError{code: 2, msg: "the store is given twice (-db " + *f.db + " and " + pos[0] + "); run cablesql -h"}
	}
	if _, err := os.Stat(pos[0]); err != nil {
		return "", &exitError{code: 2, msg: pos[0] + ": no such store or command; run cablesql -h"}
	}
	*f.db = pos[0]
	return strings.Join(pos[1:], " "), nil
}

// runBatch runs the shell without a terminal: the SQL argument when
// there is one, else the script on stdin, with no prompt and no banner.
// The exit status is 1 when a statement failed.
func runBatch(ctx context.Context, sh *shell.Shell, sa *shellArgs, sqlText string, stdin io.Reader) error {
	defer sh.Close()
	if err := sa.start(ctx, sh); err != nil {
		return startError(err)
	}
	if sqlText != "" {
		// cablesql FILE SQL runs the SQL (or dot-command) and exits, as
		// sqlite3 does.
		if err := sh.RunScript(ctx, strings.NewReader(sqlText), "command line"); err != nil {
			return startError(err)
		}
		if sh.Failed() {
			return errReported
		}
		return nil
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 64<<20)
	sh.In = &shell.ScriptReader{Scanner: sc}
	if err := sh.Run(ctx); err != nil {
		if errors.Is(err, shell.ErrFailed) {
			return errReported
		}
		return exitStatus(err)
	}
	return nil
}

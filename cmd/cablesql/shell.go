package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/shell"
	"github.com/chzyer/readline"
	"golang.org/x/term"
)

func runShell(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbFlag := fs.String("db", "", "database `FILE` (default $CABLESQL_DB, ./cablesql.db, or the bundled sample)")
	bail := fs.Bool("bail", false, "stop at the first failed statement")
	readOnly := fs.Bool("readonly", false, "open the database read-only")
	queriesDir := fs.String("queries", "", "extra saved-query `DIR`")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nShell flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, msg: "unexpected argument " + fs.Arg(0) + "; run cablesql -h"}
	}
	path := resolveDB(*dbFlag, false)
	db, err := openDB(ctx, path, *readOnly)
	if err != nil {
		return err
	}
	defer db.Close()
	cat, err := loadCatalog(*queriesDir, stderr)
	if err != nil {
		return err
	}
	sh := &shell.Shell{DB: db.SQL(), Store: db, Catalog: cat, Out: stdout, Err: stderr, Bail: *bail}

	in, isFile := stdin.(*os.File)
	if !isFile || !term.IsTerminal(int(in.Fd())) {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 64<<20)
		sh.In = &shell.ScriptReader{Scanner: sc}
		if err := sh.Run(ctx); err != nil {
			if errors.Is(err, shell.ErrFailed) {
				return errReported
			}
			return err
		}
		return nil
	}

	rl, err := readline.NewEx(&readline.Config{
		Prompt:            shell.Prompt,
		HistoryFile:       historyFile(),
		HistorySearchFold: true,
		InterruptPrompt:   "^C",
		EOFPrompt:         "",
		Stdin:             in,
		Stdout:            stdout,
		Stderr:            stderr,
	})
	if err != nil {
		return err
	}
	defer rl.Close()
	where := path
	if where == "" {
		where = "the bundled sample cable 09STATE111693 (in memory; use -db FILE or cablesql ingest for your own)"
	}
	fmt.Fprintf(stdout, "cablesql %s on %s. Enter .help for help.\n", cablesql.Version, where)

	// Ctrl-C while a statement runs interrupts it; at the prompt readline
	// reports it as ErrInterrupt.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	interrupts := make(chan struct{}, 1)
	go func() {
		for range sigs {
			select {
			case interrupts <- struct{}{}:
			default:
			}
		}
	}()
	sh.In = &readlineReader{rl: rl, interrupts: interrupts}
	sh.Interrupts = interrupts
	sh.Interactive = true
	sh.MaxRows = 100
	if w, _, err := term.GetSize(int(in.Fd())); err == nil {
		sh.Width = w
	}
	err = sh.Run(ctx)
	if errors.Is(err, shell.ErrFailed) {
		return nil // errors were shown; an interactive session ends cleanly
	}
	return err
}

// readlineReader adapts chzyer/readline to shell.LineReader.
type readlineReader struct {
	rl         *readline.Instance
	interrupts chan struct{}
}

func (r *readlineReader) Readline(prompt string) (string, error) {
	// Drop an interrupt that arrived after the last statement ended.
	select {
	case <-r.interrupts:
	default:
	}
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", shell.ErrInterrupt
	}
	return line, err
}

// historyFile is $XDG_STATE_HOME/cablesql/history, by default
// ~/.local/state/cablesql/history.
func historyFile() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(dir, "cablesql")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return ""
	}
	return filepath.Join(dir, "history")
}

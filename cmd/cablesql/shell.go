package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/shell"
	"github.com/chzyer/readline"
	"golang.org/x/term"
)

func runShell(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cablesql", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storeFlags := addReaderFlags(fs)
	bail := fs.Bool("bail", false, "stop at the first failed statement")
	queriesDir := fs.String("queries", "", "extra saved-query `DIR`")
	sa := addShellArgs(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fmt.Fprintln(fs.Output(), "\nShell flags:")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if *sa.version {
		fmt.Fprint(stdout, versionText())
		return nil
	}
	sqlText, err := storeArgument(storeFlags, pos)
	if err != nil {
		return err
	}
	in, isFile := stdin.(*os.File)
	interactive := sqlText == "" && isFile && term.IsTerminal(int(in.Fd()))
	db, path, err := storeFlags.open(ctx, stderr, interactive)
	if err != nil {
		return err
	}
	defer db.Close()
	cat, err := loadCatalog(*queriesDir, stderr)
	if err != nil {
		return err
	}
	sh := &shell.Shell{DB: db.SQL(), Store: db, Catalog: cat, Out: stdout, Err: stderr, Bail: *bail, Interactive: interactive}
	if !interactive {
		return runBatch(ctx, sh, sa, sqlText, stdin)
	}
	where := path
	switch {
	case path == "":
		where = "the bundled sample (in memory; -db FILE opens a store)"
	case db.Foreign:
		where = path + ", a SQLite database that is not a cablesql store (opened as it is)"
	}
	return runInteractive(ctx, sh, in, stdout, stderr, where, sa)
}

// runInteractive runs the shell on a terminal with chzyer/readline.
//
// Ctrl-C reaches the shell two ways. At the prompt readline holds the
// terminal in raw mode, so Ctrl-C is a key: readline returns
// ErrPromptInterrupted and the shell drops the line. While a statement runs the
// terminal is back in normal mode, so Ctrl-C is a SIGINT: it is caught
// here and interrupts the statement (the shell cancels its context, and
// modernc.org/sqlite calls sqlite3_interrupt).
func runInteractive(ctx context.Context, sh *shell.Shell, in *os.File, stdout, stderr io.Writer, where string, sa *shellArgs) error {
	fd := int(in.Fd())
	hist, entries := loadHistory(stderr)

	// SIGINT must be caught before the first statement runs, or it would
	// kill the process.
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

	rl, err := newReadline(sh, in, stdout, stderr)
	if err != nil {
		return err
	}
	defer rl.Close() // leaves the terminal as it found it
	reader := &readlineReader{rl: rl, interrupts: interrupts, hist: hist, entries: entries, stderr: stderr}
	reader.replayHistory()

	// On SIGTERM (ctx done) end the read, so that the terminal is restored.
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			rl.Close()
		case <-done:
		}
	}()

	fmt.Fprintf(stdout, "cablesql %s on %s.\nEnter SQL ending with \";\", .help for commands, Ctrl-D to quit.\n%s\n", cablesql.Version, where, bannerTry)
	if err := sa.start(ctx, sh); err != nil {
		return startError(err)
	}

	sh.In = reader
	sh.Interrupts = interrupts
	sh.Interactive = true
	sh.Width = func() int {
		if w, _, err := term.GetSize(fd); err == nil {
			return w
		}
		return 0
	}
	// Tables fit the screen: at most as many rows as leave the header and
	// the footer in view of the window as it is when they are shown.
	sh.Height = func() int {
		if _, h, err := term.GetSize(fd); err == nil {
			return h
		}
		return 0
	}
	err = sh.Run(ctx)
	if ctx.Err() != nil {
		fmt.Fprintln(stdout)
		return &exitError{code: 128 + 15} // as if SIGTERM had killed it
	}
	if errors.Is(err, shell.ErrFailed) {
		return nil // errors were shown; an interactive session ends cleanly
	}
	return exitStatus(err)
}

// exitStatus turns the shell's .exit N into the process's exit status.
func exitStatus(err error) error {
	var st shell.ExitStatus
	if errors.As(err, &st) {
		return &exitError{code: int(st)}
	}
	return err
}

// loadHistory reads the history file; nil when there is none to keep.
func loadHistory(stderr io.Writer) (*shell.History, []string) {
	p, err := shell.HistoryPath(os.Getenv)
	if err != nil {
		return nil, nil
	}
	hist := &shell.History{Path: p}
	entries, err := hist.Load()
	if err != nil {
		fmt.Fprintf(stderr, "cablesql: %v (history not kept)\n", err)
		return nil, entries
	}
	return hist, entries
}

// newReadline starts chzyer/readline on the terminal in, with Home and
// End keys translated in front of it (keyReader).
func newReadline(sh *shell.Shell, in *os.File, stdout, stderr io.Writer) (*readline.Instance, error) {
	return readline.NewEx(&readline.Config{
		Prompt:                 shell.Prompt,
		HistoryLimit:           shell.DefaultHistorySize,
		DisableAutoSaveHistory: true,
		HistorySearchFold:      true,
		InterruptPrompt:        "^C",
		AutoComplete:           completer{sh},
		Stdin:                  &keyReader{r: in},
		Stdout:                 stdout,
		Stderr:                 stderr,
	})
}

// readlineReader adapts chzyer/readline to shell.LineReader and
// shell.HistoryKeeper. History entries are whole statements, kept in
// the history file by shell.History; readline only holds them in memory
// for Up, Down and Ctrl-R.
type readlineReader struct {
	rl         *readline.Instance
	interrupts chan struct{}
	hist       *shell.History // nil: not kept across sessions
	entries    []string
	warned     bool
	stderr     io.Writer
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
		return "", shell.ErrPromptInterrupted
	}
	return line, err
}

// AddHistory records a complete entry in memory and in the file.
func (r *readlineReader) AddHistory(entry string) {
	if n := len(r.entries); n > 0 && r.entries[n-1] == entry {
		return
	}
	r.entries = append(r.entries, entry)
	if len(r.entries) > shell.DefaultHistorySize {
		r.entries = r.entries[len(r.entries)-shell.DefaultHistorySize:]
	}
	r.replayHistory()
	if r.hist == nil {
		return
	}
	if err := r.hist.Append(entry); err != nil && !r.warned {
		r.warned = true
		fmt.Fprintf(r.stderr, "cablesql: history: %v\n", err)
	}
}

// replayHistory loads the entries into readline afresh. readline's own
// history, when the user recalled an older entry before pressing Enter,
// would save that entry's last line instead of the one passed to it.
func (r *readlineReader) replayHistory() {
	r.rl.ResetHistory()
	for _, e := range r.entries {
		r.rl.SaveHistory(shell.OneLine(e)) // readline cannot edit several lines
	}
}

// completer adapts shell.Shell.Complete to readline.AutoCompleter.
type completer struct{ sh *shell.Shell }

// Do returns the rest of each completion of the word before pos.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	cands, n := c.sh.Complete(string(line[:pos]))
	out := make([][]rune, 0, len(cands))
	for _, cand := range cands {
		if r := []rune(cand); len(r) >= n {
			out = append(out, r[n:])
		}
	}
	return out, n
}

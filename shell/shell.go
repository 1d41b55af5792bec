package shell

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/cablesql/cablesql/store"
)

// LineReader is where the shell reads its input: a readline terminal, or
// a script. Readline returns io.EOF at the end of input (Ctrl-D) and
// ErrPromptInterrupted when the user pressed Ctrl-C at the prompt.
type LineReader interface {
	Readline(prompt string) (string, error)
}

// HistoryKeeper is a LineReader that keeps a history. The shell adds
// each complete entry: a dot-command, or the lines of one or more
// statements as typed, joined by newlines, once they are complete.
type HistoryKeeper interface {
	AddHistory(entry string)
}

// ErrPromptInterrupted is returned by a LineReader when the user pressed
// Ctrl-C at the prompt: the shell drops the line being typed.
var ErrPromptInterrupted = errors.New("interrupt")

// errStatementInterrupted is returned by Exec, an export or a saved query
// when Ctrl-C stopped the statement while it ran.
var errStatementInterrupted = errors.New("interrupted")

// ErrFailed is returned by Run when at least one statement failed.
var ErrFailed = errors.New("one or more statements failed")

// Prompts of the interactive shell.
const (
	Prompt     = "cablesql> "
	contPrompt = "     ...> "
)

// defaultMaxRows is how many rows an interactive table shows by default.
const defaultMaxRows = 100

// Shell is a SQL shell over a cablesql store. Set its fields, then Run.
// The shell runs every statement on one connection, so transactions,
// temporary tables and changes() carry from one statement to the next.
type Shell struct {
	DB      *sql.DB
	Store   *store.DB // for provenance; may be nil
	Catalog *store.Catalog
	In      LineReader
	Out     io.Writer // results
	Err     io.Writer // errors and notices

	// Interactive shows prompts, keeps history and caps table output to
	// the terminal.
	Interactive bool
	// Bail stops at the first failed statement.
	Bail bool
	// Width returns the terminal width tables must fit; nil or 0 for no
	// limit.
	Width func() int
	// MaxRows caps table output in interactive mode, 0 for no cap.
	MaxRows int
	// Height returns the terminal's height, read before each result so
	// that the row cap follows a resize of the window (unless .maxrows
	// set it); nil for a fixed MaxRows.
	Height func() int
	// KeepRows bounds the rows of the last result kept in memory for
	// .export (default defaultKeepRows); a longer result is run again.
	KeepRows int
	// Interrupts receives a value when the user presses Ctrl-C while a
	// statement runs; the statement is then cancelled.
	Interrupts <-chan struct{}

	conn    *sql.Conn
	opts    Options
	timer   bool
	changes bool
	out     io.Writer // current .output target
	outFile *os.File
	once    bool
	last    *lastResult
	lastErr string // why there is no last result
	failed  bool
	depth   int // .read nesting
	x       extras

	exitStatus int // set by .exit N

	mu        sync.Mutex // guards the fields below, read by the completer
	pending   string     // incomplete statement at the prompt
	schema    *schemaCache
	valuesOld bool // data may have changed since values were cached
}

// errQuit ends Run without error.
var errQuit = errors.New("quit")

// errReported marks a failure already printed.
var errReported = errors.New("reported")

func (s *Shell) init() {
	if s.opts.Format == "" {
		// Like sqlite3: plain "|"-separated values without a header in
		// scripts; tables on a terminal.
		s.opts = Options{Format: "list"}
		if s.Interactive {
			s.opts = Options{Format: "box", Headers: true}
		}
	}
	if s.out == nil {
		s.out = s.Out
	}
}

// connection returns the shell's one connection, opening it on first use.
func (s *Shell) connection(ctx context.Context) (*sql.Conn, error) {
	if s.conn == nil {
		conn, err := s.DB.Conn(ctx)
		if err != nil {
			return nil, err
		}
		s.conn = conn
	}
	return s.conn, nil
}

// Close releases the shell's connection and closes any .output file.
func (s *Shell) Close() error {
	s.closeOutput()
	defer s.closeOpened()
	if s.conn != nil {
		err := s.conn.Close()
		s.conn = nil
		return err
	}
	return nil
}

// SetMode sets the output format, as .mode does.
func (s *Shell) SetMode(format string) error {
	s.init()
	for _, f := range formats {
		if f == format {
			s.opts.Format = format
			return nil
		}
	}
	return fmt.Errorf("unknown mode %q (want one of %s)", format, strings.Join(formats, ", "))
}

// Run reads and executes input until EOF or .quit. It returns ErrFailed
// when a statement failed (and, with Bail, stops there).
func (s *Shell) Run(ctx context.Context) error {
	s.init()
	defer s.Close()
	if s.MaxRows == 0 && s.Interactive {
		s.MaxRows = defaultMaxRows
	}
	// Open the connection now: completion needs it before any statement.
	if _, err := s.connection(ctx); err != nil {
		return err
	}
	source := ""
	if r, ok := s.In.(*ScriptReader); ok {
		source = r.Name
	}
	err := s.runInput(ctx, s.In, source)
	if err != nil && !errors.Is(err, errQuit) && !errors.Is(err, errReported) && !errors.Is(err, errStatementInterrupted) {
		return err
	}
	if s.exitStatus != 0 {
		return ExitStatus(s.exitStatus)
	}
	if s.failed {
		return ErrFailed
	}
	return nil
}

func (s *Shell) setPending(text string) {
	s.mu.Lock()
	s.pending = text
	s.mu.Unlock()
}

// Exec runs one SQL statement on the shell's connection and renders its
// rows, if it returns any, to the current output. A SQL error comes back
// as a *stmtError; an interrupted statement as errStatementInterrupted.
func (s *Shell) Exec(ctx context.Context, stmt string, args ...any) error {
	s.init()
	if s.once {
		defer s.closeOutput() // .once covers one statement
	}
	ctx, stop := s.interruptible(ctx)
	defer stop()
	start := time.Now()
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	s.last, s.lastErr = nil, "the last statement failed"
	rows, err := conn.QueryContext(ctx, stmt, args...)
	if err != nil {
		if ctx.Err() != nil {
			s.lastErr = "the last statement was interrupted"
			return errStatementInterrupted
		}
		return s.statementError(stmt, err)
	}
	cols, err := rows.Columns()
	if err != nil {
		rows.Close()
		return err
	}
	if len(cols) == 0 {
		rows.Close()
		s.dataChanged()
		s.lastErr = "the last statement returned no rows"
	} else {
		last, err := s.stream(ctx, rows, cols, stmt, args)
		if err != nil {
			if ctx.Err() != nil {
				s.lastErr = "the last statement was interrupted"
				return errStatementInterrupted
			}
			return s.statementError(stmt, err)
		}
		s.last = last
	}
	if s.changes && (len(cols) == 0 || isDML(stmt)) {
		var n, total int64
		if err := conn.QueryRowContext(ctx, "SELECT changes(), total_changes()").Scan(&n, &total); err == nil {
			fmt.Fprintf(s.Err, "changes: %d   total_changes: %d\n", n, total)
		}
	}
	if s.timer {
		fmt.Fprintf(s.Err, "Run Time: real %.3f\n", time.Since(start).Seconds())
	}
	return nil
}

// interruptible returns a context that Ctrl-C (a value on Interrupts)
// cancels, and the function that releases it.
func (s *Shell) interruptible(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(ctx)
	if s.Interrupts == nil {
		return ctx, cancel
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-s.Interrupts:
			cancel()
		case <-done:
		}
	}()
	return ctx, func() {
		close(done)
		cancel()
	}
}

// stream renders rows to the current output as they come and keeps up
// to KeepRows of them for .export.
func (s *Shell) stream(ctx context.Context, rows *sql.Rows, cols []string, stmt string, args []any) (*lastResult, error) {
	defer rows.Close()
	opts := s.opts
	toTerminal := s.Interactive && s.out == s.Out
	if toTerminal {
		opts.MaxRows, opts.Bold = s.maxRows(), true
		if s.Width != nil {
			opts.MaxWidth = s.Width()
		}
	}
	rw, err := newRowWriter(s.out, cols, opts)
	if err != nil {
		return nil, err
	}
	last := newLastResult(cols, stmt, args, s.KeepRows)
	sc := newRowScanner(len(cols))
	for rows.Next() {
		var vals []any
		if vals, err = sc.scan(rows); err != nil {
			break
		}
		if err = rw.Row(vals); err != nil {
			break
		}
		last.add(vals)
	}
	if err == nil {
		err = rows.Err()
	}
	if ctx.Err() != nil {
		// Interrupted; database/sql may have closed the rows under Scan.
		err = ctx.Err()
		if toTerminal {
			io.WriteString(s.out, "\r") // over the "^C" the terminal echoed
		}
	}
	if cerr := rw.Close(err); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return last, nil
}

// isDML reports whether stmt starts with INSERT, UPDATE, DELETE or
// REPLACE, so that .changes reports it even when it returns rows.
func isDML(stmt string) bool {
	word := strings.ToUpper(firstWord(stmt))
	return word == "INSERT" || word == "UPDATE" || word == "DELETE" || word == "REPLACE"
}

// firstWord returns the first keyword of stmt, after comments.
func firstWord(stmt string) string {
	for i := 0; i < len(stmt); {
		tok, next := scanToken(stmt, i)
		if next < 0 {
			return ""
		}
		if tok != tkWS {
			return stmt[i:next]
		}
		i = next
	}
	return ""
}

// dataChanged notes that a statement may have changed the data or the
// schema, so that completion looks them up again.
func (s *Shell) dataChanged() {
	s.mu.Lock()
	s.valuesOld = true
	s.mu.Unlock()
}

func (s *Shell) closeOutput() {
	file := ""
	if s.outFile != nil {
		file = s.outFile.Name()
		if err := s.outFile.Close(); err != nil {
			fmt.Fprintf(s.Err, "Error: %v\n", err)
		}
	}
	s.outFile, s.out, s.once = nil, s.Out, false
	s.finishOnce(file)
}

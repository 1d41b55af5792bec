package shell

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/cablesql/cablesql/store"
)

// LineReader is where the shell reads its input: a readline terminal, or
// a script. Readline returns io.EOF at the end of input (Ctrl-D) and
// ErrInterrupt when the user pressed Ctrl-C at the prompt.
type LineReader interface {
	Readline(prompt string) (string, error)
}

// ErrInterrupt is returned by a LineReader when the user pressed Ctrl-C.
var ErrInterrupt = errors.New("interrupt")

// ErrFailed is returned by Run when at least one statement failed.
var ErrFailed = errors.New("one or more statements failed")

// Prompts of the interactive shell.
const (
	Prompt     = "cablesql> "
	ContPrompt = "     ...> "
)

// Shell is a SQL shell over a cablesql store. Set its fields, then Run.
type Shell struct {
	DB      *sql.DB
	Store   *store.DB // for provenance; may be nil
	Catalog *store.Catalog
	In      LineReader
	Out     io.Writer // results
	Err     io.Writer // errors and notices

	// Interactive shows prompts and caps table output to the terminal.
	Interactive bool
	// Bail stops at the first failed statement.
	Bail bool
	// Width is the terminal width tables must fit, 0 for no limit.
	Width int
	// MaxRows caps table output in interactive mode, 0 for no cap.
	MaxRows int
	// Interrupts receives a value when the user presses Ctrl-C while a
	// statement runs; the statement is then cancelled.
	Interrupts <-chan struct{}

	opts    Options
	timer   bool
	out     io.Writer // current .output target
	outFile *os.File
	once    bool
	last    *Result
	lastSQL string
	changes bool
	failed  bool
	quit    bool
}

// errQuit ends Run without error.
var errQuit = errors.New("quit")

func (s *Shell) init() {
	if s.opts.Format == "" {
		// Like sqlite3: tables on a terminal, plain "|"-separated values
		// without a header in scripts.
		s.opts = Options{Format: "list"}
		if s.Interactive {
			s.opts = Options{Format: "table", Headers: true}
		}
	}
	if s.out == nil {
		s.out = s.Out
	}
}

// SetMode sets the output format, as .mode does.
func (s *Shell) SetMode(format string) error {
	s.init()
	for _, f := range Formats {
		if f == format {
			s.opts.Format = format
			return nil
		}
	}
	return fmt.Errorf("unknown mode %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Run reads and executes input until EOF or .quit. It returns ErrFailed
// when a statement failed (and, with Bail, stops there).
func (s *Shell) Run(ctx context.Context) error {
	s.init()
	defer s.closeOutput()
	var sp Splitter
	for !s.quit {
		prompt := Prompt
		if sp.Pending() {
			prompt = ContPrompt
		}
		if !s.Interactive {
			prompt = ""
		}
		line, err := s.In.Readline(prompt)
		if errors.Is(err, ErrInterrupt) {
			sp.Reset()
			continue
		}
		if err == io.EOF {
			if sp.Pending() {
				s.fail(fmt.Errorf("incomplete statement at end of input: %s", firstLine(sp.Buffered())))
			}
			break
		}
		if err != nil {
			return err
		}
		if !sp.Pending() && strings.HasPrefix(strings.TrimSpace(line), ".") {
			if err := s.Dot(ctx, strings.TrimSpace(line)); err != nil {
				if errors.Is(err, errQuit) {
					break
				}
				s.fail(err)
			}
		} else {
			for _, stmt := range sp.Feed(line) {
				if err := s.Exec(ctx, stmt); err != nil {
					s.fail(err)
				}
				if s.Bail && s.failed {
					break
				}
			}
		}
		if s.Bail && s.failed {
			break
		}
	}
	if s.failed {
		return ErrFailed
	}
	return nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " ..."
	}
	return s
}

func (s *Shell) fail(err error) {
	s.failed = true
	fmt.Fprintf(s.Err, "Error: %v\n", err)
}

// Exec runs one SQL statement and renders its result.
func (s *Shell) Exec(ctx context.Context, stmt string, args ...any) error {
	s.init()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if s.Interrupts != nil {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-s.Interrupts:
				cancel()
			case <-done:
			}
		}()
	}
	start := time.Now()
	res, err := Collect(ctx, s.DB, stmt, args...)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted")
		}
		return err
	}
	if len(res.Columns) > 0 {
		s.last, s.lastSQL = res, stmt
		if err := s.render(res); err != nil {
			return err
		}
	}
	if s.timer {
		fmt.Fprintf(s.Err, "Run Time: real %.3f\n", time.Since(start).Seconds())
	}
	return nil
}

func (s *Shell) render(res *Result) error {
	opts := s.opts
	if s.Interactive && s.out == s.Out {
		opts.MaxWidth, opts.MaxRows = s.Width, s.MaxRows
	}
	err := Write(s.out, res, opts)
	if s.once {
		s.closeOutput()
	}
	return err
}

func (s *Shell) closeOutput() {
	if s.outFile != nil {
		s.outFile.Close()
	}
	s.outFile, s.out, s.once = nil, s.Out, false
}

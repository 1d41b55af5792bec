package shell

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// runInput reads statements and dot-commands from in until EOF. source
// names a script (for error positions); "" is the interactive prompt,
// or standard input.
func (s *Shell) runInput(ctx context.Context, in LineReader, source string) error {
	prompting := s.Interactive && s.depth == 0
	history, _ := in.(HistoryKeeper)
	var sp splitter
	var entry []string // lines of the current history entry
	for {
		prompt := ""
		if prompting {
			prompt = Prompt
			if sp.Pending() {
				prompt = contPrompt
			}
			s.setPending(sp.Buffered())
		}
		line, err := in.Readline(prompt)
		if errors.Is(err, ErrPromptInterrupted) {
			sp.Reset()
			entry = nil
			continue
		}
		if err == io.EOF {
			return s.endInput(ctx, &sp, entry, history, prompting, source)
		}
		if err != nil {
			return err
		}
		trimmed := strings.TrimSpace(line)
		if !sp.Pending() && strings.HasPrefix(trimmed, ".") {
			sp.lastLine++ // keep line numbers right
			if history != nil {
				history.AddHistory(trimmed)
			}
			if err := s.dotLine(ctx, trimmed, sp.lastLine, prompting, source); err != nil {
				return err
			}
			continue
		}
		if trimmed != "" || sp.Pending() {
			entry = append(entry, line)
		}
		stmts := sp.Feed(line)
		if !sp.Pending() && len(entry) > 0 {
			if history != nil {
				history.AddHistory(strings.TrimSpace(strings.Join(entry, "\n")))
			}
			entry = nil
		}
		if err := s.execLine(ctx, stmts, prompting, source); err != nil {
			return err
		}
	}
}

// endInput finishes the input at its end: at the prompt, an unfinished
// statement goes to the history, not run; in a script, a last statement
// that lacks its ";" is run, as sqlite3 does.
func (s *Shell) endInput(ctx context.Context, sp *splitter, entry []string, history HistoryKeeper, prompting bool, source string) error {
	if sp.Pending() && prompting {
		// Ctrl-D at "...>": the statement is kept, not run.
		if history != nil && len(entry) > 0 {
			history.AddHistory(strings.TrimSpace(strings.Join(entry, "\n")))
		}
		s.notice("The unfinished statement was not run; it is in the history (Up recalls it).")
	}
	if sp.Pending() && !prompting {
		st := statement{Text: strings.TrimSpace(sp.Buffered()), Line: sp.bufLine}
		if err := s.execStatement(ctx, st, source); err != nil {
			return err
		}
	}
	return nil
}

// dotLine runs the dot-command on line lineNo, reporting its error. It
// returns an error only when the input must stop: .quit, with Bail, or
// when interrupted outside the prompt.
func (s *Shell) dotLine(ctx context.Context, cmd string, lineNo int, prompting bool, source string) error {
	err := s.Dot(ctx, cmd)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errQuit):
		return err
	case errors.Is(err, errStatementInterrupted):
		if s.depth == 0 { // else the outermost .read says it
			s.notice("Interrupted.")
		}
		if !prompting {
			return err
		}
		return nil
	}
	if !errors.Is(err, errReported) {
		s.report(err, statement{Line: lineNo}, source)
	}
	s.failed = true
	if s.Bail {
		return errReported
	}
	return nil
}

// execLine runs the statements a line completed. At the prompt, Ctrl-C
// skips the rest of the line and the shell goes on.
func (s *Shell) execLine(ctx context.Context, stmts []statement, prompting bool, source string) error {
	for _, st := range stmts {
		err := s.execStatement(ctx, st, source)
		if errors.Is(err, errStatementInterrupted) && prompting {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// execStatement runs one statement, reporting its error. It returns an
// error only when the input must stop: with Bail, or when interrupted.
func (s *Shell) execStatement(ctx context.Context, st statement, source string) error {
	s.echo(st.Text)
	args := s.paramArgs(st.Text)
	s.showPlan(ctx, st.Text, args)
	err := s.Exec(ctx, st.Text, args...)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errStatementInterrupted):
		if s.depth == 0 { // else the .read that ran it says it
			s.notice("Interrupted.")
		}
		return err
	}
	s.report(err, st, source)
	s.failed = true
	if s.Bail {
		return errReported
	}
	return nil
}

// notice writes a line for the user to the error stream. In an
// interactive shell it starts with a carriage return, to overwrite the
// "^C" the terminal echoed.
func (s *Shell) notice(msg string) {
	if s.Interactive {
		msg = "\r" + msg
	}
	fmt.Fprintln(s.Err, msg)
}

package shell

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/store"
)

// stmtError is a statement SQLite refused or failed to run, with
// where in the statement the error is, when the message lets the shell
// find it.
type stmtError struct {
	SQL    string
	Offset int    // byte offset in SQL of the offending token; -1 when unknown
	Hint   string // what to do about it, when the shell knows
	Err    error
}

// Error returns SQLite's message, and the hint when there is one.
func (e *stmtError) Error() string {
	if e.Hint != "" {
		return store.SQLiteMessage(e.Err) + ": " + e.Hint
	}
	return store.SQLiteMessage(e.Err)
}

// Unwrap returns the driver's error.
func (e *stmtError) Unwrap() error { return e.Err }

var (
	nearRE = lazyre.New(`^(?:near|unrecognized token:) "(.*)"`)
	nameRE = lazyre.New(`^(?:no such (?:column|table|function)|ambiguous column name): (\S+)`)
)

// statementError wraps a SQLite error of stmt with the offset of the token
// it is about: for a syntax error (near "x"), found by asking SQLite to
// prepare the statement cut after each candidate token, the first that
// fails the same way; for an unknown name, its first use.
func (s *Shell) statementError(stmt string, err error) error {
	se := &stmtError{SQL: stmt, Offset: -1, Err: err}
	if s.Store != nil && errors.Is(s.Store.Explain(err), store.ErrReadOnly) {
		se.Hint = store.ErrReadOnly.Error()
	}
	msg := store.SQLiteMessage(err)
	if m := nearRE.FindStringSubmatch(msg); m != nil && m[1] != "" {
		se.Offset = s.syntaxErrorOffset(stmt, m[0], m[1])
	} else if m := nameRE.FindStringSubmatch(msg); m != nil {
		se.Offset = nameOffset(stmt, m[1])
	}
	return se
}

// syntaxErrorOffset finds the token that SQLite's message near "tok"
// is about. SQLite names the token but not where it is, and the same
// token may occur earlier in a valid place (the first "=" of "a = = 1").
func (s *Shell) syntaxErrorOffset(stmt, prefix, tok string) int {
	var candidates []int
	for _, p := range tokenStarts(stmt) {
		if strings.HasPrefix(stmt[p:], tok) {
			candidates = append(candidates, p)
		}
	}
	if len(candidates) <= 1 || s.conn == nil {
		if len(candidates) == 0 {
			return -1
		}
		return candidates[0]
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	for i, p := range candidates {
		if i == 32 {
			break
		}
		st, err := s.conn.PrepareContext(ctx, stmt[:p+len(tok)])
		if err == nil {
			st.Close()
			continue
		}
		if strings.HasPrefix(store.SQLiteMessage(err), prefix) {
			return p
		}
	}
	return candidates[0]
}

// nameOffset finds the first use of name (possibly quoted) in stmt.
func nameOffset(stmt, name string) int {
	for _, p := range tokenStarts(stmt) {
		q := p
		if c := stmt[p]; c == '"' || c == '`' || c == '[' {
			q++
		}
		end := q + len(name)
		if end <= len(stmt) && strings.EqualFold(stmt[q:end], name) &&
			(end == len(stmt) || !isIdentChar(stmt[end])) {
			return p
		}
	}
	return -1
}

// tokenStarts lists the offsets where tokens (other than white space and
// comments) start in stmt.
func tokenStarts(stmt string) []int {
	var starts []int
	for i := 0; i < len(stmt); {
		tok, next := scanToken(stmt, i)
		if tok != tkWS {
			starts = append(starts, i)
		}
		if next < 0 {
			break
		}
		i = next
	}
	return starts
}

// report prints a failed statement's error: SQLite's message, prefixed
// with the script position in a script, and the statement line with a
// caret under the offending token when its position is known.
func (s *Shell) report(err error, st statement, source string) {
	var se *stmtError
	offset := -1
	if errors.As(err, &se) && se.Offset >= 0 && se.Offset <= len(se.SQL) {
		offset = se.Offset
	}
	where := ""
	if !s.Interactive || s.depth > 0 {
		if source == "" {
			source = "stdin"
		}
		line := st.Line
		if offset >= 0 && st.Text == se.SQL { // not the SQL of a saved query
			line += strings.Count(se.SQL[:offset], "\n")
		}
		where = fmt.Sprintf("%s:%d: ", source, line)
	}
	fmt.Fprintf(s.Err, "Error: %s%v\n", where, err)
	if offset >= 0 {
		fmt.Fprint(s.Err, caretContext(se.SQL, offset, 100))
	}
}

// caretContext shows the line of text holding offset, indented by two
// spaces, and a caret under offset. Lines longer than width are cut
// around the caret.
func caretContext(text string, offset, width int) string {
	start := strings.LastIndexByte(text[:offset], '\n') + 1
	end := strings.IndexByte(text[offset:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += offset
	}
	before := cellText(text[start:offset])
	after := cellText(text[offset:end])
	if w := displayWidth(before); w > width/2 {
		r := []rune(before)
		for displayWidth(string(r)) > width/2-1 {
			r = r[1:]
		}
		before = "…" + string(r)
	}
	if displayWidth(before)+displayWidth(after) > width {
		after = truncateWidth(after, width-displayWidth(before))
	}
	return fmt.Sprintf("  %s%s\n  %s^\n", before, after, strings.Repeat(" ", displayWidth(before)))
}

// LocateError returns err, the failure of stmt on db, wrapped with where
// in stmt the error is when SQLite's message lets it be found (Caret shows
// it), for commands that run SQL outside a shell.
func LocateError(db *store.DB, stmt string, err error) error {
	s := &Shell{DB: db.SQL(), Store: db}
	defer s.Close()
	s.connection(context.Background()) // to find a syntax error's token; without it, no offset
	return s.statementError(stmt, err)
}

// Caret returns the line of the failed statement with a caret under the
// token err is about, as the shell shows it; "" when that is not known.
func Caret(err error) string {
	var se *stmtError
	if errors.As(err, &se) && se.Offset >= 0 && se.Offset <= len(se.SQL) {
		return caretContext(se.SQL, se.Offset, 100)
	}
	return ""
}

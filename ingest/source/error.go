package source

import (
	"fmt"
)

// Error is a problem at a position in an input file. It prints as
// "file:line: msg", or "file: msg" when the line is unknown.
type Error struct {
	File string
	Line int
	Msg  string
	Err  error // the sentinel it is a case of (cablesql.ErrUnknownFormat), or nil
}

// Unwrap returns the sentinel the error is a case of, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// Error prints the error as "file:line: msg".
func (e *Error) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return e.Msg
}

// Errorf returns an *Error at file:line.
func Errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

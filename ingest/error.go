package ingest

import (
	"fmt"
	"sort"
	"strings"
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

// ErrorList collects errors so a reader can keep going after a bad cable.
type ErrorList []*Error

// Add appends an error at file:line.
func (l *ErrorList) Add(file string, line int, msg string) {
	*l = append(*l, &Error{File: file, Line: line, Msg: msg})
}

// Sort orders the list by file and line.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
}

// Error prints the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	b.WriteString(l[0].Error())
	fmt.Fprintf(&b, " (and %d more errors)", len(l)-1)
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

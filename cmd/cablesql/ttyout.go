package main

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/cablesql/cablesql/shell"
	"golang.org/x/term"
)

// fitTerminal fits a table to the terminal when w is one, as the shell
// does: its width (long values cut, columns dropped but for a matrix's
// keys and total) and search matches in bold. Written elsewhere (a pipe,
// a file), a table is whole.
func fitTerminal(w io.Writer, opts shell.Options) shell.Options {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return opts
	}
	if width, _, err := term.GetSize(int(f.Fd())); err == nil {
		opts.MaxWidth = width
	}
	opts.Bold = true
	return opts
}

// querySQL returns the SQL of cablesql query: its arguments, or the
// file -f names, or standard input for "-f -" or a lone "-".
func querySQL(args []string, file string, stdin io.Reader) (string, error) {
	if len(args) == 1 && args[0] == "-" && file == "" {
		args, file = nil, "-"
	}
	switch {
	case file != "" && len(args) > 0:
		return "", &exitError{code: 2, msg: "query: SQL given twice (-f " + file + " and an argument)"}
	case file == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", err
		}
		return nonEmptySQL(string(b), "standard input")
	case file != "":
		b, err := os.ReadFile(file)
		if errors.Is(err, os.ErrNotExist) {
			return "", &exitError{code: 2, msg: "query -f: " + err.Error()}
		}
		if err != nil {
			return "", err
		}
		return nonEmptySQL(string(b), file)
	case len(args) == 0:
		return "", &exitError{code: 2, msg: "query: no SQL given; run cablesql query -h"}
	}
	return strings.Join(args, " "), nil
}

func nonEmptySQL(text, from string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return "", &exitError{code: 2, msg: "query: no SQL in " + from}
	}
	return text, nil
}

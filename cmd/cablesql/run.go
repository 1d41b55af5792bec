package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
)

// exitError carries an exit status; msg, when set, is printed once.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	return fmt.Sprintf("exit status %d", e.code)
}

// errReported is returned when the errors were already printed: exit 1
// without printing more.
var errReported = &exitError{code: 1}

const usage = `cablesql: an analytical store and SQL shell for US diplomatic cables

Usage:
  cablesql [-db FILE] [-bail] [-readonly]        open the SQL shell (runs piped SQL as a script)
  cablesql [OPTIONS] FILE.db [SQL]               the same on an existing store, as sqlite3; SQL: run it and exit
  cablesql ingest [-db FILE] [-q] PATH...        read cables from files, directories or - (stdin)
  cablesql query [-db FILE] [-format F] [-o FILE] SQL
  cablesql run [-db FILE] [-format F] [-o FILE] NAME [param=value ...]
  cablesql queries [-queries DIR]                list saved queries
  cablesql export [-db FILE] -format parquet -o DIR   every table as DIR/TABLE.parquet

The database is -db FILE, else $CABLESQL_DB, else ./cablesql.db when it
exists, else the bundled sample cable (09STATE111693) loaded into memory.
Run "cablesql COMMAND -h" for a command's flags.
`

// Run runs cablesql with args (without the program name).
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, rest := args[0], args[1:]
		switch cmd {
		case "ingest":
			return runIngest(ctx, rest, stdin, stdout, stderr)
		case "query":
			return runQuery(ctx, rest, stdin, stdout, stderr)
		case "run":
			return runSaved(ctx, rest, stdin, stdout, stderr)
		case "queries":
			return runQueries(ctx, rest, stdout, stderr)
		case "export":
			return runExport(ctx, rest, stdout, stderr)
		case "shell":
			return runShell(ctx, rest, stdin, stdout, stderr)
		case "help":
			fmt.Fprint(stdout, usage)
			return nil
		}
		if _, err := os.Stat(cmd); err == nil {
			return runShell(ctx, args, stdin, stdout, stderr) // cablesql FILE.db [SQL], as sqlite3
		}
		return &exitError{code: 2, msg: "unknown command " + cmd + " (and no such store file); run cablesql -h"}
	}
	return runShell(ctx, args, stdin, stdout, stderr)
}

package shell

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// ChangeVerb is the past tense of what stmt does to rows: "inserted",
// "updated", "deleted", or "changed" for any other statement (a WITH
// ... DELETE, an UPSERT spelt otherwise).
func ChangeVerb(stmt string) string {
	switch strings.ToUpper(firstWord(stmt)) {
	case "INSERT", "REPLACE":
		return "inserted"
	case "UPDATE":
		return "updated"
	case "DELETE":
		return "deleted"
	}
	return "changed"
}

// ChangeNotice is the line that reports n rows changed by stmt:
// "349 rows deleted", "1 row inserted".
func ChangeNotice(stmt string, n int64) string {
	rows := "rows"
	if n == 1 {
		rows = "row"
	}
	return fmt.Sprintf("%d %s %s", n, rows, ChangeVerb(stmt))
}

// StatementResult is what one statement of a script gave: its rows (nil
// for a statement that returns none) and the rows it changed.
type StatementResult struct {
	SQL     string
	Result  *Result // nil: the statement returns no columns
	Changed int64   // rows inserted, updated or deleted
}

// FailedStatement is the error of RunAll when a statement fails: the
// statement and its error, for LocateError.
type FailedStatement struct {
	SQL string
	Err error
}

func (e *FailedStatement) Error() string { return e.Err.Error() }
func (e *FailedStatement) Unwrap() error { return e.Err }

// RunAll runs every statement of text in order on conn, as sqlite3
// FILE "SQL; SQL" does, and calls each with what the statement gave. It
// stops at the first statement that fails and returns its error.
func RunAll(ctx context.Context, conn *sql.Conn, text string, each func(StatementResult) error) error {
	stmts, rest := splitStatements(text)
	if rest = strings.TrimSpace(rest); rest != "" && !blank(rest) {
		stmts = append(stmts, rest)
	}
	for _, stmt := range stmts {
		var before int64
		if err := conn.QueryRowContext(ctx, "SELECT total_changes()").Scan(&before); err != nil {
			return err
		}
		res, err := collect(ctx, conn, stmt)
		if err != nil {
			return &FailedStatement{SQL: stmt, Err: err}
		}
		sr := StatementResult{SQL: stmt}
		if len(res.Columns) > 0 {
			sr.Result = res
		}
		// total_changes() says whether the statement changed rows (a
		// SELECT leaves changes() as the last write set it); changes()
		// how many, without the rows its triggers changed.
		var after, changed int64
		if err := conn.QueryRowContext(ctx, "SELECT total_changes(), changes()").Scan(&after, &changed); err != nil {
			return err
		}
		if after != before {
			sr.Changed = changed
		}
		if err := each(sr); err != nil {
			return err
		}
	}
	return nil
}

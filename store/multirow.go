package store

import (
	"context"
	"database/sql"
	"strings"
)

// maxRowsPerInsert is the most rows a multiRowInsert writes in one
// statement: enough for the paragraphs of most cables.
const maxRowsPerInsert = 32

// multiRowInsert writes rows with one INSERT statement per
// maxRowsPerInsert rows instead of one per row, which spares the driver's
// per-statement work (a cable has a dozen paragraphs or more). The
// statement for each number of rows is prepared on first use, on conn.
type multiRowInsert struct {
	conn   *sql.Conn
	insert string // the statement up to VALUES
	row    string // the placeholders of one row: "(?, ?)"
	stmts  [maxRowsPerInsert + 1]*sql.Stmt
}

// exec inserts the rows whose values are args, row after row.
func (m *multiRowInsert) exec(ctx context.Context, args []any) error {
	perRow := strings.Count(m.row, "?")
	for len(args) > 0 {
		n := min(len(args)/perRow, maxRowsPerInsert)
		if m.stmts[n] == nil {
			// Placeholders only: the values are bound.
			q := m.insert + strings.Repeat(m.row+", ", n-1) + m.row
			s, err := m.conn.PrepareContext(ctx, q)
			if err != nil {
				return err
			}
			m.stmts[n] = s
		}
		if _, err := m.stmts[n].ExecContext(ctx, args[:n*perRow]...); err != nil {
			return err
		}
		args = args[n*perRow:]
	}
	return nil
}

// close releases the prepared statements.
func (m *multiRowInsert) close() {
	for i, s := range m.stmts {
		if s != nil {
			s.Close()
			m.stmts[i] = nil
		}
	}
}

package shell

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// dumpObjectsQuery lists what .dump writes, tables first: the schema
// objects of the main database but SQLite's own and the shadow tables of
// full-text indexes (rebuilt from their content instead).
const dumpObjectsQuery = `SELECT type, name, tbl_name, sql FROM sqlite_schema
WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND NOT (type = 'table' AND name LIKE '%\_fts\_%' ESCAPE '\')
  AND (? = '' OR tbl_name LIKE ?)
ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, rowid`

// dotDump writes the SQL that rebuilds the database, or the tables whose
// name matches TABLE, as sqlite3's .dump does: each table's CREATE and
// an INSERT per row, then indexes, triggers and views, in one
// transaction. A full-text index is created empty and rebuilt from its
// content table, and the schema version is kept, so that cablesql opens
// the result as a store.
func (s *Shell) dotDump(ctx context.Context, args []string) error {
	pattern := ""
	if len(args) == 1 {
		pattern = args[0]
	}
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	objs, err := collect(ctx, conn, dumpObjectsQuery, pattern, pattern)
	if err != nil {
		return err
	}
	if len(objs.Rows) == 0 && pattern != "" {
		return fmt.Errorf("no such table: %s", pattern)
	}
	w := bufio.NewWriter(s.out)
	defer w.Flush()
	w.WriteString("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n")
	var rebuild []string
	for _, o := range objs.Rows {
		typ, name, create := formatValue(o[0]), formatValue(o[1]), formatValue(o[3])
		w.WriteString(create + ";\n")
		switch {
		case typ != "table":
		case strings.HasPrefix(strings.ToUpper(create), "CREATE VIRTUAL TABLE"):
			if strings.Contains(strings.ToLower(create), "fts5") {
				rebuild = append(rebuild, name)
			}
		default:
			if err := dumpRows(ctx, conn, w, name); err != nil {
				return err
			}
		}
	}
	for _, name := range rebuild {
		q := sqlIdent(name)
		fmt.Fprintf(w, "INSERT INTO %s(%s) VALUES('rebuild');\n", q, q)
	}
	if pattern == "" {
		var version int
		if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err == nil && version != 0 {
			fmt.Fprintf(w, "PRAGMA user_version=%d;\n", version)
		}
	}
	w.WriteString("COMMIT;\n")
	return nil
}

// dumpRows writes an INSERT statement for each row of table.
func dumpRows(ctx context.Context, conn *sql.Conn, w *bufio.Writer, table string) error {
	rows, err := conn.QueryContext(ctx, "SELECT * FROM "+quoteIdent(table))
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	iw := &insertWriter{w: w, prefix: "INSERT INTO " + sqlIdent(table) + " VALUES("}
	sc := newRowScanner(len(cols))
	for rows.Next() {
		vals, err := sc.scan(rows)
		if err != nil {
			return err
		}
		iw.Row(vals)
	}
	return rows.Err()
}

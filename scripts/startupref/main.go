// Command startupref is the yardstick of scripts/startup.sh: the least a
// Go program must do to answer one query from a store, namely open it
// with modernc.org/sqlite, run the SQL and print the rows. cablesql query
// is timed against it.
//
//	startupref STORE SQL
package main

import (
	"database/sql"
	"fmt"
	"os"

	_ "modernc.org/sqlite"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: startupref STORE SQL")
		os.Exit(2)
	}
	db, err := sql.Open("sqlite", "file:"+os.Args[1]+"?mode=ro")
	if err == nil {
		err = run(db, os.Args[2])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "startupref:", err)
		os.Exit(1)
	}
}

func run(db *sql.DB, query string) error {
	defer db.Close()
	rows, err := db.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		fmt.Println(vals...)
	}
	return rows.Err()
}

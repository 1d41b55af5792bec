package store

import (
	"errors"
	"fmt"
)

// ErrReadOnly is wrapped into errors from writes to a store opened with
// Options.ReadOnly.
var ErrReadOnly = errors.New("the store is open read-only (-readonly); open it without -readonly to change it")

// sqliteReadOnly is SQLite's SQLITE_READONLY primary result code.
// https://sqlite.org/rescode.html#readonly
const sqliteReadOnly = 8

// Explain returns err with a hint when the store's configuration is the
// cause: a write refused because the store is read-only wraps ErrReadOnly.
// Other errors are returned as they are.
func (db *DB) Explain(err error) error {
	if err != nil && db.ReadOnly && isCode(err, sqliteReadOnly) {
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	}
	return err
}

package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"modernc.org/sqlite"
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

// isCode reports whether err is a SQLite error with the primary result
// code.
func isCode(err error, code int) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == code
}

// codeSuffixRE is the result code the driver appends to SQLite's message.
var codeSuffixRE = lazyre.New(` \(\d+\)( \(SQLITE_BUSY\))?$`)

// SQLiteMessage returns SQLite's own message for err, as the sqlite3 shell
// shows it: modernc.org/sqlite writes "<error class>: <message> (<code>)",
// where the class (e.g. "SQL logic error") only repeats what the message
// says. An error that is not SQLite's is returned as err.Error().
func SQLiteMessage(err error) string {
	msg := err.Error()
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return msg
	}
	msg = codeSuffixRE.ReplaceAllString(msg, "")
	if _, rest, ok := strings.Cut(msg, ": "); ok && rest != "" {
		msg = rest
	}
	return msg
}

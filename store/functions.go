package store

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"modernc.org/sqlite"
)

// SQL functions the saved queries use, registered for every connection
// cablesql opens:
//
//   - fts_words(q): q as an FTS5 query. Text written as FTS5 syntax (a
//     double quote, AND, OR, NOT, NEAR, a prefix *, a column filter
//     col:, a ^ or +) is kept; other text is searched as the words it
//     holds, each quoted, so "non-proliferation" and "U.S.-India" find
//     the words instead of failing.
//   - cablesql_error(msg): fails the statement with msg; a saved query
//     uses it to say why it cannot answer (a country name that stands
//     for several countries).
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("fts_words", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		q, ok := args[0].(string)
		if !ok {
			return args[0], nil
		}
		return FTSWords(q), nil
	})
	sqlite.MustRegisterScalarFunction("cablesql_error", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		return nil, errors.New(fmt.Sprint(args[0]))
	})
}

// ftsSyntaxRE finds what marks a text as written in FTS5's query syntax.
// https://sqlite.org/fts5.html#full_text_query_syntax
var ftsSyntaxRE = lazyre.New(`"|\*|\^|(^|\s)\+|\b(AND|OR|NOT|NEAR)\b|^\s*[A-Za-z_]\w*\s*:|[\s(]\w+\s*:|[(){}]`)

// FTSWords returns q as an FTS5 query: unchanged when it is written in
// FTS5 syntax, else each of its blank-separated words in double quotes,
// so that punctuation inside a word (a hyphen, a dot) is searched as
// written rather than read as an operator.
func FTSWords(q string) string {
	if ftsSyntaxRE.MatchString(q) {
		return q
	}
	words := strings.Fields(q)
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

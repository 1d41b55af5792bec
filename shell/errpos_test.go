package shell

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// TestErrorPosition checks that the caret points at the token SQLite's
// message is about, including when the same token occurs earlier in a
// valid place.
func TestErrorPosition(t *testing.T) {
	var out bytes.Buffer
	s := &Shell{DB: testDB(t), Out: &out, Err: &out}
	defer s.Close()
	ctx := context.Background()
	for _, tc := range []struct {
		stmt, msg, at string // at: the text from the caret on; "" for no position
	}{
		{"SELECT * FORM t", `near "FORM": syntax error`, "FORM t"},
		{"SELECT a FORM t", `near "t": syntax error`, "t"}, // FORM is an alias of a
		{"SELECT a FROM t WHERE b = = 1", `near "=": syntax error`, "= 1"},
		{"SELECT a FROM t WHERE a = 'x' AND b = 'y' 'z'", `near "'z'": syntax error`, "'z'"},
		{"SELECT a,\n  b\nFROM t\nWHERE ) b", `near ")": syntax error`, ") b"},
		{"SELECT 'it''s' FROM t WHERE b =", "incomplete input", ""},
		{"SELECT nope FROM t", "no such column: nope", "nope FROM t"},
		{"SELECT t.nope FROM t", "no such column: t.nope", "t.nope FROM t"},
		{"SELECT [nope] FROM t", "no such column: nope", "[nope] FROM t"},
		{"SELECT a FROM t JOIN missing ON 1", "no such table: missing", "missing ON 1"},
		{"SELECT frob(a) FROM t", "no such function: frob", "frob(a) FROM t"},
		{"SELECT 1 FROM t WHERE a = 'x' AND 1 #", `unrecognized token: "#"`, "#"},
	} {
		err := s.Exec(ctx, tc.stmt)
		var se *stmtError
		if !errors.As(err, &se) {
			t.Errorf("Exec(%q) = %v, want a stmtError", tc.stmt, err)
			continue
		}
		if se.Error() != tc.msg {
			t.Errorf("Exec(%q) message %q, want %q", tc.stmt, se.Error(), tc.msg)
		}
		got := ""
		if se.Offset >= 0 {
			got = tc.stmt[se.Offset:]
		}
		if !strings.HasPrefix(got, tc.at) || (tc.at == "") != (got == "") {
			t.Errorf("Exec(%q): error at %q, want at %q", tc.stmt, got, tc.at)
		}
	}
}

func TestCaretContext(t *testing.T) {
	for _, tc := range []struct {
		text   string
		offset int
		want   string
	}{
		{"SELECT x", 7, "  SELECT x\n         ^\n"},
		{"SELECT a,\n\tb FORM t", 13, "  \u0020b FORM t\n     ^\n"},
		{"SELECT 'é' FORM t", 12, "  SELECT 'é' FORM t\n             ^\n"},
		{strings.Repeat("x", 200) + " BAD " + strings.Repeat("y", 200), 201, ""},
	} {
		got := caretContext(tc.text, tc.offset, 60)
		if tc.want == "" {
			// A long line is cut around the caret, which stays under BAD.
			lines := strings.Split(got, "\n")
			col := strings.Index(lines[1], "^")
			if len([]rune(lines[0])) > 64 || !strings.HasPrefix(string([]rune(lines[0])[col:]), "BAD") {
				t.Errorf("long line: %q", got)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("caretContext(%q, %d) = %q, want %q", tc.text, tc.offset, got, tc.want)
		}
	}
}

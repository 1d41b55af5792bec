package shell

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var historyEntries = []string{
	"SELECT 1;",
	"SELECT a,\n  b -- the b column\nFROM t\nWHERE a = 'it''s';",
	`SELECT 'back\slash', 'a\nb' AS literal_backslash_n;`,
	"SELECT 'line one\nline two';",
	"INSERT INTO t VALUES ('x', 1);\r\nINSERT INTO t VALUES ('y', 2);",
	".mode csv",
}

func TestHistoryFormatParse(t *testing.T) {
	var b strings.Builder
	for _, e := range historyEntries {
		line := formatHistoryEntry(e)
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("formatHistoryEntry(%q) = %q: not one line", e, line)
		}
		b.WriteString(line + "\n")
	}
	got, err := parseHistory(strings.NewReader(b.String()))
	if err != nil || !reflect.DeepEqual(got, historyEntries) {
		t.Errorf("parseHistory = %q, %v\nwant %q", got, err, historyEntries)
	}
}

func TestHistoryPath(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"XDG_STATE_HOME": "/s", "HOME": "/h"}, "/s/cablesql/history"},
		{map[string]string{"HOME": "/h"}, "/h/.local/state/cablesql/history"},
		{map[string]string{"XDG_STATE_HOME": "relative", "HOME": "/h"}, "/h/.local/state/cablesql/history"},
		{map[string]string{}, ""},
	} {
		got, err := HistoryPath(func(k string) string { return tc.env[k] })
		if got != filepath.FromSlash(tc.want) || (err != nil) != (tc.want == "") {
			t.Errorf("HistoryPath(%v) = %q, %v; want %q", tc.env, got, err, tc.want)
		}
	}
}

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "cablesql", "history")
	h := &History{Path: path, Max: 3}
	if got, err := h.Load(); err != nil || got != nil {
		t.Fatalf("Load of a missing file = %q, %v", got, err)
	}
	for _, e := range historyEntries {
		if err := h.Append(e); err != nil {
			t.Fatal(err)
		}
		h.Append(e) // the same again is not kept twice
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("history file mode = %v, %v; want private", fi.Mode(), err)
	}
	// A new session reads them; with more than 2*Max the file is trimmed.
	h2 := &History{Path: path, Max: 3}
	got, err := h2.Load()
	if err != nil || !reflect.DeepEqual(got, historyEntries[len(historyEntries)-3:]) {
		t.Errorf("Load = %q, %v; want the last 3", got, err)
	}
	again, _ := (&History{Path: path, Max: 10}).Load()
	if !reflect.DeepEqual(again, got) {
		t.Errorf("after trimming the file holds %q, want %q", again, got)
	}
}

// TestOneLine checks that the one-line form of an entry, which readline
// edits, runs the same statements with the same results.
func TestOneLine(t *testing.T) {
	db := testDB(t)
	for _, e := range historyEntries[:4] {
		one := OneLine(e)
		if strings.Contains(e, "'line one\nline two'") {
			if !strings.Contains(one, "\n") {
				t.Errorf("OneLine(%q) = %q: changed a string value", e, one)
			}
		} else if strings.ContainsAny(one, "\r\n") {
			t.Errorf("OneLine(%q) = %q: not one line", e, one)
		}
		a, _, errA := runScript(t, db, e, false)
		b, _, errB := runScript(t, db, one, false)
		if a != b || (errA == nil) != (errB == nil) {
			t.Errorf("OneLine(%q) = %q gives %q (%v), the entry gives %q (%v)", e, one, b, errB, a, errA)
		}
	}
	if got, want := OneLine("SELECT a, -- first\n  b /* two\n lines */\nFROM t;"), "SELECT a, /* first */ b /* two lines */ FROM t;"; got != want {
		t.Errorf("OneLine = %q, want %q", got, want)
	}
}

// TestShellHistoryAcrossRuns stores a session's entries through History
// and reads them back as the next session would.
func TestShellHistoryAcrossRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	in := &typist{lines: []string{"SELECT a", "FROM t WHERE b = 1;", ".mode csv"}}
	var out bytes.Buffer
	s := &Shell{DB: testDB(t), In: in, Out: &out, Err: &out, Interactive: true}
	if err := s.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	h := &History{Path: path}
	for _, e := range in.history {
		if err := h.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := (&History{Path: path}).Load()
	if want := []string{"SELECT a\nFROM t WHERE b = 1;", ".mode csv"}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("next session's history = %q, %v; want %q", got, err, want)
	}
}

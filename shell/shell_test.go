package shell

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

func testDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TABLE t(a TEXT, b INTEGER); INSERT INTO t VALUES ('x', 1), (NULL, 2), ('', 3);`); err != nil {
		t.Fatal(err)
	}
	return db
}

func runScript(t *testing.T, db *sql.DB, script string, bail bool) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &Shell{DB: db, In: &ScriptReader{Scanner: bufio.NewScanner(strings.NewReader(script))}, Out: &out, Err: &errb, Bail: bail}
	err := s.Run(context.Background())
	return out.String(), errb.String(), err
}

// typist is a LineReader that types lines at an interactive shell,
// recording the prompts it was shown and the history entries it was
// given.
type typist struct {
	lines   []string
	prompts []string
	history []string
}

func (r *typist) Readline(prompt string) (string, error) {
	r.prompts = append(r.prompts, prompt)
	if len(r.lines) == 0 {
		return "", io.EOF
	}
	line := r.lines[0]
	r.lines = r.lines[1:]
	if line == "^C" {
		return "", ErrPromptInterrupted
	}
	return line, nil
}

func (r *typist) AddHistory(entry string) { r.history = append(r.history, entry) }

func TestShellScript(t *testing.T) {
	db := testDB(t)
	out, errs, err := runScript(t, db, "SELECT a, b FROM t\n  ORDER BY b;\n.mode csv\n.headers on\nSELECT a FROM t ORDER BY b;\n", false)
	if err != nil {
		t.Fatalf("Run = %v (%s)", err, errs)
	}
	want := "x|1\n|2\n|3\na\nx\n\n\"\"\n"
	if out != want {
		t.Errorf("output = %q, want %q", out, want)
	}
}

func TestShellFailureAndBail(t *testing.T) {
	db := testDB(t)
	script := "SELECT 1;\nSELECT nope FROM t;\nSELECT 'after';\n"
	out, errs, err := runScript(t, db, script, false)
	if !errors.Is(err, ErrFailed) || out != "1\nafter\n" {
		t.Errorf("without bail: err %v, out %q", err, out)
	}
	if want := "Error: stdin:2: no such column: nope\n  SELECT nope FROM t;\n         ^\n"; errs != want {
		t.Errorf("stderr = %q, want %q", errs, want)
	}
	out, _, err = runScript(t, db, script, true)
	if !errors.Is(err, ErrFailed) || out != "1\n" {
		t.Errorf("with bail: err %v, out %q", err, out)
	}
	out, _, err = runScript(t, db, ".bail on\n"+script, false)
	if !errors.Is(err, ErrFailed) || out != "1\n" {
		t.Errorf(".bail on: err %v, out %q", err, out)
	}
}

// TestShellDotCommands runs each script and checks what it printed.
func TestShellDotCommands(t *testing.T) {
	dir := t.TempDir()
	file := func(name string) string { return filepath.Join(dir, name) }
	if err := os.WriteFile(file("sub.sql"), []byte("SELECT 'in sub';\n.mode csv\nSELECT bad FROM t;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, script string
		out, errs    string // regexps the streams must match
		fail         bool
	}{
		{"mode list default", "SELECT a, b FROM t;", `^x\|1\n\|2\n\|3\n$`, `^$`, false},
		{"headers", ".headers on\nSELECT a, b FROM t LIMIT 1;", `^a\|b\nx\|1\n$`, `^$`, false},
		{"nullvalue", ".nullvalue (null)\nSELECT a FROM t WHERE b = 2;", `^\(null\)\n$`, `^$`, false},
		{"csv", ".mode csv\n.headers on\nSELECT a, b, 'p,q' AS c FROM t;", `^a,b,c\nx,1,"p,q"\n,2,"p,q"\n"",3,"p,q"\n$`, `^$`, false},
		{"tsv", ".mode tsv\nSELECT 'a' || char(9) || 'b' AS v;", `^a\\tb\n$`, `^$`, false},
		{"json", ".mode json\nSELECT a, b FROM t WHERE b < 3;", `^\[\n  \{"a": "x", "b": 1\},\n  \{"a": null, "b": 2\}\n\]\n$`, `^$`, false},
		{"markdown", ".mode markdown\nSELECT a, b FROM t WHERE b = 1;", `^\| a \| b \|\n\| --- \| --- \|\n\| x \| 1 \|\n$`, `^$`, false},
		{"line", ".mode line\nSELECT a, b FROM t WHERE b = 1;", `^a = x\nb = 1\n$`, `^$`, false},
		{"table", ".mode table\nSELECT a, b FROM t;", `^\+-+\+-+\+\n\| a +\| b \|\n.*\n\| x +\| +1 \|\n\| NULL +\| +2 \|\n\| +\| +3 \|\n\+-+\+-+\+\n\(3 rows\)\n$`, `^$`, false},
		{"box", ".mode box\nSELECT b FROM t WHERE b = 1;", `^┌───┐\n│ b │\n├───┤\n│ 1 │\n└───┘\n$`, `^$`, false},
		{"bad mode", ".mode xml", `^$`, `unknown mode "xml"`, true},
		{"mode shown", ".mode", `current output mode: list`, `^$`, false},
		{"tables", "CREATE TABLE u(x);\n.tables", `^t  u\n$`, `^$`, false},
		{"tables abbreviated", ".tab", `^t\n$`, `^$`, false},
		{"schema", ".schema t", `^CREATE TABLE t\(a TEXT, b INTEGER\);\n$`, `^$`, false},
		{"schema unknown", ".schema nope", `^$`, `no such table: nope`, true},
		{"unknown command", ".frobnicate", `^$`, `unknown command \.frobnicate: enter \.help`, true},
		{"ambiguous command", ".ex", `^$`, `ambiguous command \.ex: \.export, \.excel, \.exit`, true},
		{"help", ".help", `\.tables \[PATTERN\]`, `^$`, false},
		{"changes", ".changes on\nINSERT INTO t VALUES ('y', 4), ('z', 5);\nUPDATE t SET b = b + 1 WHERE b > 3;\nSELECT 1;",
			`^1\n$`, `^changes: 2   total_changes: \d+\nchanges: 2   total_changes: \d+\n$`, false},
		{"timer", ".timer on\nSELECT 1;", `^1\n$`, `^Run Time: real \d+\.\d{3}\n$`, false},
		{"one connection: transaction", "BEGIN;\nDELETE FROM t;\nSELECT count(*) FROM t;\nROLLBACK;\nSELECT count(*) FROM t;", `^0\n3\n$`, `^$`, false},
		{"one connection: temp table", "CREATE TEMP TABLE tt AS SELECT 7 AS n;\nSELECT n FROM tt;\n.tables", `^7\nt   tt\n$`, `^$`, false},
		{"read", ".read " + file("sub.sql") + "\nSELECT 'after';",
			`^in sub\nafter\n$`, `^Error: ` + regexp.QuoteMeta(file("sub.sql")) + `:3: no such column: bad\n`, true},
		{"read missing", ".read " + file("nope.sql"), `^$`, `no such file`, true},
		{"quit", "SELECT 1;\n.quit\nSELECT 2;", `^1\n$`, `^$`, false},
		{"dot with semicolon", ".headers on;\nSELECT 1 AS one;", `^one\n1\n$`, `^$`, false},
		{"last statement without ;", "SELECT 1;\nSELECT 2", `^1\n2\n$`, `^$`, false},
		{"comment lines", "-- a comment\n/* another */\nSELECT 1;", `^1\n$`, `^$`, false},
		{"export nothing", ".export " + file("x.csv"), `^$`, `nothing to export`, true},
		{"export after DML", "SELECT 1;\nINSERT INTO t VALUES ('q', 9);\n.export " + file("x.csv"), `^1\n$`, `nothing to export: the last statement returned no rows`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, err := runScript(t, testDB(t), tc.script, false)
			if tc.fail != errors.Is(err, ErrFailed) {
				t.Errorf("Run = %v, want failure %v", err, tc.fail)
			}
			if !regexp.MustCompile(tc.out).MatchString(out) {
				t.Errorf("stdout = %q, want match for %q", out, tc.out)
			}
			if !regexp.MustCompile(tc.errs).MatchString(errs) {
				t.Errorf("stderr = %q, want match for %q", errs, tc.errs)
			}
		})
	}
}

func TestShellOutputAndOnce(t *testing.T) {
	dir := t.TempDir()
	all, once := filepath.Join(dir, "all.txt"), filepath.Join(dir, "once.csv")
	script := ".output " + all + "\nSELECT 1;\nSELECT 2;\n.output\nSELECT 3;\n.mode csv\n.once " + once + "\nSELECT 4;\nSELECT 5;\n"
	out, errs, err := runScript(t, testDB(t), script, false)
	if err != nil {
		t.Fatalf("Run = %v (%s)", err, errs)
	}
	if out != "3\n5\n" {
		t.Errorf("stdout = %q, want 3 and 5", out)
	}
	for file, want := range map[string]string{all: "1\n2\n", once: "4\n"} {
		if b, err := os.ReadFile(file); err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", file, b, err, want)
		}
	}
}

func TestShellExport(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	for _, tc := range []struct{ file, want string }{
		{"out.csv", "a,b\nx,1\n,2\n\"\",3\n"},
		{"out.tsv", "a\tb\nx\t1\n\t2\n\t3\n"},
		{"out.json", "[\n  {\"a\": \"x\", \"b\": 1},\n  {\"a\": null, \"b\": 2},\n  {\"a\": \"\", \"b\": 3}\n]\n"},
		{"out.txt", "x|1\n|2\n|3\n"}, // the mode's format
	} {
		file := filepath.Join(dir, tc.file)
		// The INSERT after the SELECT shows that .export does not run the
		// query again.
		_, errs, err := runScript(t, db, "SELECT a, b FROM t ORDER BY b;\n.export "+file+"\n", false)
		if err != nil {
			t.Fatalf("Run = %v (%s)", err, errs)
		}
		if !strings.Contains(errs, "Wrote 3 rows to "+file) {
			t.Errorf("stderr = %q, want the row count", errs)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tc.want {
			t.Errorf("%s = %q, want %q", tc.file, b, tc.want)
		}
	}
}

// TestShellExportKeptNotRerun shows .export writes the result as it was
// shown, not a new run of the statement.
func TestShellExportKeptNotRerun(t *testing.T) {
	db := testDB(t)
	file := filepath.Join(t.TempDir(), "r.csv")
	var out, errb bytes.Buffer
	s := &Shell{DB: db, Out: &out, Err: &errb}
	ctx := context.Background()
	defer s.Close()
	if err := s.Exec(ctx, "SELECT count(*) AS n FROM t"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("INSERT INTO t VALUES ('new', 10)"); err != nil {
		t.Fatal(err)
	}
	if err := s.Dot(ctx, ".export "+file); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(file); string(b) != "n\n3\n" {
		t.Errorf("exported %q, want the count as shown (3)", b)
	}
}

func TestShellExportRerunsLongResult(t *testing.T) {
	file := filepath.Join(t.TempDir(), "long.csv")
	var out, errb bytes.Buffer
	s := &Shell{DB: testDB(t), Out: &out, Err: &errb, KeepRows: 10}
	ctx := context.Background()
	defer s.Close()
	count := "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r WHERE i < 25) SELECT i FROM r"
	if err := s.Exec(ctx, count); err != nil {
		t.Fatal(err)
	}
	if s.last == nil || s.last.Complete || s.last.Total != 25 || len(s.last.Rows) != 0 {
		t.Fatalf("last result = %+v, want 25 rows counted, none kept", s.last)
	}
	if err := s.Dot(ctx, ".export "+file); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(file)
	if lines := strings.Split(strings.TrimSpace(string(b)), "\n"); len(lines) != 26 || lines[25] != "25" {
		t.Errorf("exported %d lines ending %q, want header + 25", len(lines), lines[len(lines)-1])
	}
	if !strings.Contains(errb.String(), "running its statement again, read-only") {
		t.Errorf("no notice of the re-run: %q", errb.String())
	}
	// The re-run is read-only: a statement that writes is refused.
	if err := s.Exec(ctx, "INSERT INTO t SELECT 'r', i FROM (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r WHERE i < 25) SELECT i FROM r) RETURNING b"); err != nil {
		t.Fatal(err)
	}
	if err := s.Dot(ctx, ".export "+file); err == nil || !strings.Contains(err.Error(), "readonly") {
		t.Errorf(".export of an INSERT ... RETURNING = %v, want a read-only refusal", err)
	}
	var n int
	if err := s.conn.QueryRowContext(ctx, "SELECT count(*) FROM t").Scan(&n); err != nil || n != 28 {
		t.Errorf("rows after refused re-run = %d, %v; want 28", n, err)
	}
}

// TestShellInteractive types at the shell as a person would: prompts,
// continuation, Ctrl-C, history entries, and tables that fit.
func TestShellInteractive(t *testing.T) {
	in := &typist{lines: []string{
		"SELECT a,",
		"  b FROM t",
		"WHERE b = 1;",
		"SELECT 'abandoned'",
		"^C",
		".mode box",
		"",
		"SELECT 1; SELECT",
		"2;",
		"SELECT nope;",
	}}
	var out, errb bytes.Buffer
	s := &Shell{DB: testDB(t), In: in, Out: &out, Err: &errb, Interactive: true, Width: func() int { return 40 }}
	if err := s.Run(context.Background()); !errors.Is(err, ErrFailed) {
		t.Fatalf("Run = %v, want ErrFailed after the bad statement", err)
	}
	wantPrompts := []string{Prompt, contPrompt, contPrompt, Prompt, contPrompt, Prompt, Prompt, Prompt, contPrompt, Prompt, Prompt}
	if strings.Join(in.prompts, "|") != strings.Join(wantPrompts, "|") {
		t.Errorf("prompts = %q,\nwant %q", in.prompts, wantPrompts)
	}
	wantHistory := []string{"SELECT a,\n  b FROM t\nWHERE b = 1;", ".mode box", "SELECT 1; SELECT\n2;", "SELECT nope;"}
	if strings.Join(in.history, "|") != strings.Join(wantHistory, "|") {
		t.Errorf("history = %q,\nwant %q", in.history, wantHistory)
	}
	if strings.Contains(out.String(), "abandoned") {
		t.Errorf("Ctrl-C did not drop the statement:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "│ x │ 1 │") {
		t.Errorf("no table for the first statement:\n%s", out.String())
	}
	if want := "Error: no such column: nope\n  SELECT nope;\n         ^\n"; !strings.HasSuffix(errb.String(), want) {
		t.Errorf("stderr = %q, want it to end %q", errb.String(), want)
	}
}

// TestShellInterrupt shows that an interrupt reaches SQLite: a statement
// that would run forever stops, and the shell runs the next one.
func TestShellInterrupt(t *testing.T) {
	interrupts := make(chan struct{}, 1)
	var out, errb bytes.Buffer
	s := &Shell{DB: testDB(t), Out: &out, Err: &errb, Interrupts: interrupts}
	defer s.Close()
	ctx := context.Background()
	done := make(chan error, 1)
	go func() {
		done <- s.Exec(ctx, "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r) SELECT count(*) FROM r")
	}()
	select {
	case err := <-done:
		t.Fatalf("endless statement returned before the interrupt: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	interrupts <- struct{}{}
	select {
	case err := <-done:
		if !errors.Is(err, errStatementInterrupted) {
			t.Fatalf("Exec = %v, want errStatementInterrupted", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("statement still running 5s after the interrupt")
	}
	if err := s.Exec(ctx, "SELECT count(*) FROM t"); err != nil || out.String() != "3\n" {
		t.Errorf("next statement = %v, output %q", err, out.String())
	}
}

// TestShellStreamsLongResult shows a long interactive result is shown
// capped, counted to the end, and kept only up to KeepRows.
func TestShellStreamsLongResult(t *testing.T) {
	var out, errb bytes.Buffer
	s := &Shell{DB: testDB(t), Out: &out, Err: &errb, Interactive: true, MaxRows: 5, KeepRows: 1000}
	defer s.Close()
	s.init()
	if err := s.Exec(context.Background(), "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r WHERE i < 200000) SELECT i, 'row ' || i AS label FROM r"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "199995 more rows not shown (5 of 200000).") || strings.Contains(out.String(), "row 6") {
		t.Errorf("output:\n%s", out.String())
	}
	if s.last.Complete || len(s.last.Rows) != 0 || s.last.Total != 200000 {
		t.Errorf("kept %d rows (complete %v, total %d), want none past KeepRows", len(s.last.Rows), s.last.Complete, s.last.Total)
	}
}

// TestShellInterruptRead shows Ctrl-C during .read stops the whole file,
// says so once, and the shell goes on.
func TestShellInterruptRead(t *testing.T) {
	file := filepath.Join(t.TempDir(), "slow.sql")
	os.WriteFile(file, []byte("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r) SELECT count(*) FROM r;\nSELECT 'rest of the file';\n"), 0o644)
	interrupts := make(chan struct{}, 1)
	in := &typist{lines: []string{".read " + file, "SELECT 'next';"}}
	var out, errb bytes.Buffer
	s := &Shell{DB: testDB(t), In: in, Out: &out, Err: &errb, Interactive: true, Interrupts: interrupts}
	time.AfterFunc(300*time.Millisecond, func() { interrupts <- struct{}{} })
	if err := s.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "rest of the file") || !strings.Contains(out.String(), "next") {
		t.Errorf("output:\n%s", out.String())
	}
	if n := strings.Count(errb.String(), "Interrupted."); n != 1 {
		t.Errorf("stderr says Interrupted %d times: %q", n, errb.String())
	}
}

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
)

// These tests hold the shell and the command line to sqlite3's habits
// (issue 15), through the built binary; where sqlite3 is installed they
// compare the output with its output on the same store.

// habitStore ingests the sample cable into a new store and returns its
// directory and path.
func habitStore(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	cable, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, cable); code != 0 {
		t.Fatalf("ingest: %q %q exit %d", out, errs, code)
	}
	return dir, db
}

// sqlite3Shell runs the sqlite3 shell, or skips the test when there is none.
func sqlite3Shell(t *testing.T, dir, stdin string, args ...string) string {
	t.Helper()
	path, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("no sqlite3 to compare with")
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("sqlite3 %q: %v", args, err)
	}
	return string(out)
}

func TestVersionHelpAndBadFlags(t *testing.T) {
	dir := t.TempDir()
	for _, flag := range []string{"--version", "-version"} {
		out, errs, code := runBinary(t, dir, "", flag)
		if code != 0 || errs != "" || !strings.HasPrefix(out, "cablesql "+cablesql.Version+" (") ||
			!regexp.MustCompile(`SQLite 3\.\d+\.\d+ `).MatchString(out) || !strings.Contains(out, runtime.Version()) {
			t.Errorf("%s = %q, %q, exit %d; want versions of cablesql, SQLite and Go", flag, out, errs, code)
		}
	}
	for _, args := range [][]string{{"-h"}, {"--help"}, {"query", "-h"}, {"run", "-h"}, {"ingest", "-h"}, {"queries", "-h"}} {
		out, errs, code := runBinary(t, dir, "", args...)
		if code != 0 || errs != "" || !strings.Contains(out, "Usage:") || !strings.Contains(out, "-db") && args[0] != "queries" {
			t.Errorf("%q = %.80q, stderr %q, exit %d; want the usage on stdout, exit 0", args, out, errs, code)
		}
	}
	for _, args := range [][]string{{"-bogus"}, {"query", "-bogus", "SELECT 1"}, {"run", "-bogus", "x"},
		{"ingest", "-bogus", "x"}, {"queries", "-bogus"}, {"-db"}, {"nosuchcommand"}} {
		out, errs, code := runBinary(t, dir, "", args...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != 2 || out != "" || len(lines) != 1 || !strings.Contains(errs, "-h") {
			t.Errorf("%q = %q, %q, exit %d; want one line of error on stderr, exit 2", args, out, errs, code)
		}
	}
}

func TestScriptOutputFlagsAsSQLite3(t *testing.T) {
	dir, db := habitStore(t)
	query := "SELECT id, origin, length(subject) AS n, 1.5 AS r, NULL AS z, 'x<y&''z\"' AS s FROM cables;\n"
	// Not -csv: cablesql's CSV profile quotes less (see the README).
	for _, flags := range [][]string{{"-list"}, {"-list", "-header"}, {"-quote", "-header"}, {"-quote", "-noheader"},
		{"-html", "-header"}, {"-html"}, {"-line"}, {"-separator", ";", "-nullvalue", "N"}} {
		got, errs, code := runBinary(t, dir, query, append(flags, db)...)
		want := sqlite3Shell(t, dir, query, append(flags, db)...)
		if code != 0 || got != want {
			t.Errorf("cablesql %q = %q (%q, exit %d)\nsqlite3 says %q", flags, got, errs, code, want)
		}
	}
	// -separator reads \t as a tab (sqlite3 3.40 takes it literally).
	if out := run1(t, dir, query, "-separator", `\t`, db); !strings.HasPrefix(out, "09STATE111693\tSecretary of State\t83\t") {
		t.Errorf(`-separator \t = %q`, out)
	}
	// -column: as sqlite3's but for NULL, which tables show as NULL.
	q := "SELECT id, origin, length(subject) AS n FROM cables;"
	for _, h := range []string{"-header", "-noheader"} {
		if got, want := run1(t, dir, q, "-column", h, db), sqlite3Shell(t, dir, q, "-column", h, db); got != want {
			t.Errorf("-column %s = %q, sqlite3 says %q", h, got, want)
		}
	}
	for _, mode := range []string{"-json", "-box", "-table", "-markdown", "-tsv"} {
		out := run1(t, dir, q, mode, db)
		if !strings.Contains(out, "09STATE111693") || out == run1(t, dir, q, db) {
			t.Errorf("%s = %q; want the row in another layout than list", mode, out)
		}
	}
}

// run1 runs the binary and fails the test unless it succeeds.
func run1(t *testing.T, dir, stdin string, args ...string) string {
	t.Helper()
	out, errs, code := runBinary(t, dir, stdin, args...)
	if code != 0 {
		t.Fatalf("cablesql %q: %q, exit %d", args, errs, code)
	}
	return out
}

func TestStoreArgumentAndSQL(t *testing.T) {
	dir, db := habitStore(t)
	if out := run1(t, dir, "", db, "SELECT count(*) FROM cables; SELECT id FROM cables"); out != "1\n09STATE111693\n" {
		t.Errorf("cablesql FILE SQL = %q", out)
	}
	if out := run1(t, dir, "SELECT 40+2;\n", "s.db"); out != "42\n" {
		t.Errorf("cablesql FILE < script = %q", out)
	}
	if out := run1(t, dir, "", "-json", "s.db", ".mode"); out != "current output mode: json\n" {
		t.Errorf("cablesql -json FILE .mode = %q", out)
	}
	_, errs, code := runBinary(t, dir, "", "s.db", "SELECT nope")
	if code != 1 || !strings.Contains(errs, "no such column: nope") {
		t.Errorf("failing SQL argument: %q exit %d; want the error, exit 1", errs, code)
	}
	for _, args := range [][]string{{"missing.db"}, {"-db", "s.db", "s.db"}} {
		_, errs, code := runBinary(t, dir, "", args...)
		if code != 2 || errs == "" {
			t.Errorf("%q: %q exit %d; want a usage error", args, errs, code)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("cablesql missing.db created the file")
	}
}

func TestCmdInitAndEcho(t *testing.T) {
	dir, db := habitStore(t)
	if out := run1(t, dir, "", "-cmd", ".mode csv", "-cmd", "SELECT 5,6", db, "SELECT 1,2"); out != "5,6\n1,2\n" {
		t.Errorf("-cmd -cmd SQL = %q; want both, in order", out)
	}
	init := filepath.Join(dir, "start.sql")
	os.WriteFile(init, []byte(".headers on\n.separator ,\nSELECT 'init' AS w;\n"), 0o644)
	if out := run1(t, dir, "SELECT 1 AS a, 2 AS b;\n", "-init", init, db); out != "w\ninit\na,b\n1,2\n" {
		t.Errorf("-init FILE = %q", out)
	}
	// The user's init.sql is for the interactive shell only, like ~/.sqliterc.
	cfg := filepath.Join(dir, "cfg")
	os.MkdirAll(filepath.Join(cfg, "cablesql"), 0o755)
	os.WriteFile(filepath.Join(cfg, "cablesql", "init.sql"), []byte(".mode csv\n"), 0o644)
	cmd := exec.Command(binary, "-db", db)
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+cfg)
	cmd.Stdin = strings.NewReader("SELECT 1, 2;\n")
	if out, err := cmd.Output(); err != nil || string(out) != "1|2\n" {
		t.Errorf("a script read init.sql: %q, %v", out, err)
	}
	_, errs, code := runBinary(t, dir, "", "-init", "nosuch.sql", db, "SELECT 1")
	if code == 0 || !strings.Contains(errs, "nosuch.sql") {
		t.Errorf("-init of a missing file: %q exit %d", errs, code)
	}
	if out := run1(t, dir, "SELECT 1;\n.mode csv\nSELECT 2,\n 3;\n", "-echo", db); out != "SELECT 1;\n1\n.mode csv\nSELECT 2,\n 3;\n2,3\n" {
		t.Errorf("-echo = %q", out)
	}
	out, errs, code := runBinary(t, dir, "", "-bail", "-cmd", "SELECT nope", "-cmd", "SELECT 2", db, "SELECT 3")
	if out != "" || code != 1 || !strings.Contains(errs, "-cmd:1: no such column: nope") {
		t.Errorf("-bail after a failing -cmd: %q, %q, exit %d; want the error, nothing run after it, exit 1", out, errs, code)
	}
}
